#include "reviewrestoredialog.h"

#include "reviewparts.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Packhouse {

ReviewRestoreDialog::ReviewRestoreDialog(const QList<Operation> &operations,
                                         const QHash<qint64, Shown> &shown, QWidget *parent)
    : QDialog(parent)
    , m_operations(operations)
    , m_summary(new QLabel(this))
    , m_versions(
          review::makeTree({tr("Version"), tr("Digest"), tr("Package")}, tr("Versions to restore"), this))
{
    setWindowTitle(tr("Review restore"));
    setAccessibleName(tr("Review restore"));

    const auto packageOf = [](const Operation &operation) {
        //: %1 is the owner, %2 the package, %3 its type: "acme/web (Container)".
        return tr("%1/%2 (%3)")
            .arg(operation.owner.login, operation.packageName, packageTypeDisplayName(operation.packageType));
    };
    QStringList packages;
    bool container = false;
    QHash<qint64, QTreeWidgetItem *> items;
    for (const Operation &operation : std::as_const(m_operations)) {
        const QString package = packageOf(operation);
        if (!packages.contains(package))
            packages.append(package);
        container = container || operation.packageType == PackageType::Container;
        if (operation.isWholePackage() || items.contains(operation.versionId))
            continue;
        const QString label = shown.value(operation.versionId).label;
        auto *item = new QTreeWidgetItem;
        item->setText(0, label.isEmpty() ? operation.versionLabel() : label);
        if (operation.packageType == PackageType::Container) {
            item->setText(1, review::shortDigest(operation.versionName));
            item->setToolTip(1, operation.versionName);
        }
        item->setText(2, package);
        items.insert(operation.versionId, item);
    }
    // Children (which the operations restore first) under the version they came with, when it comes too.
    QSet<QTreeWidgetItem *> placed;
    for (const Operation &operation : std::as_const(m_operations)) {
        if (operation.isWholePackage()) {
            new QTreeWidgetItem(m_versions, {tr("whole package"), QString(), packageOf(operation)});
            continue;
        }
        QTreeWidgetItem *item = items.value(operation.versionId);
        if (placed.contains(item))
            continue; // listed twice
        placed.insert(item);
        QTreeWidgetItem *parentItem = items.value(shown.value(operation.versionId).childOf);
        if (parentItem && parentItem != item)
            parentItem->addChild(item);
        else
            m_versions->addTopLevelItem(item);
    }
    m_versions->setColumnHidden(1, !container);
    m_versions->expandAll();
    m_versions->resizeColumnToContents(0);
    m_versions->resizeColumnToContents(1);

    const int count = int(m_operations.size());
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Summary"));
    m_summary->setText(
        packages.size() == 1
            //: %1 is the package: "acme/web (Container)".
            ? tr("%Ln version(s) will be restored into %1.", nullptr, count).arg(packages.first())
            : tr("%Ln version(s) will be restored into the packages listed.", nullptr, count));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    //: The review's confirm button.
    m_confirm = review::addConfirmButton(buttons, this, tr("&Restore %Ln version(s)", nullptr, count));
    // The accelerator's "&" is not read out.
    m_confirm->setAccessibleName(QString(m_confirm->text()).remove(u'&'));
    connect(m_confirm, &QPushButton::clicked, this, &ReviewRestoreDialog::confirm);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(review::sectionLabel(tr("Will be restored"), this));
    layout->addWidget(m_versions, 1);
    layout->addWidget(buttons);
    resize(640, 420);
}

void ReviewRestoreDialog::confirm()
{
    Q_EMIT confirmed(m_operations);
    accept();
}

} // namespace Packhouse
