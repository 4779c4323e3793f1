// A chart's legend as a word-wrapped label under it: on a small screen every entry is shown
// whole on as many lines as it takes, where the chart's own legend would cut names short.
#pragma once

#include <QLabel>

class QChart;

namespace cohort::ui
{

class ChartLegendLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartLegendLabel)

public:
    /// Hides `chart`'s own legend; call refresh() after series are added, renamed or removed.
    explicit ChartLegendLabel(QChart *chart, QWidget *parent = nullptr);

    /// One entry per series with a name: a square in its colour, then its name.
    void refresh();

private:
    QChart *m_chart = nullptr;
};

/// `chart` with a ChartLegendLabel under it, in one widget called `objectName` (what a ViewFrame
/// exports, legend included); the label is returned through `legend`.
[[nodiscard]] QWidget *chartWithLegend(QWidget *chartView, QChart *chart, const QString &objectName,
                                       ChartLegendLabel **legend);

} // namespace cohort::ui
