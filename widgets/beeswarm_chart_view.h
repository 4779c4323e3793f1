// A SHAP beeswarm of the whole dataset: one row per column (most important on top), one dot per
// data row at its SHAP value, stacked where dots crowd and coloured by the row's feature value.
#pragma once

#include <QVector>
#include <QWidget>

#include "widgets/explain_views.h"
#include "widgets/row_plot_geometry.h"

namespace cohort::ui
{

class BeeswarmChartView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BeeswarmChartView)

public:
    /// Only this many of the most important columns get a row.
    static constexpr int kMaxRows = 10;

    explicit BeeswarmChartView(QWidget *parent = nullptr);

    void setExplanation(const GlobalExplanationView &explanation);
    void clear();

    [[nodiscard]] int rowCount() const { return static_cast<int>(m_rows.size()); }
    [[nodiscard]] QString rowColumn(int row) const;
    [[nodiscard]] int pointCount(int row) const;

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Row
    {
        QString column;
        double meanAbs = 0.0;
        QVector<BeeswarmPointView> points; // sorted by contribution
    };
    using Geometry = RowPlotGeometry;

    [[nodiscard]] Geometry geometry() const;
    void paintAxis(QPainter &painter, const Geometry &g) const;
    void paintLegend(QPainter &painter, const Geometry &g) const;
    void paintRow(QPainter &painter, const Geometry &g, int row) const;
    void updateAccessibleDescription();

    QVector<Row> m_rows;
    QString m_className;
    bool m_hasCategorical = false;
};

} // namespace cohort::ui
