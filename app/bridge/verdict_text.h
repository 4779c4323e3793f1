// A trained or evaluated model's verdict for the Train and Evaluate pages: the widgets' judge
// (balanced accuracy, every class, few cases) fed from the engine's metrics, in the user's
// language.
#pragma once

#include "eval/classification_metrics.h"
#include "widgets/model_verdict.h"

namespace cohort::app
{

[[nodiscard]] ui::VerdictFigures verdictFiguresOf(const engine::ClassificationMetrics &metrics);

/// The verdict's headline and detail as one text, and its level.
[[nodiscard]] std::pair<QString, ui::Verdict::Level>
verdictOf(const engine::ClassificationMetrics &metrics);

} // namespace cohort::app
