// Conversions between the engine's federation values (schema, site summaries, evaluation
// counts) and their wire messages, and the envelope builders both roles use.
#pragma once

#include <string>
#include <vector>

#include "core/result.h"
#include "fl/federated_preprocessing.h"
#include "fl/federation_schema.h"
#include "proto/cohort.pb.h"

namespace cohort::net
{

/// The settings a hub sends in Welcome.
struct FederationPlan
{
    engine::FederationSchema schema;
    int rounds = 0;
    std::string strategy;
    double proximalMu = 0.0;
    std::string modelSpecJson;
};

[[nodiscard]] cohort::wire::FederationSettings toSettings(const FederationPlan &plan);
/// The plan in a Welcome; a peer's message, so every part is checked.
[[nodiscard]] engine::Result<FederationPlan>
planFromSettings(const cohort::wire::FederationSettings &settings);

[[nodiscard]] cohort::wire::StatisticsResult toStatistics(const engine::SiteSummary &summary);
[[nodiscard]] engine::SiteSummary
summaryFromStatistics(const cohort::wire::StatisticsResult &result);

/// The row-major confusion counts of an EvaluateResult as a matrix; InvalidInput when the
/// count does not fit class_count.
[[nodiscard]] engine::Result<std::vector<std::vector<long>>>
confusionFromEvaluation(const cohort::wire::EvaluateResult &result);

/// An Envelope from `sender` in `runId`, round `round`, with the next message id of the caller.
[[nodiscard]] cohort::wire::Envelope makeEnvelope(const std::string &runId,
                                                  const std::string &sender, std::uint64_t round,
                                                  std::uint64_t messageId);

} // namespace cohort::net
