#include "widgets/site_accuracy_chart.h"

#include "widgets/chart_axes.h"

#include <QChart>
#include <QEvent>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <array>

namespace cohort::ui
{

namespace
{

// Site colours, distinct from the near-black global line (Tableau 10 without grey).
constexpr std::array<QRgb, 9> kSiteColours{0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd,
                                           0x8c564b, 0xe377c2, 0xbcbd22, 0x17becf};

} // namespace

SiteAccuracyChart::SiteAccuracyChart(QWidget *parent)
    : QChartView(parent)
    , m_globalSeries(new QLineSeries(this))
    , m_rounds(new QValueAxis(this))
    , m_accuracyAxis(new QValueAxis(this))
{
    setObjectName(QStringLiteral("siteAccuracyChart"));
    setRenderHint(QPainter::Antialiasing);
    auto *chart = new QChart;
    styleCompactChart(chart);
    // Site names are long; a legend at the side shows them whole.
    chart->legend()->setAlignment(Qt::AlignRight);
    setChart(chart);
    chart->addAxis(m_rounds, Qt::AlignBottom);
    chart->addAxis(m_accuracyAxis, Qt::AlignLeft);
    chart->addSeries(m_globalSeries);
    m_globalSeries->attachAxis(m_rounds);
    m_globalSeries->attachAxis(m_accuracyAxis);
    m_globalSeries->setPen(QPen(QColor(0x20, 0x20, 0x20), 3.5));
    m_accuracyAxis->setRange(0.0, 1.0);
    m_accuracyAxis->setTickCount(6);
    m_accuracyAxis->setLabelFormat(QStringLiteral("%.1f"));
    setRoundAxisRange(m_rounds, 1, 1);
    // Short enough to leave room for a legend wrapped to three lines under it (a small screen).
    setMinimumSize(240, 120);
    retranslate();
}

SiteAccuracyChart::SiteLine &SiteAccuracyChart::siteLine(const QString &name)
{
    auto found = m_sites.find(name);
    if (found != m_sites.end())
        return *found;
    SiteLine line;
    line.series = new QLineSeries(this);
    line.series->setName(name);
    const QColor colour = QColor::fromRgb(kSiteColours.at(m_sites.size() % kSiteColours.size()));
    line.series->setPen(QPen(colour, 1.5));
    chart()->addSeries(line.series);
    line.series->attachAxis(m_rounds);
    line.series->attachAxis(m_accuracyAxis);
    return *m_sites.insert(name, line);
}

void SiteAccuracyChart::addRound(const RoundView &round)
{
    putRoundPoint(m_global, round.round, round.accuracy, kMaxRounds);
    m_globalSeries->replace(m_global);
    for (auto it = round.siteAccuracy.cbegin(); it != round.siteAccuracy.cend(); ++it)
    {
        SiteLine &line = siteLine(it.key());
        putRoundPoint(line.points, round.round, it.value(), kMaxRounds);
        // Points older than the global history's window leave with it.
        while (!line.points.isEmpty() && !m_global.isEmpty()
               && line.points.first().x() < m_global.first().x())
            line.points.removeFirst();
        line.series->replace(line.points);
    }
    refreshAxis(round.round);
}

void SiteAccuracyChart::refreshAxis(int round)
{
    if (m_firstRound < 0 || round < m_firstRound)
        m_firstRound = round;
    if (!m_global.isEmpty())
        m_firstRound = std::max(m_firstRound, static_cast<int>(m_global.first().x()));
    m_lastRound = std::max(m_lastRound, round);
    setRoundAxisRange(m_rounds, m_firstRound, m_lastRound);
}

void SiteAccuracyChart::clear()
{
    for (const SiteLine &line : std::as_const(m_sites))
    {
        chart()->removeSeries(line.series);
        delete line.series;
    }
    m_sites.clear();
    m_global.clear();
    m_globalSeries->clear();
    m_firstRound = -1;
    m_lastRound = 1;
    setRoundAxisRange(m_rounds, 1, 1);
}

void SiteAccuracyChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QChartView::changeEvent(event);
}

void SiteAccuracyChart::retranslate()
{
    m_globalSeries->setName(tr("Global model"));
    m_rounds->setTitleText(tr("Round"));
    m_accuracyAxis->setTitleText(tr("Accuracy"));
    setAccessibleName(tr("Accuracy per site and round"));
}

} // namespace cohort::ui
