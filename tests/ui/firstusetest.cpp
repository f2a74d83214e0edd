// Issue #20, "rough edges found when tried as a new user would": the main window against the fake GitHub's
// demo scenario. Messages the Namespaces pane is too narrow for, groups that open by themselves and stay
// open, the versions a retention rule marks, and restoring several versions from Show deleted.
#include "demotokens.h"
#include "fakedemoscenario.h"
#include "mainwindowfixture.h"
#include "modelroles.h"
#include "namespacemodel.h"
#include "operationqueue.h"
#include "panenoticebar.h"
#include "qtprinters.h"
#include "retentionpanel.h"
#include "reviewrestoredialog.h"
#include "session.h"
#include "versiontreemodel.h"
#include "widgetlookup.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QIcon>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace Packhouse;
using namespace Qt::StringLiterals;
using ::testing::HasSubstr;

namespace {

class FirstUseTest : public MainWindowTest
{
protected:
    QAbstractProxyModel *proxy() const
    {
        return qobject_cast<QAbstractProxyModel *>(window->versionView()->model());
    }

    // The Versions view's row of the version model's `source`.
    QModelIndex shown(const QModelIndex &source) const { return proxy()->mapFromSource(source); }

    // The top-level row of the version model whose Name column reads `text`.
    QModelIndex topRow(const QString &text) const
    {
        VersionTreeModel *versions = window->versionModel();
        for (int row = 0; row < versions->rowCount(); ++row) {
            if (versions->index(row, 0).data().toString() == text)
                return versions->index(row, 0);
        }
        return {};
    }

    qint64 idOf(const QString &nameOrTag) const
    {
        for (const PackageVersion &version : window->versionModel()->versions()) {
            if (version.name == nameOrTag || version.tags.contains(nameOrTag))
                return version.id;
        }
        return 0;
    }

    // Refresh (F5's action), then waits until the versions are listed again.
    void refreshAndWait()
    {
        QSignalSpy finished(window->versionModel(), &VersionTreeModel::listingFinished);
        action("refreshAction")->trigger();
        ASSERT_TRUE(finished.wait(30000));
        ASSERT_TRUE(waitUntil([&] { return !window->isVersionsLoading() && !window->isPackagesLoading(); }));
    }

    // The demo scenario with one change to a package's versions, as if someone had pushed meanwhile.
    void changeVersionsOnTheServer(const QString &owner, const QString &name,
                                   const std::function<void(QJsonArray &)> &change)
    {
        QJsonObject scenario = FakeGitHub::DemoScenario::scenario();
        QJsonArray packages = scenario.value(u"packages"_s).toArray();
        for (qsizetype i = 0; i < packages.size(); ++i) {
            QJsonObject package = packages.at(i).toObject();
            if (package.value(u"owner"_s).toString() != owner || package.value(u"name"_s).toString() != name)
                continue;
            QJsonArray versions = package.value(u"versions"_s).toArray();
            change(versions);
            package.insert(u"versions"_s, versions);
            packages[i] = package;
        }
        scenario.insert(u"packages"_s, packages);
        QString error;
        ASSERT_TRUE(server.loadScenario(scenario, &error)) << error.toStdString();
    }
};

// 1. "The token lacks the scope admin:or…": the Namespaces pane is too narrow for its messages. They read in
// full across the views, word-wrapped, with the pane's Retry; the pane itself only says "Loading…".
TEST_F(FirstUseTest, NamespacesMessagesReadInFullAcrossTheViews)
{
    signIn(DemoTokens::full());
    ASSERT_TRUE(waitUntil([&] { return !window->namespaceModel()->isLoading(); }));
    auto *notice = window->findChild<PaneNoticeBar *>(u"namespaceNotice"_s);
    ASSERT_NE(notice, nullptr);
    EXPECT_FALSE(notice->isVisible());

    const QString name = u"no-such-organization-or-user-anywhere"_s;
    QSignalSpy failed(window->namespaceModel(), &NamespaceModel::namespaceLookupFailed);
    window->openNamespaceByName(name);
    ASSERT_TRUE(failed.wait(15000));
    const QString message = failed.first().at(1).toString();
    ASSERT_THAT(message.toStdString(), HasSubstr(name.toStdString()));

    ASSERT_TRUE(waitUntil([&] { return notice->isVisible(); }));
    auto *label = findByName<QLabel>(notice, u"Namespaces message"_s);
    ASSERT_NE(label, nullptr);
    EXPECT_TRUE(label->isVisible());
    EXPECT_EQ(label->text(), u"Namespaces: "_s + message);
    EXPECT_EQ(notice->text(), label->text());
    EXPECT_TRUE(label->wordWrap());
    // Wider than the Namespaces pane, and tall enough for every line it wraps to: nothing is cut off.
    QTest::qWait(0);
    const QListView *namespaces = window->findChild<QListView *>(u"namespaceView"_s);
    EXPECT_GT(label->width(), 2 * namespaces->width());
    EXPECT_GE(label->height(), label->heightForWidth(label->width()));
    EXPECT_TRUE(notice->rect().contains(QRect(label->mapTo(notice, QPoint(0, 0)), label->size())));
    // The narrow pane does not try to show it.
    auto *paneStatus = findByName<QLabel>(window.get(), u"Namespaces status"_s);
    ASSERT_NE(paneStatus, nullptr);
    EXPECT_FALSE(paneStatus->isVisible());
    EXPECT_NE(findByName<QPushButton>(notice, u"Retry loading Namespaces"_s), nullptr);

    // A new attempt replaces the message.
    QSignalSpy loading(window->namespaceModel(), &NamespaceModel::loadingChanged);
    findByName<QPushButton>(notice, u"Retry loading Namespaces"_s)->click();
    ASSERT_TRUE(waitUntil([&] { return !loading.isEmpty() && !window->namespaceModel()->isLoading(); }));
    EXPECT_FALSE(notice->isVisible());
}

// 2. A small package whose versions fall into one group opens with it expanded (octocat's octo-gem: 0.1.0,
// 0.2.0, 0.3.0); one with several groups opens as before.
TEST_F(FirstUseTest, ALoneGroupOpensExpanded)
{
    signIn(DemoTokens::full());
    browseTo(u"octocat"_s, PackageType::RubyGems, u"octo-gem"_s);
    ASSERT_TRUE(waitUntil([&] { return window->versionModel()->isListingComplete(); }));
    QTreeView *view = window->versionView();
    ASSERT_EQ(view->model()->rowCount(), 1);
    const QModelIndex group = view->model()->index(0, 0);
    EXPECT_EQ(group.data().toString(), u"0.x"_s);
    EXPECT_TRUE(waitUntil([&] { return view->isExpanded(group); }));
    EXPECT_EQ(view->model()->rowCount(group), 3);

    browseTo(u"acme"_s, PackageType::Npm, u"ui-kit"_s);
    ASSERT_TRUE(waitUntil([&] { return window->versionModel()->isListingComplete(); }));
    ASSERT_EQ(view->model()->rowCount(), 2);
    EXPECT_FALSE(view->isExpanded(view->model()->index(0, 0)));
    EXPECT_FALSE(view->isExpanded(view->model()->index(1, 0)));
}

// 2. The user collapses a lone group: a refresh leaves it collapsed.
TEST_F(FirstUseTest, ALoneGroupTheUserCollapsedStaysCollapsed)
{
    signIn(DemoTokens::full());
    browseTo(u"octocat"_s, PackageType::RubyGems, u"octo-gem"_s);
    QTreeView *view = window->versionView();
    ASSERT_TRUE(waitUntil([&] { return view->isExpanded(view->model()->index(0, 0)); }));
    view->collapse(view->model()->index(0, 0));
    ASSERT_NO_FATAL_FAILURE(refreshAndWait());
    EXPECT_FALSE(view->isExpanded(view->model()->index(0, 0)));
}

// 2. A group the user expanded stays expanded through refreshes, also one that regroups: acme/ui-kit's "0.x"
// goes when 0.9.0 is deleted elsewhere and comes back when it is restored, expanded as the user left it.
TEST_F(FirstUseTest, AGroupTheUserExpandedStaysExpandedThroughRefreshesThatRegroup)
{
    signIn(DemoTokens::full());
    browseTo(u"acme"_s, PackageType::Npm, u"ui-kit"_s);
    ASSERT_TRUE(waitUntil([&] { return window->versionModel()->isListingComplete(); }));
    QTreeView *view = window->versionView();
    ASSERT_TRUE(topRow(u"0.x"_s).isValid());
    view->expand(shown(topRow(u"0.x"_s)));

    ASSERT_NO_FATAL_FAILURE(refreshAndWait());
    ASSERT_TRUE(topRow(u"0.x"_s).isValid());
    EXPECT_TRUE(view->isExpanded(shown(topRow(u"0.x"_s))));
    EXPECT_FALSE(view->isExpanded(shown(topRow(u"1.x"_s))));

    // Deleted elsewhere: the group goes.
    const NamespaceRef acme = NamespaceRef::organization(u"acme"_s);
    const qint64 id = idOf(u"0.9.0"_s);
    ASSERT_NE(id, 0);
    ASSERT_TRUE(await(client->deleteVersion(acme, PackageType::Npm, u"ui-kit"_s, id)).ok());
    ASSERT_NO_FATAL_FAILURE(refreshAndWait());
    EXPECT_FALSE(topRow(u"0.x"_s).isValid());
    // The group left is not opened for the user: only a package that opens with one group is.
    EXPECT_FALSE(view->isExpanded(shown(topRow(u"1.x"_s))));

    // Restored: the group comes back as the user left it.
    ASSERT_TRUE(await(client->restoreVersion(acme, PackageType::Npm, u"ui-kit"_s, id)).ok());
    ASSERT_NO_FATAL_FAILURE(refreshAndWait());
    ASSERT_TRUE(topRow(u"0.x"_s).isValid());
    EXPECT_TRUE(view->isExpanded(shown(topRow(u"0.x"_s))));
    EXPECT_FALSE(view->isExpanded(shown(topRow(u"1.x"_s))));
}

// 2. An image the user expanded stays expanded when a refresh moves it: `latest` went to another image, so
// acme/web's 1.4.0 row is made anew.
TEST_F(FirstUseTest, AnImageTheUserExpandedStaysExpandedWhenARefreshMovesItsTag)
{
    signIn(DemoTokens::full());
    browseTo(u"acme"_s, PackageType::Container, u"web"_s);
    const QModelIndex latest = window->expandTag(u"1.4.0"_s);
    ASSERT_TRUE(latest.isValid());
    const qint64 id = latest.data(VersionTreeModel::VersionIdRole).toLongLong();
    QTreeView *view = window->versionView();
    ASSERT_TRUE(view->isExpanded(shown(latest)));

    ASSERT_NO_FATAL_FAILURE(changeVersionsOnTheServer(u"acme"_s, u"web"_s, [](QJsonArray &versions) {
        for (qsizetype i = 0; i < versions.size(); ++i) {
            QJsonObject version = versions.at(i).toObject();
            if (version.value(u"tags"_s).toArray().contains(u"latest"_s)) {
                version.insert(u"tags"_s, QJsonArray{u"1.4.0"_s});
                versions[i] = version;
            }
        }
    }));
    ASSERT_NO_FATAL_FAILURE(refreshAndWait());
    const QModelIndex moved = window->versionModel()->indexOfVersion(id);
    ASSERT_TRUE(moved.isValid());
    EXPECT_EQ(moved.data().toString(), u"1.4.0"_s);
    EXPECT_TRUE(
        waitUntil([&] { return view->isExpanded(shown(window->versionModel()->indexOfVersion(id))); }));
}

// 4. The versions a retention rule selects carry Delete's icon and say why to screen readers, not only a
// colour; the panel's count is its label's accessible name.
TEST_F(FirstUseTest, RetentionMarksRowsByMoreThanColourAndNamesTheCount)
{
    signIn(DemoTokens::full());
    browseTo(u"acme"_s, PackageType::Container, u"web"_s);
    ASSERT_TRUE(waitUntil([&] { return window->versionModel()->isListingComplete(); }));
    action("retentionAction")->trigger();
    auto *panel = window->findChild<RetentionPanel *>();
    ASSERT_NE(panel, nullptr);
    RetentionRule rule;
    rule.untaggedOnly = true;
    panel->setRule(rule);
    ASSERT_TRUE(waitUntil([&] { return panel->preview().size() == 3; }));

    VersionTreeModel *versions = window->versionModel();
    ASSERT_TRUE(waitUntil([&] {
        return versions->indexOfVersion(*panel->preview().cbegin())
            .data(VersionTreeModel::HighlightRole)
            .toBool();
    }));
    for (const qint64 id : panel->preview()) {
        const QModelIndex row = versions->indexOfVersion(id);
        const QModelIndex inView = shown(row);
        ASSERT_TRUE(inView.isValid());
        const QIcon mark = inView.data(Qt::DecorationRole).value<QIcon>();
        EXPECT_FALSE(mark.isNull());
        EXPECT_EQ(mark.cacheKey(), action("deleteAction")->icon().cacheKey());
        EXPECT_EQ(inView.data(Qt::AccessibleDescriptionRole).toString(), u"Selected by the retention rule"_s);
        EXPECT_EQ(inView.siblingAtColumn(VersionTreeModel::AgeColumn)
                      .data(Qt::AccessibleDescriptionRole)
                      .toString(),
                  u"Selected by the retention rule"_s);
    }
    // A row the rule keeps: no mark.
    const QModelIndex kept = shown(versions->indexOfVersion(idOf(u"latest"_s)));
    EXPECT_FALSE(kept.data(Qt::DecorationRole).isValid());
    EXPECT_FALSE(kept.data(Qt::AccessibleDescriptionRole).isValid());

    auto *count = panel->findChild<QLabel *>();
    for (auto *label : panel->findChildren<QLabel *>()) {
        if (label->text() == panel->previewText())
            count = label;
    }
    ASSERT_NE(count, nullptr);
    EXPECT_THAT(count->accessibleName().toStdString(), HasSubstr(panel->previewText().toStdString()));
    EXPECT_THAT(count->accessibleName().toStdString(), HasSubstr("3 version"));
    // It follows the text.
    panel->setRule(RetentionRule{});
    ASSERT_TRUE(waitUntil([&] { return panel->preview().isEmpty(); }));
    EXPECT_THAT(count->accessibleName().toStdString(), HasSubstr(panel->previewText().toStdString()));
    EXPECT_THAT(count->accessibleName().toStdString(), testing::Not(HasSubstr("3 version")));
}

// 5. Show deleted: restoring more than one version shows what comes back first; Cancel restores nothing,
// Restore restores them. One version restores at once.
TEST_F(FirstUseTest, RestoringSeveralDeletedVersionsIsReviewedFirst)
{
    signIn(DemoTokens::full());
    browseTo(u"acme"_s, PackageType::Npm, u"ui-kit"_s);
    ASSERT_TRUE(waitUntil([&] { return window->versionModel()->isListingComplete(); }));
    const NamespaceRef acme = NamespaceRef::organization(u"acme"_s);
    const QList<qint64> ids{idOf(u"1.0.0"_s), idOf(u"1.1.0"_s)};
    for (const qint64 id : ids)
        ASSERT_TRUE(await(client->deleteVersion(acme, PackageType::Npm, u"ui-kit"_s, id)).ok());
    const auto restores = [&] {
        int posts = 0;
        for (const QJsonValue &mutation : counters().value(u"mutations"_s).toArray())
            posts += mutation[u"method"_s].toString() == u"POST"_s ? 1 : 0;
        return posts;
    };

    action("showDeletedAction")->setChecked(true);
    ASSERT_TRUE(waitUntil([&] { return window->versionModel()->isListingComplete(); }));
    QTreeView *view = window->versionView();
    view->selectionModel()->clearSelection();
    for (const qint64 id : ids)
        view->selectionModel()->select(shown(window->versionModel()->indexOfVersion(id)),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
    ASSERT_TRUE(action("restoreAction")->isEnabled());
    action("restoreAction")->trigger();
    auto *review = window->findChild<ReviewRestoreDialog *>();
    ASSERT_NE(review, nullptr);
    ASSERT_TRUE(review->isVisible());
    EXPECT_EQ(review->windowTitle(), u"Review restore"_s);
    auto *list = findByName<QTreeWidget>(review, u"Versions to restore"_s);
    ASSERT_NE(list, nullptr);
    ASSERT_EQ(list->topLevelItemCount(), 2);
    QStringList names{list->topLevelItem(0)->text(0), list->topLevelItem(1)->text(0)};
    names.sort();
    EXPECT_EQ(names, (QStringList{u"1.0.0"_s, u"1.1.0"_s}));
    EXPECT_EQ(list->topLevelItem(0)->text(2), u"acme/ui-kit (npm)"_s);
    EXPECT_THAT(findByName<QLabel>(review, u"Summary"_s)->text().toStdString(),
                HasSubstr("acme/ui-kit (npm)"));
    EXPECT_THAT(acceptButton(review)->text().toStdString(), HasSubstr("2 version"));

    // Cancel: nothing is restored.
    review->reject();
    QTest::qWait(200);
    EXPECT_EQ(restores(), 0);
    EXPECT_FALSE(window->session()->queue()->isRunning());

    // Restore: both come back.
    action("restoreAction")->trigger();
    review = nullptr;
    for (auto *candidate : window->findChildren<ReviewRestoreDialog *>()) {
        if (candidate->isVisible())
            review = candidate;
    }
    ASSERT_NE(review, nullptr);
    QSignalSpy finished(window->session()->queue(), &OperationQueue::finished);
    acceptButton(review)->click();
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_EQ(restores(), 2);

    // One version: restored at once, as before.
    ASSERT_TRUE(await(client->deleteVersion(acme, PackageType::Npm, u"ui-kit"_s, ids.first())).ok());
    ASSERT_NO_FATAL_FAILURE(refreshAndWait());
    const QModelIndex one = shown(window->versionModel()->indexOfVersion(ids.first()));
    ASSERT_TRUE(one.isValid());
    view->selectionModel()->select(one, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->setCurrentIndex(one);
    QSignalSpy again(window->session()->queue(), &OperationQueue::finished);
    action("restoreAction")->trigger();
    ASSERT_TRUE(again.wait(30000));
    EXPECT_EQ(restores(), 3);
}

} // namespace
