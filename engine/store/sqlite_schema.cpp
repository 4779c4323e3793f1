#include "store/sqlite_schema.h"

#include <charconv>
#include <system_error>

namespace cohort::engine
{

namespace
{

Error foreignDatabase(const std::string &path, const std::string &reason)
{
    return databaseError(ErrorCode::InvalidInput, "not a Cohort database: " + reason, path,
                         "open a Cohort database file or choose a new file name");
}

// 0 for an empty database, else the version stored in `meta`.
Result<int> storedSchemaVersion(SqliteDatabase &database, const std::string &path)
{
    SqliteStatement tables(database, "SELECT count(*), coalesce(sum(name = 'meta'), 0) "
                                     "FROM sqlite_master "
                                     "WHERE type = 'table' AND name NOT LIKE 'sqlite%'");
    if (!tables.step() || tables.columnInt64(0) == 0)
        return 0;
    if (tables.columnInt64(1) == 0)
        return foreignDatabase(path, "it holds tables but no meta table");
    SqliteStatement query(database, "SELECT value FROM meta WHERE key = 'schema_version'");
    if (!query.step())
        return foreignDatabase(path, "its meta table has no schema_version");
    const std::string text = query.columnText(0);
    int version = 0;
    const auto [end, failure] = std::from_chars(text.data(), text.data() + text.size(), version);
    if (failure != std::errc() || end != text.data() + text.size() || version < 1)
        return foreignDatabase(path, "its schema_version '" + text + "' is not a positive number");
    return version;
}

} // namespace

Result<void> checkIntegrity(SqliteDatabase &database, const std::string &path)
{
    SqliteStatement check(database, "PRAGMA quick_check(3)");
    std::string problems;
    while (check.step())
    {
        std::string line = check.columnText(0);
        if (line == "ok")
            return {};
        // SQLite heads the first problem with "*** in database main ***" and a line break.
        if (const auto header = line.find("***\n");
            line.rfind("***", 0) == 0 && header != std::string::npos)
            line.erase(0, header + 4);
        for (auto at = line.find('\n'); at != std::string::npos; at = line.find('\n', at))
            line.replace(at, 1, "; ");
        problems += (problems.empty() ? "" : "; ") + line;
    }
    return databaseError(ErrorCode::InvalidInput,
                         "the database file is damaged (" + problems
                             + "), so Cohort writes nothing into it",
                         path, "restore it from a backup, or use another file");
}

Result<int> readSchemaVersion(SqliteDatabase &database, int known, const std::string &path)
{
    Result<int> stored = storedSchemaVersion(database, path);
    if (!stored)
        return stored;
    if (stored.value() > known)
        return databaseError(ErrorCode::InvalidInput,
                             "the database has schema version " + std::to_string(stored.value())
                                 + ", newer than this build of Cohort understands ("
                                 + std::to_string(known) + ")",
                             path, "update Cohort to open it; the file was left unchanged");
    return stored;
}

Result<int> migrateSchema(SqliteDatabase &database, std::span<const SqliteMigration> steps,
                          const std::string &path)
{
    const int known = steps.empty() ? 0 : steps.back().version;
    Result<int> stored = readSchemaVersion(database, known, path);
    if (!stored)
        return stored;
    database.execute("PRAGMA journal_mode = WAL");
    int version = stored.value();
    for (const SqliteMigration &step : steps)
    {
        if (step.version <= version)
            continue;
        SqliteTransaction transaction(database);
        // Another process may have migrated the file while this one waited for the write lock.
        stored = storedSchemaVersion(database, path);
        if (!stored)
            return stored;
        version = stored.value();
        if (step.version <= version)
            continue;
        database.execute(step.sql);
        SqliteStatement write(database, "INSERT OR REPLACE INTO meta (key, value) "
                                        "VALUES ('schema_version', ?1)");
        write.bind(1, std::to_string(step.version));
        write.execute();
        transaction.commit();
        version = step.version;
    }
    return version;
}

} // namespace cohort::engine
