#pragma once

#include "fakehttprequest.h"
#include "fakeroute.h"

namespace FakeGitHub {

// Maps a request's method and raw path onto the GitHub REST and registry endpoints the fake serves.
class Router
{
public:
    static Route match(const HttpRequest &request);
};

} // namespace FakeGitHub
