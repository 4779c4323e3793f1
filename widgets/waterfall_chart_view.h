// One row's SHAP values as a waterfall: from the average prediction (base value), each column's
// bar starts where the one below ended and the top bar ends at this row's prediction.
#pragma once

#include <QVector>
#include <QWidget>

#include "widgets/explain_views.h"
#include "widgets/row_plot_geometry.h"

namespace cohort::ui
{

class WaterfallChartView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WaterfallChartView)

public:
    /// Columns past this many are summed into one "N other columns" bar.
    static constexpr int kMaxBars = 10;

    explicit WaterfallChartView(QWidget *parent = nullptr);

    /// `contributions` sorted by |contribution| descending; values are probabilities (0..1).
    void setContributions(const QVector<ContributionView> &contributions, double baseValue,
                          double outputValue);
    void clear();

    /// The bars as shown, top (largest) first; the last may be the "other columns" bar.
    [[nodiscard]] int barCount() const { return static_cast<int>(m_bars.size()); }
    [[nodiscard]] QString barLabel(int index) const;
    [[nodiscard]] double barContribution(int index) const;
    [[nodiscard]] double baseValue() const { return m_base; }
    [[nodiscard]] double outputValue() const { return m_output; }

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Bar
    {
        ContributionView contribution;
        int otherColumns = 0; // > 0 for the bar that sums the remaining columns
        double start = 0.0;
    };
    using Geometry = RowPlotGeometry;

    [[nodiscard]] Geometry geometry() const;
    [[nodiscard]] QString valueLabel(const Bar &bar) const;
    void paintAxis(QPainter &painter, const Geometry &g) const;
    void paintMarkers(QPainter &painter, const Geometry &g) const;
    void paintBar(QPainter &painter, const Geometry &g, int row) const;
    void paintValue(QPainter &painter, const Bar &bar, double centre, double thickness,
                    const Geometry &g) const;
    void updateAccessibleDescription();

    QVector<Bar> m_bars;
    double m_base = 0.0;
    double m_output = 0.0;
};

} // namespace cohort::ui
