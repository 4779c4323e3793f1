// Global loss and accuracy of a federation per round: accuracy, balanced accuracy and the
// majority baseline (always answering the most common class) on a fixed 0..1 axis on the
// left, loss on its own axis on the right. Keeps the last kMaxRounds rounds.
#pragma once

#include "widgets/federation_views.h"

#include <QChartView>
#include <QList>
#include <QPointF>

class QLineSeries;
class QValueAxis;

namespace cohort::ui
{

class GlobalMetricsChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GlobalMetricsChart)

public:
    static constexpr int kMaxRounds = 500;

    explicit GlobalMetricsChart(QWidget *parent = nullptr);

    void addRound(const RoundView &round);
    void clear();
    [[nodiscard]] int pointCount() const { return static_cast<int>(m_accuracy.size()); }
    [[nodiscard]] int baselinePointCount() const { return static_cast<int>(m_baseline.size()); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();

    QLineSeries *m_accuracySeries = nullptr;
    QLineSeries *m_lossSeries = nullptr;
    QLineSeries *m_balancedSeries = nullptr;
    QLineSeries *m_baselineSeries = nullptr;
    QValueAxis *m_rounds = nullptr;
    QValueAxis *m_accuracyAxis = nullptr;
    QValueAxis *m_lossAxis = nullptr;
    QList<QPointF> m_accuracy;
    QList<QPointF> m_loss;
    QList<QPointF> m_balanced;
    QList<QPointF> m_baseline;
};

} // namespace cohort::ui
