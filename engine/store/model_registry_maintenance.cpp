// ModelRegistry's maintenance operations (deleting versions, the active version), apart from
// the reading and writing of records in model_registry.cpp.
#include "store/model_registry.h"

#include "store/sqlite_database.h"

namespace cohort::engine
{

namespace
{

constexpr const char *kActiveVersionKey = "active_version";

bool versionExists(SqliteDatabase &database, std::int64_t id)
{
    SqliteStatement query(database, "SELECT 1 FROM model_versions WHERE id = ?1");
    query.bind(1, id);
    return query.step();
}

Error unknownVersion(std::int64_t id, const std::string &path)
{
    return databaseError(ErrorCode::NotFound,
                         "model version " + std::to_string(id) + " does not exist", path,
                         "list the versions with `cohort-cli versions`");
}

// Deletes one existing version inside the caller's transaction: versions naming it as their
// parent lose the link, its round record goes, and so does the active mark if it was active.
void removeVersion(SqliteDatabase &database, std::int64_t id)
{
    SqliteStatement orphan(database, "UPDATE model_versions SET parent_id = NULL "
                                     "WHERE parent_id = ?1");
    orphan.bind(1, id);
    orphan.execute();
    // The schema cascades this too; deleting it here does not rely on the connection
    // enforcing foreign keys.
    SqliteStatement rounds(database, "DELETE FROM federation_rounds WHERE version_id = ?1");
    rounds.bind(1, id);
    rounds.execute();
    SqliteStatement remove(database, "DELETE FROM model_versions WHERE id = ?1");
    remove.bind(1, id);
    remove.execute();
    SqliteStatement unmark(database, "DELETE FROM meta WHERE key = ?1 AND value = ?2");
    unmark.bindAll(std::string_view(kActiveVersionKey), std::to_string(id));
    unmark.execute();
}

} // namespace

Result<void> ModelRegistry::deleteVersion(std::int64_t id)
{
    return deleteVersions({id});
}

Result<void> ModelRegistry::deleteVersions(const std::vector<std::int64_t> &ids)
{
    return catchSqliteErrors(m_path,
                             [&]() -> Result<void>
                             {
                                 SqliteTransaction transaction(m_database);
                                 // Every id is checked before anything is deleted, so an unknown
                                 // one changes nothing.
                                 for (const std::int64_t id : ids)
                                     if (!versionExists(m_database, id))
                                         return unknownVersion(id, m_path);
                                 for (const std::int64_t id : ids)
                                     removeVersion(m_database, id);
                                 transaction.commit();
                                 return {};
                             });
}

Result<void> ModelRegistry::setActiveVersion(std::int64_t id)
{
    return catchSqliteErrors(
        m_path,
        [&]() -> Result<void>
        {
            SqliteTransaction transaction(m_database);
            if (!versionExists(m_database, id))
                return unknownVersion(id, m_path);
            SqliteStatement mark(m_database, "INSERT OR REPLACE INTO meta (key, value) "
                                             "VALUES (?1, ?2)");
            mark.bindAll(std::string_view(kActiveVersionKey), std::to_string(id));
            mark.execute();
            transaction.commit();
            return {};
        });
}

Result<std::optional<std::int64_t>> ModelRegistry::activeVersion()
{
    return catchSqliteErrors(
        m_path,
        [&]() -> Result<std::optional<std::int64_t>>
        {
            SqliteStatement query(m_database, "SELECT value FROM meta WHERE key = ?1");
            query.bind(1, std::string_view(kActiveVersionKey));
            if (!query.step())
                return std::optional<std::int64_t>();
            return std::optional<std::int64_t>(std::stoll(query.columnText(0)));
        });
}

} // namespace cohort::engine
