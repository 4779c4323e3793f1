// The schema of a SQLite file: its version in a `meta` table, migrations one step at a time,
// and the integrity check that comes before any write.
#pragma once

#include <span>
#include <string>

#include "core/result.h"
#include "store/sqlite_database.h"

namespace cohort::engine
{

/// One step of a schema: the SQL that takes the database from `version - 1` to `version`.
struct SqliteMigration
{
    int version = 0;
    const char *sql = nullptr;
};

/// Brings the database to the last step's version, one transaction per step, recording it as
/// `schema_version` in a key/value `meta` table that step 1 must create. Before any write it
/// refuses (InvalidInput) a SQLite file of another program and a schema newer than `steps`;
/// then it switches the file to WAL. Returns the version reached; throws SqliteError.
[[nodiscard]] Result<int> migrateSchema(SqliteDatabase &database,
                                        std::span<const SqliteMigration> steps,
                                        const std::string &path);

/// Runs PRAGMA quick_check: InvalidInput naming the file and its first problem when the
/// database is damaged, so that nothing is written into it. Throws SqliteError.
[[nodiscard]] Result<void> checkIntegrity(SqliteDatabase &database, const std::string &path);

/// The schema version stored in the database's `meta` table (0 for an empty database), refusing
/// (InvalidInput) a SQLite file of another program and a version newer than `known`. Reads only.
[[nodiscard]] Result<int> readSchemaVersion(SqliteDatabase &database, int known,
                                            const std::string &path);

} // namespace cohort::engine
