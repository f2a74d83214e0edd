#pragma once

#include "namespaceref.h"
#include "packagetype.h"
#include "scopes.h"
#include "serverconfig.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Packhouse {

// What the main window's actions may do now and, when they may not, why: a pure function of the browsing
// state (no widgets, no session), so every rule is tested on its own (tests/ui/actiongatetest.cpp).
// MainWindow only applies the result to its QActions.
class ActionGate
{
    Q_DECLARE_TR_FUNCTIONS(Packhouse::ActionGate)

public:
    struct Context
    {
        bool signedIn = false;
        bool offline = false; // the session could not reach GitHub and shows what the cache holds
        HostKind host = HostKind::GitHubDotCom;
        Scopes scopes;
        NamespaceRef owner;
        std::optional<QString> packageName; // set when a package is selected
        PackageType packageType = PackageType::Container;
        bool showingDeleted = false;   // Show deleted is on
        bool operationRunning = false; // the session's queue is busy
        bool versionsSelected = false; // at least one version is selected
        bool digestShown = false;      // Details shows a container digest
    };

    struct State
    {
        bool enabled = false;
        QString reason; // for the tooltip and status tip: what it does, or why it cannot
    };

    struct Result
    {
        State remove;
        State restore;
        bool copyDigest = false;
        bool openOnGitHub = false;
        bool refresh = false;
        bool openNamespace = false;
        bool showDeleted = false;
        State retention;
        State overview; // View → Overview of the selected namespace (issue #18): browsing's scope, online
        bool recentlyDeleted = false; // readable offline too
        bool signOut = false;
        QString missingScopes; // every scope the token lacks here, for the status bar; empty when none
    };

    static Result evaluate(const Context &context);
    // Why nothing may change while offline, for every refusal (Recently deleted's too).
    static QString offlineReason();
};

} // namespace Packhouse
