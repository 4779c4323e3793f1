#include "widgets/live_line_chart.h"

#include "widgets/chart_axes.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QChart>
#include <QLineSeries>
#include <QPainter>
#include <QPen>
#include <QValueAxis>

namespace cohort::ui
{

namespace
{

// Markers make single points visible; past this many points per series they only add clutter.
constexpr int kMarkerLimit = 30;
constexpr int kTargetXTicks = 8;

// The smallest 1, 2 or 5 times a power of ten that is at least `raw`, and never below 1, so
// an epoch or round axis only ever shows whole numbers.
double wholeTickStep(double raw)
{
    if (raw <= 1.0)
        return 1.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : {1.0, 2.0, 5.0, 10.0})
    {
        if (factor * magnitude >= raw)
            return factor * magnitude;
    }
    return 10.0 * magnitude;
}

} // namespace

LiveLineChart::LiveLineChart(QWidget *parent)
    : QChartView(new QChart, parent)
    , m_xAxis(new QValueAxis)
    , m_yAxis(new QValueAxis)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(240, 180);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    localizeChartNumbers(chart());
    m_xAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_xAxis->setTickType(QValueAxis::TicksDynamic);
    m_xAxis->setTickAnchor(0.0);
    m_xAxis->setRange(0.0, 1.0);
    m_yAxis->setRange(0.0, 1.0);
    chart()->addAxis(m_xAxis, Qt::AlignBottom);
    chart()->addAxis(m_yAxis, Qt::AlignLeft);
    updateAxes();
}

LiveLineChart::~LiveLineChart() = default;

void LiveLineChart::addSeries(const QString &key, const QString &displayName, Qt::PenStyle style)
{
    if (m_series.contains(key))
    {
        setSeriesName(key, displayName);
        return;
    }
    auto *series = new QLineSeries;
    series->setName(displayName);
    chart()->addSeries(series);
    series->attachAxis(m_xAxis);
    series->attachAxis(m_yAxis);
    // Setting the pen after addSeries keeps the theme's colour for this series.
    QPen pen = series->pen();
    pen.setWidthF(2.0);
    pen.setStyle(style);
    series->setPen(pen);
    series->setPointsVisible(true);
    m_series.insert(key, SeriesData{series, {}});
    m_order.append(key);
}

void LiveLineChart::setSeriesName(const QString &key, const QString &displayName)
{
    if (const auto it = m_series.find(key); it != m_series.end())
        it->series->setName(displayName);
}

void LiveLineChart::setTitle(const QString &title)
{
    chart()->setTitle(title);
}

void LiveLineChart::setAxisTitles(const QString &xTitle, const QString &yTitle)
{
    m_xAxis->setTitleText(xTitle);
    m_yAxis->setTitleText(yTitle);
}

void LiveLineChart::setYRange(double minimum, double maximum)
{
    m_fixedY = true;
    m_fixedYMin = std::min(minimum, maximum);
    m_fixedYMax = std::max(minimum, maximum);
    updateAxes();
}

void LiveLineChart::clearYRange()
{
    m_fixedY = false;
    updateAxes();
}

void LiveLineChart::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    viewport()->update();
}

void LiveLineChart::setMaxPoints(int maxPoints)
{
    m_maxPoints = std::max(2, maxPoints);
    for (SeriesData &data : m_series)
    {
        if (data.buffer.size() > m_maxPoints)
        {
            data.buffer.remove(0, data.buffer.size() - m_maxPoints);
            data.series->replace(data.buffer);
        }
    }
    updateMarkers();
    updateAxes();
}

bool LiveLineChart::hasSeries(const QString &key) const
{
    return m_series.contains(key);
}

int LiveLineChart::pointCount(const QString &key) const
{
    const auto it = m_series.constFind(key);
    return it == m_series.cend() ? 0 : static_cast<int>(it->buffer.size());
}

QList<QPointF> LiveLineChart::points(const QString &key) const
{
    const auto it = m_series.constFind(key);
    return it == m_series.cend() ? QList<QPointF>() : it->buffer;
}

void LiveLineChart::appendPoint(const QString &key, double x, double y)
{
    const auto it = m_series.find(key);
    if (it == m_series.end() || !std::isfinite(x) || !std::isfinite(y))
        return;
    it->buffer.append(QPointF(x, y));
    if (it->buffer.size() > m_maxPoints)
        it->buffer.remove(0, it->buffer.size() - m_maxPoints);
    // One replace() per update redraws once, where append() plus remove() would redraw twice.
    it->series->replace(it->buffer);
    updateMarkers();
    updateAxes();
    if (totalPoints() == 1)
        viewport()->update();
}

void LiveLineChart::clearAll()
{
    for (SeriesData &data : m_series)
    {
        data.buffer.clear();
        data.series->clear();
    }
    updateMarkers();
    updateAxes();
    viewport()->update();
}

void LiveLineChart::paintEvent(QPaintEvent *event)
{
    QChartView::paintEvent(event);
    if (m_placeholder.isEmpty() || totalPoints() > 0)
        return;
    const QRectF plot = chart()->mapToScene(chart()->plotArea()).boundingRect();
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(mapFromScene(plot).boundingRect(), Qt::AlignCenter | Qt::TextWordWrap,
                     m_placeholder);
}

void LiveLineChart::updateAxes()
{
    double minX = std::numeric_limits<double>::max();
    double maxX = std::numeric_limits<double>::lowest();
    double minY = minX;
    double maxY = maxX;
    for (const SeriesData &data : std::as_const(m_series))
    {
        for (const QPointF &point : data.buffer)
        {
            minX = std::min(minX, point.x());
            maxX = std::max(maxX, point.x());
            minY = std::min(minY, point.y());
            maxY = std::max(maxY, point.y());
        }
    }
    const bool hasPoints = minX <= maxX;
    if (!hasPoints)
    {
        minX = 0.0;
        maxX = 1.0;
    }
    // Half-visible markers at the plot edges look like clipping, so pad x a little.
    const double lowX = std::floor(minX);
    const double highX = std::max(std::ceil(maxX), lowX + 1.0);
    const double padX = std::max(0.25, (highX - lowX) * 0.02);
    m_xAxis->setRange(lowX - padX, highX + padX);
    m_xAxis->setTickInterval(wholeTickStep((highX - lowX) / kTargetXTicks));

    if (m_fixedY)
    {
        m_yAxis->setRange(m_fixedYMin, m_fixedYMax);
        m_yAxis->applyNiceNumbers();
        return;
    }
    if (!hasPoints)
    {
        m_yAxis->setRange(0.0, 1.0);
        m_yAxis->applyNiceNumbers();
        return;
    }
    const double span = maxY - minY;
    const double margin = span > 0.0 ? span * 0.08 : std::max(std::abs(maxY) * 0.1, 0.5);
    // Losses and shares are never negative, so the axis should not suggest they could be.
    const double low = minY >= 0.0 ? std::max(0.0, minY - margin) : minY - margin;
    m_yAxis->setRange(low, maxY + margin);
    m_yAxis->applyNiceNumbers();
}

void LiveLineChart::updateMarkers()
{
    for (const SeriesData &data : std::as_const(m_series))
        data.series->setPointsVisible(data.buffer.size() <= kMarkerLimit);
}

int LiveLineChart::totalPoints() const
{
    int total = 0;
    for (const SeriesData &data : m_series)
        total += static_cast<int>(data.buffer.size());
    return total;
}

} // namespace cohort::ui
