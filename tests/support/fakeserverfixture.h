#pragma once

#include "demotokens.h"
#include "fakegithubserver.h"
#include "githubclient.h"

#include <QNetworkAccessManager>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

// A test with the fake GitHub (demo scenario) on a random loopback port and a client signed in as octocat.
class FakeServerTest : public ::testing::Test
{
protected:
    void SetUp() override;
    // Makes (or remakes) the client with `options` and `token`.
    void makeClient(const Packhouse::ClientOptions &options = {}, const QString &token = DemoTokens::full());

    // Waits for the job's one finished() signal and returns its response.
    Packhouse::ApiResponse await(Packhouse::ApiJob *job, int timeoutMs = 15000);
    // Waits until `condition` holds (the event loop keeps running).
    static bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 15000);
    // The server's counters (requests, 304s, quota, mutations, …).
    QJsonObject counters() const { return server.counters(); }

    FakeGitHub::Server server;
    QNetworkAccessManager network;
    std::unique_ptr<Packhouse::GitHubClient> client;
};
