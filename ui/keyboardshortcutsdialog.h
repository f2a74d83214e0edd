#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>

class QAction;
class QMenuBar;
class QTreeWidget;
class QTreeWidgetItem;

namespace Packhouse {

// Help → Keyboard shortcuts (issue #20): every action of the menus with its shortcut and the keys that reach
// it through the menus ("Alt+F, R"), read from the actions themselves so that the list follows them, then
// sections for the keys of one pane (Space in the Versions view). Esc closes it.
class KeyboardShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit KeyboardShortcutsDialog(QWidget *parent = nullptr);

    // A section per menu of the bar, in its order: each action with its shortcuts and its menu keys.
    void addMenus(const QMenuBar *menuBar);
    // Actions that are in no menu, under `section`.
    void addActionRows(const QString &section, const QList<QAction *> &actions);
    // Keys that are not an action (the tree's arrows), under `section`.
    void addKeyRow(const QString &section, const QString &description, const QList<QKeySequence> &keys);

    // An action's or a menu's text as shown: without the "&" that marks its accelerator.
    static QString withoutMnemonic(const QString &text);

private:
    QTreeWidgetItem *sectionItem(const QString &title);
    void addRow(QTreeWidgetItem *section, const QString &description, const QList<QKeySequence> &keys,
                const QKeySequence &menuKeys);

    QTreeWidget *m_list;
};

} // namespace Packhouse
