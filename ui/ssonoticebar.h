#pragma once

#include <QUrl>
#include <QWidget>

class QLabel;
class QPushButton;

namespace Packhouse {

// The notice shown when an organization answers with X-GitHub-SSO: it opens the page that authorizes the
// token for the organization's SAML single sign-on, and asks for a retry once the user has done so.
class SsoNoticeBar : public QWidget
{
    Q_OBJECT

public:
    explicit SsoNoticeBar(QWidget *parent = nullptr);

    // `org` may be empty when the answer did not say which organization asked.
    void showFor(const QString &org, const QUrl &authorizationUrl);
    QUrl authorizationUrl() const { return m_url; }

Q_SIGNALS:
    void retryRequested();

private:
    QLabel *m_text;
    QPushButton *m_authorize;
    QPushButton *m_retry;
    QUrl m_url;
};

} // namespace Packhouse
