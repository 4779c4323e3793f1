// Helpers shared by the registry tests: bit-exact weight comparison, one-value SQL queries and
// a check that prints the registry's own error message.
#pragma once

#include <cstring>
#include <string>
#include <vector>

#include <QByteArray>

#include "core/result.h"
#include "store/sqlite_database.h"

// Fails the test with the registry's own message when `result` holds an error.
#define VERIFY_OK(result) QVERIFY2((result).ok(), registryErrorText(result).constData())

template <typename T> QByteArray registryErrorText(const cohort::engine::Result<T> &result)
{
    return result.ok() ? QByteArray() : QByteArray::fromStdString(result.error().toString());
}

inline bool sameBits(const std::vector<float> &left, const std::vector<float> &right)
{
    return left.size() == right.size()
           && (left.empty()
               || std::memcmp(left.data(), right.data(), left.size() * sizeof(float)) == 0);
}

/// The first column of the first row `sql` returns from the database at `path`.
inline std::string singleText(const std::string &path, const std::string &sql)
{
    cohort::engine::SqliteDatabase database = cohort::engine::SqliteDatabase::open(path);
    cohort::engine::SqliteStatement query(database, sql);
    return query.step() ? query.columnText(0) : std::string();
}
