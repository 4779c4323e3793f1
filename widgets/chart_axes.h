// Shared look of Cohort's Qt Charts: compact margins for charts inside pages, and a round
// axis with whole-number ticks however many rounds there are.
#pragma once

#include <QList>
#include <QPointF>

class QChart;
class QValueAxis;

namespace cohort::ui
{

/// Small margins, no rounded background, legend at the bottom in a smaller font.
void styleCompactChart(QChart *chart);

/// Axis numbers in the default locale's format (styleCompactChart does it too).
void localizeChartNumbers(QChart *chart);

/// Sets the axis to [first, last] rounds (at least one round wide) with 1, 2, 5, 10… steps.
void setRoundAxisRange(QValueAxis *axis, int first, int last);

/// Sets the y of the point at x == round, or appends it; keeps at most `limit` points.
/// A NaN value is skipped, so a gap in the data leaves no point.
void putRoundPoint(QList<QPointF> &points, double round, double value, int limit);

} // namespace cohort::ui
