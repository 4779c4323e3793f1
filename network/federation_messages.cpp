#include "network/federation_messages.h"

#include <nlohmann/json.hpp>

namespace cohort::net
{

namespace
{

cohort::wire::FeatureColumn::Type wireType(engine::ColumnKind kind)
{
    switch (kind)
    {
    case engine::ColumnKind::Boolean:
        return cohort::wire::FeatureColumn::BOOLEAN;
    case engine::ColumnKind::Categorical:
        return cohort::wire::FeatureColumn::CATEGORICAL;
    default:
        return cohort::wire::FeatureColumn::NUMERIC;
    }
}

} // namespace

cohort::wire::FederationSettings toSettings(const FederationPlan &plan)
{
    cohort::wire::FederationSettings settings;
    for (const engine::FeatureSpec &feature : plan.schema.features)
    {
        cohort::wire::FeatureColumn *column = settings.add_features();
        column->set_name(feature.name);
        column->set_type(wireType(feature.kind));
        for (const std::string &category : feature.categories)
            column->add_categories(category);
    }
    settings.set_target(plan.schema.target);
    for (const std::string &name : plan.schema.classNames)
        settings.add_class_names(name);
    settings.set_rounds(static_cast<std::uint32_t>(plan.rounds));
    settings.set_strategy(plan.strategy);
    settings.set_proximal_mu(plan.proximalMu);
    settings.set_model_spec_json(plan.modelSpecJson);
    return settings;
}

engine::Result<FederationPlan> planFromSettings(const cohort::wire::FederationSettings &settings)
{
    // The engine's JSON reader checks every rule of a schema; reuse it for the wire form.
    nlohmann::json json = {{"target", settings.target()},
                           {"class_names", std::vector<std::string>(settings.class_names().begin(),
                                                                    settings.class_names().end())},
                           {"features", nlohmann::json::array()}};
    for (const cohort::wire::FeatureColumn &column : settings.features())
    {
        const char *kind = column.type() == cohort::wire::FeatureColumn::BOOLEAN ? "boolean"
                           : column.type() == cohort::wire::FeatureColumn::CATEGORICAL
                               ? "categorical"
                               : "numeric";
        json["features"].push_back(
            {{"name", column.name()},
             {"kind", kind},
             {"categories",
              std::vector<std::string>(column.categories().begin(), column.categories().end())}});
    }
    engine::Result<engine::FederationSchema> schema = engine::federationSchemaFromJson(json);
    if (!schema)
        return schema.error();
    FederationPlan plan;
    plan.schema = std::move(schema).value();
    plan.rounds = static_cast<int>(settings.rounds());
    plan.strategy = settings.strategy();
    plan.proximalMu = settings.proximal_mu();
    plan.modelSpecJson = settings.model_spec_json();
    return plan;
}

cohort::wire::StatisticsResult toStatistics(const engine::SiteSummary &summary)
{
    cohort::wire::StatisticsResult result;
    result.set_row_count(summary.rows);
    for (const engine::NumericSummary &numeric : summary.numeric)
    {
        cohort::wire::NumericColumnStatistics *column = result.add_numeric_columns();
        column->set_name(numeric.name);
        column->set_count(numeric.count);
        column->set_sum(numeric.sum);
        column->set_sum_of_squares(numeric.sumOfSquares);
        column->set_min(numeric.minimum);
        column->set_max(numeric.maximum);
        for (const auto &[value, weight] : numeric.sketch)
        {
            cohort::wire::QuantileSketchPoint *point = column->add_sketch();
            point->set_value(value);
            point->set_weight(weight);
        }
    }
    for (const auto &[label, count] : summary.classCounts)
    {
        cohort::wire::CategoryCount *entry = result.add_class_counts();
        entry->set_category(label);
        entry->set_count(count);
    }
    for (const engine::CategoricalSummary &categorical : summary.categorical)
    {
        cohort::wire::CategoricalColumnStatistics *column = result.add_categorical_columns();
        column->set_name(categorical.name);
        for (const auto &[category, count] : categorical.counts)
        {
            cohort::wire::CategoryCount *entry = column->add_categories();
            entry->set_category(category);
            entry->set_count(count);
        }
    }
    return result;
}

engine::SiteSummary summaryFromStatistics(const cohort::wire::StatisticsResult &result)
{
    engine::SiteSummary summary;
    summary.rows = result.row_count();
    for (const cohort::wire::NumericColumnStatistics &column : result.numeric_columns())
    {
        engine::NumericSummary numeric;
        numeric.name = column.name();
        numeric.count = column.count();
        numeric.sum = column.sum();
        numeric.sumOfSquares = column.sum_of_squares();
        numeric.minimum = column.min();
        numeric.maximum = column.max();
        for (const cohort::wire::QuantileSketchPoint &point : column.sketch())
            numeric.sketch.emplace_back(point.value(), point.weight());
        summary.numeric.push_back(std::move(numeric));
    }
    for (const cohort::wire::CategoricalColumnStatistics &column : result.categorical_columns())
    {
        engine::CategoricalSummary categorical;
        categorical.name = column.name();
        for (const cohort::wire::CategoryCount &entry : column.categories())
            categorical.counts[entry.category()] += entry.count();
        summary.categorical.push_back(std::move(categorical));
    }
    for (const cohort::wire::CategoryCount &entry : result.class_counts())
    {
        if (entry.count() > 0) // a peer's message: a negative count would skew the majority
            summary.classCounts[entry.category()] += entry.count();
    }
    return summary;
}

engine::Result<std::vector<std::vector<long>>>
confusionFromEvaluation(const cohort::wire::EvaluateResult &result)
{
    const std::size_t classes = result.class_count();
    if (classes < 2 || static_cast<std::size_t>(result.confusion_size()) != classes * classes)
        return engine::makeError(engine::ErrorCode::InvalidInput,
                                 "the evaluation's confusion counts do not fit its class count");
    std::vector<std::vector<long>> confusion(classes, std::vector<long>(classes, 0));
    for (std::size_t i = 0; i < classes * classes; ++i)
        confusion[i / classes][i % classes] =
            static_cast<long>(result.confusion(static_cast<int>(i)));
    return confusion;
}

cohort::wire::Envelope makeEnvelope(const std::string &runId, const std::string &sender,
                                    std::uint64_t round, std::uint64_t messageId)
{
    cohort::wire::Envelope envelope;
    envelope.set_run_id(runId);
    envelope.set_sender(sender);
    envelope.set_group_id(round);
    envelope.set_message_id(messageId);
    return envelope;
}

} // namespace cohort::net
