#include "reviewparts.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>

namespace Packhouse::review {

QString shortDigest(const QString &digest)
{
    return digest.startsWith(u"sha256:") ? digest.left(QStringLiteral("sha256:").size() + 12) + u'…' : digest;
}

QLabel *sectionLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QTreeWidget *makeTree(const QStringList &headers, const QString &accessibleName, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setHeaderLabels(headers);
    tree->setAccessibleName(accessibleName);
    tree->setRootIsDecorated(true);
    tree->setUniformRowHeights(true);
    tree->setSelectionMode(QAbstractItemView::NoSelection);
    tree->header()->setStretchLastSection(true);
    return tree;
}

QPushButton *addConfirmButton(QDialogButtonBox *buttons, QDialog *dialog, const QString &confirmText)
{
    QPushButton *confirm = buttons->addButton(confirmText, QDialogButtonBox::AcceptRole);
    confirm->setDefault(false);
    confirm->setAutoDefault(false);
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    // A context of its own: Review deletion and Review restore both show it.
    cancel->setAccessibleName(QCoreApplication::translate("Packhouse::ReviewParts", "Cancel"));
    cancel->setDefault(true);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return confirm;
}

} // namespace Packhouse::review
