#pragma once

#include <QByteArray>
#include <QIconEngine>
#include <QPalette>

namespace Packhouse {

// Packhouse's action icons (resources/icons/actions/NAME.svg: one set drawn on a 24 px grid in strokes of
// "currentColor") and the namespace icons, rendered as vectors at any size and device pixel ratio in the
// application palette's button text colour (its disabled colour when disabled, the highlighted text colour
// when selected), read at paint time, so that they follow a light, dark or changed palette. Qt's SVG renderer
// has no currentColor: the engine writes the colour into the SVG before rendering it.
class PaletteIconEngine : public QIconEngine
{
public:
    // The action icon named NAME, e.g. icon("refresh"). Its QIcon::name() is "packhouse/NAME".
    static QIcon icon(const QString &name);
    // Another icon drawn in "currentColor", e.g. ":/packhouse/icons/namespace-user.svg"
    // ("packhouse/namespace-user").
    static QIcon fromResource(const QString &path);
    // The colour the icons are drawn in for MODE in PALETTE.
    static QColor strokeColor(const QPalette &palette, QIcon::Mode mode);
    // What QIcon::name() starts with for these icons.
    static QString namePrefix();

    PaletteIconEngine(const QString &name, const QString &path);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QString key() const override;
    QIconEngine *clone() const override;
    QString iconName() override;
    bool isNull() override;

private:
    QByteArray svgIn(const QColor &color) const;

    QString m_name;
    QByteArray m_svg; // with "currentColor" where the colour goes
};

} // namespace Packhouse
