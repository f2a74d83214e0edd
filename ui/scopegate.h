#pragma once

#include "namespaceref.h"
#include "scopes.h"

#include <QCoreApplication>
#include <QString>

namespace Packhouse {

// Says in words why the token cannot delete or restore here, for tooltips and the status bar.
class ScopeGate
{
    Q_DECLARE_TR_FUNCTIONS(Packhouse::ScopeGate)

public:
    // Empty when `scopes` allow `action`; otherwise "Delete needs the delete:packages scope", and for
    // organization packages "… and admin rights on the package in ORG" (scopes alone are not enough there).
    static QString missingReason(PackageAction action, PackageType type, HostKind host, const Scopes &scopes,
                                 const NamespaceRef &owner);
    // What an organization package needs beyond scopes, for the tooltip of an enabled action.
    static QString adminNote(const NamespaceRef &owner);
};

} // namespace Packhouse
