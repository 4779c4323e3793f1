// The run store's free functions and the ModelRegistry members that read and write the
// federation_rounds table, apart from the registry's other records in model_registry.cpp.
#include "store/run_store.h"

#include <cstddef>
#include <span>
#include <utility>

#include "store/sqlite_database.h"

namespace cohort::engine
{

Result<std::int64_t> ModelRegistry::saveVersionWithRound(const ModelVersionRecord &version,
                                                         const std::string &strategyState)
{
    if (version.origin != ModelOrigin::Federated || !version.round)
        return databaseError(ErrorCode::InvalidInput,
                             "a round record needs a federated version with a round number",
                             m_path);
    return catchSqliteErrors(
        m_path,
        [&]() -> Result<std::int64_t>
        {
            // One transaction for both rows: the destructor rolls the version back if the
            // round cannot be stored, so a resumed hub never finds a model without its state.
            SqliteTransaction transaction(m_database);
            Result<std::int64_t> id = insertVersion(version);
            if (!id)
                return id;
            SqliteStatement insert(m_database,
                                   "INSERT INTO federation_rounds (run_name, round, version_id, "
                                   "metrics_json, strategy_state) VALUES (?1, ?2, ?3, ?4, ?5)");
            insert.bindAll(version.name, *version.round, id.value(), version.metricsJson);
            insert.bindBlob(5,
                            std::as_bytes(std::span(strategyState.data(), strategyState.size())));
            insert.execute();
            transaction.commit();
            return id;
        });
}

Result<std::optional<FederationRoundRecord>>
ModelRegistry::latestFederationRound(const std::string &runName)
{
    return catchSqliteErrors(
        m_path,
        [&]() -> Result<std::optional<FederationRoundRecord>>
        {
            // The highest id is the round stored last, as the hub's scan of versions takes
            // the newest version of its run.
            SqliteStatement query(m_database,
                                  "SELECT id, version_id, run_name, round, metrics_json, "
                                  "created_at, strategy_state FROM federation_rounds "
                                  "WHERE run_name = ?1 ORDER BY id DESC LIMIT 1");
            query.bind(1, runName);
            if (!query.step())
                return std::optional<FederationRoundRecord>();
            FederationRoundRecord record;
            record.id = query.columnInt64(0);
            record.versionId = query.columnInt64(1);
            record.runName = query.columnText(2);
            record.round = static_cast<int>(query.columnInt64(3));
            record.metricsJson = query.columnText(4);
            record.createdAt = query.columnText(5);
            const std::span<const std::byte> state = query.columnBlob(6);
            if (!state.empty())
                record.strategyState.assign(reinterpret_cast<const char *>(state.data()),
                                            state.size());
            return std::optional(std::move(record));
        });
}

Result<std::int64_t> saveRound(ModelRegistry &registry, const FederatedModel &model,
                               const std::string &strategyState)
{
    Result<ModelVersionRecord> version = federatedVersionRecord(model);
    if (!version)
        return version.error();
    return registry.saveVersionWithRound(version.value(), strategyState);
}

Result<std::optional<StoredRound>> latestRound(ModelRegistry &registry, const std::string &runName)
{
    Result<std::optional<FederationRoundRecord>> record = registry.latestFederationRound(runName);
    if (!record)
        return record.error();
    if (!record.value())
        return std::optional<StoredRound>();
    FederationRoundRecord &found = *record.value();
    return std::optional(StoredRound{found.versionId, found.round, std::move(found.strategyState)});
}

} // namespace cohort::engine
