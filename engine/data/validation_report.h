// ValidationReport: every problem found while importing a CSV file, each with its file, row
// and column, what is wrong and what to do. Errors stop the import; warnings do not.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace cohort::engine
{

enum class Severity
{
    Error,
    Warning,
};

struct ValidationIssue
{
    Severity severity = Severity::Error;
    std::string code; // stable machine-readable kind, e.g. "ragged_row"
    std::string file;
    long row = -1;       // 1-based record number; the header is row 1; -1 = whole file
    std::string column;  // column name; empty = whole row or file
    std::string message; // what is wrong
    std::string hint;    // what to do about it

    /// "file:row:column: error: message. hint"
    [[nodiscard]] std::string toString() const;
};

class ValidationReport
{
public:
    void addError(std::string code, long row, std::string column, std::string message,
                  std::string hint = {});
    void addWarning(std::string code, long row, std::string column, std::string message,
                    std::string hint = {});
    /// Adds the other report's issues after this one's.
    void append(const ValidationReport &other)
    {
        m_issues.insert(m_issues.end(), other.m_issues.begin(), other.m_issues.end());
    }
    void setFile(std::string file) { m_file = std::move(file); }
    [[nodiscard]] const std::string &file() const { return m_file; }

    [[nodiscard]] bool hasErrors() const { return errorCount() > 0; }
    [[nodiscard]] long errorCount() const;
    [[nodiscard]] long warningCount() const;
    [[nodiscard]] bool contains(const std::string &code) const;
    [[nodiscard]] const std::vector<ValidationIssue> &issues() const { return m_issues; }

    /// One issue per line, errors first, then a summary line.
    [[nodiscard]] std::string toText() const;
    [[nodiscard]] nlohmann::json toJson() const;

private:
    void add(Severity severity, std::string code, long row, std::string column, std::string message,
             std::string hint);

    std::string m_file;
    std::vector<ValidationIssue> m_issues;
};

} // namespace cohort::engine
