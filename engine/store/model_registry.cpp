#include "store/model_registry.h"

#include <limits>
#include <span>
#include <utility>

namespace cohort::engine
{

namespace
{

// A query on model_versions whose first eight columns make a ModelVersionSummary (readSummary);
// with `withWeights` the next five complete a ModelVersionRecord (readVersion).
// How much of a version a query reads: the summary, everything but the weights, or all.
enum class VersionColumns
{
    Summary,
    Details,
    All,
};

std::string versionQuery(VersionColumns columns, std::string_view tail)
{
    std::string sql = "SELECT id, parent_id, origin, round, name, created_at, metrics_json, "
                      "parameter_count";
    if (columns != VersionColumns::Summary)
        sql += ", run_id, dataset_id, spec_json, preprocessing_json";
    if (columns == VersionColumns::All)
        sql += ", weights";
    return sql + " FROM model_versions " + std::string(tail);
}

Error notFound(const std::string &what, std::int64_t id, const std::string &path,
               std::string hint = {})
{
    return databaseError(ErrorCode::NotFound, what + " " + std::to_string(id) + " does not exist",
                         path, std::move(hint));
}

// A NotFound error when `id` is set but names no row of `table`.
std::optional<Error> missingReference(SqliteDatabase &database, const std::string &path,
                                      std::string_view table, const std::string &what,
                                      std::optional<std::int64_t> id)
{
    if (!id)
        return std::nullopt;
    SqliteStatement query(database, "SELECT 1 FROM " + std::string(table) + " WHERE id = ?1");
    query.bind(1, *id);
    if (query.step())
        return std::nullopt;
    return notFound(what, *id, path);
}

Error damagedVersion(std::int64_t id, const std::string &reason, const std::string &path)
{
    return databaseError(ErrorCode::Io,
                         "model version " + std::to_string(id) + " is damaged: " + reason, path);
}

double columnMetric(const SqliteStatement &row, int column)
{
    return row.isNull(column) ? std::numeric_limits<double>::quiet_NaN() : row.columnDouble(column);
}

Result<ModelVersionSummary> readSummary(const SqliteStatement &row, const std::string &path)
{
    ModelVersionSummary summary;
    summary.id = row.columnInt64(0);
    const Result<ModelOrigin> origin = modelOriginFromString(row.columnText(2));
    if (!origin)
        return damagedVersion(summary.id, origin.error().message, path);
    summary.parentId = row.columnOptionalInt64(1);
    summary.origin = origin.value();
    if (const auto round = row.columnOptionalInt64(3))
        summary.round = static_cast<int>(*round);
    summary.name = row.columnText(4);
    summary.createdAt = row.columnText(5);
    summary.metricsJson = row.columnText(6);
    summary.parameterCount = row.columnInt64(7);
    return summary;
}

// A row of a Details or All query; the weights are read (and checked) with All only.
Result<ModelVersionRecord> readVersion(const SqliteStatement &row, const std::string &path,
                                       VersionColumns columns = VersionColumns::All)
{
    Result<ModelVersionSummary> summary = readSummary(row, path);
    if (!summary)
        return summary.error();
    const std::int64_t count = summary->parameterCount;
    const bool withWeights = columns == VersionColumns::All;
    const std::size_t bytes = withWeights ? row.columnBlob(12).size() : 0;
    if (withWeights && (count < 0 || bytes != static_cast<std::size_t>(count) * sizeof(float)))
        return damagedVersion(summary->id,
                              std::to_string(bytes) + " bytes of weights for "
                                  + std::to_string(count) + " parameters",
                              path);
    ModelVersionRecord version;
    version.id = summary->id;
    version.parentId = summary->parentId;
    version.origin = summary->origin;
    version.round = summary->round;
    version.name = std::move(summary->name);
    version.createdAt = std::move(summary->createdAt);
    version.metricsJson = std::move(summary->metricsJson);
    version.runId = row.columnOptionalInt64(8);
    version.datasetId = row.columnOptionalInt64(9);
    version.specJson = row.columnText(10);
    version.preprocessingJson = row.columnText(11);
    if (withWeights)
        version.weights = row.columnFloats(12);
    return version;
}

} // namespace

std::string toString(ModelOrigin origin)
{
    switch (origin)
    {
    case ModelOrigin::Local:
        return "local";
    case ModelOrigin::Centralized:
        return "centralized";
    case ModelOrigin::Federated:
        return "federated";
    }
    // An out-of-range value; the schema's CHECK constraint refuses to store it.
    return "unknown";
}

Result<ModelOrigin> modelOriginFromString(const std::string &text)
{
    for (const ModelOrigin origin :
         {ModelOrigin::Local, ModelOrigin::Centralized, ModelOrigin::Federated})
    {
        if (text == toString(origin))
            return origin;
    }
    return makeError(ErrorCode::InvalidInput, "unknown model origin '" + text + "'",
                     "expected local, centralized or federated");
}

Result<std::int64_t> ModelRegistry::startRun(const TrainingRunRecord &run)
{
    return catchSqliteErrors(
        m_path,
        [&]() -> Result<std::int64_t>
        {
            SqliteTransaction transaction(m_database);
            if (auto missing =
                    missingReference(m_database, m_path, "datasets", "dataset", run.datasetId))
                return *missing;
            SqliteStatement insert(m_database,
                                   "INSERT INTO training_runs (dataset_id, config_json, "
                                   "status) VALUES (?1, ?2, 'running')");
            insert.bindAll(run.datasetId, run.configJson);
            const std::int64_t id = insert.insert();
            transaction.commit();
            return id;
        });
}

Result<void> ModelRegistry::finishRun(std::int64_t runId, const std::string &status)
{
    if (status != "finished" && status != "failed" && status != "cancelled")
        return databaseError(ErrorCode::InvalidInput, "unknown final run status '" + status + "'",
                             m_path, "expected finished, failed or cancelled");
    return catchSqliteErrors(
        m_path,
        [&]() -> Result<void>
        {
            SqliteTransaction transaction(m_database);
            const Result<TrainingRunRecord> run = loadRun(runId);
            if (!run)
                return run.error();
            if (run->status != "running")
                return databaseError(ErrorCode::InvalidInput,
                                     "training run " + std::to_string(runId)
                                         + " has already ended (" + run->status + ")",
                                     m_path);
            SqliteStatement update(m_database,
                                   "UPDATE training_runs SET status = ?2, ended_at = "
                                   "strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?1");
            update.bindAll(runId, status);
            update.execute();
            transaction.commit();
            return {};
        });
}

Result<TrainingRunRecord> ModelRegistry::loadRun(std::int64_t runId)
{
    return catchSqliteErrors(m_path,
                             [&]() -> Result<TrainingRunRecord>
                             {
                                 SqliteStatement query(
                                     m_database,
                                     "SELECT id, dataset_id, config_json, status, started_at, "
                                     "ended_at FROM training_runs WHERE id = ?1");
                                 query.bind(1, runId);
                                 if (!query.step())
                                     return notFound("training run", runId, m_path);
                                 TrainingRunRecord run;
                                 run.id = query.columnInt64(0);
                                 run.datasetId = query.columnOptionalInt64(1);
                                 run.configJson = query.columnText(2);
                                 run.status = query.columnText(3);
                                 run.startedAt = query.columnText(4);
                                 run.endedAt = query.columnText(5);
                                 return run;
                             });
}

Result<void> ModelRegistry::addEpochMetric(const EpochMetricRecord &metric)
{
    return catchSqliteErrors(
        m_path,
        [&]() -> Result<void>
        {
            SqliteTransaction transaction(m_database);
            if (auto missing = missingReference(m_database, m_path, "training_runs", "training run",
                                                metric.runId))
                return *missing;
            SqliteStatement duplicate(
                m_database, "SELECT 1 FROM epoch_metrics WHERE run_id = ?1 AND epoch = ?2");
            duplicate.bindAll(metric.runId, metric.epoch);
            if (duplicate.step())
                return databaseError(ErrorCode::InvalidInput,
                                     "training run " + std::to_string(metric.runId)
                                         + " already has metrics for epoch "
                                         + std::to_string(metric.epoch),
                                     m_path);
            SqliteStatement insert(m_database,
                                   "INSERT INTO epoch_metrics (run_id, epoch, train_loss, "
                                   "validation_loss, train_accuracy, validation_accuracy) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
            insert.bindAll(metric.runId, metric.epoch, metric.trainLoss, metric.validationLoss,
                           metric.trainAccuracy, metric.validationAccuracy);
            insert.execute();
            transaction.commit();
            return {};
        });
}

Result<std::vector<EpochMetricRecord>> ModelRegistry::epochMetrics(std::int64_t runId)
{
    return catchSqliteErrors(
        m_path,
        [&]() -> Result<std::vector<EpochMetricRecord>>
        {
            if (auto missing =
                    missingReference(m_database, m_path, "training_runs", "training run", runId))
                return *missing;
            SqliteStatement query(
                m_database, "SELECT run_id, epoch, train_loss, validation_loss, train_accuracy, "
                            "validation_accuracy FROM epoch_metrics WHERE run_id = ?1 "
                            "ORDER BY epoch");
            query.bind(1, runId);
            std::vector<EpochMetricRecord> metrics;
            while (query.step())
            {
                metrics.push_back({query.columnInt64(0), static_cast<int>(query.columnInt64(1)),
                                   columnMetric(query, 2), columnMetric(query, 3),
                                   columnMetric(query, 4), columnMetric(query, 5)});
            }
            return metrics;
        });
}

Result<std::int64_t> ModelRegistry::insertVersion(const ModelVersionRecord &version)
{
    for (const std::optional<Error> &missing :
         {missingReference(m_database, m_path, "model_versions", "parent model version",
                           version.parentId),
          missingReference(m_database, m_path, "training_runs", "training run", version.runId),
          missingReference(m_database, m_path, "datasets", "dataset", version.datasetId)})
    {
        if (missing)
            return *missing;
    }
    SqliteStatement insert(m_database,
                           "INSERT INTO model_versions (parent_id, origin, round, run_id, "
                           "dataset_id, name, spec_json, preprocessing_json, metrics_json, "
                           "parameter_count, weights) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    insert.bindAll(version.parentId, toString(version.origin), version.round, version.runId,
                   version.datasetId, version.name, version.specJson, version.preprocessingJson,
                   version.metricsJson, static_cast<std::int64_t>(version.weights.size()));
    insert.bindFloats(11, version.weights);
    return insert.insert();
}

Result<std::int64_t> ModelRegistry::saveVersion(const ModelVersionRecord &version)
{
    return catchSqliteErrors(m_path,
                             [&]() -> Result<std::int64_t>
                             {
                                 SqliteTransaction transaction(m_database);
                                 Result<std::int64_t> id = insertVersion(version);
                                 if (id)
                                     transaction.commit();
                                 return id;
                             });
}

Result<ModelVersionRecord> ModelRegistry::loadVersion(std::int64_t id)
{
    return catchSqliteErrors(
        m_path,
        [&]() -> Result<ModelVersionRecord>
        {
            SqliteStatement query(m_database, versionQuery(VersionColumns::All, "WHERE id = ?1"));
            query.bind(1, id);
            if (!query.step())
                return notFound("model version", id, m_path,
                                "list the registry's versions to see which ids exist");
            return readVersion(query, m_path);
        });
}

Result<std::vector<ModelVersionSummary>> ModelRegistry::listVersions()
{
    return catchSqliteErrors(
        m_path,
        [&]() -> Result<std::vector<ModelVersionSummary>>
        {
            SqliteStatement query(m_database,
                                  versionQuery(VersionColumns::Summary, "ORDER BY id DESC"));
            std::vector<ModelVersionSummary> versions;
            while (query.step())
            {
                Result<ModelVersionSummary> summary = readSummary(query, m_path);
                if (!summary)
                    return summary.error();
                versions.push_back(std::move(summary).value());
            }
            return versions;
        });
}

Result<std::vector<ModelVersionRecord>> ModelRegistry::listVersionDetails()
{
    return catchSqliteErrors(m_path,
                             [&]() -> Result<std::vector<ModelVersionRecord>>
                             {
                                 SqliteStatement query(
                                     m_database,
                                     versionQuery(VersionColumns::Details, "ORDER BY id DESC"));
                                 std::vector<ModelVersionRecord> versions;
                                 while (query.step())
                                 {
                                     Result<ModelVersionRecord> version =
                                         readVersion(query, m_path, VersionColumns::Details);
                                     if (!version)
                                         return version.error();
                                     versions.push_back(std::move(version).value());
                                 }
                                 return versions;
                             });
}

Result<std::optional<ModelVersionRecord>>
ModelRegistry::latestVersion(std::optional<ModelOrigin> origin)
{
    return catchSqliteErrors(
        m_path,
        [&]() -> Result<std::optional<ModelVersionRecord>>
        {
            SqliteStatement query(m_database, versionQuery(VersionColumns::All,
                                                           "WHERE ?1 IS NULL OR origin = ?1 "
                                                           "ORDER BY id DESC LIMIT 1"));
            query.bind(1, origin ? std::optional(toString(*origin)) : std::nullopt);
            if (!query.step())
                return std::optional<ModelVersionRecord>();
            Result<ModelVersionRecord> version = readVersion(query, m_path);
            if (!version)
                return version.error();
            return std::optional(std::move(version).value());
        });
}

} // namespace cohort::engine
