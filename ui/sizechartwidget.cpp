#include "sizechartwidget.h"

#include "datasize.h"

#include <QEvent>
#include <QFontMetrics>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Packhouse {

namespace {

constexpr int margin = 8;
constexpr int gap = 6;
constexpr int preferredTickSpacing = 90; // pixels between value ticks, about

// A round step (1, 2 or 5 × 10^k) that cuts 0…`maximum` into about `parts` parts.
qint64 roundStep(qint64 maximum, int parts)
{
    const double raw = double(std::max<qint64>(maximum, 1)) / std::max(parts, 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double normalized = raw / magnitude;
    const double step = (normalized <= 1.0   ? 1.0
                         : normalized <= 2.0 ? 2.0
                         : normalized <= 5.0 ? 5.0
                                             : 10.0) *
                        magnitude;
    return std::max<qint64>(1, qint64(std::llround(step)));
}

QColor mixed(const QColor &a, const QColor &b, qreal ofB)
{
    return QColor::fromRgbF(float(a.redF() * (1 - ofB) + b.redF() * ofB),
                            float(a.greenF() * (1 - ofB) + b.greenF() * ofB),
                            float(a.blueF() * (1 - ofB) + b.blueF() * ofB));
}

} // namespace

SizeChartWidget::SizeChartWidget(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    rebuild();
}

void SizeChartWidget::setEntries(const QList<Entry> &entries, Measure measure)
{
    m_entries.clear();
    for (const Entry &entry : entries) {
        if (entry.value > 0)
            m_entries.append(entry);
    }
    m_measure = measure;
    rebuild();
}

void SizeChartWidget::setMaximumBars(int bars)
{
    m_maximumBars = std::max(2, bars);
    rebuild();
}

void SizeChartWidget::rebuild()
{
    QList<Entry> sorted = m_entries;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Entry &a, const Entry &b) {
        return a.value != b.value ? a.value > b.value : a.label.localeAwareCompare(b.label) < 0;
    });
    m_bars.clear();
    if (sorted.size() <= m_maximumBars) {
        m_bars = sorted;
    } else {
        m_bars = sorted.mid(0, m_maximumBars - 1);
        Entry others;
        others.packages = 0;
        for (qsizetype i = m_maximumBars - 1; i < sorted.size(); ++i) {
            others.value += sorted.at(i).value;
            others.packages += sorted.at(i).packages;
        }
        others.label = tr("%n other package(s)", nullptr, others.packages);
        m_bars.append(others);
    }
    setAccessibleName(title());
    setAccessibleDescription(summary());
    setToolTip(summary());
    updateGeometry();
    update();
}

QString SizeChartWidget::title() const
{
    return m_measure == Measure::Bytes ? tr("Size by package") : tr("Versions by package");
}

QString SizeChartWidget::valueText(qint64 value) const
{
    return m_measure == Measure::Bytes
               ? dataSizeText(value)
               : tr("%n version(s)", nullptr, int(std::min<qint64>(value, std::numeric_limits<int>::max())));
}

QString SizeChartWidget::summary() const
{
    if (m_bars.isEmpty())
        return tr("%1: nothing to show yet").arg(title());
    QStringList parts;
    for (const Entry &bar : m_bars)
        parts.append(tr("%1 %2").arg(bar.label, valueText(bar.value)));
    return tr("%1, biggest first: %2").arg(title(), QLocale().createSeparatedList(parts));
}

// The others' bar adds up every package not shown on its own: it can outgrow the first bar.
qint64 SizeChartWidget::biggestValue() const
{
    qint64 biggest = 0;
    for (const Entry &bar : m_bars)
        biggest = std::max(biggest, bar.value);
    return biggest;
}

QList<qint64> SizeChartWidget::ticks() const
{
    const qint64 biggest = biggestValue();
    const int barWidth = std::max(120, width() * 2 / 3);
    const int parts = std::clamp(barWidth / preferredTickSpacing, 2, 8);
    const qint64 step = roundStep(std::max<qint64>(biggest, m_measure == Measure::Bytes ? 1000 : 1), parts);
    QList<qint64> ticks{0};
    while (ticks.constLast() < biggest)
        ticks.append(ticks.constLast() + step);
    if (ticks.size() == 1)
        ticks.append(step);
    return ticks;
}

// "0 B", "500 kB", "1.5 MB", "20 MB": a decimal only where the tick needs one.
QString SizeChartWidget::tickText(qint64 value) const
{
    if (m_measure == Measure::Versions)
        return QLocale().toString(value);
    qint64 unit = 1;
    while (unit <= value / 1000)
        unit *= 1000;
    const int precision = value % unit == 0 ? 0 : 1;
    return QLocale().formattedDataSize(value, precision, QLocale::DataSizeSIFormat);
}

int SizeChartWidget::rowHeight() const
{
    return fontMetrics().height() + 6;
}

QSize SizeChartWidget::sizeHint() const
{
    return {480, minimumSizeHint().height()};
}

// Tall enough for every bar, the axis and its title: a chart cut off says less than a smaller one.
QSize SizeChartWidget::minimumSizeHint() const
{
    const int rows = std::max<int>(3, int(m_bars.size()));
    const int line = fontMetrics().height();
    return {240, margin * 2 + line + gap + rows * rowHeight() + 2 + line + 2 + line};
}

void SizeChartWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange ||
        event->type() == QEvent::LanguageChange) {
        rebuild();
    }
    QWidget::changeEvent(event);
}

void SizeChartWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QPalette &colors = palette();
    const QColor text = colors.color(QPalette::Text);
    const QColor base = colors.color(QPalette::Base);
    const QColor bar = colors.color(QPalette::Highlight);
    const QColor othersBar = mixed(bar, base, 0.45);
    const QColor grid = mixed(base, text, 0.18);
    const QColor axisText = mixed(base, text, 0.75);
    painter.fillRect(rect(), base);

    const QFontMetrics metrics = fontMetrics();
    const int line = metrics.height();
    const QRect inside = rect().adjusted(margin, margin, -margin, -margin);

    QFont titleFont = font();
    titleFont.setBold(true);
    painter.setFont(titleFont);
    painter.setPen(text);
    painter.drawText(QRect(inside.left(), inside.top(), inside.width(), line),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetrics(titleFont).elidedText(title(), Qt::ElideRight, inside.width()));
    painter.setFont(font());

    const Layout at = layout();
    if (m_bars.isEmpty()) {
        painter.setPen(axisText);
        painter.drawText(at.area, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                         m_measure == Measure::Bytes ? tr("No package has a size yet: scan the namespace.")
                                                     : tr("No versions yet: scan the namespace."));
        return;
    }

    // Grid lines and tick labels.
    for (const qint64 tick : at.ticks) {
        const int x = at.xOf(tick);
        painter.setPen(grid);
        painter.drawLine(x, at.rowsTop, x, at.rowsBottom);
        const QString label = tickText(tick);
        const int labelHalf = metrics.horizontalAdvance(label) / 2;
        painter.setPen(axisText);
        painter.drawText(QRect(x - labelHalf - 2, at.rowsBottom + 2, 2 * labelHalf + 4, line),
                         Qt::AlignCenter, label);
    }
    painter.setPen(grid);
    painter.drawLine(at.barsLeft, at.rowsBottom, at.barsRight, at.rowsBottom);
    painter.setPen(axisText);
    const QString axisTitle = m_measure == Measure::Bytes
                                  ? tr("Registry size (1 MB = %1 bytes; shared layers counted once)")
                                        .arg(QLocale().toString(1'000'000))
                                  : tr("Versions (GitHub's API gives no size for these packages)");
    const int axisTitleWidth = at.area.right() - at.barsLeft;
    painter.drawText(QRect(at.barsLeft, at.rowsBottom + 2 + line + 2, axisTitleWidth, line),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     metrics.elidedText(axisTitle, Qt::ElideRight, axisTitleWidth));

    // The bars.
    const QList<BarGeometry> geometry = barGeometry();
    for (qsizetype i = 0; i < m_bars.size() && i < geometry.size(); ++i) {
        const Entry &entry = m_bars.at(i);
        const BarGeometry &place = geometry.at(i);
        const bool others = i == m_bars.size() - 1 && m_entries.size() > m_bars.size();
        painter.setPen(text);
        painter.drawText(place.label, Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(entry.label, Qt::ElideMiddle, place.label.width()));
        painter.fillRect(place.bar, others ? othersBar : bar);
        painter.drawText(place.value, Qt::AlignLeft | Qt::AlignVCenter, valueText(entry.value));
    }
}

int SizeChartWidget::Layout::xOf(qint64 value) const
{
    const qint64 axisMaximum = std::max<qint64>(1, ticks.isEmpty() ? 1 : ticks.constLast());
    return barsLeft +
           int(std::llround(double(value) / double(axisMaximum) * std::max(1, barsRight - barsLeft)));
}

SizeChartWidget::Layout SizeChartWidget::layout() const
{
    const QFontMetrics metrics = fontMetrics();
    const int line = metrics.height();
    Layout at;
    at.area = rect().adjusted(margin, margin, -margin, -margin);
    at.area.setTop(at.area.top() + line + gap);
    if (m_bars.isEmpty())
        return at;
    // Labels at the left (at most a third of the width), values after the bars, the axis below.
    int labelWidth = 0;
    int valueWidth = 0;
    for (const Entry &entry : m_bars) {
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(entry.label));
        valueWidth = std::max(valueWidth, metrics.horizontalAdvance(valueText(entry.value)));
    }
    at.labelWidth = std::min(labelWidth + 2, at.area.width() / 3);
    at.ticks = ticks();
    const int lastTickHalf = metrics.horizontalAdvance(tickText(at.ticks.constLast())) / 2;
    at.barsLeft = at.area.left() + at.labelWidth + gap;
    at.barsRight = std::max(at.barsLeft + 1, at.area.right() - std::max(valueWidth + gap, lastTickHalf));
    at.rowsTop = at.area.top();
    at.rowsBottom = at.rowsTop + int(m_bars.size()) * rowHeight();
    return at;
}

QList<SizeChartWidget::BarGeometry> SizeChartWidget::barGeometry() const
{
    const Layout at = layout();
    const QFontMetrics metrics = fontMetrics();
    const int barHeight = rowHeight() - 6;
    QList<BarGeometry> geometry;
    for (qsizetype i = 0; i < m_bars.size(); ++i) {
        const Entry &entry = m_bars.at(i);
        const int top = at.rowsTop + int(i) * rowHeight();
        const int right = std::max(at.xOf(entry.value), at.barsLeft + 1);
        BarGeometry place;
        place.label = QRect(at.area.left(), top, at.labelWidth, rowHeight());
        place.bar = QRect(at.barsLeft, top + 3, right - at.barsLeft, barHeight);
        place.value = QRect(right + gap, top, metrics.horizontalAdvance(valueText(entry.value)), rowHeight());
        geometry.append(place);
    }
    return geometry;
}

} // namespace Packhouse
