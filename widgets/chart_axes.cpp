#include "widgets/chart_axes.h"

#include <QChart>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace cohort::ui
{

void styleCompactChart(QChart *chart)
{
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont font = chart->legend()->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    chart->legend()->setFont(font);
    localizeChartNumbers(chart);
}

void localizeChartNumbers(QChart *chart)
{
    // Axis labels in the user's format (German 0,8), like every other number of the window.
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
}

void setRoundAxisRange(QValueAxis *axis, int first, int last)
{
    if (last <= first)
        last = first + 1;
    const double span = last - first;
    // A "nice" step (1, 2, 5 × 10^k) giving at most about eight intervals.
    const double raw = span / 8.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(std::max(raw, 1.0))));
    double step = magnitude;
    for (const double factor : {1.0, 2.0, 5.0, 10.0})
    {
        step = factor * magnitude;
        if (step >= raw)
            break;
    }
    axis->setRange(first, last);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0.0);
    axis->setTickInterval(std::max(1.0, step));
    axis->setLabelFormat(QStringLiteral("%.0f")); // "%d" prints nothing once numbers are localized
}

void putRoundPoint(QList<QPointF> &points, double round, double value, int limit)
{
    if (std::isnan(value))
        return;
    const auto same = std::find_if(points.begin(), points.end(),
                                   [round](const QPointF &p) { return p.x() == round; });
    if (same != points.end())
        same->setY(value);
    else
        points.append(QPointF(round, value));
    if (points.size() > limit)
        points.remove(0, points.size() - limit);
}

} // namespace cohort::ui
