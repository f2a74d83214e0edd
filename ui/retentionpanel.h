#pragma once

#include "retentionpolicy.h"

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
// view) and "Review…", which hands the selection to the Review deletion dialog.
class RetentionPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RetentionPanel(VersionTreeModel *versions, QWidget *parent = nullptr);

    RetentionRule rule() const;
    void setRule(const RetentionRule &rule);
    QSet<qint64> preview() const { return m_preview; }
    QString previewText() const;

Q_SIGNALS:
    void previewChanged(const QSet<qint64> &ids);
    void reviewRequested(const QSet<qint64> &ids);

private:
    void schedulePreview();
    void updatePreview();

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
};

} // namespace Packhouse
