// Shared pieces of the Explain page's views: SHAP values as percentage points, a row's
// values in the user's locale, one class picked out of a row explanation, and axis ticks.
#pragma once

#include "widgets/explain_views.h"

#include <QColor>
#include <QString>
#include <QVector>

namespace cohort::ui
{

/// A probability difference (0..1) as signed percentage points, e.g. "+21.2".
[[nodiscard]] QString pointsText(double contribution, int decimals = 1);

/// A probability (0..1) as a percentage without the sign, e.g. "85".
[[nodiscard]] QString percentText(double probability, int decimals = 0);

/// A number in the file's C-locale text ("12157.5") in the user's locale ("12,157.5");
/// other text is returned unchanged.
[[nodiscard]] QString displayValue(const QString &valueText);

/// A contribution's value as the views show it: displayValue of its text, or "missing" (with
/// the text the model could not use, if there was one).
[[nodiscard]] QString contributionValueText(const ContributionView &contribution);

/// "column = value" as the charts and reasons name a column.
[[nodiscard]] QString columnWithValue(const ContributionView &contribution);

/// True when the explanation holds values for every class, so another class can be shown.
[[nodiscard]] bool hasEveryClass(const RowExplanationView &row);

/// The contributions for `classIndex`, sorted by |contribution| descending; the shown class
/// when the explanation holds no per-class values.
[[nodiscard]] QVector<ContributionView> contributionsForClass(const RowExplanationView &row,
                                                              int classIndex);
[[nodiscard]] double baseForClass(const RowExplanationView &row, int classIndex);
[[nodiscard]] double outputForClass(const RowExplanationView &row, int classIndex);

/// A 1, 2 or 5 × 10^k step giving at most `maxTicks` intervals over `span`.
[[nodiscard]] double niceTickStep(double span, int maxTicks);

/// Blue for a low feature value through purple to red for a high one; grey for NaN.
[[nodiscard]] QColor featureValueColour(double normalized);

} // namespace cohort::ui
