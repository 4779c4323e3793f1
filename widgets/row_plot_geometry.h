// The layout both explanation charts share: one row per column, labels on the left, a
// horizontal value axis under the plot; and the painting of that axis's ticks and grid.
#pragma once

#include <QRect>
#include <QString>

#include <functional>

class QPainter;
class QWidget;

namespace cohort::ui
{

struct RowPlotGeometry
{
    QRect plot;
    int labelWidth = 0;
    double low = 0.0;
    double high = 1.0;
    double rowHeight = 0.0;

    /// The horizontal pixel position of `value` on the value axis.
    [[nodiscard]] double x(double value) const;
};

/// Draws vertical grid lines at round tick values with their labels under the plot (about one
/// tick per 70 px) and the axis line; `label(tick, decimals)` writes a tick's text.
void paintValueTicks(QPainter &painter, const QWidget &widget, const RowPlotGeometry &g,
                     const std::function<QString(double tick, int decimals)> &label);

/// Draws `text` centred in the widget, for a chart with nothing to show yet.
void paintPlaceholder(QPainter &painter, const QWidget &widget, int margin, const QString &text);

} // namespace cohort::ui
