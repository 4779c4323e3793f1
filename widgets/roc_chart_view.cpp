#include "widgets/roc_chart_view.h"

#include "widgets/chart_axes.h"

#include <QChart>
#include <QEvent>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <array>
#include <cmath>

namespace cohort::ui
{

namespace
{

constexpr std::array<QRgb, 10> kCurveColours{0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd,
                                             0x8c564b, 0xe377c2, 0x7f7f7f, 0xbcbd22, 0x17becf};

} // namespace

RocChartView::RocChartView(QWidget *parent)
    : QChartView(parent)
    , m_chance(new QLineSeries(this))
    , m_falsePositive(new QValueAxis(this))
    , m_truePositive(new QValueAxis(this))
{
    setObjectName(QStringLiteral("rocChart"));
    setRenderHint(QPainter::Antialiasing);
    auto *chart = new QChart;
    styleCompactChart(chart);
    chart->legend()->setAlignment(Qt::AlignRight);
    setChart(chart);
    chart->addAxis(m_falsePositive, Qt::AlignBottom);
    chart->addAxis(m_truePositive, Qt::AlignLeft);
    for (QValueAxis *axis : {m_falsePositive, m_truePositive})
    {
        axis->setRange(0.0, 1.0);
        axis->setTickCount(6);
        axis->setLabelFormat(QStringLiteral("%.1f"));
    }
    m_chance->append(0.0, 0.0);
    m_chance->append(1.0, 1.0);
    m_chance->setPen(QPen(QColor(0x90, 0x90, 0x90), 1.0, Qt::DashLine));
    chart->addSeries(m_chance);
    m_chance->attachAxis(m_falsePositive);
    m_chance->attachAxis(m_truePositive);
    setMinimumSize(260, 200);
    retranslate();
}

void RocChartView::setCurves(const QVector<RocCurveView> &curves)
{
    clear();
    m_curves = curves;
    // The chance line goes last so the legend lists the classes first.
    chart()->removeSeries(m_chance);
    for (const RocCurveView &curve : curves)
    {
        auto *series = new QLineSeries(this);
        const QColor colour =
            QColor::fromRgb(kCurveColours.at(m_curveSeries.size() % kCurveColours.size()));
        series->setPen(QPen(colour, 2.0));
        series->replace(QList<QPointF>(curve.points.cbegin(), curve.points.cend()));
        chart()->addSeries(series);
        series->attachAxis(m_falsePositive);
        series->attachAxis(m_truePositive);
        m_curveSeries << series;
    }
    chart()->addSeries(m_chance);
    m_chance->attachAxis(m_falsePositive);
    m_chance->attachAxis(m_truePositive);
    retranslate();
}

void RocChartView::clear()
{
    for (QLineSeries *series : std::as_const(m_curveSeries))
    {
        chart()->removeSeries(series);
        delete series;
    }
    m_curveSeries.clear();
    m_curves.clear();
}

void RocChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QChartView::changeEvent(event);
}

void RocChartView::retranslate()
{
    m_falsePositive->setTitleText(tr("False positive rate"));
    m_truePositive->setTitleText(tr("True positive rate"));
    m_chance->setName(tr("Chance"));
    for (int i = 0; i < m_curveSeries.size(); ++i)
    {
        const RocCurveView &curve = m_curves.at(i);
        const QString auc =
            std::isnan(curve.auc) ? QStringLiteral("–") : QLocale().toString(curve.auc, 'f', 3);
        m_curveSeries.at(i)->setName(tr("%1 (AUC %2)").arg(curve.className, auc));
    }
    setAccessibleName(tr("ROC curves, one per class"));
}

} // namespace cohort::ui
