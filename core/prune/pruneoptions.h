#pragma once

#include "namespaceref.h"
#include "packagetype.h"
#include "result.h"
#include "retentionpolicy.h"
#include "serverconfig.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Packhouse {

// What one packhouse-prune run was asked to do, read from its command line (see README, "packhouse-prune").
struct PruneOptions
{
    Q_DECLARE_TR_FUNCTIONS(Packhouse::PruneOptions)

public:
    enum class Format : quint8
    {
        Text,
        Json,
        Csv // --report only
    };

    ServerConfig server;
    NamespaceRef owner; // for --me, the login is filled in once GitHub named the token's user
    bool ownerIsMe = false;
    PackageType type = PackageType::Container;
    // --report: the namespace's overview (issue #18) instead of a plan; every type unless --type names one,
    // and the rule (optional) only says what it would free.
    bool report = false;
    bool everyType = false;
    QStringList packages; // "*" = every package of `type` in the namespace
    RetentionRule rule;
    bool execute = false; // --yes: without it nothing is deleted
    Format format = Format::Text;
    bool tokenFromStdin = false;
    QString journalPath;        // empty = the app's journal
    QString caCertificatesPath; // PEM authorities trusted besides the system's (a GHES private CA)
    bool quiet = false;

    bool everyPackage() const { return packages.contains(QStringLiteral("*")); }

    // Reads the arguments (argv without the program name). Sets `helpText` and returns no error when help was
    // asked for. A usage error's message is one line naming the problem.
    static Result<PruneOptions> parse(const QStringList &arguments, QString *helpText);
    // The command line that runs `rule` on one package, for the app to show and copy.
    static QString commandLineFor(const RetentionRule &rule, const ServerConfig &server,
                                  const NamespaceRef &owner, PackageType type, const QString &package);
};

} // namespace Packhouse
