// Checks of what a site sends the hub, beyond being well-formed: numbers within what the site
// declared (its training and evaluation rows), finite values, round numbers the hub can hold.
// Each refusal says in words what is wrong, for the log and for the site.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/reason.h"
#include "fl/federated_preprocessing.h"
#include "fl/federation_schema.h"
#include "proto/cohort.pb.h"

namespace cohort::net
{

/// What a site declared with its statistics, to bound its later answers.
struct DeclaredRows
{
    std::int64_t training = 0;
    std::int64_t evaluation = 0; // 0 when an older site did not say: bounded by training rows
};

/// A round number from the wire as the hub counts rounds; nothing when it is out of range.
[[nodiscard]] std::optional<int> roundNumber(std::uint64_t wireRound);

/// Why the statistics cannot be used (inconsistent, not finite, columns missing); nothing
/// when they can.
[[nodiscard]] std::optional<engine::Reason> refuseStatistics(const engine::SiteSummary &summary,
                                                          std::int64_t evaluationRows,
                                                          const engine::FederationSchema &schema);

/// Why a fit result cannot be used: a sample count outside 1..declared training rows, a
/// training loss that is not a finite number.
[[nodiscard]] std::optional<engine::Reason> refuseFitResult(const cohort::wire::FitResult &result,
                                                         const DeclaredRows &declared);

/// Why an evaluation cannot be used: more rows than declared, counts that do not add up to
/// its rows, negative counts, a loss that is not a finite number.
[[nodiscard]] std::optional<engine::Reason>
refuseEvaluation(const cohort::wire::EvaluateResult &result, const DeclaredRows &declared);

} // namespace cohort::net
