// ROC curves of an evaluation: one curve per class (one-vs-rest) with its AUC in the legend,
// and the diagonal of a model that guesses.
#pragma once

#include "widgets/evaluate_views.h"

#include <QChartView>
#include <QVector>

class QLineSeries;
class QValueAxis;

namespace cohort::ui
{

class RocChartView final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RocChartView)

public:
    explicit RocChartView(QWidget *parent = nullptr);

    void setCurves(const QVector<RocCurveView> &curves);
    void clear();
    [[nodiscard]] int curveCount() const { return static_cast<int>(m_curveSeries.size()); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QVector<RocCurveView> m_curves;
    QVector<QLineSeries *> m_curveSeries;
    QLineSeries *m_chance = nullptr;
    QValueAxis *m_falsePositive = nullptr;
    QValueAxis *m_truePositive = nullptr;
};

} // namespace cohort::ui
