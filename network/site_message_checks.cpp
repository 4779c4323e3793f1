#include "network/site_message_checks.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <limits>

namespace cohort::net
{

using engine::Reason;
using engine::ReasonCode;

std::optional<int> roundNumber(std::uint64_t wireRound)
{
    if (wireRound > static_cast<std::uint64_t>(std::numeric_limits<int>::max()))
        return std::nullopt;
    return static_cast<int>(wireRound);
}

std::optional<engine::Reason> refuseStatistics(const engine::SiteSummary &summary,
                                            std::int64_t evaluationRows,
                                            const engine::FederationSchema &schema)
{
    if (summary.rows < 1)
        return Reason{ReasonCode::DeclaredTrainingRows, {std::to_string(summary.rows)}};
    if (evaluationRows < 0)
        return Reason{ReasonCode::DeclaredEvaluationRows, {std::to_string(evaluationRows)}};
    // Only the federation's columns, once each, and no more categories than rows: what a hub
    // keeps per site stays in proportion with the federation, not with what a client sends.
    std::set<std::string> seen;
    const auto known = [&](const std::string &name)
    {
        return std::any_of(schema.features.begin(), schema.features.end(),
                           [&](const engine::FeatureSpec &f) { return f.name == name; });
    };
    for (const engine::NumericSummary &column : summary.numeric)
        if (!known(column.name) || !seen.insert(column.name).second)
            return Reason{ReasonCode::StatisticsOfUnknownColumn, {column.name}};
    for (const engine::CategoricalSummary &column : summary.categorical)
    {
        if (!known(column.name) || !seen.insert(column.name).second)
            return Reason{ReasonCode::StatisticsOfUnknownColumn, {column.name}};
        if (static_cast<std::int64_t>(column.counts.size()) > summary.rows)
            return Reason{ReasonCode::MoreCategoriesThanRows, {column.name}};
    }
    if (static_cast<std::int64_t>(summary.classCounts.size()) > summary.rows)
        return Reason{ReasonCode::MoreClassesThanRows, {}};
    std::int64_t classRows = 0;
    for (const auto &[name, count] : summary.classCounts)
    {
        classRows += count;
        if (classRows > summary.rows)
            return Reason{ReasonCode::ClassRowsExceedTraining, {std::to_string(summary.rows)}};
    }
    // The same checks the hub's merge makes, on this site alone, so that one site's bad
    // numbers are that site's refusal and never the federation's failure.
    engine::Result<engine::SiteSummary> alone = engine::mergeSummaries({summary}, schema);
    if (!alone)
    {
        std::string message = alone.error().message;
        const std::string prefix = "the summary of site 1 ";
        if (message.rfind(prefix, 0) == 0)
            message = "sent statistics that " + message.substr(prefix.size());
        return engine::unworded(message);
    }
    return std::nullopt;
}

std::optional<engine::Reason> refuseFitResult(const cohort::wire::FitResult &result,
                                           const DeclaredRows &declared)
{
    if (result.sample_count() < 1 || result.sample_count() > declared.training)
        return Reason{ReasonCode::FitRowsOutOfBounds,
                      {std::to_string(result.sample_count()), std::to_string(declared.training)}};
    if (!std::isfinite(result.train_loss()) || result.train_loss() < 0.0)
        return Reason{ReasonCode::FitLossNotFinite, {}};
    return std::nullopt;
}

std::optional<engine::Reason> refuseEvaluation(const cohort::wire::EvaluateResult &result,
                                            const DeclaredRows &declared)
{
    const std::int64_t bound = declared.evaluation > 0 ? declared.evaluation : declared.training;
    if (result.sample_count() < 1 || result.sample_count() > bound)
        return Reason{ReasonCode::EvaluationRowsOutOfBounds,
                      {std::to_string(result.sample_count()), std::to_string(bound)}};
    if (!std::isfinite(result.loss()) || result.loss() < 0.0)
        return Reason{ReasonCode::EvaluationLossNotFinite, {}};
    std::int64_t total = 0;
    for (const std::int64_t count : result.confusion())
    {
        if (count < 0 || count > result.sample_count())
            return Reason{ReasonCode::ConfusionCountOutside, {}};
        total += count;
    }
    if (total != result.sample_count())
        return Reason{ReasonCode::ConfusionSumWrong,
                      {std::to_string(total), std::to_string(result.sample_count())}};
    return std::nullopt;
}

} // namespace cohort::net
