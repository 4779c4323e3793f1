// ModelRegistry's opening for writing (integrity check, migrations) or for reading only, and
// its schema, apart from the reading and writing of records in model_registry.cpp.
#include "store/model_registry.h"

#include <array>
#include <cstdlib>
#include <filesystem>
#include <system_error>

#include "store/sqlite_schema.h"

namespace cohort::engine
{

namespace
{

// Append a step to change the schema; never edit a step that has shipped. Timestamps are
// ISO-8601 UTC set by SQLite. The weights BLOB is the last column so that listings, which skip
// it, never walk its overflow pages.
constexpr std::array kMigrationSteps{
    SqliteMigration{1, R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE datasets (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL,
    path TEXT NOT NULL, content_hash TEXT NOT NULL, schema_json TEXT NOT NULL,
    row_count INTEGER NOT NULL CHECK (row_count >= 0),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')));
CREATE INDEX datasets_by_hash ON datasets (content_hash);
CREATE TABLE training_runs (id INTEGER PRIMARY KEY AUTOINCREMENT,
    dataset_id INTEGER REFERENCES datasets (id), config_json TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('running', 'finished', 'failed', 'cancelled')),
    started_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ended_at TEXT NOT NULL DEFAULT '');
CREATE TABLE epoch_metrics (run_id INTEGER NOT NULL REFERENCES training_runs (id),
    epoch INTEGER NOT NULL, train_loss REAL, validation_loss REAL, train_accuracy REAL,
    validation_accuracy REAL, PRIMARY KEY (run_id, epoch));
CREATE TABLE model_versions (id INTEGER PRIMARY KEY AUTOINCREMENT,
    parent_id INTEGER REFERENCES model_versions (id),
    origin TEXT NOT NULL CHECK (origin IN ('local', 'centralized', 'federated')),
    round INTEGER, run_id INTEGER REFERENCES training_runs (id),
    dataset_id INTEGER REFERENCES datasets (id), name TEXT NOT NULL, spec_json TEXT NOT NULL,
    preprocessing_json TEXT NOT NULL, metrics_json TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    parameter_count INTEGER NOT NULL CHECK (parameter_count >= 0), weights BLOB NOT NULL);
CREATE INDEX model_versions_by_parent ON model_versions (parent_id);
CREATE INDEX model_versions_by_origin ON model_versions (origin, id);
)sql"},
    // A hub's record of each stored round: what it needs to resume the run, including the
    // aggregation strategy's own state. A round lives and dies with its version.
    SqliteMigration{2, R"sql(
CREATE TABLE federation_rounds (id INTEGER PRIMARY KEY AUTOINCREMENT,
    run_name TEXT NOT NULL, round INTEGER NOT NULL CHECK (round >= 0),
    version_id INTEGER NOT NULL UNIQUE REFERENCES model_versions (id) ON DELETE CASCADE,
    metrics_json TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    strategy_state BLOB NOT NULL);
CREATE INDEX federation_rounds_by_run ON federation_rounds (run_name, id);
)sql"},
};
static_assert(kMigrationSteps.size() == ModelRegistry::kSchemaVersion,
              "one migration step per schema version");

} // namespace

ModelRegistry::ModelRegistry(SqliteDatabase database, std::string path)
    : m_database(std::move(database))
    , m_path(std::move(path))
{
}

Result<ModelRegistry> ModelRegistry::open(const std::string &path)
{
    if (path.empty())
        return makeError(ErrorCode::InvalidInput, "the registry path is empty");
    const std::filesystem::path file(path);
    std::error_code failure;
    if (file.has_parent_path())
        std::filesystem::create_directories(file.parent_path(), failure);
    if (failure)
        return databaseError(ErrorCode::Io,
                             "cannot create the registry's folder: " + failure.message(), path);
    return catchSqliteErrors(
        path,
        [&]() -> Result<ModelRegistry>
        {
            ModelRegistry registry(SqliteDatabase::open(path), path);
            // A damaged file is refused before anything is written to it.
            if (auto intact = checkIntegrity(registry.m_database, path); !intact)
                return intact.error();
            const Result<int> version = migrateSchema(registry.m_database, kMigrationSteps, path);
            if (!version)
                return version.error();
            registry.m_schemaVersion = version.value();
            return registry;
        });
}

Result<ModelRegistry> ModelRegistry::openReadOnly(const std::string &path)
{
    std::error_code failure;
    // The path is in the message, not in `file`, so that it is not printed twice.
    if (path.empty() || !std::filesystem::is_regular_file(path, failure))
        return makeError(ErrorCode::NotFound, Reason{ReasonCode::NoRegistry, {path}},
                         "train or federate a model into it first, or give another file");
    return catchSqliteErrors(path,
                             [&]() -> Result<ModelRegistry>
                             {
                                 ModelRegistry registry(SqliteDatabase::openReadOnly(path), path);
                                 const Result<int> version =
                                     readSchemaVersion(registry.m_database, kSchemaVersion, path);
                                 if (!version)
                                     return version.error();
                                 if (version.value() == 0)
                                     return makeError(ErrorCode::NotFound,
                                                      Reason{ReasonCode::EmptyRegistry, {path}},
                                                      "train or federate a model into it first");
                                 registry.m_schemaVersion = version.value();
                                 return registry;
                             });
}

std::string ModelRegistry::defaultPath()
{
    namespace fs = std::filesystem;
    fs::path base;
    // The XDG base-directory specification says to ignore a relative XDG_DATA_HOME.
    const char *dataHome = std::getenv("XDG_DATA_HOME");
    const char *home = std::getenv("HOME");
    if (dataHome != nullptr && fs::path(dataHome).is_absolute())
        base = dataHome;
    else if (home != nullptr && *home != '\0')
        base = fs::path(home) / ".local" / "share";
    return (base / "cohort" / "cohort.db").string();
}

} // namespace cohort::engine
