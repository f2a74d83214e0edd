// Issue #20, keyboard: Packhouse used from the keyboard alone, as KDE's applications are. Every key goes to
// the widget that has the keyboard focus (shortcuts first, as a person's keys do): no mouse, no slot called,
// no model set. What is asserted about deletions is asserted against the fake GitHub.
#include "demotokens.h"
#include "detailspane.h"
#include "keyboardshortcutsdialog.h"
#include "mainwindowfixture.h"
#include "mutationbudget.h"
#include "namespacemodel.h"
#include "operationqueue.h"
#include "packagelistmodel.h"
#include "restoredialog.h"
#include "reviewdeletiondialog.h"
#include "session.h"
#include "translations.h"
#include "versiontreemodel.h"
#include "widgetlookup.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>

using namespace Packhouse;
using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::Not;

namespace {

const NamespaceRef acme = NamespaceRef::organization(QStringLiteral("acme"));

class KeyboardFlowTest : public MainWindowTest
{
protected:
    void signInAndActivate()
    {
        signIn(DemoTokens::full());
        // GitHub's second between mutations is the queue's business (tested there), not this test's.
        window->session()->queue()->setPacing(PacingLimits::withInterval(std::chrono::milliseconds(20)));
        QApplication::setActiveWindow(window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
        ASSERT_TRUE(waitUntil([&] {
            return !window->namespaceModel()->isLoading() && window->namespaceModel()->rowCount() > 1;
        }));
    }

    // A key as a person types it: to the widget with the keyboard focus, shortcuts first.
    static void press(QKeyCombination key)
    {
        QWidget *focus = QApplication::focusWidget();
        ASSERT_NE(focus, nullptr) << "no widget has the keyboard focus";
        QTest::keyClick(focus, key.key(), key.keyboardModifiers());
    }

    static QString focusName()
    {
        const QWidget *focus = QApplication::focusWidget();
        return !focus                              ? QStringLiteral("(none)")
               : focus->accessibleName().isEmpty() ? QString::fromLatin1(focus->metaObject()->className())
                                                   : focus->accessibleName();
    }

    template<typename View>
    View *view(const char *objectName) const
    {
        return window->findChild<View *>(QString::fromLatin1(objectName));
    }

    // Home or End when the row is nearer that end, then arrow keys until the current row reads `text`; plain
    // arrows select the row they reach (and open it), as in every list.
    static void arrowTo(QAbstractItemView *list, const QString &text)
    {
        const QModelIndexList found =
            list->model()->match(list->model()->index(0, 0), Qt::DisplayRole, text, 1, Qt::MatchExactly);
        ASSERT_FALSE(found.isEmpty()) << "no row " << text.toStdString();
        const int target = found.constFirst().row();
        const int last = list->model()->rowCount() - 1;
        const int distance = std::abs(list->currentIndex().row() - target);
        if (target < distance && target <= last - target)
            press(Qt::Key_Home);
        else if (last - target < distance)
            press(Qt::Key_End);
        for (int i = 0; i < 200 && list->currentIndex().data().toString() != text; ++i)
            press(list->currentIndex().row() < target ? Qt::Key_Down : Qt::Key_Up);
        ASSERT_EQ(list->currentIndex().data().toString(), text);
    }

    // In the Versions tree: Right opens a group or an image, Ctrl+Down moves on without touching the
    // selection, until the current row reads `text`.
    static void walkTreeTo(QTreeView *tree, const QString &text)
    {
        for (int i = 0; i < 100 && tree->currentIndex().data().toString() != text; ++i) {
            const QModelIndex current = tree->currentIndex();
            if (current.isValid() && tree->model()->hasChildren(current) && !tree->isExpanded(current))
                press(Qt::Key_Right);
            else
                press(Qt::CTRL | Qt::Key_Down);
        }
        ASSERT_EQ(tree->currentIndex().data().toString(), text);
    }

    static QStringList selectedNames(const QTreeView *tree)
    {
        QStringList names;
        for (const QModelIndex &row : tree->selectionModel()->selectedRows())
            names.append(row.data().toString());
        return names;
    }

    // The names of ui-kit's active versions, as the fake GitHub lists them.
    QStringList activeUiKitVersions()
    {
        const ApiResponse response = await(client->listVersions(
            acme, PackageType::Npm, QStringLiteral("ui-kit"), GitHubClient::VersionState::Active));
        EXPECT_TRUE(response.ok());
        QStringList names;
        for (const QJsonValue &version : QJsonDocument::fromJson(response.body).array())
            names.append(version[QStringLiteral("name")].toString());
        return names;
    }

    // The server's mutations as "METHOD version_id status".
    QStringList mutations() const
    {
        QStringList done;
        for (const QJsonValue &mutation : counters().value(QStringLiteral("mutations")).toArray()) {
            done.append(QStringLiteral("%1 %2 %3")
                            .arg(mutation[QStringLiteral("method")].toString())
                            .arg(mutation[QStringLiteral("version_id")].toInteger())
                            .arg(mutation[QStringLiteral("status")].toInt()));
        }
        return done;
    }

    // The actions of the main window itself: its own, its menus' (other windows, such as the Overview, have
    // theirs), and those of the widgets in it (Space in the Versions view).
    QList<QAction *> mainWindowActions() const
    {
        QList<QAction *> actions = window->actions();
        const auto addMenu = [&actions](const QMenu *menu, const auto &self) -> void {
            for (QAction *action : menu->actions()) {
                if (!actions.contains(action))
                    actions.append(action);
                if (action->menu())
                    self(action->menu(), self);
            }
        };
        for (const QAction *menuAction : window->menuBar()->actions()) {
            if (menuAction->menu())
                addMenu(menuAction->menu(), addMenu);
        }
        for (const QWidget *widget : window->findChildren<QWidget *>()) {
            for (QAction *action : widget->actions()) {
                if (widget->window() == window.get() && !qobject_cast<const QMenu *>(widget) &&
                    !actions.contains(action))
                    actions.append(action);
            }
        }
        return actions;
    }

    template<typename Dialog>
    static Dialog *activeDialog()
    {
        return qobject_cast<Dialog *>(QApplication::activeModalWidget());
    }

    // The dialog once it is open and has the keyboard (the platform activates it after it shows).
    template<typename Dialog>
    static Dialog *waitForDialog()
    {
        Dialog *dialog = nullptr;
        waitUntil([&] {
            dialog = activeDialog<Dialog>();
            return dialog && QApplication::activeWindow() == dialog;
        });
        return dialog && QApplication::activeWindow() == dialog ? dialog : nullptr;
    }

    // Once the dialog has gone, the keyboard is the main window's again. Offscreen there is no window manager
    // to give the window back its activation, so the test does what one does.
    template<typename Dialog>
    void waitForTheMainWindowAgain()
    {
        ASSERT_TRUE(waitUntil([] { return activeDialog<Dialog>() == nullptr; }));
        if (QApplication::activeWindow() != window.get())
            QApplication::setActiveWindow(window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }

    // The row's action text and shortcut text of every row of the shortcuts dialog, by section.
    static QStringList dialogRows(const QTreeWidget *list)
    {
        QStringList rows;
        for (int s = 0; s < list->topLevelItemCount(); ++s) {
            const QTreeWidgetItem *section = list->topLevelItem(s);
            for (int r = 0; r < section->childCount(); ++r) {
                rows.append(QStringLiteral("%1 | %2 | %3 | %4")
                                .arg(section->text(0), section->child(r)->text(0), section->child(r)->text(1),
                                     section->child(r)->text(2)));
            }
        }
        return rows;
    }

    // Browse with keys only: F6 to the Namespaces, arrows to acme, F6 to the Packages, arrows to ui-kit,
    // F6 to the Versions.
    void browseToUiKitWithKeys()
    {
        auto *namespaces = view<QListView>("namespaceView");
        auto *packages = view<QTreeView>("packageView");
        for (int i = 0; i < 5 && QApplication::focusWidget() != namespaces; ++i)
            press(Qt::Key_F6);
        ASSERT_EQ(QApplication::focusWidget(), namespaces) << focusName().toStdString();
        arrowTo(namespaces, QStringLiteral("acme"));
        ASSERT_TRUE(waitUntil([&] {
            return window->packageModel()->owner().login == QStringLiteral("acme") &&
                   !window->isPackagesLoading() && window->packageModel()->rowCount() > 0;
        }));

        press(Qt::Key_F6);
        ASSERT_EQ(QApplication::focusWidget(), packages) << focusName().toStdString();
        arrowTo(packages, QStringLiteral("ui-kit"));
        ASSERT_TRUE(waitUntil([&] {
            return window->versionModel()->package().name == QStringLiteral("ui-kit") &&
                   !window->isVersionsLoading() && window->versionModel()->rowCount() > 0;
        }));

        press(Qt::Key_F6);
        ASSERT_EQ(QApplication::focusWidget(), window->versionView()) << focusName().toStdString();
    }

    // Del on the selection, then the review dialog's "Delete 1 version" by its accelerator (Alt+D).
    void deleteSelectionWithKeys()
    {
        press(Qt::Key_Delete);
        ReviewDeletionDialog *review = waitForDialog<ReviewDeletionDialog>();
        ASSERT_NE(review, nullptr);
        QPushButton *confirm = acceptButton(review);
        ASSERT_NE(confirm, nullptr);
        ASSERT_TRUE(waitUntil([&] { return confirm->isEnabled(); }));
        press(Qt::ALT | Qt::Key_D);
        waitForTheMainWindowAgain<ReviewDeletionDialog>();
        ASSERT_TRUE(
            waitUntil([&] { return !window->session()->queue()->isRunning() && !mutations().isEmpty(); }));
    }
};

} // namespace

// The whole round: browse, pick a version, Del and Esc (nothing happens), Del and confirm, then Show deleted
// and Restore put it back. Keys only.
TEST_F(KeyboardFlowTest, BrowseDeleteCancelDeleteAndRestoreWithTheKeyboardAlone)
{
    signInAndActivate();
    browseToUiKitWithKeys();
    QTreeView *versions = window->versionView();

    // Arrows through the tree: Right opens the 1.x group, Ctrl+Down goes on without selecting anything.
    walkTreeTo(versions, QStringLiteral("1.1.0"));
    EXPECT_THAT(selectedNames(versions), IsEmpty());
    // Space toggles the current row: in, out, in.
    press(Qt::Key_Space);
    EXPECT_THAT(selectedNames(versions), ElementsAre(QStringLiteral("1.1.0")));
    press(Qt::Key_Space);
    EXPECT_THAT(selectedNames(versions), IsEmpty());
    press(Qt::Key_Space);
    ASSERT_THAT(selectedNames(versions), ElementsAre(QStringLiteral("1.1.0")));
    const QStringList before = activeUiKitVersions();
    ASSERT_THAT(before, Contains(QStringLiteral("1.1.0")));

    // Del opens the review of exactly that version; Esc cancels it and nothing is deleted.
    press(Qt::Key_Delete);
    ReviewDeletionDialog *review = waitForDialog<ReviewDeletionDialog>();
    ASSERT_NE(review, nullptr);
    ASSERT_EQ(review->plan().deletions().size(), 1);
    press(Qt::Key_Escape);
    waitForTheMainWindowAgain<ReviewDeletionDialog>();
    ASSERT_EQ(QApplication::focusWidget(), versions) << focusName().toStdString();
    EXPECT_THAT(mutations(), IsEmpty());
    EXPECT_EQ(activeUiKitVersions(), before);
    EXPECT_THAT(selectedNames(versions), ElementsAre(QStringLiteral("1.1.0")));

    // Del again, and the review's Delete button by its accelerator.
    deleteSelectionWithKeys();
    ASSERT_EQ(mutations().size(), 1);
    EXPECT_TRUE(mutations().constFirst().startsWith(u"DELETE ")) << mutations().constFirst().toStdString();
    EXPECT_TRUE(mutations().constFirst().endsWith(u" 204")) << mutations().constFirst().toStdString();
    EXPECT_THAT(activeUiKitVersions(), Not(Contains(QStringLiteral("1.1.0"))));

    // Show deleted (Ctrl+Shift+D) lists it; walk to it, Space, and Restore (Ctrl+Shift+R) brings it back.
    ASSERT_EQ(QApplication::focusWidget(), versions) << focusName().toStdString();
    press(Qt::CTRL | Qt::SHIFT | Qt::Key_D);
    ASSERT_TRUE(waitUntil([&] {
        return window->versionModel()->showDeleted() && !window->isVersionsLoading() &&
               window->versionModel()->rowCount() > 0;
    }));
    press(Qt::CTRL | Qt::Key_Home);
    walkTreeTo(versions, QStringLiteral("1.1.0"));
    EXPECT_THAT(selectedNames(versions), IsEmpty());
    press(Qt::Key_Space);
    ASSERT_THAT(selectedNames(versions), ElementsAre(QStringLiteral("1.1.0")));
    press(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
    ASSERT_TRUE(
        waitUntil([&] { return mutations().size() == 2 && !window->session()->queue()->isRunning(); }));
    EXPECT_TRUE(mutations().at(1).startsWith(u"POST ")) << mutations().at(1).toStdString();
    EXPECT_TRUE(mutations().at(1).endsWith(u" 204")) << mutations().at(1).toStdString();
    EXPECT_EQ(mutations().at(1).split(u' ').at(1), mutations().at(0).split(u' ').at(1)); // the same version
    EXPECT_THAT(activeUiKitVersions(), Contains(QStringLiteral("1.1.0")));
}

// Recently deleted through the File menu's accelerators (Alt+F, R): the list has the keyboard on its one row,
// Space picks it, Alt+R restores it, Esc closes.
TEST_F(KeyboardFlowTest, RecentlyDeletedRestoresThroughTheMenuAcceleratorsAndTheDialogsKeys)
{
    signInAndActivate();
    browseToUiKitWithKeys();
    QTreeView *versions = window->versionView();
    walkTreeTo(versions, QStringLiteral("1.0.0"));
    press(Qt::Key_Space);
    ASSERT_THAT(selectedNames(versions), ElementsAre(QStringLiteral("1.0.0")));
    deleteSelectionWithKeys();
    ASSERT_THAT(activeUiKitVersions(), Not(Contains(QStringLiteral("1.0.0"))));

    ASSERT_EQ(QApplication::focusWidget(), versions) << focusName().toStdString();
    press(Qt::ALT | Qt::Key_F);
    ASSERT_TRUE(
        waitUntil([] { return qobject_cast<QMenu *>(QApplication::activePopupWidget()) != nullptr; }));
    QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_R); // a popup menu has the keys while open
    RestoreDialog *dialog = waitForDialog<RestoreDialog>();
    ASSERT_NE(dialog, nullptr);
    auto *list = findByName<QTreeWidget>(dialog, QStringLiteral("Recently deleted"));
    ASSERT_EQ(QApplication::focusWidget(), list) << focusName().toStdString();
    press(Qt::Key_Space);
    ASSERT_EQ(list->selectedItems().size(), 1);
    EXPECT_EQ(list->selectedItems().constFirst()->text(1), QStringLiteral("1.0.0"));
    press(Qt::ALT | Qt::Key_R);
    ASSERT_TRUE(
        waitUntil([&] { return mutations().size() == 2 && !window->session()->queue()->isRunning(); }));
    EXPECT_TRUE(mutations().at(1).startsWith(u"POST ")) << mutations().at(1).toStdString();
    EXPECT_TRUE(mutations().at(1).endsWith(u" 204")) << mutations().at(1).toStdString();
    EXPECT_THAT(activeUiKitVersions(), Contains(QStringLiteral("1.0.0")));
    press(Qt::Key_Escape);
    waitForTheMainWindowAgain<RestoreDialog>();
}

// F6 goes round Namespaces → Packages → Versions → Details and back to Namespaces; Shift+F6 the other way;
// Tab follows the same order through the panes' controls.
TEST_F(KeyboardFlowTest, F6GoesRoundThePanesAndTabFollowsTheSameOrder)
{
    signInAndActivate();
    browseToUiKitWithKeys();
    auto *namespaces = view<QListView>("namespaceView");
    auto *packages = view<QTreeView>("packageView");
    QWidget *details = window->detailsPane();

    press(Qt::Key_F6);
    EXPECT_TRUE(details->isAncestorOf(QApplication::focusWidget())) << focusName().toStdString();
    press(Qt::Key_F6);
    EXPECT_EQ(QApplication::focusWidget(), namespaces) << focusName().toStdString();
    press(Qt::SHIFT | Qt::Key_F6);
    EXPECT_TRUE(details->isAncestorOf(QApplication::focusWidget())) << focusName().toStdString();
    press(Qt::SHIFT | Qt::Key_F6);
    EXPECT_EQ(QApplication::focusWidget(), window->versionView()) << focusName().toStdString();
    press(Qt::SHIFT | Qt::Key_F6);
    EXPECT_EQ(QApplication::focusWidget(), packages) << focusName().toStdString();
    // From the filter field, which belongs to the Versions pane, F6 goes on to Details.
    press(Qt::CTRL | Qt::Key_F);
    ASSERT_EQ(focusName(), QStringLiteral("Filter versions"));
    press(Qt::Key_F6);
    EXPECT_TRUE(details->isAncestorOf(QApplication::focusWidget())) << focusName().toStdString();

    // Tab: Namespaces, Packages, the filter row, Versions, then Details.
    press(Qt::Key_F6);
    ASSERT_EQ(QApplication::focusWidget(), namespaces);
    QStringList order;
    for (int i = 0; i < 8; ++i) {
        press(Qt::Key_Tab);
        order.append(focusName());
    }
    EXPECT_THAT(order, ElementsAre(QStringLiteral("Packages"), QStringLiteral("Filter versions"),
                                   QStringLiteral("Tag state"), QStringLiteral("Older than days"),
                                   QStringLiteral("Pre-releases"), QStringLiteral("Versions"), testing::_,
                                   testing::_));
    EXPECT_TRUE(details->isAncestorOf(QApplication::focusWidget())) << order.join(u", ").toStdString();
}

// Help → Keyboard shortcuts (F1) lists every action of the main window that has a shortcut, with it, read
// from the actions; and the Versions pane's own keys.
TEST_F(KeyboardFlowTest, TheShortcutsDialogListsEveryActionWithItsShortcut)
{
    signInAndActivate();
    window->versionView()->setFocus();
    press(Qt::Key_F1);
    auto *dialog = waitForDialog<KeyboardShortcutsDialog>();
    ASSERT_NE(dialog, nullptr);
    const QStringList rows = dialogRows(dialog->findChild<QTreeWidget *>());

    int checked = 0;
    for (QAction *action : mainWindowActions()) {
        if (action->shortcuts().isEmpty() || action->text().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &sequence : action->shortcuts())
            keys.append(sequence.toString(QKeySequence::NativeText));
        const QString text = KeyboardShortcutsDialog::withoutMnemonic(action->text());
        const QString shortcut = keys.join(QStringLiteral(" or "));
        const bool listed = std::any_of(rows.begin(), rows.end(), [&](const QString &row) {
            const QStringList cells = row.split(QStringLiteral(" | "));
            return cells.at(1) == text && cells.at(2) == shortcut;
        });
        EXPECT_TRUE(listed) << text.toStdString() << " (" << shortcut.toStdString() << ") is not listed";
        ++checked;
    }
    EXPECT_GE(checked, 12);
    // Menu keys too, and the Versions pane's keys that are no menu's.
    EXPECT_THAT(rows, Contains(QStringLiteral("File | Recently deleted… |  | Alt+F, R")));
    EXPECT_THAT(rows, Contains(QStringLiteral("View | Focus next pane | F6 | Alt+V, N")));
    EXPECT_THAT(rows, Contains(QStringLiteral("Help | Keyboard shortcuts | F1 or Ctrl+/ | Alt+H, K")));
    EXPECT_THAT(
        rows, Contains(QStringLiteral("Versions pane | Select or deselect the current version | Space | ")));
    EXPECT_THAT(rows, Contains(QStringLiteral(
                          "Versions pane | Review the deletion of the selected versions | Del | ")));
    press(Qt::Key_Escape);
    waitForTheMainWindowAgain<KeyboardShortcutsDialog>();
}

namespace {

// The accelerators are the translators' choice: the main window in each language.
class KeyboardAcceleratorTest : public KeyboardFlowTest, public ::testing::WithParamInterface<const char *>
{
protected:
    void SetUp() override
    {
        KeyboardFlowTest::SetUp();
        Translations::install(QString::fromLatin1(GetParam()));
        // The window reads its texts when it is made.
        window.reset();
        window = std::make_unique<MainWindow>(sessions.get(), accounts.get(), journal.get(), settings.get());
        window->show();
    }

    void TearDown() override
    {
        KeyboardFlowTest::TearDown();
        Translations::install(QStringLiteral("en"));
    }
};

} // namespace

// No two of the main window's shortcuts are the same keys, nor the same as a menu's or a control's
// accelerator (Alt+letter); every action has a shortcut or can be reached through a menu by letters.
TEST_P(KeyboardAcceleratorTest, NoTwoShortcutsOrAcceleratorsOfTheMainWindowClash)
{
    signInAndActivate(); // the session's docks (Operations, Retention rules) bring their own
    QHash<QKeySequence, QStringList> owners;
    for (QAction *action : mainWindowActions()) {
        for (const QKeySequence &sequence : action->shortcuts())
            owners[sequence].append(QStringLiteral("action ") + action->text());
    }
    for (const QAction *menuAction : window->menuBar()->actions()) {
        if (const QKeySequence key = QKeySequence::mnemonic(menuAction->text()); !key.isEmpty())
            owners[key].append(QStringLiteral("menu ") + menuAction->text());
    }
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (widget->window() != window.get())
            continue;
        QString text;
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            text = button->text();
        else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            text = label->text();
        if (const QKeySequence key = QKeySequence::mnemonic(text); !key.isEmpty())
            owners[key].append(QStringLiteral("control ") + text);
    }
    EXPECT_GE(owners.size(), 20);
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        EXPECT_EQ(it.value().size(), 1) << it.key().toString().toStdString() << " is "
                                        << it.value().join(QStringLiteral(", ")).toStdString();
    }

    // Every action in the menus has a shortcut or a letter of its own in its menu, and the menu a letter.
    for (const QAction *menuAction : window->menuBar()->actions()) {
        ASSERT_NE(menuAction->menu(), nullptr);
        EXPECT_FALSE(QKeySequence::mnemonic(menuAction->text()).isEmpty())
            << menuAction->text().toStdString();
        QSet<int> letters;
        for (const QAction *action : menuAction->menu()->actions()) {
            if (action->isSeparator())
                continue;
            const QKeySequence letter = QKeySequence::mnemonic(action->text());
            EXPECT_FALSE(letter.isEmpty() && action->shortcuts().isEmpty()) << action->text().toStdString();
            if (!letter.isEmpty()) {
                EXPECT_FALSE(letters.contains(letter[0].key()))
                    << "two items of " << menuAction->text().toStdString() << " on "
                    << letter.toString().toStdString();
                letters.insert(letter[0].key());
            }
        }
    }
    // The window's actions outside the menus are reached by their shortcut.
    for (const QAction *action : window->actions()) {
        EXPECT_FALSE(action->shortcuts().isEmpty() && action->associatedObjects().size() <= 1)
            << action->text().toStdString() << " is in no menu and has no shortcut";
    }
}

INSTANTIATE_TEST_SUITE_P(Languages, KeyboardAcceleratorTest, ::testing::Values("en", "de", "fr"),
                         [](const ::testing::TestParamInfo<const char *> &language) {
                             return std::string(language.param);
                         });
