#include "translations.h"

#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace Packhouse {

namespace {

const QString catalogueDirectory = QStringLiteral(":/i18n");
const QString catalogueName = QStringLiteral("packhouse");
const QString fallbackLanguage = QStringLiteral("en");

// The translators installed last, replaced by the next install(); the application object owns them.
struct Installed
{
    QPointer<QTranslator> packhouse;
    QPointer<QTranslator> qt;
    QString language = QStringLiteral("en");
};

Installed &installed()
{
    static Installed translators;
    return translators;
}

void uninstall(QPointer<QTranslator> &translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
    translator = nullptr;
}

QPointer<QTranslator> put(QTranslator *translator)
{
    QCoreApplication::installTranslator(translator);
    return translator;
}

} // namespace

QCommandLineOption Translations::languageOption()
{
    return QCommandLineOption(
        QStringLiteral("lang"),
        tr("The language to use: %1 (default: the system's).").arg(available().join(QStringLiteral(", "))),
        QStringLiteral("CODE"));
}

QString Translations::requestedLanguage(const QStringList &arguments)
{
    QString language;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--")
            break;
        if (argument == u"--lang" && i + 1 < arguments.size())
            language = arguments.at(++i);
        else if (argument.startsWith(u"--lang="))
            language = argument.mid(7);
    }
    return language.trimmed();
}

QString Translations::setUp(const QStringList &arguments)
{
    const QString language = requestedLanguage(arguments);
    if (!language.isEmpty())
        QLocale::setDefault(QLocale(language));
    return install(language);
}

QString Translations::install(const QString &language)
{
    Installed &current = installed();
    uninstall(current.packhouse);
    uninstall(current.qt);

    QCoreApplication *application = QCoreApplication::instance();
    const QLocale wanted = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *packhouse = new QTranslator(application);
    // QTranslator tries each of the locale's UI languages in turn, "de-CH" as packhouse_de_ch, then
    // packhouse_de.
    if (!packhouse->load(wanted, catalogueName, QStringLiteral("_"), catalogueDirectory) &&
        !packhouse->load(catalogueName + u'_' + fallbackLanguage, catalogueDirectory)) {
        delete packhouse;
        current.language = fallbackLanguage;
        return fallbackLanguage; // only when the build left the catalogues out: the source texts show
    }
    current.packhouse = put(packhouse);

    // Qt's catalogue in Packhouse's language, not the system's: a dialog speaks one language.
    const QString inUse = packhouse->language().isEmpty() ? fallbackLanguage : packhouse->language();
    auto *qt = new QTranslator(application);
    if (qt->load(QLocale(inUse), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        current.qt = put(qt);
    else
        delete qt;
    current.language = inUse;
    return inUse;
}

QString Translations::language()
{
    return installed().language;
}

QStringList Translations::available()
{
    QStringList languages;
    const QStringList files =
        QDir(catalogueDirectory)
            .entryList({catalogueName + QStringLiteral("_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages.append(file.mid(catalogueName.size() + 1).chopped(3));
    return languages;
}

} // namespace Packhouse
