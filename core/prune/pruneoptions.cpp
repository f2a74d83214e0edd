#include "pruneoptions.h"

#include "retentionrulefile.h"
#include "translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace Packhouse {

namespace {

ApiError usage(const QString &message)
{
    ApiError error;
    error.kind = ApiError::Kind::BadRequest;
    error.message = message;
    return error;
}

std::optional<int> wholeNumber(const QString &text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok && value >= 0 ? std::optional(value) : std::nullopt;
}

QString shellQuoted(const QString &text)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:@=+-]+$"));
    if (plain.match(text).hasMatch())
        return text;
    QString quoted = text;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

} // namespace

Result<PruneOptions> PruneOptions::parse(const QStringList &arguments, QString *helpText)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Deletes the versions a retention rule selects, with the safety of the Packhouse app: images are "
           "never "
           "broken, nothing is deleted from an incomplete listing, and without --yes nothing is deleted."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Shows this help."));
    const QCommandLineOption apiUrl(
        QStringLiteral("api-url"),
        tr("The API root (default https://api.github.com; GHES: https://HOST/api/v3)."),
        QStringLiteral("url"));
    const QCommandLineOption org(QStringLiteral("org"), tr("The organization that owns the packages."),
                                 QStringLiteral("org"));
    const QCommandLineOption user(QStringLiteral("user"), tr("The user who owns the packages."),
                                  QStringLiteral("user"));
    const QCommandLineOption me(QStringLiteral("me"), tr("The packages of the token's own user."));
    const QCommandLineOption type(QStringLiteral("type"),
                                  tr("npm, maven, rubygems, docker, nuget or container."),
                                  QStringLiteral("type"));
    const QCommandLineOption package(
        QStringLiteral("package"), tr("A package name; repeat it, or '*' for all."), QStringLiteral("name"));
    const QCommandLineOption rules(QStringLiteral("rules"), tr("A rules file exported from the app."),
                                   QStringLiteral("file"));
    const QCommandLineOption keepNewest(QStringLiteral("keep-newest"), tr("Keeps the N newest candidates."),
                                        QStringLiteral("n"));
    const QCommandLineOption olderThan(QStringLiteral("older-than"), tr("Only candidates older than DAYS."),
                                       QStringLiteral("days"));
    const QCommandLineOption untaggedOnly(QStringLiteral("untagged-only"), tr("Only untagged versions."));
    const QCommandLineOption tag(QStringLiteral("tag"), tr("Tag patterns: 'v1.*, pr-?, !latest'."),
                                 QStringLiteral("pattern"));
    const QCommandLineOption preReleases(QStringLiteral("pre-releases-only"),
                                         tr("Only pre-release versions."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Plans only (the default)."));
    const QCommandLineOption yes(QStringLiteral("yes"), tr("Deletes what the plan says."));
    const QCommandLineOption format(QStringLiteral("format"), tr("text (default) or json; with --report also csv."),
                                    QStringLiteral("format"));
    const QCommandLineOption tokenStdin(
        QStringLiteral("token-stdin"),
        tr("Reads the token from the first line of standard input (else GH_TOKEN, "
           "GITHUB_TOKEN, then the app's keychain entry)."));
    const QCommandLineOption journal(QStringLiteral("journal"), tr("The deletion journal to write."),
                                     QStringLiteral("file"));
    const QCommandLineOption caCertificates(QStringLiteral("ca-certificates"),
                                            tr("Also trusts the certificate authorities in FILE (PEM), e.g. "
                                               "a GitHub Enterprise Server's private CA."),
                                            QStringLiteral("file"));
    const QCommandLineOption quiet(QStringLiteral("quiet"), tr("No progress on standard error."));
    const QCommandLineOption report(
        QStringLiteral("report"), tr("Prints the owner's overview (every package's versions, orphans, broken "
                                     "images, sizes, and what the rule would free) and deletes nothing."));
    // Read by main() before the parse (Translations::setUp); accepted here so that it is no unknown option.
    const QCommandLineOption language = Translations::languageOption();
    parser.addOptions({help,           apiUrl, org,        user,      me,           type,
                       package,        rules,  keepNewest, olderThan, untaggedOnly, tag,
                       preReleases,    dryRun, yes,        format,    tokenStdin,   journal,
                       caCertificates, quiet,  language,   report});

    if (!parser.parse(QStringList{QStringLiteral("packhouse-prune")} + arguments))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        if (helpText)
            *helpText = parser.helpText();
        return PruneOptions{};
    }
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()));
    for (const QCommandLineOption &single :
         {apiUrl, org, user, type, rules, keepNewest, olderThan, tag, format, journal, language}) {
        if (parser.values(single).size() > 1)
            return usage(tr("--%1 is given more than once").arg(single.names().constLast()));
    }

    PruneOptions options;
    const auto server =
        ServerConfig::fromApiUrl(parser.isSet(apiUrl) ? QUrl(parser.value(apiUrl), QUrl::StrictMode)
                                                      : ServerConfig::gitHubDotComApiUrl());
    if (!server.ok())
        return usage(tr("--api-url: %1").arg(server.error().userMessage()));
    options.server = server.value();

    const int owners = int(parser.isSet(org)) + int(parser.isSet(user)) + int(parser.isSet(me));
    if (owners != 1)
        return usage(tr("name exactly one owner: --org ORG, --user USER or --me"));
    if (parser.isSet(org))
        options.owner = NamespaceRef::organization(parser.value(org).trimmed());
    else if (parser.isSet(user))
        options.owner = NamespaceRef::user(parser.value(user).trimmed());
    options.ownerIsMe = parser.isSet(me);
    if (!options.ownerIsMe && options.owner.login.isEmpty())
        return usage(tr("the owner's name is empty"));

    options.report = parser.isSet(report);
    if (options.report && parser.isSet(package))
        return usage(tr("--report covers every package of the owner: leave out --package (--type narrows it)"));
    if (options.report && parser.isSet(yes))
        return usage(tr("--report deletes nothing: leave out --yes"));
    options.everyType = options.report && !parser.isSet(type);
    if (!parser.isSet(type) && !options.report)
        return usage(tr("--type is required (npm, maven, rubygems, docker, nuget or container)"));
    const auto packageType =
        options.everyType ? PackageType::Container : packageTypeFromApi(parser.value(type).trimmed().toLower());
    if (!packageType)
        return usage(tr("unknown package type \"%1\" (npm, maven, rubygems, docker, nuget or container)")
                         .arg(parser.value(type)));
    options.type = *packageType;

    for (const QString &name : parser.values(package)) {
        if (name.trimmed().isEmpty())
            return usage(tr("--package needs a name"));
        if (!options.packages.contains(name.trimmed()))
            options.packages.append(name.trimmed());
    }
    if (options.packages.isEmpty() && !options.report)
        return usage(tr("--package is required (repeat it, or '*' for every package of the type)"));

    const bool criteria = parser.isSet(keepNewest) || parser.isSet(olderThan) || parser.isSet(untaggedOnly) ||
                          parser.isSet(tag) || parser.isSet(preReleases);
    if (parser.isSet(rules) && criteria)
        return usage(tr("give the rule as --rules FILE or as criteria, not both"));
    if (parser.isSet(rules)) {
        const auto file = RetentionRuleFile::read(parser.value(rules));
        if (!file.ok())
            return usage(tr("--rules: %1").arg(file.error().message));
        options.rule = file.value().rule;
    } else {
        for (const auto &[option, target] : {std::pair{&keepNewest, &options.rule.keepNewest},
                                             std::pair{&olderThan, &options.rule.olderThanDays}}) {
            if (!parser.isSet(*option))
                continue;
            const auto value = wholeNumber(parser.value(*option));
            if (!value)
                return usage(tr("--%1 takes a whole number, 0 or more (not \"%2\")")
                                 .arg(option->names().constFirst(), parser.value(*option)));
            *target = *value;
        }
        options.rule.untaggedOnly = parser.isSet(untaggedOnly);
        options.rule.preReleasesOnly = parser.isSet(preReleases);
        options.rule.tagPattern = parser.value(tag).trimmed();
    }
    if (options.rule.isEmpty() && !options.report)
        return usage(
            tr("the rule has no criterion: give --keep-newest, --older-than, --untagged-only, --tag, "
               "--pre-releases-only or a --rules file"));

    if (parser.isSet(yes) && parser.isSet(dryRun))
        return usage(tr("--yes and --dry-run contradict each other"));
    options.execute = parser.isSet(yes);
    const QString formatName = parser.value(format).trimmed().toLower();
    if (formatName == u"json")
        options.format = Format::Json;
    else if (formatName == u"csv" && options.report)
        options.format = Format::Csv;
    else if (!formatName.isEmpty() && formatName != u"text")
        return usage(options.report ? tr("--format is text, json or csv (not \"%1\")").arg(parser.value(format))
                                    : tr("--format is text or json (not \"%1\")").arg(parser.value(format)));
    options.tokenFromStdin = parser.isSet(tokenStdin);
    options.journalPath = parser.value(journal);
    options.caCertificatesPath = parser.value(caCertificates);
    options.quiet = parser.isSet(quiet);
    return options;
}

QString PruneOptions::commandLineFor(const RetentionRule &rule, const ServerConfig &server,
                                     const NamespaceRef &owner, PackageType type, const QString &package)
{
    QStringList words{QStringLiteral("packhouse-prune")};
    if (server.apiUrl() != ServerConfig::gitHubDotComApiUrl())
        words << QStringLiteral("--api-url") << shellQuoted(server.apiUrl().toString());
    switch (owner.kind) {
    case NamespaceRef::Kind::Organization:
        words << QStringLiteral("--org") << shellQuoted(owner.login);
        break;
    case NamespaceRef::Kind::User:
        words << QStringLiteral("--user") << shellQuoted(owner.login);
        break;
    case NamespaceRef::Kind::AuthenticatedUser:
        words << QStringLiteral("--me");
        break;
    }
    words << QStringLiteral("--type") << packageTypeToApi(type) << QStringLiteral("--package")
          << shellQuoted(package);
    if (rule.keepNewest > 0)
        words << QStringLiteral("--keep-newest") << QString::number(rule.keepNewest);
    if (rule.olderThanDays > 0)
        words << QStringLiteral("--older-than") << QString::number(rule.olderThanDays);
    if (rule.untaggedOnly)
        words << QStringLiteral("--untagged-only");
    if (!rule.tagPattern.trimmed().isEmpty())
        words << QStringLiteral("--tag") << shellQuoted(rule.tagPattern.trimmed());
    if (rule.preReleasesOnly)
        words << QStringLiteral("--pre-releases-only");
    return words.join(u' ');
}

} // namespace Packhouse
