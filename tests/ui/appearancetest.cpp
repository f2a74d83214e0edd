// The look (issue #20), in Fusion's light palette and in the dark one `packhouse --palette dark` uses: the
// colours that say something keep a contrast of 4.5:1 where they are drawn, the toolbar's and menus' icons
// are Packhouse's own set drawn in the palette's text colour, sharp at any scale, and no text is clipped.
#include "fusionpalettes.h"
#include "mainwindowfixture.h"
#include "offlinebar.h"
#include "paletteiconengine.h"
#include "qtprinters.h"
#include "ssonoticebar.h"
#include "statecolors.h"
#include "versiontreemodel.h"
#include "widgetlookup.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace Packhouse;

namespace {

constexpr qreal minimumContrast = StateColors::minimumTextContrast;

std::string describe(const QWidget *widget)
{
    QString text;
    if (const auto *label = qobject_cast<const QLabel *>(widget))
        text = label->text();
    else if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        text = button->text();
    return QStringLiteral("%1 \"%2\" (%3, %4×%5)")
        .arg(QString::fromLatin1(widget->metaObject()->className()), text.left(60),
             widget->accessibleName().isEmpty() ? widget->objectName() : widget->accessibleName())
        .arg(widget->width())
        .arg(widget->height())
        .toStdString();
}

// The colour a widget's background shows: the nearest ancestor (or itself) that paints one, else the
// window's.
QColor backgroundBehind(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (w->autoFillBackground() || w->isWindow())
            return w->palette().color(w->backgroundRole());
    }
    return widget->palette().color(QPalette::Window);
}

// Every action the toolbars and menus (and their submenus) show.
QList<QAction *> shownActions(QWidget *window)
{
    QList<QAction *> actions;
    for (QToolBar *toolbar : window->findChildren<QToolBar *>())
        actions += toolbar->actions();
    QList<QMenu *> menus;
    for (QMenuBar *bar : window->findChildren<QMenuBar *>()) {
        for (QAction *action : bar->actions()) {
            if (action->menu())
                menus.append(action->menu());
        }
    }
    while (!menus.isEmpty()) {
        QMenu *menu = menus.takeFirst();
        for (QAction *action : menu->actions()) {
            if (action->menu())
                menus.append(action->menu());
            else
                actions.append(action);
        }
    }
    return actions;
}

// How many of the image's opaque pixels are COLOR, and how many are not.
std::pair<int, int> strokePixels(const QImage &image, const QColor &color)
{
    int matching = 0;
    int other = 0;
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < argb.height(); ++y) {
        for (int x = 0; x < argb.width(); ++x) {
            const QColor pixel = argb.pixelColor(x, y);
            if (pixel.alpha() < 160)
                continue; // the antialiased edge
            const int distance = qAbs(pixel.red() - color.red()) + qAbs(pixel.green() - color.green()) +
                                 qAbs(pixel.blue() - color.blue());
            (distance <= 24 ? matching : other) += 1;
        }
    }
    return {matching, other};
}

// No label or button under ROOT shows less than its text, unless it wraps (and then it is tall enough for the
// lines). How many were checked.
int expectNoClippedText(const QWidget *root)
{
    int checked = 0;
    for (const QWidget *widget : root->findChildren<QWidget *>()) {
        if (!widget->isVisible())
            continue;
        if (const auto *label = qobject_cast<const QLabel *>(widget)) {
            if (label->text().isEmpty())
                continue;
            ++checked;
            if (label->wordWrap())
                EXPECT_GE(label->height(), label->heightForWidth(label->width())) << describe(label);
            else
                EXPECT_GE(label->width(), label->minimumSizeHint().width()) << describe(label);
        } else if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
            QString text = button->text();
            text.replace(QStringLiteral("&&"), QStringLiteral("\x01")).remove(u'&').replace(u'\x01', u'&');
            const auto *tool = qobject_cast<const QToolButton *>(button);
            if (text.isEmpty() || (tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly))
                continue;
            ++checked;
            if (qobject_cast<const QCheckBox *>(button) || qobject_cast<const QRadioButton *>(button)) {
                EXPECT_GE(button->width(), button->minimumSizeHint().width()) << describe(button);
                continue;
            }
            // The text, the icon beside it and the style's padding (Fusion's tool buttons 6 px, push buttons
            // a margin each side); the size hint when it is less: a push button's hint is the style's minimum
            // width only when its contents need less.
            int contents = button->fontMetrics().horizontalAdvance(text);
            if (!button->icon().isNull())
                contents += button->iconSize().width() + 4;
            contents += tool ? 6 : 2 * button->style()->pixelMetric(QStyle::PM_ButtonMargin, nullptr, button);
            EXPECT_GE(button->width(), qMin(contents, button->sizeHint().width())) << describe(button);
        }
    }
    return checked;
}

class AppearanceTest : public MainWindowTest, public ::testing::WithParamInterface<std::string>
{
protected:
    void SetUp() override
    {
        m_style = QApplication::style()->name();
        m_palette = QApplication::palette();
        const auto palette = FusionPalettes::named(QString::fromStdString(GetParam()));
        ASSERT_TRUE(palette);
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(*palette);
        MainWindowTest::SetUp();
    }

    void TearDown() override
    {
        MainWindowTest::TearDown();
        QApplication::setStyle(m_style);
        QApplication::setPalette(m_palette);
    }

    // Signed in, acme/web open, its newest version selected: every pane filled.
    void browseToWeb()
    {
        signIn(DemoTokens::full());
        browseTo(QStringLiteral("acme"), PackageType::Container, QStringLiteral("web"));
        QTreeView *versions = window->versionView();
        versions->setCurrentIndex(versions->model()->index(0, 0));
        QTest::qWait(50); // lets the panes lay out again
    }

    QString m_style;
    QPalette m_palette;
};

TEST_P(AppearanceTest, ThePaletteAndEveryStateColourKeepTheirContrast)
{
    const QPalette palette = QApplication::palette();
    EXPECT_EQ(StateColors::isDark(palette), GetParam() == "dark");
    EXPECT_GE(StateColors::contrast(palette.color(QPalette::WindowText), palette.color(QPalette::Window)),
              minimumContrast);
    EXPECT_GE(StateColors::contrast(palette.color(QPalette::Text), palette.color(QPalette::Base)),
              minimumContrast);
    EXPECT_GE(StateColors::contrast(palette.color(QPalette::ButtonText), palette.color(QPalette::Button)),
              minimumContrast);

    for (const auto &[text, background] : StateColors::textRoles()) {
        const QColor color = StateColors::color(text, palette);
        const QList<QColor> surfaces =
            background ? QList<QColor>{StateColors::color(*background, palette)}
                       : QList<QColor>{palette.color(QPalette::Window), palette.color(QPalette::Base)};
        for (const QColor &surface : surfaces) {
            EXPECT_GE(StateColors::contrast(color, surface), minimumContrast)
                << "role " << int(text) << ": " << color.name().toStdString() << " on "
                << surface.name().toStdString();
        }
    }
}

// The rows a retention rule would delete, the offline and single sign-on notices, and every label the window
// shows: their text on what is behind it.
TEST_P(AppearanceTest, MarkedRowsNoticesAndLabelsReadInTheWindow)
{
    browseToWeb();
    QAbstractItemModel *versions = window->versionView()->model();
    const QModelIndex first = versions->index(0, 0);
    window->versionModel()->setHighlighted({first.data(VersionTreeModel::VersionIdRole).toLongLong()});
    // What the view draws: the model's brushes, else the view's text on its base.
    const QPalette view = window->versionView()->palette();
    const QVariant foreground = first.data(Qt::ForegroundRole);
    const QVariant background = first.data(Qt::BackgroundRole);
    ASSERT_TRUE(background.isValid()) << "a marked row has a background";
    const QColor markText =
        foreground.isValid() ? foreground.value<QBrush>().color() : view.color(QPalette::Text);
    const QColor markBackground = background.value<QBrush>().color();
    EXPECT_GE(StateColors::contrast(markText, markBackground), minimumContrast)
        << markText.name().toStdString() << " on " << markBackground.name().toStdString();

    auto *offline = window->findChild<OfflineBar *>();
    ASSERT_TRUE(offline);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    offline->showOffline(QStringLiteral("api.github.com"), QStringLiteral("Connection refused"), now,
                         now.addSecs(30));
    auto *sso = window->findChild<SsoNoticeBar *>();
    ASSERT_TRUE(sso);
    sso->showFor(QStringLiteral("acme"),
                 QUrl(QStringLiteral("https://github.com/orgs/acme/sso?authorization_request=1")));
    QTest::qWait(50);

    int checked = 0;
    for (const QLabel *label : window->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty())
            continue;
        const QColor text = label->palette().color(label->isEnabled() ? QPalette::Active : QPalette::Disabled,
                                                   label->foregroundRole());
        const QColor behind = backgroundBehind(label);
        EXPECT_GE(StateColors::contrast(text, behind), minimumContrast)
            << describe(label) << ": " << text.name().toStdString() << " on " << behind.name().toStdString();
        ++checked;
    }
    EXPECT_GE(checked, 10);
}

TEST_P(AppearanceTest, ToolbarAndMenuIconsAreOursInThePalettesTextColour)
{
    browseToWeb();
    const QPalette palette = QApplication::palette();
    const QColor normal = PaletteIconEngine::strokeColor(palette, QIcon::Normal);
    const QColor disabled = PaletteIconEngine::strokeColor(palette, QIcon::Disabled);
    EXPECT_EQ(normal, palette.color(QPalette::Active, QPalette::ButtonText));

    int withIcon = 0;
    for (const QAction *action : shownActions(window.get())) {
        const QIcon icon = action->icon();
        if (action->isSeparator() || icon.isNull())
            continue;
        ++withIcon;
        const std::string name = action->objectName().toStdString();
        EXPECT_TRUE(icon.name().startsWith(PaletteIconEngine::namePrefix()))
            << name << ": " << icon.name().toStdString();
        EXPECT_TRUE(icon.availableSizes().isEmpty()) << name << ": a scalable icon has no fixed sizes";

        const QPixmap pixmap = icon.pixmap(QSize(48, 48), 1.0, QIcon::Normal);
        EXPECT_EQ(pixmap.size(), QSize(48, 48)) << name;
        const auto [matching, other] = strokePixels(pixmap.toImage(), normal);
        EXPECT_GE(matching, 150) << name << ": the icon draws too little in " << normal.name().toStdString();
        EXPECT_LE(other, matching / 50) << name << ": the icon has pixels in other colours";

        const auto [disabledMatching, disabledOther] =
            strokePixels(icon.pixmap(QSize(48, 48), 1.0, QIcon::Disabled).toImage(), disabled);
        EXPECT_GE(disabledMatching, 150) << name << ": not drawn in the disabled text colour";
        EXPECT_LE(disabledOther, disabledMatching / 50) << name;

        // At a device pixel ratio of 2 (QT_SCALE_FACTOR=2) the vector is rendered at twice the pixels.
        const QPixmap sharp = icon.pixmap(QSize(24, 24), 2.0, QIcon::Normal);
        EXPECT_EQ(sharp.size(), QSize(48, 48)) << name;
        EXPECT_EQ(sharp.devicePixelRatio(), 2.0) << name;
    }
    EXPECT_GE(withIcon, 14);

    // Every toolbar action fits at the default size: nothing moved into the overflow menu.
    auto *toolbar = window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    ASSERT_TRUE(toolbar);
    for (const QToolButton *button : toolbar->findChildren<QToolButton *>()) {
        if (button->objectName() == u"qt_toolbar_ext_button") {
            EXPECT_FALSE(button->isVisible()) << "the toolbar overflows at " << window->width() << " px";
        } else if (button->defaultAction() && button->defaultAction()->isVisible()) {
            EXPECT_FALSE(button->defaultAction()->icon().isNull()) << describe(button);
        }
    }
}

// A palette that changes while the window is open (the desktop switching to dark mode): the notices, the
// marked rows and the icons follow it.
TEST_P(AppearanceTest, FollowsThePaletteWhenItChanges)
{
    browseToWeb();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto *offline = window->findChild<OfflineBar *>();
    offline->showOffline(QStringLiteral("api.github.com"), QStringLiteral("Connection refused"), now,
                         now.addSecs(30));
    const QModelIndex first = window->versionView()->model()->index(0, 0);
    window->versionModel()->setHighlighted({first.data(VersionTreeModel::VersionIdRole).toLongLong()});

    const QPalette other = GetParam() == "dark" ? FusionPalettes::light() : FusionPalettes::dark();
    QApplication::setPalette(other);
    QTest::qWait(50);

    const auto *text = findByName<QLabel>(offline, QStringLiteral("Offline message"));
    ASSERT_TRUE(text);
    EXPECT_EQ(text->palette().color(QPalette::WindowText),
              StateColors::color(StateColors::Role::NoticeText, other));
    EXPECT_EQ(backgroundBehind(text), StateColors::color(StateColors::Role::NoticeBackground, other));
    EXPECT_EQ(first.data(Qt::BackgroundRole).value<QBrush>().color(),
              StateColors::color(StateColors::Role::MarkBackground, other));

    const QIcon refresh = action("refreshAction")->icon();
    const auto [matching, others] = strokePixels(refresh.pixmap(QSize(48, 48), 1.0).toImage(),
                                                 other.color(QPalette::Active, QPalette::ButtonText));
    EXPECT_GE(matching, 150);
    EXPECT_LE(others, matching / 50);
}

// At the window's default size: browsing, with the offline and single sign-on notices, and with the Retention
// rules panel open.
TEST_P(AppearanceTest, NoTextIsClippedAtTheDefaultSize)
{
    browseToWeb();
    EXPECT_GE(expectNoClippedText(window.get()), 20);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    window->findChild<OfflineBar *>()->showOffline(
        QStringLiteral("api.github.com"), QStringLiteral("Connection refused"), now, now.addSecs(30));
    window->findChild<SsoNoticeBar *>()->showFor(
        QStringLiteral("acme"),
        QUrl(QStringLiteral("https://github.com/orgs/acme/sso?authorization_request=1")));
    QTest::qWait(50);
    EXPECT_GE(expectNoClippedText(window.get()), 24);
    window->findChild<OfflineBar *>()->hide();
    window->findChild<SsoNoticeBar *>()->hide();

    action("retentionAction")->trigger();
    QTest::qWait(50);
    EXPECT_GE(expectNoClippedText(window.get()), 30);
}

INSTANTIATE_TEST_SUITE_P(FusionPalettes, AppearanceTest, ::testing::Values("light", "dark"),
                         [](const ::testing::TestParamInfo<std::string> &param) {
                             return param.param == "dark" ? std::string("Dark") : std::string("Light");
                         });

} // namespace
