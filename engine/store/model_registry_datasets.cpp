// ModelRegistry's datasets: the files models were trained on, recorded by content hash with
// their schema and row count, apart from runs and versions in model_registry.cpp.
#include "store/model_registry.h"

#include <utility>

namespace cohort::engine
{

namespace
{

constexpr const char *kDatasetColumns =
    "SELECT id, name, path, content_hash, schema_json, row_count, created_at FROM datasets ";

DatasetRecord readDataset(const SqliteStatement &row)
{
    DatasetRecord dataset;
    dataset.id = row.columnInt64(0);
    dataset.name = row.columnText(1);
    dataset.path = row.columnText(2);
    dataset.contentHash = row.columnText(3);
    dataset.schemaJson = row.columnText(4);
    dataset.rows = row.columnInt64(5);
    dataset.createdAt = row.columnText(6);
    return dataset;
}

} // namespace

Result<std::int64_t> ModelRegistry::addDataset(const DatasetRecord &dataset)
{
    return catchSqliteErrors(m_path,
                             [&]() -> Result<std::int64_t>
                             {
                                 SqliteTransaction transaction(m_database);
                                 SqliteStatement insert(
                                     m_database,
                                     "INSERT INTO datasets (name, path, content_hash, "
                                     "schema_json, row_count) VALUES (?1, ?2, ?3, ?4, ?5)");
                                 insert.bindAll(dataset.name, dataset.path, dataset.contentHash,
                                                dataset.schemaJson, dataset.rows);
                                 const std::int64_t id = insert.insert();
                                 transaction.commit();
                                 return id;
                             });
}

Result<std::optional<DatasetRecord>> ModelRegistry::findDatasetByHash(const std::string &hash)
{
    return catchSqliteErrors(m_path,
                             [&]() -> Result<std::optional<DatasetRecord>>
                             {
                                 SqliteStatement query(m_database,
                                                       std::string(kDatasetColumns)
                                                           + "WHERE content_hash = ?1 "
                                                             "ORDER BY id DESC LIMIT 1");
                                 query.bind(1, hash);
                                 if (!query.step())
                                     return std::optional<DatasetRecord>();
                                 return std::optional(readDataset(query));
                             });
}

Result<DatasetRecord> ModelRegistry::loadDataset(std::int64_t id)
{
    return catchSqliteErrors(
        m_path,
        [&]() -> Result<DatasetRecord>
        {
            SqliteStatement query(m_database, std::string(kDatasetColumns) + "WHERE id = ?1");
            query.bind(1, id);
            if (!query.step())
                return databaseError(ErrorCode::NotFound,
                                     "dataset " + std::to_string(id) + " does not exist", m_path);
            return readDataset(query);
        });
}

} // namespace cohort::engine
