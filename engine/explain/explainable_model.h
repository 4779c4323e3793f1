// ExplainableModel: a classifier as the explainer sees it: a batch of encoded rows in, class
// probabilities out, plus how the inputs group into original columns. TrainedModel is one
// adapter; tests plug in hand-written models they can reason about.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "data/feature_matrix.h"
#include "explain/column_groups.h"
#include "model/trained_model.h"

namespace cohort::engine
{

/// Row-major rows x classes outputs for a batch of encoded rows.
using ProbabilityFunction = std::function<std::vector<float>(const FeatureMatrix &)>;

struct ExplainableModel
{
    ProbabilityFunction predict;
    ColumnGroups groups;
    std::vector<std::string> classNames; // one output per class
};

/// The adapter for a trained model. It refers to `model`, which must outlive it.
[[nodiscard]] ExplainableModel explainableModel(const TrainedModel &model);

} // namespace cohort::engine
