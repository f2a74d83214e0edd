// Issue #19: the main window driven through a few hundred selection changes across namespaces, packages,
// versions and groups (container trees with platform children, npm groups, deleted versions), with deletions
// and restores in between, the window and its splitters resized, then quit. It runs plain in the ui suite and
// under valgrind's memcheck in ./run test (tests/valgrind/memcheck-gui.sh), where an invalid read or write
// fails it.
#include "mainwindowfixture.h"

#include "demotokens.h"
#include "operationqueue.h"
#include "reviewdeletiondialog.h"
#include "reviewrestoredialog.h"
#include "session.h"
#include "versiontreemodel.h"
#include "widgetlookup.h"

#include <QAction>
#include <QJsonArray>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace Packhouse;

namespace {

struct Stop
{
    QString owner;
    PackageType type;
    QString name;
};

// Both account kinds, every tree shape: multi-arch images, a nested name, npm groups, the old Docker
// registry.
const QList<Stop> &stops()
{
    static const QList<Stop> all = {
        {QStringLiteral("acme"), PackageType::Container, QStringLiteral("web")},
        {QStringLiteral("acme"), PackageType::Npm, QStringLiteral("ui-kit")},
        {QStringLiteral("octocat"), PackageType::Container, QStringLiteral("hello-world")},
        {QStringLiteral("acme"), PackageType::Container, QStringLiteral("team/worker")},
        {QStringLiteral("octocat"), PackageType::Npm, QStringLiteral("octo-cli")},
        {QStringLiteral("acme"), PackageType::Maven, QStringLiteral("com.acme.core")},
        {QStringLiteral("acme"), PackageType::Docker, QStringLiteral("legacy-web")},
    };
    return all;
}

int roundsFromEnvironment()
{
    bool ok = false;
    const int rounds = qEnvironmentVariableIntValue("PACKHOUSE_STRESS_ROUNDS", &ok);
    return ok && rounds > 0 ? rounds : 5;
}

class MainWindowStressTest : public MainWindowTest
{
protected:
    // Every row of the versions view, children included, expanding each parent on the way.
    int walkVersions()
    {
        QTreeView *view = window->versionView();
        QAbstractItemModel *model = view->model();
        if (!model)
            return 0;
        int selections = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex top = model->index(row, 0);
            view->setCurrentIndex(top);
            ++selections;
            if (model->hasChildren(top) || model->canFetchMore(top)) {
                view->expand(top);
                // Until its children are listed, or its manifest says it has none.
                waitUntil([&] { return model->rowCount(top) > 0 || !model->hasChildren(top); }, 5000);
                for (int child = 0; child < model->rowCount(top); ++child) {
                    view->setCurrentIndex(model->index(child, 0, top));
                    ++selections;
                }
            }
            QCoreApplication::processEvents();
        }
        return selections;
    }

    void resizeEverything(int round)
    {
        window->resize(900 + 60 * (round % 5), 560 + 40 * (round % 4));
        for (QSplitter *splitter : window->findChildren<QSplitter *>()) {
            QList<int> sizes = splitter->sizes();
            if (sizes.size() < 2)
                continue;
            const int moved = (round % 2 ? 40 : -40);
            sizes[0] = qMax(20, sizes[0] + moved);
            sizes[1] = qMax(20, sizes[1] - moved);
            splitter->setSizes(sizes);
        }
        QCoreApplication::processEvents();
    }

    // The last leaf without tags, in a group or at the top: a version whose deletion breaks nothing.
    QModelIndex untaggedLeaf() const
    {
        QAbstractItemModel *model = window->versionView()->model();
        QModelIndex found;
        const auto consider = [&](const QModelIndex &index) {
            if (!model->hasChildren(index) && index.data(VersionTreeModel::TagsRole).toStringList().isEmpty())
                found = index;
        };
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex top = model->index(row, 0);
            consider(top);
            for (int child = 0; child < model->rowCount(top); ++child)
                consider(model->index(child, 0, top));
        }
        return found;
    }

    // Reviews the deletion of one untagged version and confirms it.
    void deleteOneUntaggedVersion()
    {
        QTreeView *view = window->versionView();
        const QModelIndex leaf = untaggedLeaf();
        ASSERT_TRUE(leaf.isValid()) << "no untagged version to delete";
        view->setCurrentIndex(leaf);
        view->selectionModel()->select(leaf, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        action("deleteAction")->trigger();
        auto *review = window->findChild<ReviewDeletionDialog *>();
        ASSERT_NE(review, nullptr);
        QPushButton *confirm = acceptButton(review);
        ASSERT_NE(confirm, nullptr);
        ASSERT_TRUE(waitUntil([&] { return confirm->isEnabled(); }));
        QSignalSpy finished(window->session()->queue(), &OperationQueue::finished);
        confirm->click();
        ASSERT_TRUE(finished.wait(30000));
        EXPECT_EQ(finished.first().at(1).toInt(), 0) << "a deletion failed";
        ++deletions;
    }

    // Show deleted, select the first deleted version, restore it, back to the active versions.
    void restoreOneVersion()
    {
        action("showDeletedAction")->setChecked(true);
        if (!waitUntil([&] { return !window->isVersionsLoading() && window->versionModel()->rowCount() > 0; },
                       5000)) {
            action("showDeletedAction")->setChecked(false);
            return;
        }
        QTreeView *view = window->versionView();
        const QModelIndex first = view->model()->index(0, 0);
        view->setCurrentIndex(first);
        view->selectionModel()->select(first,
                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        if (action("restoreAction")->isEnabled()) {
            QSignalSpy finished(window->session()->queue(), &OperationQueue::finished);
            action("restoreAction")->trigger();
            // More than one version (a group, an image with its children) is reviewed first (issue #20).
            for (ReviewRestoreDialog *review : window->findChildren<ReviewRestoreDialog *>()) {
                if (review->isVisible())
                    acceptButton(review)->click();
            }
            ASSERT_TRUE(finished.wait(30000));
            ++restores;
        }
        action("showDeletedAction")->setChecked(false);
        waitUntil([&] { return !window->isVersionsLoading(); }, 5000);
    }

    int deletions = 0;
    int restores = 0;
};

} // namespace

TEST_F(MainWindowStressTest, HundredsOfSelectionChangesWithDeletesRestoresAndResizesThenQuits)
{
    signIn(DemoTokens::full());
    int selections = 0;
    const int rounds = roundsFromEnvironment();
    for (int round = 0; round < rounds; ++round) {
        for (int at = 0; at < stops().size(); ++at) {
            const Stop &stop = stops().at(at);
            ASSERT_NO_FATAL_FAILURE(browseTo(stop.owner, stop.type, stop.name));
            selections += 2 + walkVersions();
            resizeEverything(round * int(stops().size()) + at);
            if (stop.type == PackageType::Container && stop.name == u"web") {
                // Deleted versions as a tree of their own, then back.
                action("showDeletedAction")->setChecked(true);
                waitUntil([&] { return !window->isVersionsLoading(); }, 5000);
                selections += walkVersions();
                action("showDeletedAction")->setChecked(false);
                waitUntil([&] { return !window->isVersionsLoading(); }, 5000);
            }
            if (stop.type == PackageType::Npm && stop.name == u"ui-kit") {
                ASSERT_NO_FATAL_FAILURE(deleteOneUntaggedVersion());
                selections += walkVersions();
                ASSERT_NO_FATAL_FAILURE(restoreOneVersion());
            }
        }
    }
    EXPECT_GE(selections, 50 * rounds); // about three hundred with the default five rounds
    EXPECT_EQ(deletions, rounds);
    EXPECT_EQ(restores, rounds);
    // Nothing outside what was asked: one DELETE and one POST (restore) a round.
    const QJsonArray mutations = counters().value(QStringLiteral("mutations")).toArray();
    EXPECT_EQ(mutations.size(), 2 * rounds);

    // File → Quit closes the window and the event loop sees it go.
    action("quitAction")->trigger();
    EXPECT_FALSE(window->isVisible());
    QCoreApplication::processEvents();
}
