#include "bridge/version_views.h"

#include <QCoreApplication>

#include <map>

#include <nlohmann/json.hpp>

#include "eval/version_metrics.h"

namespace cohort::app
{

namespace
{

using nlohmann::json;

// An unreadable record leaves every figure unknown (NaN), as a record without metrics does.
engine::VersionMetrics metricsOf(const std::string &text)
{
    engine::Result<engine::VersionMetrics> metrics = engine::versionMetricsFromJson(text);
    return metrics ? std::move(metrics).value() : engine::VersionMetrics();
}

json parsed(const std::string &text)
{
    return json::parse(text, nullptr, false);
}

QString pretty(const std::string &text)
{
    const json value = parsed(text);
    return QString::fromStdString(value.is_discarded() ? text : value.dump(2));
}

// The member `key` of an object, when it is a number / a string; nullopt otherwise.
std::optional<double> numberAt(const json &object, const char *key)
{
    if (!object.is_object() || !object.contains(key) || !object.at(key).is_number())
        return std::nullopt;
    return object.at(key).get<double>();
}

QString textAt(const json &object, const char *key)
{
    if (!object.is_object() || !object.contains(key) || !object.at(key).is_string())
        return {};
    return QString::fromStdString(object.at(key).get<std::string>());
}

void fillModel(ui::VersionView &view, const json &spec)
{
    view.modelKind = textAt(spec, "kind");
    if (spec.is_object() && spec.contains("hidden_layers") && spec.at("hidden_layers").is_array())
        for (const json &width : spec.at("hidden_layers"))
            if (width.is_number_integer())
                view.hiddenLayers << width.get<int>();
    view.dropout = numberAt(spec, "dropout").value_or(qQNaN());
}

void fillTraining(ui::VersionView &view, const json &config)
{
    view.epochs = static_cast<int>(numberAt(config, "epochs").value_or(-1));
    view.learningRate = numberAt(config, "learning_rate").value_or(qQNaN());
    view.batchSize = static_cast<int>(numberAt(config, "batch_size").value_or(-1));
    view.optimizer = textAt(config, "optimizer");
    view.strategy = textAt(config, "strategy");
}

void fillPipeline(ui::VersionView &view, const json &pipeline)
{
    view.target = textAt(pipeline, "target");
    if (!pipeline.is_object() || !pipeline.contains("features"))
        return;
    const json &features = pipeline.at("features");
    if (features.is_object() && features.contains("columns") && features.at("columns").is_array())
        for (const json &column : features.at("columns"))
            if (const QString name = textAt(column, "name"); !name.isEmpty())
                view.columns << name;
}

QString datasetText(const ui::VersionView &view, const engine::ModelVersionRecord &version,
                    const VersionSources &sources)
{
    if (sources.dataset)
        return QCoreApplication::translate("cohort::app::RegistryController",
                                           "Dataset %1 in the registry: %2, %3")
            .arg(QString::number(sources.dataset->id),
                 QString::fromStdString(sources.dataset->name),
                 QString::fromStdString(sources.dataset->path));
    if (version.datasetId)
        return QCoreApplication::translate("cohort::app::RegistryController",
                                           "Dataset %1 in the registry")
            .arg(*version.datasetId);
    return QCoreApplication::translate("cohort::app::RegistryController",
                                       "No dataset recorded (%1)")
        .arg(view.origin);
}

} // namespace

ui::VersionView versionViewOf(const engine::ModelVersionRecord &version,
                              std::optional<std::int64_t> active, const VersionSources &sources)
{
    const engine::VersionMetrics metrics = metricsOf(version.metricsJson);
    ui::VersionView view;
    view.id = version.id;
    view.name = QString::fromStdString(version.name);
    view.origin = QString::fromStdString(engine::toString(version.origin));
    view.round = version.round.value_or(-1);
    // A federation run is known by its name: a hub stores each round under it and resumes the
    // run by it (FederationRoundRecord::runName).
    if (version.origin == engine::ModelOrigin::Federated && version.round)
        view.run = view.name;
    view.created = QDateTime::fromString(QString::fromStdString(version.createdAt), Qt::ISODate);
    view.accuracy = metrics.accuracy;
    view.balancedAccuracy = metrics.balancedAccuracy;
    view.macroF1 = metrics.macroF1;
    view.rocAuc = metrics.rocAuc;
    view.evaluatedRows = metrics.samples > 0 ? metrics.samples : -1;
    view.parentId = version.parentId.value_or(0);
    view.active = active && *active == version.id;
    fillModel(view, parsed(version.specJson));
    fillPipeline(view, parsed(version.preprocessingJson));
    if (sources.run)
        fillTraining(view, parsed(sources.run->configJson));
    if (sources.dataset)
        view.datasetRows = sources.dataset->rows;
    view.specText = pretty(version.specJson);
    view.preprocessingText = pretty(version.preprocessingJson);
    view.datasetText = datasetText(view, version, sources);
    // The record as stored, without its ROC curves: they hold thousands of points, and the
    // Evaluate page draws them, which keeps the details pane light.
    json figures = parsed(version.metricsJson);
    if (figures.is_object())
        figures.erase("roc_curves");
    view.metricsText =
        QString::fromStdString(figures.is_discarded() ? version.metricsJson : figures.dump(2));
    return view;
}

engine::Result<QVector<ui::VersionView>> listVersionViews(engine::ModelRegistry &registry)
{
    // One query for every version's details; no weight blob is read.
    const auto versions = registry.listVersionDetails();
    if (!versions)
        return versions.error();
    const auto active = registry.activeVersion();
    const std::optional<std::int64_t> activeId = active ? active.value() : std::nullopt;
    // Each run and dataset is read once, however many versions name it.
    std::map<std::int64_t, std::optional<engine::TrainingRunRecord>> runs;
    std::map<std::int64_t, std::optional<engine::DatasetRecord>> datasets;
    QVector<ui::VersionView> views;
    for (const engine::ModelVersionRecord &version : versions.value())
    {
        VersionSources sources;
        if (version.runId)
        {
            if (!runs.contains(*version.runId))
            {
                auto run = registry.loadRun(*version.runId);
                runs[*version.runId] = run ? std::optional(std::move(run).value()) : std::nullopt;
            }
            sources.run = runs.at(*version.runId);
        }
        if (version.datasetId)
        {
            if (!datasets.contains(*version.datasetId))
            {
                auto dataset = registry.loadDataset(*version.datasetId);
                datasets[*version.datasetId] =
                    dataset ? std::optional(std::move(dataset).value()) : std::nullopt;
            }
            sources.dataset = datasets.at(*version.datasetId);
        }
        views.append(versionViewOf(version, activeId, sources));
    }
    return views;
}

} // namespace cohort::app
