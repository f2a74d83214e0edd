#pragma once

#include "operation.h"

#include <QDialog>
#include <QHash>
#include <QList>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Packhouse {

// "Review restore" (issue #20): before more than one version comes back, what comes back — each version by
// its tags, platform or digest, into which package — and how many, as Review deletion shows a deletion.
// Cancel (the default) restores nothing. Open it with open(); `confirmed` carries the operations for the
// queue, unchanged.
class ReviewRestoreDialog : public QDialog
{
    Q_OBJECT

public:
    // How a version shows when its operation cannot say: the name its image's row gives it ("linux/arm64",
    // "Attestation of linux/amd64") and the version it is a child of, shown under that one when it comes
    // back too.
    struct Shown
    {
        QString label;
        qint64 childOf = 0;
    };

    ReviewRestoreDialog(const QList<Operation> &operations, const QHash<qint64, Shown> &shown = {},
                        QWidget *parent = nullptr);

    const QList<Operation> &operations() const { return m_operations; }

Q_SIGNALS:
    void confirmed(const QList<Packhouse::Operation> &operations);

private:
    void confirm();

    QList<Operation> m_operations;
    QLabel *m_summary;
    QTreeWidget *m_versions;
    QPushButton *m_confirm;
};

} // namespace Packhouse
