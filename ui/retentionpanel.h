#pragma once

#include "retentionpolicy.h"
#include "serverconfig.h"

#include <QPointer>
#include <QSet>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Packhouse {

class VersionTreeModel;

// Retention rules (issue #7): keep the N newest, older than N days, untagged only, tag patterns,
// pre-releases, with a live preview of what the rule would delete (previewChanged → highlight in the Versions
// view) and "Review…", which hands the selection to the Review deletion dialog. Rules are exported to and
// imported from rules files, and the packhouse-prune command line that runs the rule headless is shown, to
// copy.
class RetentionPanel : public QWidget
{
    Q_OBJECT

public:
    RetentionPanel(VersionTreeModel *versions, const ServerConfig &server, QWidget *parent = nullptr);

    RetentionRule rule() const;
    void setRule(const RetentionRule &rule);
    QSet<qint64> preview() const { return m_preview; }
    QString previewText() const;
    QString commandLine() const;

    // Through a file dialog (open(), not a nested event loop); errors show in the panel.
    void exportRules();
    void importRules();
    bool exportTo(const QString &path);
    bool importFrom(const QString &path);

Q_SIGNALS:
    void previewChanged(const QSet<qint64> &ids);
    void reviewRequested(const QSet<qint64> &ids);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void schedulePreview();
    void loadManifestsForPreview();
    void updatePreview();
    void showProblem(const QString &message);

    QPointer<VersionTreeModel> m_versions; // not owned
    QSet<qint64> m_preview;
    bool m_previewPending = false;

    QSpinBox *m_keepNewest;
    QSpinBox *m_olderThan;
    QCheckBox *m_untaggedOnly;
    QLineEdit *m_tagPattern;
    QCheckBox *m_preReleasesOnly;
    QLabel *m_previewLabel;
    QPushButton *m_review;
    ServerConfig m_server;
    QLabel *m_commandLine;
    QLabel *m_problem;
    QString m_manifestsRequestedFor; // owner/package whose manifests the preview asked for
};

} // namespace Packhouse
