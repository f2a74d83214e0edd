#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Packhouse {

// The language Packhouse speaks, chosen in one place for the app and packhouse-prune: --lang CODE, else the
// first of the system's UI languages that has a catalogue, else English (whose catalogue holds only the
// plural forms: "1 version", "2 versions"). Qt's own catalogue for the same language (standard buttons, the
// command line's help) is loaded beside it when the system has it. The catalogues are
// resources/translations/*.ts, compiled into :/i18n by the packhouse_translations library, which each
// executable links.
class Translations
{
    Q_DECLARE_TR_FUNCTIONS(Packhouse::Translations)

public:
    // --lang CODE, which both executables accept.
    static QCommandLineOption languageOption();
    // The CODE of --lang CODE or --lang=CODE in `arguments`, else empty. Read before the command line is
    // parsed, so that its help and its errors are in that language too.
    static QString requestedLanguage(const QStringList &arguments);
    // What main() calls once the application object exists: the language of --lang in `arguments` (which also
    // becomes the default locale, for dates and numbers), else the system's. Returns the language in use.
    static QString setUp(const QStringList &arguments);
    // Installs Packhouse's and Qt's catalogues for `language` ("de", "fr_CH"; empty: the system's UI
    // languages, in order), replacing the ones installed before. Returns the language of Packhouse's
    // catalogue in use: "de", "fr" or "en".
    static QString install(const QString &language = QString());
    // The language of Packhouse's catalogue installed last ("en" before any).
    static QString language();
    // The languages Packhouse has a catalogue for.
    static QStringList available();
};

} // namespace Packhouse
