#pragma once

#include "fakehttprequest.h"
#include "fakeroute.h"

namespace FakeGitHub {

// Maps a request's method and raw path onto the GitHub REST and registry endpoints the fake serves.
class Router
{
public:
    // The registry's token endpoint is at `registryTokenPath` (ghcr.io's is /token; others differ).
    static Route match(const HttpRequest &request, const QByteArray &registryTokenPath = "/token");
};

} // namespace FakeGitHub
