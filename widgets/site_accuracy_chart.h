// Accuracy per round of every site next to the global model's (a thicker line), on the same
// 0..1 accuracy axis as the global chart. Keeps the last kMaxRounds rounds.
#pragma once

#include "widgets/federation_views.h"

#include <QChartView>
#include <QList>
#include <QMap>
#include <QPointF>

class QLineSeries;
class QValueAxis;

namespace cohort::ui
{

class SiteAccuracyChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SiteAccuracyChart)

public:
    static constexpr int kMaxRounds = 500;

    explicit SiteAccuracyChart(QWidget *parent = nullptr);

    void addRound(const RoundView &round);
    void clear();
    [[nodiscard]] int siteSeriesCount() const { return static_cast<int>(m_sites.size()); }

protected:
    void changeEvent(QEvent *event) override;

private:
    struct SiteLine
    {
        QLineSeries *series = nullptr;
        QList<QPointF> points;
    };

    void retranslate();
    SiteLine &siteLine(const QString &name);
    void refreshAxis(int round);

    QLineSeries *m_globalSeries = nullptr;
    QList<QPointF> m_global;
    QMap<QString, SiteLine> m_sites;
    QValueAxis *m_rounds = nullptr;
    QValueAxis *m_accuracyAxis = nullptr;
    int m_firstRound = -1;
    int m_lastRound = 1;
};

} // namespace cohort::ui
