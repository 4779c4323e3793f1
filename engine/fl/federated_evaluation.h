// Federated evaluation: each site reports the confusion matrix and mean loss of the shared
// model on its own rows, and the hub adds them up into the federation's metrics.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/result.h"

namespace cohort::engine
{

/// One site's evaluation of the global model: loss is the mean over its samples.
struct SiteEvaluation
{
    std::string siteId;
    std::int64_t samples = 0;
    double loss = 0;
    std::vector<std::vector<long>> confusion; // [true class][predicted class]
};

/// Metrics of the pooled rows, defined as in computeClassificationMetrics: with no samples,
/// accuracy, balanced accuracy and loss are NaN; balanced accuracy averages the recall of the
/// classes present in the truth; macro F1 averages every class (0 for a class never predicted
/// and never true).
struct FederatedEvaluation
{
    std::int64_t samples = 0;
    double loss = 0;
    double accuracy = 0;
    double balancedAccuracy = 0;
    double macroF1 = 0;
    std::vector<std::vector<long>> confusion; // [true class][predicted class], summed
    std::vector<std::pair<std::string, double>> siteAccuracy; // in the sites' order; NaN if empty
};

/// Sums the sites' confusion matrices (sample-weighted loss) into global metrics, keeps
/// per-site accuracy. InvalidInput when there are no sites or fewer than two classes, a site
/// reports twice, or a site's matrix is not classCount x classCount, has a negative cell, does
/// not add up to its samples, or comes with a loss that is negative or not finite.
[[nodiscard]] Result<FederatedEvaluation>
combineEvaluations(const std::vector<SiteEvaluation> &sites, std::size_t classCount);

/// The confusion matrix of `probabilities` (n x classCount, row-major) against `truth` (argmax,
/// ties to the lowest index). Rows whose class is outside [0, classCount), such as
/// encodeLabels' -1 for a missing or unknown class, are left out, as are truth rows without a
/// full row of probabilities.
[[nodiscard]] std::vector<std::vector<long>>
confusionMatrix(const std::vector<int> &truth, const std::vector<float> &probabilities,
                std::size_t classCount);

} // namespace cohort::engine
