#pragma once

// A signed-in Session against the fake GitHub, a deletion journal in a temporary folder, and helpers to load
// a package's version tree: what the workflow dialogs are built on.
#include "deletionjournal.h"
#include "fakeserverfixture.h"
#include "operation.h"
#include "package.h"
#include "session.h"
#include "versiontreemodel.h"
#include "widgetlookup.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QSet>
#include <QTemporaryDir>

#include <memory>

class WorkflowTest : public FakeServerTest
{
protected:
    void SetUp() override;
    void TearDown() override;

    // (Re)opens the session and the journal on the same file, as a restarted app does; `cacheRoot` empty
    // keeps the responses and manifests in memory only.
    void restart(const QString &cacheRoot = QString());
    Packhouse::Package fetchPackage(const Packhouse::NamespaceRef &owner, Packhouse::PackageType type,
                                    const QString &name);
    // A model over the package, listed completely (and, for containers, with every manifest).
    std::unique_ptr<Packhouse::VersionTreeModel> loadVersions(const Packhouse::NamespaceRef &owner,
                                                              Packhouse::PackageType type,
                                                              const QString &name, bool showDeleted = false);
    static qint64 idOfTag(const Packhouse::VersionTreeModel &model, const QString &tag);
    // Runs the operations through the session's queue and waits until the run ends.
    void runAndWait(const QList<Packhouse::Operation> &operations);
    // The version ids of the server's mutations with this HTTP method, in order.
    QList<qint64> mutationIds(const QString &method) const;

    // Saves the widget's look to $PACKHOUSE_SCREENSHOT_DIR/<fileName> when that is set (docs/screenshots).
    static void saveScreenshot(QWidget *widget, const QString &fileName);

    static const Packhouse::NamespaceRef acme;
    QTemporaryDir dir;
    std::unique_ptr<Packhouse::DeletionJournal> journal;
    std::unique_ptr<Packhouse::Session> session;
};

QSet<qint64> idsOf(const QList<Packhouse::Operation> &operations);
