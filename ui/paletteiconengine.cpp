#include "paletteiconengine.h"

#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <QPixmapCache>
#include <QSvgRenderer>

namespace Packhouse {

QIcon PaletteIconEngine::icon(const QString &name)
{
    return QIcon(new PaletteIconEngine(name, QStringLiteral(":/packhouse/icons/actions/%1.svg").arg(name)));
}

QIcon PaletteIconEngine::fromResource(const QString &path)
{
    return QIcon(new PaletteIconEngine(QFileInfo(path).completeBaseName(), path));
}

QColor PaletteIconEngine::strokeColor(const QPalette &palette, QIcon::Mode mode)
{
    switch (mode) {
    case QIcon::Disabled:
        return palette.color(QPalette::Disabled, QPalette::ButtonText);
    case QIcon::Selected:
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    case QIcon::Normal:
    case QIcon::Active:
        break;
    }
    return palette.color(QPalette::Active, QPalette::ButtonText);
}

QString PaletteIconEngine::namePrefix()
{
    return QStringLiteral("packhouse/");
}

PaletteIconEngine::PaletteIconEngine(const QString &name, const QString &path)
    : m_name(name)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        m_svg = file.readAll();
    else
        qWarning("PaletteIconEngine: no icon %s", qPrintable(path));
}

QByteArray PaletteIconEngine::svgIn(const QColor &color) const
{
    QByteArray svg = m_svg;
    return svg.replace("currentColor", color.name(QColor::HexRgb).toLatin1());
}

void PaletteIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State)
{
    const QColor color = strokeColor(QGuiApplication::palette(), mode);
    QSvgRenderer renderer(svgIn(color));
    const int side = qMin(rect.width(), rect.height());
    QRect square(0, 0, side, side);
    square.moveCenter(rect.center());
    painter->save();
    painter->setOpacity(painter->opacity() * color.alphaF());
    renderer.render(painter, square);
    painter->restore();
}

// Square, as drawn: never larger than asked.
QSize PaletteIconEngine::actualSize(const QSize &size, QIcon::Mode, QIcon::State)
{
    const int side = qMin(size.width(), size.height());
    return {side, side};
}

QPixmap PaletteIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

// QIcon asks for the size in device pixels: the SVG is rendered at that size, so it stays sharp at any scale.
QPixmap PaletteIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal)
{
    const QSize actual = actualSize(size, mode, state);
    if (actual.isEmpty() || m_svg.isEmpty())
        return {};
    const QColor color = strokeColor(QGuiApplication::palette(), mode);
    const QString cacheKey = QStringLiteral("packhouse-icon/%1/%2/%3")
                                 .arg(m_name)
                                 .arg(actual.width())
                                 .arg(color.rgba(), 8, 16, QLatin1Char('0'));
    QPixmap pixmap;
    if (QPixmapCache::find(cacheKey, &pixmap))
        return pixmap;
    pixmap = QPixmap(actual);
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), actual), mode, state);
    }
    QPixmapCache::insert(cacheKey, pixmap);
    return pixmap;
}

QString PaletteIconEngine::key() const
{
    return QStringLiteral("PaletteIconEngine");
}

QIconEngine *PaletteIconEngine::clone() const
{
    return new PaletteIconEngine(*this);
}

QString PaletteIconEngine::iconName()
{
    return namePrefix() + m_name;
}

bool PaletteIconEngine::isNull()
{
    return m_svg.isEmpty();
}

} // namespace Packhouse
