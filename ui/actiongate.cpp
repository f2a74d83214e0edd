#include "actiongate.h"

#include "scopegate.h"

#include <QStringList>

namespace Packhouse {

namespace {

QString missing(PackageAction action, const ActionGate::Context &context)
{
    return context.signedIn ? ScopeGate::missingReason(action, context.packageType, context.host,
                                                       context.scopes, context.owner)
                            : QString();
}

} // namespace

// Nothing changes on GitHub from a copy: a deletion plan is never built on cached data (#21).
QString ActionGate::offlineReason()
{
    return tr("Not while offline: GitHub cannot be reached");
}

ActionGate::Result ActionGate::evaluate(const Context &context)
{
    Result result;
    const QString deleteMissing = missing(PackageAction::Delete, context);
    const QString restoreMissing = missing(PackageAction::Restore, context);
    const QString adminNote = ScopeGate::adminNote(context.owner);
    const auto withNote = [&](const QString &text) {
        return adminNote.isEmpty() ? text : tr("%1 (%2)").arg(text, adminNote);
    };
    const auto allow = [](const QString &reason) { return State{true, reason}; };
    const auto refuse = [](const QString &reason) { return State{false, reason}; };
    const QString offline = offlineReason();

    if (!context.signedIn)
        result.remove = refuse(tr("Sign in to delete versions"));
    else if (context.offline)
        result.remove = refuse(offline);
    else if (!deleteMissing.isEmpty())
        result.remove = refuse(deleteMissing);
    else if (context.showingDeleted)
        result.remove = refuse(tr("Deleted versions cannot be deleted again: turn off Show deleted"));
    else if (context.operationRunning)
        result.remove = refuse(tr("Wait for the running operation to finish"));
    else if (context.versionsSelected)
        result.remove = allow(withNote(tr("Review and delete the selected versions (Del)")));
    else if (context.packageName)
        result.remove =
            allow(withNote(tr("Review and delete the whole package %1 (Del)").arg(*context.packageName)));
    else
        result.remove = refuse(tr("Select versions or a package to delete"));

    if (!context.signedIn)
        result.restore = refuse(tr("Sign in to restore versions"));
    else if (context.offline)
        result.restore = refuse(offline);
    else if (!restoreMissing.isEmpty())
        result.restore = refuse(restoreMissing);
    else if (context.operationRunning)
        result.restore = refuse(tr("Wait for the running operation to finish"));
    else if (context.showingDeleted && context.versionsSelected)
        result.restore = allow(withNote(tr("Restore the selected deleted versions")));
    else if (context.showingDeleted)
        result.restore = refuse(tr("Select deleted versions to restore"));
    else
        result.restore = allow(tr("Restore what was deleted in the last 30 days"));

    QStringList lacking;
    for (const QString &reason : {deleteMissing, restoreMissing}) {
        if (!reason.isEmpty())
            lacking << reason;
    }
    result.missingScopes = lacking.join(QStringLiteral(" · "));

    const bool packageSelected = context.packageName.has_value();
    result.copyDigest =
        packageSelected && context.packageType == PackageType::Container && context.digestShown;
    result.openOnGitHub = packageSelected;
    result.refresh = context.signedIn;
    result.openNamespace = context.signedIn;
    result.showDeleted = context.signedIn;
    if (!context.signedIn || !packageSelected)
        result.retention = refuse(tr("Select a package to apply retention rules to"));
    else if (context.offline)
        result.retention = refuse(offline);
    else
        result.retention = allow(tr("Select versions to delete by rule, with a preview"));
    // The Overview lists every package of the namespace, as browsing does (a container's scope stands for
    // it).
    const QString browseMissing =
        context.signedIn ? ScopeGate::missingReason(PackageAction::Browse, PackageType::Container,
                                                    context.host, context.scopes, context.owner)
                         : QString();
    if (!context.signedIn)
        result.overview = refuse(tr("Sign in to see a namespace's overview"));
    else if (context.owner.login.isEmpty())
        result.overview = refuse(tr("Select a namespace to see its overview"));
    else if (context.offline)
        result.overview = refuse(offline);
    else if (!browseMissing.isEmpty())
        result.overview = refuse(browseMissing);
    else
        result.overview = allow(tr("The health and size of every package of %1").arg(context.owner.login));
    result.recentlyDeleted = context.signedIn;
    result.signOut = context.signedIn;
    return result;
}

} // namespace Packhouse
