#include "scopegate.h"

#include <QLocale>

namespace Packhouse {

QString ScopeGate::missingReason(PackageAction action, PackageType type, HostKind host, const Scopes &scopes,
                                 const NamespaceRef &owner)
{
    const QStringList missing = scopes.missingFor(action, type, host);
    if (missing.isEmpty())
        return {};
    const QString list = QLocale().createSeparatedList(missing);
    //: Completes "Delete needs %1": the scope, or the scopes ("read:packages and delete:packages"), it lacks.
    const QString scopesText = tr("the %1 scope(s)", nullptr, int(missing.size())).arg(list);
    QString reason;
    switch (action) {
    case PackageAction::Delete:
        reason = tr("Delete needs %1").arg(scopesText);
        break;
    case PackageAction::Restore:
        reason = tr("Restore needs %1").arg(scopesText);
        break;
    case PackageAction::Browse:
        reason = tr("Browsing needs %1").arg(scopesText);
        break;
    }
    if (owner.isOrganization() && action != PackageAction::Browse)
        reason += tr(" and admin rights on the package in %1").arg(owner.login);
    return reason;
}

QString ScopeGate::adminNote(const NamespaceRef &owner)
{
    if (!owner.isOrganization())
        return {};
    return tr("Needs admin rights on the package in %1").arg(owner.login);
}

} // namespace Packhouse
