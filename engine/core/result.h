// Result<T>: the expected-style return type for operations whose failures are ordinary
// outcomes (bad CSV, missing version). The error carries a code, a location and a hint.
#pragma once

#include <string>
#include <utility>
#include <variant>

#include "core/reason.h"

namespace cohort::engine
{

enum class ErrorCode
{
    InvalidInput, // the user's file, option or value is wrong; exit status 2 in the CLI
    NotFound,     // a file, column, model version or record does not exist
    Io,           // reading or writing a file or the database failed
    Cancelled,    // the user stopped the job
    Internal,     // a bug or an unexpected library failure; exit status 1 in the CLI
};

/// Where and what went wrong. Rows are 1-based record numbers (the header is row 1);
/// column is a name when one is known. Empty fields / -1 mean "not applicable".
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    std::string message;
    std::string hint;
    std::string file;
    long row = -1;
    std::string column;
    Reason reason; // the message as a code and arguments, when it is worded (see reason.h)

    /// The reason to show: the worded one, or the message as it is.
    [[nodiscard]] Reason shownReason() const
    {
        return reason.code == ReasonCode::Unworded ? unworded(message) : reason;
    }

    /// "file:row:column: message (hint)" with the parts that are known.
    [[nodiscard]] std::string toString() const
    {
        std::string text;
        if (!file.empty())
            text += file;
        if (row >= 0)
            text += (text.empty() ? "row " : ":") + std::to_string(row);
        if (!column.empty())
            text += (text.empty() ? "column " : ":") + column;
        if (!text.empty())
            text += ": ";
        text += message;
        if (!hint.empty())
            text += " (" + hint + ")";
        return text;
    }
};

[[nodiscard]] inline Error makeError(ErrorCode code, std::string message, std::string hint = {})
{
    Error error;
    error.code = code;
    error.message = std::move(message);
    error.hint = std::move(hint);
    return error;
}

/// An error whose message is a worded reason (the app says it in the user's language).
[[nodiscard]] inline Error makeError(ErrorCode code, Reason reason, std::string hint = {})
{
    Error error = makeError(code, reasonEnglish(reason), std::move(hint));
    error.reason = std::move(reason);
    return error;
}

/// Either a value or an Error; never both, never neither.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {
    }
    Result(Error error)
        : m_state(std::move(error))
    {
    }

    [[nodiscard]] bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    [[nodiscard]] T &value() & { return std::get<T>(m_state); }
    [[nodiscard]] const T &value() const & { return std::get<T>(m_state); }
    [[nodiscard]] T &&value() && { return std::get<T>(std::move(m_state)); }
    [[nodiscard]] const Error &error() const { return std::get<Error>(m_state); }

    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

private:
    std::variant<T, Error> m_state;
};

/// Result of an operation that returns nothing on success.
template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_failed(true)
    {
    }

    [[nodiscard]] bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

} // namespace cohort::engine
