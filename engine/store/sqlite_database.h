// Minimal RAII wrappers over the sqlite3 C API: a connection, a prepared statement and a
// transaction guard. They throw SqliteError; catchSqliteErrors turns it into a Result error.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

struct sqlite3;
struct sqlite3_stmt;

namespace cohort::engine
{

/// A failed SQLite call: the primary result code (SQLITE_BUSY, SQLITE_NOTADB, ...) and
/// SQLite's own message. Never thrown out of the store module.
class SqliteError : public std::runtime_error
{
public:
    SqliteError(int code, const std::string &message);

    [[nodiscard]] int code() const { return m_code; }

private:
    int m_code = 0;
};

/// One open connection, closed on destruction. Movable; a moved-from connection is closed.
class SqliteDatabase
{
public:
    /// Opens `path` read-write, creating the file if needed (its folder must exist), with
    /// foreign keys enforced and a busy timeout of kBusyTimeout.
    [[nodiscard]] static SqliteDatabase open(const std::string &path);
    /// Opens an existing `path` for reading only: it never creates or changes a file, and it
    /// reads a WAL database in a read-only folder or mount (where SQLite cannot create the
    /// -shm file) as immutable when no -wal file is there.
    [[nodiscard]] static SqliteDatabase openReadOnly(const std::string &path);

    static constexpr std::chrono::milliseconds kBusyTimeout{5000};

    SqliteDatabase() = default;
    ~SqliteDatabase();
    SqliteDatabase(SqliteDatabase &&other) noexcept;
    SqliteDatabase &operator=(SqliteDatabase &&other) noexcept;
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    /// Runs one or more SQL statements whose rows, if any, are not needed.
    void execute(const std::string &sql);
    [[nodiscard]] bool isInTransaction() const;
    [[nodiscard]] sqlite3 *handle() const { return m_handle; }

private:
    explicit SqliteDatabase(sqlite3 *handle)
        : m_handle(handle)
    {
    }

    sqlite3 *m_handle = nullptr;
};

/// One prepared statement. Parameters are 1-based (`?1`), columns 0-based.
class SqliteStatement
{
public:
    SqliteStatement(SqliteDatabase &database, std::string_view sql);
    ~SqliteStatement();
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    void bind(int index, std::int64_t value);
    void bind(int index, int value) { bind(index, static_cast<std::int64_t>(value)); }
    /// NaN is stored as NULL (SQLite's rule).
    void bind(int index, double value);
    void bind(int index, std::string_view text);
    void bindNull(int index);
    /// Binds without copying: `bytes` must outlive the statement's last step.
    void bindBlob(int index, std::span<const std::byte> bytes);
    /// Binds a little-endian float32 BLOB. On little-endian hosts it is not copied, so
    /// `values` must outlive the statement's last step.
    void bindFloats(int index, std::span<const float> values);

    template <typename T> void bind(int index, const std::optional<T> &value)
    {
        if (value)
            bind(index, *value);
        else
            bindNull(index);
    }

    /// Binds `values` to ?1, ?2, ... in order.
    template <typename... Values> void bindAll(const Values &...values)
    {
        int index = 0;
        (bind(++index, values), ...);
    }

    /// Runs one step: true when a row is available, false when the statement is done.
    [[nodiscard]] bool step();
    /// Runs a statement that returns no rows.
    void execute();
    /// Runs an INSERT and returns the new row's id.
    [[nodiscard]] std::int64_t insert();

    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] std::int64_t columnInt64(int column) const;
    [[nodiscard]] std::optional<std::int64_t> columnOptionalInt64(int column) const;
    [[nodiscard]] double columnDouble(int column) const;
    [[nodiscard]] std::string columnText(int column) const;
    /// Valid until the next step or the statement's destruction.
    [[nodiscard]] std::span<const std::byte> columnBlob(int column) const;
    /// Reads a little-endian float32 BLOB; trailing bytes short of a float are ignored.
    [[nodiscard]] std::vector<float> columnFloats(int column) const;

private:
    void check(int code) const;

    sqlite3 *m_database = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

/// BEGIN IMMEDIATE on construction (taking the write lock up front, so the busy timeout
/// applies); ROLLBACK on destruction unless commit() succeeded.
class SqliteTransaction
{
public:
    explicit SqliteTransaction(SqliteDatabase &database);
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction &) = delete;
    SqliteTransaction &operator=(const SqliteTransaction &) = delete;

    void commit();

private:
    SqliteDatabase &m_database;
    bool m_committed = false;
};

/// An Error about the database file at `path`.
[[nodiscard]] Error databaseError(ErrorCode code, std::string message, const std::string &path,
                                  std::string hint = {});

/// The Result error for a SQLite failure on the database at `path` (the error's `file`).
[[nodiscard]] Error sqliteFailure(const SqliteError &failure, const std::string &path);

/// Runs `body`, which returns a Result, and turns a SqliteError or other std::exception it
/// throws into that Result's error: the edge past which SQLite exceptions never travel.
template <typename Body>
[[nodiscard]] auto catchSqliteErrors(const std::string &path, Body &&body) -> decltype(body())
{
    try
    {
        return body();
    }
    catch (const SqliteError &failure)
    {
        return sqliteFailure(failure, path);
    }
    catch (const std::exception &failure)
    {
        return databaseError(ErrorCode::Internal, failure.what(), path);
    }
}

} // namespace cohort::engine
