// ModelRegistry: the site's SQLite record of datasets, training runs, epoch metrics and model
// versions (with their weights), so every trained or federated model can be reloaded later.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "store/sqlite_database.h"

namespace cohort::engine
{

/// How a model version came to be; stored as "local", "centralized" or "federated".
enum class ModelOrigin
{
    Local,
    Centralized,
    Federated,
};

[[nodiscard]] std::string toString(ModelOrigin origin);
/// InvalidInput for anything but the three stored spellings.
[[nodiscard]] Result<ModelOrigin> modelOriginFromString(const std::string &text);

struct DatasetRecord
{
    std::int64_t id = 0; // assigned by addDataset
    std::string name;
    std::string path;
    std::string contentHash;
    std::string schemaJson;
    std::int64_t rows = 0;
    std::string createdAt; // ISO-8601 UTC, set by addDataset
};

struct TrainingRunRecord
{
    std::int64_t id = 0; // assigned by startRun
    std::optional<std::int64_t> datasetId;
    std::string configJson;
    std::string status;    // running|finished|failed|cancelled
    std::string startedAt; // ISO-8601 UTC, set by startRun
    std::string endedAt;   // ISO-8601 UTC, set by finishRun; empty while running
};

/// One epoch of a run. A NaN metric (a diverged loss) is stored as NULL and read back as NaN.
struct EpochMetricRecord
{
    std::int64_t runId = 0;
    int epoch = 0;
    double trainLoss = 0;
    double validationLoss = 0;
    double trainAccuracy = 0;
    double validationAccuracy = 0;
};

struct ModelVersionRecord
{
    std::int64_t id = 0; // assigned by saveVersion
    std::optional<std::int64_t> parentId;
    ModelOrigin origin = ModelOrigin::Local;
    std::optional<int> round; // federated round number
    std::optional<std::int64_t> runId;
    std::optional<std::int64_t> datasetId;
    std::string name; // free text, e.g. "fitness site_1"
    std::string specJson;
    std::string preprocessingJson;
    std::string metricsJson;
    /// Flat parameter vector, stored as a little-endian float32 BLOB with its count.
    std::vector<float> weights;
    std::string createdAt; // ISO-8601 UTC, set by saveVersion
};

/// A model version without its weights, for cheap listings.
struct ModelVersionSummary
{
    std::int64_t id = 0;
    std::optional<std::int64_t> parentId;
    ModelOrigin origin = ModelOrigin::Local;
    std::optional<int> round;
    std::string name;
    std::string createdAt;
    std::string metricsJson;
    std::int64_t parameterCount = 0;
};

/// A federation round as a hub stores it next to the round's model version: what a restarted
/// hub resumes from.
struct FederationRoundRecord
{
    std::int64_t id = 0;        // assigned by saveVersionWithRound
    std::int64_t versionId = 0; // the round's global model
    std::string runName;        // the version's name
    int round = 0;              // the version's round
    std::string metricsJson;    // the version's metrics
    /// The aggregation strategy's state after the round (AggregationStrategy::saveState).
    std::string strategyState;
    std::string createdAt; // ISO-8601 UTC, set by saveVersionWithRound
};

/// One connection to a registry file; use it from one thread at a time. Every write is one
/// transaction, rolled back on error. Failures come back as Result errors whose `file` is the
/// database path; nothing throws out of the registry.
class ModelRegistry
{
public:
    static constexpr int kSchemaVersion = 2;

    /// Opens or creates the registry at `path` (creating parent folders) for writing, switches
    /// it to WAL and migrates it. Refuses, with InvalidInput, a file that is not a SQLite
    /// database, a damaged one (PRAGMA quick_check, before any write), a SQLite database that
    /// is not a registry, and a registry newer than kSchemaVersion.
    [[nodiscard]] static Result<ModelRegistry> open(const std::string &path);
    /// Opens the registry at `path` for reading only (listing, loading versions): it creates,
    /// migrates and changes nothing, and works on a read-only file, folder or mount. NotFound
    /// ("no registry at PATH") when there is no registry there; InvalidInput as open(). Writes
    /// through it fail with an Io error.
    [[nodiscard]] static Result<ModelRegistry> openReadOnly(const std::string &path);
    /// $XDG_DATA_HOME/cohort/cohort.db, else $HOME/.local/share/cohort/cohort.db (a relative
    /// XDG_DATA_HOME is ignored, as the XDG specification says).
    [[nodiscard]] static std::string defaultPath();

    ModelRegistry(ModelRegistry &&) noexcept = default;
    ModelRegistry &operator=(ModelRegistry &&) noexcept = default;
    ModelRegistry(const ModelRegistry &) = delete;
    ModelRegistry &operator=(const ModelRegistry &) = delete;
    ~ModelRegistry() = default;

    [[nodiscard]] int schemaVersion() const { return m_schemaVersion; }
    [[nodiscard]] const std::string &path() const { return m_path; }

    // Datasets, in model_registry_datasets.cpp.

    [[nodiscard]] Result<std::int64_t> addDataset(const DatasetRecord &dataset);
    /// The most recently added dataset with this content hash, if any.
    [[nodiscard]] Result<std::optional<DatasetRecord>> findDatasetByHash(const std::string &hash);
    /// NotFound for an unknown id.
    [[nodiscard]] Result<DatasetRecord> loadDataset(std::int64_t id);

    // Runs and versions, in model_registry.cpp.

    /// Records a new run with status "running" and returns its id; the record's id, status and
    /// timestamps are ignored. Its dataset, when set, must exist (NotFound otherwise).
    [[nodiscard]] Result<std::int64_t> startRun(const TrainingRunRecord &run);
    /// Ends a running run with "finished", "failed" or "cancelled"; InvalidInput for another
    /// status or a run that has already ended, NotFound for an unknown run.
    [[nodiscard]] Result<void> finishRun(std::int64_t runId, const std::string &status);
    [[nodiscard]] Result<TrainingRunRecord> loadRun(std::int64_t runId);
    /// One row per (run, epoch); a second row for the same epoch is InvalidInput.
    [[nodiscard]] Result<void> addEpochMetric(const EpochMetricRecord &metric);
    /// The run's metrics in epoch order; NotFound for an unknown run.
    [[nodiscard]] Result<std::vector<EpochMetricRecord>> epochMetrics(std::int64_t runId);

    /// Stores a version in one transaction and returns its id. Its parent, run and dataset,
    /// when set, must exist (NotFound otherwise, and nothing is written).
    [[nodiscard]] Result<std::int64_t> saveVersion(const ModelVersionRecord &version);
    /// NotFound for an unknown id.
    [[nodiscard]] Result<ModelVersionRecord> loadVersion(std::int64_t id);
    /// All versions without weights, newest (highest id) first.
    [[nodiscard]] Result<std::vector<ModelVersionSummary>> listVersions();
    /// All versions with their spec, preprocessing and links but no weights (weights empty),
    /// newest first: what a listing with details needs, without reading every weight blob.
    [[nodiscard]] Result<std::vector<ModelVersionRecord>> listVersionDetails();
    /// The newest version, optionally of one origin; nullopt when there is none.
    [[nodiscard]] Result<std::optional<ModelVersionRecord>>
    latestVersion(std::optional<ModelOrigin> origin = {});

    // Maintenance, in model_registry_maintenance.cpp.

    /// Deletes a version in one transaction. Versions naming it as their parent keep their
    /// weights and lose the link; if it was the active version, no version is active after.
    /// Its federation round record, if any, is deleted with it.
    [[nodiscard]] Result<void> deleteVersion(std::int64_t id);
    /// Deletes every listed version (a whole run, say) in one transaction, each as
    /// deleteVersion does; NotFound, and nothing deleted, when one of them does not exist.
    [[nodiscard]] Result<void> deleteVersions(const std::vector<std::int64_t> &ids);
    /// Marks the version the user works with (one at a time); NotFound for an unknown id.
    [[nodiscard]] Result<void> setActiveVersion(std::int64_t id);
    /// The active version, if one is marked.
    [[nodiscard]] Result<std::optional<std::int64_t>> activeVersion();

    // Federation rounds, in run_store.cpp.

    /// Stores a federated version and its round record (run = the version's name, its round,
    /// metrics and `strategyState`) in one transaction: both or neither. InvalidInput for a
    /// version that is not federated or has no round; NotFound as saveVersion.
    [[nodiscard]] Result<std::int64_t> saveVersionWithRound(const ModelVersionRecord &version,
                                                            const std::string &strategyState);
    /// The most recently stored round of the run named `runName`; nullopt when it has none
    /// (also for every run of a registry written before schema version 2).
    [[nodiscard]] Result<std::optional<FederationRoundRecord>>
    latestFederationRound(const std::string &runName);

private:
    ModelRegistry(SqliteDatabase database, std::string path);

    /// Checks the version's parent, run and dataset and inserts it, inside the caller's
    /// transaction (which the caller rolls back on an error). Throws SqliteError.
    [[nodiscard]] Result<std::int64_t> insertVersion(const ModelVersionRecord &version);

    SqliteDatabase m_database;
    std::string m_path;
    int m_schemaVersion = 0;
};

} // namespace cohort::engine
