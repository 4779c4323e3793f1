#include "widgets/row_plot_geometry.h"

#include <QPainter>
#include <QWidget>

#include <algorithm>
#include <cmath>

#include "widgets/explain_format.h"

namespace cohort::ui
{

double RowPlotGeometry::x(double value) const
{
    return plot.left() + (value - low) / (high - low) * plot.width();
}

void paintValueTicks(QPainter &painter, const QWidget &widget, const RowPlotGeometry &g,
                     const std::function<QString(double tick, int decimals)> &label)
{
    const QFontMetrics metrics = widget.fontMetrics();
    const QPalette &palette = widget.palette();
    const double step = niceTickStep(g.high - g.low, std::max(2, g.plot.width() / 70));
    const int decimals = step * 100.0 >= 1.0 ? 0 : 1;
    const QColor grid = palette.color(QPalette::Midlight);
    for (double tick = std::ceil(g.low / step) * step; tick <= g.high + 1e-12; tick += step)
    {
        const double x = g.x(tick);
        painter.setPen(QPen(grid, 1.0));
        painter.drawLine(QPointF(x, g.plot.top()), QPointF(x, g.plot.bottom()));
        painter.setPen(palette.color(QPalette::Text));
        painter.drawText(QRectF(x - 40, g.plot.bottom() + 3, 80, metrics.height()),
                         Qt::AlignHCenter | Qt::AlignTop, label(tick, decimals));
    }
    painter.setPen(QPen(palette.color(QPalette::Mid), 1.0));
    painter.drawLine(g.plot.bottomLeft(), g.plot.bottomRight());
}

void paintPlaceholder(QPainter &painter, const QWidget &widget, int margin, const QString &text)
{
    painter.setPen(widget.palette().color(QPalette::PlaceholderText));
    painter.drawText(widget.rect().adjusted(margin, margin, -margin, -margin),
                     Qt::AlignCenter | Qt::TextWordWrap, text);
}

} // namespace cohort::ui
