// Issue #20: Packhouse speaks German and French from its catalogues, loaded as both executables load them
// (Translations), with plural forms in every language, English included: "1 version", "2 versions".
#include "detailspane.h"
#include "qtprinters.h"
#include "translations.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLibraryInfo>
#include <QProcess>
#include <QPushButton>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace Packhouse;
using namespace Qt::StringLiterals;
using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::Not;

namespace {

class TranslationTest : public ::testing::Test
{
protected:
    // Back to what every other test expects (tests/support/testmain.cpp).
    void TearDown() override
    {
        Translations::install(u"en"_s);
        QLocale::setDefault(QLocale::system());
    }

    // The texts of the Details pane's labels once it shows a package of `versions` versions.
    static QStringList detailsOfAPackageWith(int versions)
    {
        DetailsPane pane;
        Package package;
        package.name = u"web"_s;
        package.type = PackageType::Container;
        package.versionCount = versions;
        pane.showPackage(NamespaceRef::organization(u"acme"_s), package);
        QStringList texts;
        for (const QLabel *label : pane.findChildren<QLabel *>())
            texts.append(label->text());
        return texts;
    }
};

TEST_F(TranslationTest, TheGermanCatalogueTranslatesARealWidget)
{
    ASSERT_EQ(Translations::install(u"de"_s), u"de"_s);
    EXPECT_EQ(Translations::language(), u"de"_s);

    DetailsPane pane;
    QStringList texts;
    for (const QLabel *label : pane.findChildren<QLabel *>())
        texts.append(label->text());
    EXPECT_THAT(texts, Contains(u"Wählen Sie ein Paket oder eine Version aus, um die Details zu sehen."_s));
    EXPECT_THAT(texts, Contains(u"Typ:"_s));
    EXPECT_THAT(texts, Not(Contains(u"Type:"_s)));
    QStringList buttons;
    for (const QPushButton *button : pane.findChildren<QPushButton *>())
        buttons.append(button->text());
    EXPECT_THAT(buttons, Contains(u"Kopieren"_s));
    EXPECT_THAT(buttons, Contains(u"Auf GitHub öffnen"_s));
}

TEST_F(TranslationTest, GermanPluralForms)
{
    Translations::install(u"de"_s);
    EXPECT_THAT(detailsOfAPackageWith(1), Contains(u"1 Version"_s));
    EXPECT_THAT(detailsOfAPackageWith(2), Contains(u"2 Versionen"_s));
    EXPECT_EQ(QCoreApplication::translate("Packhouse::VersionTreeModel", "%n day(s)", nullptr, 1),
              u"1 Tag"_s);
    EXPECT_EQ(QCoreApplication::translate("Packhouse::VersionTreeModel", "%n day(s)", nullptr, 30),
              u"30 Tage"_s);
}

TEST_F(TranslationTest, EnglishReadsItsPluralsFromItsOwnCatalogue)
{
    ASSERT_EQ(Translations::install(u"en"_s), u"en"_s);
    EXPECT_THAT(detailsOfAPackageWith(1), Contains(u"1 version"_s));
    EXPECT_THAT(detailsOfAPackageWith(2), Contains(u"2 versions"_s));
    EXPECT_EQ(QCoreApplication::translate("Packhouse::VersionTreeModel", "%n day(s)", nullptr, 1),
              u"1 day"_s);
    // The other texts are the sources themselves.
    EXPECT_EQ(QCoreApplication::translate("Packhouse::DetailsPane", "Type:"), u"Type:"_s);
}

TEST_F(TranslationTest, FrenchPluralFormsCountZeroAsOne)
{
    ASSERT_EQ(Translations::install(u"fr"_s), u"fr"_s);
    EXPECT_THAT(detailsOfAPackageWith(0), Contains(u"0 version"_s));
    EXPECT_THAT(detailsOfAPackageWith(1), Contains(u"1 version"_s));
    EXPECT_THAT(detailsOfAPackageWith(2), Contains(u"2 versions"_s));
    EXPECT_EQ(QCoreApplication::translate("Packhouse::DetailsPane", "Type:"), u"Type :"_s);
}

// A language Packhouse has no catalogue for reads English, plurals included; a regional one finds its
// language.
TEST_F(TranslationTest, OtherLanguagesFallBackToEnglishAndRegionsToTheirLanguage)
{
    EXPECT_EQ(Translations::install(u"ja"_s), u"en"_s);
    EXPECT_THAT(detailsOfAPackageWith(2), Contains(u"2 versions"_s));
    EXPECT_EQ(Translations::install(u"de_CH"_s), u"de"_s);
    EXPECT_EQ(Translations::install(u"fr-CA"_s), u"fr"_s);
    EXPECT_EQ(Translations::available(), (QStringList{u"de"_s, u"en"_s, u"fr"_s}));
}

// Qt's own catalogue follows Packhouse's language, for the standard buttons, when the system has it.
TEST_F(TranslationTest, StandardButtonsFollowTheLanguage)
{
    if (!QDir(QLibraryInfo::path(QLibraryInfo::TranslationsPath)).exists(u"qtbase_de.qm"_s))
        GTEST_SKIP() << "Qt's German catalogue is not installed (Debian: qt6-translations-l10n)";
    Translations::install(u"de"_s);
    QDialogButtonBox buttons(QDialogButtonBox::Cancel | QDialogButtonBox::Close);
    EXPECT_EQ(buttons.button(QDialogButtonBox::Cancel)->text().remove(u'&'), u"Abbrechen"_s);
    Translations::install(u"en"_s);
    QDialogButtonBox english(QDialogButtonBox::Cancel);
    EXPECT_EQ(english.button(QDialogButtonBox::Cancel)->text().remove(u'&'), u"Cancel"_s);
}

TEST_F(TranslationTest, LangIsReadFromTheCommandLine)
{
    EXPECT_EQ(Translations::requestedLanguage({u"packhouse"_s, u"--lang"_s, u"de"_s}), u"de"_s);
    EXPECT_EQ(Translations::requestedLanguage({u"packhouse-prune"_s, u"--me"_s, u"--lang=fr"_s}), u"fr"_s);
    EXPECT_EQ(Translations::requestedLanguage({u"packhouse"_s, u"--select"_s, u"a/container/b"_s}),
              QString());
    EXPECT_EQ(Translations::requestedLanguage({u"packhouse"_s, u"--"_s, u"--lang=fr"_s}), QString());
}

#ifdef PACKHOUSE_APP_PATH
// The app: --lang picks the language, else the system's (LANGUAGE here); its --help says so.
TEST_F(TranslationTest, TheAppSpeaksTheLanguageOfLangElseTheSystems)
{
    const auto help = [](const QStringList &arguments, const QString &systemLanguage) {
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LANGUAGE"_s, systemLanguage);
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(PACKHOUSE_APP_PATH), QStringList{u"--help"_s} + arguments);
        EXPECT_TRUE(app.waitForFinished(30000));
        return QString::fromUtf8(app.readAllStandardOutput());
    };
    EXPECT_THAT(help({u"--lang"_s, u"de"_s}, u"en"_s).toStdString(),
                HasSubstr("Pakete auf GitHub Packages sicher durchsehen"));
    EXPECT_THAT(help({}, u"fr"_s).toStdString(), HasSubstr("Parcourez"));
    EXPECT_THAT(help({u"--lang=en"_s}, u"fr"_s).toStdString(),
                HasSubstr("Browse, review, delete and restore"));
    EXPECT_THAT(help({}, u"en"_s).toStdString(), HasSubstr("--lang <CODE>"));
}
#endif

} // namespace
