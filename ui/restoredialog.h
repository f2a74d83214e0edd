#pragma once

#include "journalentry.h"
#include "operation.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Packhouse {

class DeletionJournal;
class OperationProgressPanel;
class Session;

// "Recently deleted" (issue #7): every package and version deleted through Packhouse on this server within
// GitHub's 30 days, read from the deletion journal (so it survives restarts), with the days left; restores
// the selection through the session's operation queue. Restoring a tagged version brings back the untagged
// versions deleted with it. "Restore package by name…" covers packages deleted elsewhere.
class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreDialog(Session *session, DeletionJournal *journal, QWidget *parent = nullptr);

    // Re-reads the journal.
    void reload();
    // The operations restoring the selected rows (children included), in the order they would run.
    QList<Operation> selectedOperations() const;

private:
    void restoreSelected();
    QString childLabel(const JournalEntry &image, const JournalEntry &child) const;
    void restoreByName();
    void run(const QList<Operation> &operations);
    void updateButtons();

    Session *m_session;         // not owned
    DeletionJournal *m_journal; // not owned
    QList<JournalEntry> m_entries;

    QLabel *m_status;
    QTreeWidget *m_list;
    QPushButton *m_restore;
    QPushButton *m_byNameToggle;
    QGroupBox *m_byName;
    QComboBox *m_type;
    QLineEdit *m_name;
    QLineEdit *m_namespace;
    QPushButton *m_restoreByName;
    OperationProgressPanel *m_progress;
};

} // namespace Packhouse
