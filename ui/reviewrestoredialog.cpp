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
    QStringList wholePackages;
    for (const Operation &operation : std::as_const(m_operations)) {
        if (operation.isWholePackage()) {
            const QString package = packageOf(operation);
            if (!wholePackages.contains(package)) {
                wholePackages.append(package);
                new QTreeWidgetItem(m_versions, {tr("whole package"), QString(), package});
            }
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

    // The summary and the button count the rows listed: each version once, a whole package apart.
    const int versions = int(placed.size());
    const int wholes = int(wholePackages.size());
    QStringList summary;
    if (versions > 0 || wholes == 0) {
        summary.append(
            packages.size() == 1
                //: %1 is the package: "acme/web (Container)".
                ? tr("%Ln version(s) will be restored into %1.", nullptr, versions).arg(packages.first())
                : tr("%Ln version(s) will be restored into the packages listed.", nullptr, versions));
    }
    if (wholes > 0)
        summary.append(tr("%Ln whole package(s) will be restored.", nullptr, wholes));
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Summary"));
    m_summary->setText(summary.join(u' '));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    //: The review's confirm button.
    m_confirm = review::addConfirmButton(buttons, this,
                                         wholes == 0 ? tr("&Restore %Ln version(s)", nullptr, versions)
                                                     //: The review's confirm button, when whole packages
                                                     //: come back too.
                                                     : tr("&Restore everything listed"));
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
