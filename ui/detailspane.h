#pragma once

#include "deletionsize.h"
#include "namespaceref.h"
#include "package.h"
#include "packageversion.h"
#include "serverconfig.h"

#include <QWidget>

#include <optional>

class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Packhouse {

// What the selection is: a package or one of its versions, with the command that pulls or installs it and
// links to GitHub's pages (visibility and access can only be changed there).
class DetailsPane : public QWidget
{
    Q_OBJECT

public:
    explicit DetailsPane(QWidget *parent = nullptr);

    void setServer(const ServerConfig &server);
    void showPackage(const NamespaceRef &owner, const Package &package);
    // `platform` is set for a platform manifest or attestation of an index.
    void showVersion(const NamespaceRef &owner, const Package &package, const PackageVersion &version,
                     const QString &platform = {});
    // A container version's registry size and what deleting it frees (issue #18); null hides the rows.
    void showSize(const std::optional<DeletionSize> &size);
    void clear();

    QString title() const;
    QString command() const;
    QString digest() const { return m_digestText; }
    QUrl pageUrl() const { return m_pageUrl; }

    // The pull/install command for `package` (at `version` when given) in its registry's syntax.
    static QString installCommand(const ServerConfig &server, const NamespaceRef &owner,
                                  const Package &package, const PackageVersion *version = nullptr);
    // GitHub's page of the package, and its settings page (visibility, access, danger zone).
    static QUrl packageUrl(const ServerConfig &server, const NamespaceRef &owner, const Package &package);
    static QUrl settingsUrl(const ServerConfig &server, const NamespaceRef &owner, const Package &package);

private:
    void showCommon(const NamespaceRef &owner, const Package &package);
    void addRow(const QString &label, QWidget *field);
    void setRow(QWidget *field, const QString &text);
    static QString registryHost(const QUrl &url);

    ServerConfig m_server;
    QLabel *m_title;             // owned (child)
    QGridLayout *m_form;         // owned (child layout): label and field columns
    QLabel *m_type;              // owned (child)
    QLabel *m_visibility;        // owned (child)
    QLabel *m_repository;        // owned (child)
    QLabel *m_tags;              // owned (child)
    QLabel *m_platform;          // owned (child)
    QLineEdit *m_digest;         // owned (child): scrolls instead of widening the pane
    QPushButton *m_copyDigest;   // owned (child)
    QLabel *m_created;           // owned (child)
    QLabel *m_updated;           // owned (child)
    QLabel *m_deleted;           // owned (child)
    QLabel *m_size;              // owned (child)
    QLabel *m_frees;             // owned (child)
    QPlainTextEdit *m_command;   // owned (child)
    QPushButton *m_copyCommand;  // owned (child)
    QPushButton *m_openPage;     // owned (child)
    QPushButton *m_openSettings; // owned (child)
    QLabel *m_placeholder;       // owned (child)
    QWidget *m_body;             // owned (child)
    QString m_digestText;
    QUrl m_pageUrl;
    QUrl m_settingsUrl;
};

} // namespace Packhouse
