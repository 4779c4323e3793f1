#include "eval/version_metrics.h"

#include <cmath>
#include <limits>

#include <nlohmann/json.hpp>

namespace cohort::engine
{

namespace
{

constexpr double kUnknown = std::numeric_limits<double>::quiet_NaN();

nlohmann::json number(double value)
{
    return std::isfinite(value) ? nlohmann::json(value) : nlohmann::json();
}

double numberAt(const nlohmann::json &json, const char *key)
{
    const auto found = json.find(key);
    return found != json.end() && found->is_number() ? found->get<double>() : kUnknown;
}

MetricsScope scopeFrom(const nlohmann::json &json)
{
    const auto found = json.find("scope");
    // Older hub rounds wrote no scope but always a train loss; local runs wrote neither.
    if (found == json.end() || !found->is_string())
        return json.contains("site_accuracy") || json.contains("train_loss")
                   ? MetricsScope::FederatedEvaluation
                   : MetricsScope::TestRows;
    const std::string text = found->get<std::string>();
    if (text == toString(MetricsScope::FederatedEvaluation))
        return MetricsScope::FederatedEvaluation;
    // Older sites and peers wrote "this site's evaluation rows" or "this peer's ...".
    if (text == toString(MetricsScope::SiteEvaluationRows) || text.rfind("this ", 0) == 0)
        return MetricsScope::SiteEvaluationRows;
    return MetricsScope::TestRows;
}

} // namespace

std::string toString(MetricsScope scope)
{
    switch (scope)
    {
    case MetricsScope::TestRows:
        return "test rows";
    case MetricsScope::FederatedEvaluation:
        return "federated evaluation";
    case MetricsScope::SiteEvaluationRows:
        return "site evaluation rows";
    }
    return "test rows";
}

VersionMetrics::VersionMetrics()
    : accuracy(kUnknown)
    , balancedAccuracy(kUnknown)
    , macroF1(kUnknown)
    , logLoss(kUnknown)
    , rocAuc(kUnknown)
    , trainLoss(kUnknown)
    , baselineAccuracy(kUnknown)
{
}

VersionMetrics versionMetricsOf(const ClassificationMetrics &metrics)
{
    VersionMetrics out;
    out.scope = MetricsScope::TestRows;
    out.samples = metrics.sampleCount;
    out.accuracy = metrics.accuracy;
    out.balancedAccuracy = metrics.balancedAccuracy;
    out.macroF1 = metrics.macroF1;
    out.logLoss = metrics.logLoss;
    out.rocAuc = metrics.rocAuc;
    out.baselineAccuracy = metrics.baselineAccuracy;
    out.baselineClass = metrics.baselineClass;
    out.confusion = metrics.confusion;
    out.classification = metrics;
    return out;
}

VersionMetrics versionMetricsOf(const FederatedEvaluation &evaluation, MetricsScope scope,
                                int baselineClass)
{
    VersionMetrics out;
    out.scope = scope;
    out.samples = evaluation.samples;
    out.accuracy = evaluation.accuracy;
    out.balancedAccuracy = evaluation.balancedAccuracy;
    out.macroF1 = evaluation.macroF1;
    out.logLoss = evaluation.loss;
    out.baselineClass = baselineClass;
    out.confusion = evaluation.confusion;
    out.siteAccuracy = evaluation.siteAccuracy;
    const auto row = static_cast<std::size_t>(baselineClass);
    if (evaluation.samples > 0 && row < evaluation.confusion.size())
    {
        long baselineRows = 0;
        for (const long count : evaluation.confusion[row])
            baselineRows += count;
        out.baselineAccuracy =
            static_cast<double>(baselineRows) / static_cast<double>(evaluation.samples);
    }
    return out;
}

nlohmann::json toJson(const VersionMetrics &metrics)
{
    // A test split keeps its full metrics (per class, ROC curves) under the same keys.
    nlohmann::json json =
        metrics.classification ? toJson(*metrics.classification) : nlohmann::json::object();
    json["scope"] = toString(metrics.scope);
    json["samples"] = metrics.samples;
    json["accuracy"] = number(metrics.accuracy);
    json["balanced_accuracy"] = number(metrics.balancedAccuracy);
    json["macro_f1"] = number(metrics.macroF1);
    json["log_loss"] = number(metrics.logLoss);
    json["roc_auc"] = number(metrics.rocAuc);
    json["train_loss"] = number(metrics.trainLoss);
    json["baseline_accuracy"] = number(metrics.baselineAccuracy);
    json["baseline_class_index"] = metrics.baselineClass;
    json["confusion"] = metrics.confusion;
    if (!metrics.siteAccuracy.empty())
    {
        nlohmann::json sites = nlohmann::json::object();
        for (const auto &[site, accuracy] : metrics.siteAccuracy)
            sites[site] = number(accuracy);
        json["site_accuracy"] = sites;
    }
    return json;
}

Result<VersionMetrics> versionMetricsFromJson(const std::string &text)
{
    const nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
    if (json.is_discarded() || !json.is_object())
        return makeError(ErrorCode::InvalidInput, "the stored metrics are not a JSON object");
    VersionMetrics metrics;
    metrics.scope = scopeFrom(json);
    if (const auto samples = json.find("samples"); samples != json.end() && samples->is_number())
        metrics.samples = samples->get<std::int64_t>();
    metrics.accuracy = numberAt(json, "accuracy");
    metrics.balancedAccuracy = numberAt(json, "balanced_accuracy");
    metrics.macroF1 = numberAt(json, "macro_f1");
    metrics.logLoss = numberAt(json, "log_loss");
    metrics.rocAuc = numberAt(json, "roc_auc");
    metrics.trainLoss = numberAt(json, "train_loss");
    metrics.baselineAccuracy = numberAt(json, "baseline_accuracy");
    if (const auto index = json.find("baseline_class_index");
        index != json.end() && index->is_number_integer())
        metrics.baselineClass = index->get<int>();
    if (const auto confusion = json.find("confusion"); confusion != json.end())
    {
        try
        {
            metrics.confusion = confusion->get<std::vector<std::vector<long>>>();
        }
        catch (const nlohmann::json::exception &)
        {
            metrics.confusion.clear();
        }
    }
    if (const auto sites = json.find("site_accuracy"); sites != json.end() && sites->is_object())
        for (const auto &[site, accuracy] : sites->items())
            metrics.siteAccuracy.emplace_back(site, accuracy.is_number() ? accuracy.get<double>()
                                                                         : kUnknown);
    if (json.contains("per_class") && json.contains("class_names"))
    {
        try
        {
            metrics.classification = metricsFromJson(json);
            metrics.baselineClass = metrics.classification->baselineClass;
        }
        catch (const std::exception &)
        {
            metrics.classification.reset(); // an older or damaged record: the figures remain
        }
    }
    return metrics;
}

} // namespace cohort::engine
