#pragma once

#include <QList>
#include <QRect>
#include <QString>
#include <QWidget>

namespace Packhouse {

// The Overview's chart (issue #18), drawn with QPainter: one horizontal bar per package, the biggest first,
// the top N and one bar for the others, with a value axis in units (bytes in SI units, or versions) and each
// bar's value at its end. Every colour comes from the palette in use (bars in its highlight colour, text in
// its text colour on its base), so it reads in light and dark palettes alike. Its accessible name is its
// title and its accessible description says what it shows in words.
class SizeChartWidget : public QWidget
{
    Q_OBJECT

public:
    enum class Measure
    {
        Bytes,    // the registry size of container packages
        Versions, // the version count, when no package has a size
    };
    struct Entry
    {
        QString label;
        qint64 value = 0;
        int packages = 1; // more than one for the "others" bar
    };

    explicit SizeChartWidget(QWidget *parent = nullptr);

    // Entries of no value are left out.
    void setEntries(const QList<Entry> &entries, Measure measure);
    void setMaximumBars(int bars);
    Measure measure() const { return m_measure; }
    // What is drawn, biggest first: at most maximumBars() entries, the last one the others when there are
    // more (which may be the biggest of all: it adds up the rest).
    const QList<Entry> &bars() const { return m_bars; }
    // Where a bar is drawn at the widget's size: its label, the bar, and its value after it.
    struct BarGeometry
    {
        QRect label;
        QRect bar;
        QRect value;
    };
    // In the order of bars(); empty when there is nothing to show.
    QList<BarGeometry> barGeometry() const;
    QString title() const;
    // The bars in words, for the accessible description.
    QString summary() const;
    // The axis' ticks: 0 to a round number above the biggest bar (the others' bar included).
    QList<qint64> ticks() const;
    QString valueText(qint64 value) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    qint64 biggestValue() const;
    // Where the bars go at the widget's size: the labels at the left, the value after each bar, the axis
    // below; the axis runs from 0 to its last tick, which no bar exceeds.
    struct Layout
    {
        QRect area; // the widget less its margins and the title
        int labelWidth = 0;
        int barsLeft = 0;
        int barsRight = 0;
        int rowsTop = 0;
        int rowsBottom = 0;
        QList<qint64> ticks;
        int xOf(qint64 value) const;
    };
    Layout layout() const;
    QString tickText(qint64 value) const;
    int rowHeight() const;

    QList<Entry> m_entries;
    QList<Entry> m_bars;
    Measure m_measure = Measure::Bytes;
    int m_maximumBars = 10;
};

} // namespace Packhouse
