// VersionMetrics: what every stored model version says about its quality, whatever made it (a
// local training run, a hub's round, a site or peer keeping its final model). One typed
// record with one JSON form, so readers never guess at shapes.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/result.h"
#include "eval/classification_metrics.h"
#include "fl/federated_evaluation.h"

namespace cohort::engine
{

/// Which rows the figures come from.
enum class MetricsScope
{
    TestRows,            // the held-out test rows of a local training run
    FederatedEvaluation, // every site's evaluation rows, pooled by the hub
    SiteEvaluationRows,  // one site's or peer's own evaluation rows
};

[[nodiscard]] std::string toString(MetricsScope scope);

struct VersionMetrics
{
    MetricsScope scope = MetricsScope::TestRows;
    std::int64_t samples = 0;
    double accuracy;         // NaN when unknown, for every figure below
    double balancedAccuracy;
    double macroF1;
    double logLoss;
    double rocAuc;           // only from a test split with probabilities
    double trainLoss;        // federated rounds: the sites' sample-weighted training loss
    double baselineAccuracy; // always answering the baseline class, on the same rows
    int baselineClass = 0;
    std::vector<std::vector<long>> confusion;                 // [true][predicted]
    std::vector<std::pair<std::string, double>> siteAccuracy; // federated evaluation only
    std::optional<ClassificationMetrics> classification;      // a test split's full metrics

    VersionMetrics();
};

/// The full metrics of a local run's test rows.
[[nodiscard]] VersionMetrics versionMetricsOf(const ClassificationMetrics &metrics);
/// Pooled or single-site evaluation counts; the baseline accuracy follows from the confusion.
[[nodiscard]] VersionMetrics versionMetricsOf(const FederatedEvaluation &evaluation,
                                              MetricsScope scope, int baselineClass);

[[nodiscard]] nlohmann::json toJson(const VersionMetrics &metrics);
/// Reads every shape stored so far (older versions may lack keys: those figures are NaN);
/// InvalidInput for text that is not a JSON object.
[[nodiscard]] Result<VersionMetrics> versionMetricsFromJson(const std::string &text);

} // namespace cohort::engine
