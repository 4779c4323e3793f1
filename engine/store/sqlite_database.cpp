#include "store/sqlite_database.h"

#include <bit>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <limits>
#include <system_error>
#include <utility>

#include <sqlite3.h>

namespace cohort::engine
{

namespace
{

static_assert(sizeof(float) == 4 && std::numeric_limits<float>::is_iec559,
              "float BLOBs hold IEEE-754 float32 values");

constexpr bool kLittleEndian = std::endian::native == std::endian::little;

[[noreturn]] void throwSqliteError(sqlite3 *database, int code)
{
    throw SqliteError(code & 0xff,
                      database != nullptr ? sqlite3_errmsg(database) : sqlite3_errstr(code));
}

// A file: URI for `path` with the query `parameters`; '?', '#' and '%' are escaped.
std::string fileUri(const std::string &path, const std::string &parameters)
{
    std::string uri = "file:";
    for (const char c : path)
    {
        if (c == '?' || c == '#' || c == '%')
        {
            char escaped[4];
            std::snprintf(escaped, sizeof(escaped), "%%%02X", static_cast<unsigned char>(c));
            uri += escaped;
        }
        else
        {
            uri += c;
        }
    }
    return uri + "?" + parameters;
}

// A connection with the busy timeout set; throws SqliteError when SQLite cannot open it.
sqlite3 *openHandle(const std::string &name, int flags)
{
    sqlite3 *handle = nullptr;
    const int code = sqlite3_open_v2(name.c_str(), &handle, flags, nullptr);
    if (code != SQLITE_OK)
    {
        // SQLite hands back a handle even on failure; it carries the message and must be closed.
        const std::string message =
            handle != nullptr ? sqlite3_errmsg(handle) : sqlite3_errstr(code);
        sqlite3_close(handle);
        throw SqliteError(code & 0xff, message);
    }
    sqlite3_busy_timeout(handle, static_cast<int>(SqliteDatabase::kBusyTimeout.count()));
    return handle;
}

sqlite3 *requireOpen(sqlite3 *database)
{
    if (database == nullptr)
        throw SqliteError(SQLITE_MISUSE, "the database connection is closed");
    return database;
}

} // namespace

SqliteError::SqliteError(int code, const std::string &message)
    : std::runtime_error(message)
    , m_code(code)
{
}

SqliteDatabase SqliteDatabase::open(const std::string &path)
{
    SqliteDatabase database(openHandle(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE));
    database.execute("PRAGMA foreign_keys = ON");
    return database;
}

SqliteDatabase SqliteDatabase::openReadOnly(const std::string &path)
{
    constexpr int kFlags = SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
    SqliteDatabase database(openHandle(fileUri(path, "mode=ro"), kFlags));
    try
    {
        // The first read opens the WAL index; that is where a read-only folder shows.
        database.execute("SELECT count(*) FROM sqlite_master");
        return database;
    }
    catch (const SqliteError &failure)
    {
        // file_size reports an error (no -wal file) as the largest size, hence the check.
        std::error_code missing;
        const auto walSize = std::filesystem::file_size(path + "-wal", missing);
        const bool walPending = !missing && walSize > 0;
        if ((failure.code() != SQLITE_READONLY && failure.code() != SQLITE_CANTOPEN) || walPending)
            throw;
    }
    // No -wal file holds pending pages and none can be created: nobody writes to this file, so
    // reading it as immutable (without the WAL index) reads all there is.
    database = SqliteDatabase(openHandle(fileUri(path, "immutable=1"), kFlags));
    database.execute("SELECT count(*) FROM sqlite_master");
    return database;
}

SqliteDatabase::~SqliteDatabase()
{
    sqlite3_close_v2(m_handle);
}

SqliteDatabase::SqliteDatabase(SqliteDatabase &&other) noexcept
    : m_handle(std::exchange(other.m_handle, nullptr))
{
}

SqliteDatabase &SqliteDatabase::operator=(SqliteDatabase &&other) noexcept
{
    std::swap(m_handle, other.m_handle);
    return *this;
}

void SqliteDatabase::execute(const std::string &sql)
{
    char *message = nullptr;
    const int code = sqlite3_exec(requireOpen(m_handle), sql.c_str(), nullptr, nullptr, &message);
    if (code != SQLITE_OK)
    {
        const std::string text = message != nullptr ? message : sqlite3_errstr(code);
        sqlite3_free(message);
        throw SqliteError(code & 0xff, text);
    }
}

bool SqliteDatabase::isInTransaction() const
{
    return m_handle != nullptr && sqlite3_get_autocommit(m_handle) == 0;
}

SqliteStatement::SqliteStatement(SqliteDatabase &database, std::string_view sql)
    : m_database(requireOpen(database.handle()))
{
    const int code = sqlite3_prepare_v2(m_database, sql.data(), static_cast<int>(sql.size()),
                                        &m_statement, nullptr);
    if (code != SQLITE_OK)
        throwSqliteError(m_database, code);
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_database(std::exchange(other.m_database, nullptr))
    , m_statement(std::exchange(other.m_statement, nullptr))
{
}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    std::swap(m_database, other.m_database);
    std::swap(m_statement, other.m_statement);
    return *this;
}

void SqliteStatement::check(int code) const
{
    if (code != SQLITE_OK)
        throwSqliteError(m_database, code);
}

void SqliteStatement::bind(int index, std::int64_t value)
{
    check(sqlite3_bind_int64(m_statement, index, value));
}

void SqliteStatement::bind(int index, double value)
{
    check(sqlite3_bind_double(m_statement, index, value));
}

void SqliteStatement::bind(int index, std::string_view text)
{
    check(sqlite3_bind_text64(m_statement, index, text.data(), text.size(), SQLITE_TRANSIENT,
                              SQLITE_UTF8));
}

void SqliteStatement::bindNull(int index)
{
    check(sqlite3_bind_null(m_statement, index));
}

void SqliteStatement::bindBlob(int index, std::span<const std::byte> bytes)
{
    // A null data pointer would bind NULL, not an empty blob.
    if (bytes.empty())
        check(sqlite3_bind_zeroblob(m_statement, index, 0));
    else
        check(sqlite3_bind_blob64(m_statement, index, bytes.data(), bytes.size(), SQLITE_STATIC));
}

void SqliteStatement::bindFloats(int index, std::span<const float> values)
{
    if constexpr (kLittleEndian)
    {
        bindBlob(index, std::as_bytes(values));
    }
    else
    {
        std::vector<std::byte> bytes(values.size_bytes());
        for (std::size_t i = 0; i < values.size(); ++i)
        {
            const auto bits = std::bit_cast<std::uint32_t>(values[i]);
            for (std::size_t b = 0; b < sizeof(float); ++b)
                bytes[i * sizeof(float) + b] = static_cast<std::byte>(bits >> (8 * b));
        }
        check(
            sqlite3_bind_blob64(m_statement, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT));
    }
}

bool SqliteStatement::step()
{
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    if (code == SQLITE_DONE)
        return false;
    throwSqliteError(m_database, code);
}

void SqliteStatement::execute()
{
    while (step())
    {
    }
}

std::int64_t SqliteStatement::insert()
{
    execute();
    return sqlite3_last_insert_rowid(m_database);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

std::int64_t SqliteStatement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

std::optional<std::int64_t> SqliteStatement::columnOptionalInt64(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return columnInt64(column);
}

double SqliteStatement::columnDouble(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

std::string SqliteStatement::columnText(int column) const
{
    // sqlite3_column_text before sqlite3_column_bytes, as SQLite documents.
    const unsigned char *text = sqlite3_column_text(m_statement, column);
    const int size = sqlite3_column_bytes(m_statement, column);
    if (text == nullptr)
        return {};
    return std::string(reinterpret_cast<const char *>(text), static_cast<std::size_t>(size));
}

std::span<const std::byte> SqliteStatement::columnBlob(int column) const
{
    const void *data = sqlite3_column_blob(m_statement, column);
    const int size = sqlite3_column_bytes(m_statement, column);
    if (data == nullptr)
        return {};
    return {static_cast<const std::byte *>(data), static_cast<std::size_t>(size)};
}

std::vector<float> SqliteStatement::columnFloats(int column) const
{
    const std::span<const std::byte> bytes = columnBlob(column);
    std::vector<float> values(bytes.size() / sizeof(float));
    if constexpr (kLittleEndian)
    {
        if (!values.empty())
            std::memcpy(values.data(), bytes.data(), values.size() * sizeof(float));
    }
    else
    {
        for (std::size_t i = 0; i < values.size(); ++i)
        {
            std::uint32_t bits = 0;
            for (std::size_t b = 0; b < sizeof(float); ++b)
                bits |= std::to_integer<std::uint32_t>(bytes[i * sizeof(float) + b]) << (8 * b);
            values[i] = std::bit_cast<float>(bits);
        }
    }
    return values;
}

SqliteTransaction::SqliteTransaction(SqliteDatabase &database)
    : m_database(database)
{
    m_database.execute("BEGIN IMMEDIATE");
}

SqliteTransaction::~SqliteTransaction()
{
    // Some failures (SQLITE_FULL, SQLITE_IOERR) already rolled the transaction back.
    if (!m_committed && m_database.isInTransaction())
        sqlite3_exec(m_database.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void SqliteTransaction::commit()
{
    m_database.execute("COMMIT");
    m_committed = true;
}

Error databaseError(ErrorCode code, std::string message, const std::string &path, std::string hint)
{
    Error error = makeError(code, std::move(message), std::move(hint));
    error.file = path;
    return error;
}

Error sqliteFailure(const SqliteError &failure, const std::string &path)
{
    Error error = databaseError(ErrorCode::Internal, failure.what(), path);
    switch (failure.code())
    {
    case SQLITE_NOTADB:
        error.code = ErrorCode::InvalidInput;
        error.message = "not a SQLite database, so Cohort cannot use it";
        error.hint = "open a Cohort database file or choose a new file name";
        break;
    case SQLITE_CONSTRAINT:
    case SQLITE_TOOBIG:
        error.code = ErrorCode::InvalidInput;
        break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        error.code = ErrorCode::Io;
        error.hint = "another program is writing to the database; try again";
        break;
    case SQLITE_FULL:
        error.code = ErrorCode::Io;
        error.hint = "free some disk space";
        break;
    case SQLITE_CORRUPT:
        error.code = ErrorCode::Io;
        error.message = std::string("the database file is damaged (") + failure.what() + ")";
        error.hint = "restore it from a backup";
        break;
    case SQLITE_READONLY:
        error.code = ErrorCode::Io;
        error.hint = "the file or its folder is read-only; commands that only read it still work";
        break;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_PROTOCOL:
        error.code = ErrorCode::Io;
        break;
    default:
        break;
    }
    return error;
}

} // namespace cohort::engine
