#pragma once

#include "apiresponse.h"
#include "requestspec.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QNetworkReply;
class QTimer;

namespace Packhouse {

class GitHubClient;

// One request as the caller sees it, across retries and redirects. Emits finished() exactly once, then
// deletes itself later; abort() ends it with a Cancelled error.
class ApiJob : public QObject
{
    Q_OBJECT

public:
    const RequestSpec &spec() const { return m_spec; }
    const ApiResponse &response() const { return m_response; }
    bool isFinished() const { return m_finished; }
    void abort();

Q_SIGNALS:
    void finished(const Packhouse::ApiResponse &response);

private:
    friend class GitHubClient;
    ApiJob(GitHubClient *client, RequestSpec spec);

    GitHubClient *m_client; // not owned
    RequestSpec m_spec;
    ApiResponse m_response;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_waitTimer = nullptr; // owned (child); pending retry or Retry-After wait
    int m_attempt = 0;
    int m_redirects = 0;
    bool m_finished = false;
    bool m_tooLarge = false;
    bool m_aborted = false;
};

} // namespace Packhouse
