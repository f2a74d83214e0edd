#include "keyboardshortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Packhouse {

namespace {

enum Column
{
    DescriptionColumn,
    ShortcutColumn,
    MenuKeysColumn,
};

} // namespace

KeyboardShortcutsDialog::KeyboardShortcutsDialog(QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard shortcuts"));
    setAccessibleName(tr("Keyboard shortcuts"));

    auto *intro = new QLabel(tr("Tab and Shift+Tab move between the controls; Alt and a menu's underlined "
                                "letter open that menu, and the underlined letter of an item picks it."),
                             this);
    intro->setWordWrap(true);

    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setHeaderLabels({tr("Action"), tr("Shortcut"), tr("Through the menus")});
    m_list->setRootIsDecorated(false);
    m_list->setItemsExpandable(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(ShortcutColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(MenuKeysColumn, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    m_list->setFocus();
    resize(640, 600);
}

QString KeyboardShortcutsDialog::withoutMnemonic(const QString &text)
{
    QString shown;
    shown.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != u'&')
            shown.append(text.at(i));
        else if (i + 1 < text.size() && text.at(i + 1) == u'&')
            shown.append(text.at(++i)); // "&&" is a literal "&"
    }
    return shown;
}

void KeyboardShortcutsDialog::addMenus(const QMenuBar *menuBar)
{
    for (const QAction *menuAction : menuBar->actions()) {
        const QMenu *menu = menuAction->menu();
        if (!menu || !menuAction->isVisible())
            continue;
        QTreeWidgetItem *section = sectionItem(withoutMnemonic(menu->title()));
        const QKeySequence menuKey = QKeySequence::mnemonic(menu->title());
        for (const QAction *action : menu->actions()) {
            if (action->isSeparator() || !action->isVisible() || action->text().isEmpty())
                continue;
            // "Alt+F, R": the menu's accelerator, then the item's letter. A submenu (Switch account) is a row
            // of its own; what it lists changes, and is not listed.
            const QKeySequence itemKey = QKeySequence::mnemonic(action->text());
            const QKeySequence menuKeys = menuKey.isEmpty() || itemKey.isEmpty()
                                              ? QKeySequence()
                                              : QKeySequence(menuKey[0], QKeyCombination(itemKey[0].key()));
            addRow(section, withoutMnemonic(action->text()), action->shortcuts(), menuKeys);
        }
    }
}

void KeyboardShortcutsDialog::addActionRows(const QString &section, const QList<QAction *> &actions)
{
    QTreeWidgetItem *item = sectionItem(section);
    for (const QAction *action : actions) {
        if (!action->isSeparator() && !action->text().isEmpty())
            addRow(item, withoutMnemonic(action->text()), action->shortcuts(), QKeySequence());
    }
}

void KeyboardShortcutsDialog::addKeyRow(const QString &section, const QString &description,
                                        const QList<QKeySequence> &keys)
{
    addRow(sectionItem(section), description, keys, QKeySequence());
}

QTreeWidgetItem *KeyboardShortcutsDialog::sectionItem(const QString &title)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->text(DescriptionColumn) == title)
            return m_list->topLevelItem(i);
    }
    auto *section = new QTreeWidgetItem(m_list, {title});
    QFont bold = section->font(DescriptionColumn);
    bold.setBold(true);
    section->setFont(DescriptionColumn, bold);
    section->setFlags(Qt::ItemIsEnabled);
    section->setFirstColumnSpanned(true);
    section->setExpanded(true);
    return section;
}

void KeyboardShortcutsDialog::addRow(QTreeWidgetItem *section, const QString &description,
                                     const QList<QKeySequence> &keys, const QKeySequence &menuKeys)
{
    QStringList shortcuts;
    for (const QKeySequence &sequence : keys) {
        if (!sequence.isEmpty())
            shortcuts.append(sequence.toString(QKeySequence::NativeText));
    }
    auto *row = new QTreeWidgetItem(
        section, {description, shortcuts.join(tr(" or ")), menuKeys.toString(QKeySequence::NativeText)});
    row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
}

} // namespace Packhouse
