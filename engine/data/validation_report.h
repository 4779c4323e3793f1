// ValidationReport: every problem found while importing a CSV file, each with its file, row
// and column, what is wrong and what to do. Errors stop the import; warnings do not.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace cohort::engine
{

enum class Severity
{
    Error,
    Warning,
};

/// Every sentence the engine can report. A code may have several (an error and a warning, the
/// federation's wording); each is told apart by the variant of its IssueSentenceText.
enum class IssueSentence
{
    RaggedRow,
    RaggedRowsMore,
    HeaderLooksLikeData,
    EmptyColumnName,
    DuplicateColumn,
    TooFewColumns,
    FileTooLarge,
    UndecodableBytes,
    Latin1Encoding,
    EmptyFile,
    ParseError,
    NoRows,
    HugeValues,
    ExtremeValues,
    EmptyColumn,
    TextInNumericColumn,
    TextTreatedAsMissing,
    DateTimeColumn,
    IdentifierColumn,
    MissingValuesMedian,
    MissingValuesMostFrequent,
    MissingTarget,
    ConstantTarget,
    ConstantTargetNoValues,
    TargetNotCategorical,
    TooFewRowsPerClass,
    TargetMissing,
    NoFeatures,
    FederationTextInNumericColumn,
    NotBoolean,
    UnseenCategory,
    UnknownClass,
    FederationMissingTarget,
    NoKnownClass,
    MissingColumn,
    EvaluationTargetMissing,
    RowsSkipped,
    EvaluationNoRows,
    ExcludedColumnMissing,
};

/// A sentence's code, variant and English text; "%1".."%9" stand for the issue's args.
struct IssueSentenceText
{
    IssueSentence sentence;
    std::string_view code;
    std::string_view variant; // empty for a code's first sentence
    std::string_view message;
    std::string_view hint;
};

/// A cell an issue quotes, with the file line it is on.
struct IssueSample
{
    long line = 0;
    std::string value; // the cell's text, cut after 40 characters with "..."
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
    std::string variant; // which of the code's sentences; empty for its first one
    // The values the sentence is made of, in the order of its %1, %2...: numbers as the English
    // prints them, names, and lists already joined.
    std::vector<std::string> args;
    std::vector<IssueSample> samples; // the cells a list argument quotes, for other languages

    /// "file:row:column: error: message. hint"
    [[nodiscard]] std::string toString() const;
};

/// Every sentence the engine reports, in the order of IssueSentence.
[[nodiscard]] std::span<const IssueSentenceText> issueSentences();
/// The distinct codes of issueSentences(): every code an engine report can hold.
[[nodiscard]] std::vector<std::string> knownIssueCodes();

class ValidationReport
{
public:
    /// Adds one of the engine's sentences with `args` in place of its %1, %2...
    void addError(IssueSentence sentence, long row, std::string column,
                  std::vector<std::string> args = {}, std::vector<IssueSample> samples = {});
    void addWarning(IssueSentence sentence, long row, std::string column,
                    std::vector<std::string> args = {}, std::vector<IssueSample> samples = {});
    /// An issue in words of its own, without a sentence of the catalogue (and so without args).
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
    void add(Severity severity, IssueSentence sentence, long row, std::string column,
             std::vector<std::string> args, std::vector<IssueSample> samples);
    void add(Severity severity, std::string code, long row, std::string column, std::string message,
             std::string hint);

    std::string m_file;
    std::vector<ValidationIssue> m_issues;
};

} // namespace cohort::engine
