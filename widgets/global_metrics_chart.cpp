#include "widgets/global_metrics_chart.h"

#include "widgets/chart_axes.h"

#include <QChart>
#include <QEvent>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace cohort::ui
{

GlobalMetricsChart::GlobalMetricsChart(QWidget *parent)
    : QChartView(parent)
    , m_accuracySeries(new QLineSeries(this))
    , m_lossSeries(new QLineSeries(this))
    , m_balancedSeries(new QLineSeries(this))
    , m_baselineSeries(new QLineSeries(this))
    , m_rounds(new QValueAxis(this))
    , m_accuracyAxis(new QValueAxis(this))
    , m_lossAxis(new QValueAxis(this))
{
    setObjectName(QStringLiteral("globalChart"));
    setRenderHint(QPainter::Antialiasing);
    auto *chart = new QChart;
    styleCompactChart(chart);
    setChart(chart);
    chart->addSeries(m_accuracySeries);
    chart->addSeries(m_lossSeries);
    chart->addSeries(m_balancedSeries);
    chart->addSeries(m_baselineSeries);
    chart->addAxis(m_rounds, Qt::AlignBottom);
    chart->addAxis(m_accuracyAxis, Qt::AlignLeft);
    chart->addAxis(m_lossAxis, Qt::AlignRight);
    m_accuracySeries->attachAxis(m_rounds);
    m_accuracySeries->attachAxis(m_accuracyAxis);
    m_lossSeries->attachAxis(m_rounds);
    m_lossSeries->attachAxis(m_lossAxis);
    for (QLineSeries *series : {m_balancedSeries, m_baselineSeries})
    {
        series->attachAxis(m_rounds);
        series->attachAxis(m_accuracyAxis);
    }
    m_balancedSeries->setPen(QPen(QColor(0x2c, 0xa0, 0x2c), 2.0));
    // The line to beat: grey and dotted, so that a flat accuracy on it reads as "no better".
    m_baselineSeries->setPen(QPen(QColor(0x7f, 0x7f, 0x7f), 2.0, Qt::DotLine));
    m_accuracySeries->setPen(QPen(QColor(0x1f, 0x77, 0xb4), 2.5));
    m_lossSeries->setPen(QPen(QColor(0xe3, 0x6c, 0x0a), 2.0, Qt::DashLine));
    m_accuracyAxis->setRange(0.0, 1.0);
    m_accuracyAxis->setTickCount(6);
    // Loss ticks are "nice" numbers; only the accuracy axis draws grid lines.
    m_lossAxis->setGridLineVisible(false);
    m_accuracyAxis->setLabelFormat(QStringLiteral("%.1f"));
    m_lossAxis->setLabelFormat(QStringLiteral("%.2f"));
    m_lossAxis->setLinePenColor(m_lossSeries->pen().color());
    m_accuracyAxis->setLinePenColor(m_accuracySeries->pen().color());
    // Short enough to leave room for a legend wrapped to three lines under it (a small screen).
    setMinimumSize(240, 120);
    refresh();
    retranslate();
}

void GlobalMetricsChart::addRound(const RoundView &round)
{
    putRoundPoint(m_accuracy, round.round, round.accuracy, kMaxRounds);
    putRoundPoint(m_loss, round.round, round.loss, kMaxRounds);
    putRoundPoint(m_balanced, round.round, round.balancedAccuracy, kMaxRounds);
    putRoundPoint(m_baseline, round.round, round.baselineAccuracy, kMaxRounds);
    refresh();
}

void GlobalMetricsChart::clear()
{
    m_accuracy.clear();
    m_loss.clear();
    m_balanced.clear();
    m_baseline.clear();
    refresh();
}

void GlobalMetricsChart::refresh()
{
    m_accuracySeries->replace(m_accuracy);
    // Markers help to read a few rounds and only clutter hundreds.
    m_accuracySeries->setPointsVisible(m_accuracy.size() <= 40);
    m_lossSeries->replace(m_loss);
    m_balancedSeries->replace(m_balanced);
    m_baselineSeries->replace(m_baseline);
    double first = std::numeric_limits<double>::max();
    double last = 1.0;
    double maxLoss = 0.0;
    for (const QList<QPointF> *points : {&m_accuracy, &m_loss})
    {
        for (const QPointF &p : *points)
        {
            first = std::min(first, p.x());
            last = std::max(last, p.x());
        }
    }
    if (first > last)
        first = 1.0;
    for (const QPointF &p : m_loss)
        maxLoss = std::max(maxLoss, p.y());
    setRoundAxisRange(m_rounds, static_cast<int>(first), static_cast<int>(last));
    m_lossAxis->setRange(0.0, maxLoss > 0.0 ? maxLoss * 1.05 : 1.0);
    m_lossAxis->applyNiceNumbers();
}

void GlobalMetricsChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QChartView::changeEvent(event);
}

void GlobalMetricsChart::retranslate()
{
    m_accuracySeries->setName(tr("Accuracy"));
    m_lossSeries->setName(tr("Loss"));
    // The legend wraps under the chart (ChartLegendLabel), so the names can say what they are.
    m_balancedSeries->setName(tr("Balanced accuracy"));
    m_baselineSeries->setName(tr("Baseline: always the most common class"));
    m_rounds->setTitleText(tr("Round"));
    m_accuracyAxis->setTitleText(tr("Accuracy"));
    m_lossAxis->setTitleText(tr("Loss"));
    setAccessibleName(tr("Global loss and accuracy per round"));
}

} // namespace cohort::ui
