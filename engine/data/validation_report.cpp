#include "data/validation_report.h"

#include <algorithm>
#include <array>

#include <nlohmann/json.hpp>

#include "core/text_template.h"

namespace cohort::engine
{

namespace
{

using S = IssueSentence;

// The English the command line prints. The app translates the same sentences by code and
// variant (app/bridge/issue_text.cpp): a new sentence needs an entry there too.
constexpr std::array kSentences = {
    IssueSentenceText{S::RaggedRow, "ragged_row", "", "row has %1 fields, the header has %2",
                      "check for a missing or extra delimiter or an unclosed quote"},
    IssueSentenceText{S::RaggedRowsMore, "ragged_row", "more_rows",
                      "%1 more rows have the wrong number of fields",
                      "fix the rows listed above first; the others are likely alike"},
    IssueSentenceText{S::HeaderLooksLikeData, "header_looks_like_data", "",
                      "the first row (%1, ...) looks like data, not column names",
                      "add a header row, or name the columns with --columns a,b,c"},
    IssueSentenceText{S::EmptyColumnName, "empty_column_name", "",
                      "column %1 has no name; called %2",
                      "give every column a name in the header row"},
    IssueSentenceText{S::DuplicateColumn, "duplicate_column", "", "two columns are named '%1'",
                      "rename one of them in the header row"},
    IssueSentenceText{S::TooFewColumns, "too_few_columns", "",
                      "the file has %1 column(s); at least 2 are needed (features and a target)",
                      "check the delimiter (comma, semicolon or tab) of the file"},
    IssueSentenceText{S::FileTooLarge, "file_too_large", "", "the file is larger than 4 GB",
                      "split it into several files"},
    IssueSentenceText{S::UndecodableBytes, "undecodable_bytes", "",
                      "byte %1 at offset %2 is not valid UTF-8 or Latin-1 text",
                      "save the file as CSV in UTF-8 encoding"},
    IssueSentenceText{S::Latin1Encoding, "latin1_encoding", "",
                      "the file is not UTF-8; it was read as Latin-1 (ISO-8859-1)",
                      "check accented names; save as UTF-8 to silence this warning"},
    IssueSentenceText{S::EmptyFile, "empty_file", "", "the file is empty",
                      "export the data again with a header row and data rows"},
    IssueSentenceText{S::ParseError, "parse_error", "", "the CSV parser stopped: %1",
                      "check the quoting of this row"},
    IssueSentenceText{S::NoRows, "no_rows", "", "the file has a header but no data rows",
                      "export the data again with its rows"},
    IssueSentenceText{S::HugeValues, "huge_values", "",
                      "%1 value(s) beyond +-%2 (%3) are too large to compute with; they will be "
                      "clipped to +-%2",
                      "check these values for typing or unit errors, or rescale the column"},
    IssueSentenceText{S::ExtremeValues, "extreme_values", "",
                      "%1 extreme value(s), e.g. %2, far outside the typical range [%3, %4]; they "
                      "will be clipped to the training data's quantiles",
                      "check these values for typing or unit errors"},
    IssueSentenceText{S::EmptyColumn, "empty_column", "", "the column has no values; it is ignored",
                      ""},
    IssueSentenceText{S::TextInNumericColumn, "text_in_numeric_column", "",
                      "the column holds numbers but %1 cell(s) are text (%2)",
                      "correct these cells, or leave them empty or NA if the value is unknown"},
    IssueSentenceText{S::TextTreatedAsMissing, "text_in_numeric_column", "treated_as_missing",
                      "%1 text cell(s) in a numeric column (%2) are treated as missing", ""},
    IssueSentenceText{S::DateTimeColumn, "date_time_column", "",
                      "the column holds dates or times; it is not used as a feature",
                      "to use it, add a number computed from it (an age in days, an hour of the "
                      "day) as a column of its own"},
    IssueSentenceText{S::IdentifierColumn, "identifier_column", "",
                      "the column looks like an identifier or free text (%1 distinct values); it "
                      "is not used as a feature",
                      ""},
    IssueSentenceText{S::MissingValuesMedian, "missing_values", "",
                      "%1 missing value(s) (%2%) will be filled with the median of the training "
                      "rows",
                      ""},
    IssueSentenceText{S::MissingValuesMostFrequent, "missing_values", "most_frequent",
                      "%1 missing value(s) (%2%) will be filled with the most frequent value of "
                      "the training rows",
                      ""},
    IssueSentenceText{S::MissingTarget, "missing_target", "",
                      "%1 row(s) without a target value are dropped", ""},
    IssueSentenceText{S::ConstantTarget, "constant_target", "",
                      "the target has only one value ('%1'); there is nothing to learn",
                      "choose a column with at least two classes"},
    IssueSentenceText{S::ConstantTargetNoValues, "constant_target", "no_values",
                      "the target column has no values",
                      "choose a column with at least two classes"},
    IssueSentenceText{S::TargetNotCategorical, "target_not_categorical", "",
                      "the target has %1 distinct values; Cohort trains classifiers",
                      "choose a column with a few classes, or group the values into classes"},
    IssueSentenceText{S::TooFewRowsPerClass, "too_few_rows_per_class", "",
                      "class '%1' has %2 row(s); at least %3 are needed",
                      "add rows of this class, or remove or merge it"},
    IssueSentenceText{S::TargetMissing, "target_missing", "", "there is no column named '%1'",
                      "choose the target among: %2"},
    IssueSentenceText{S::NoFeatures, "no_features", "", "no column is usable as a feature",
                      "add numeric, yes/no or categorical columns besides the target"},
    IssueSentenceText{S::FederationTextInNumericColumn, "text_in_numeric_column", "federation",
                      "the federation's column is numeric but %1 of its %2 cell(s) are text (%3)",
                      "correct these cells, or leave them empty or NA if the value is unknown"},
    IssueSentenceText{S::NotBoolean, "not_boolean", "",
                      "the federation's column is yes/no but %1 cell(s) are not (%2)",
                      "use 0/1, yes/no or true/false, or leave the cell empty if the value is "
                      "unknown"},
    IssueSentenceText{S::UnseenCategory, "unseen_category", "",
                      "%1 cell(s) hold categories the federation has not seen (%2); they are "
                      "encoded as all zeros",
                      "check the spelling against the federation's categories: %3"},
    IssueSentenceText{S::UnknownClass, "unknown_class", "",
                      "%1 row(s) have a class the federation does not know (%2); they are left out",
                      "the federation's classes are: %3"},
    IssueSentenceText{S::FederationMissingTarget, "missing_target", "federation",
                      "%1 row(s) without a target value are left out", ""},
    IssueSentenceText{S::NoKnownClass, "no_known_class", "",
                      "no row has one of the federation's classes (%1)",
                      "check that the target column holds the same class labels as the hub's"},
    IssueSentenceText{S::MissingColumn, "missing_column", "",
                      "the federation needs the column '%1', which the file does not have",
                      "rename or add the column: every site needs the federation's columns"},
    IssueSentenceText{S::EvaluationTargetMissing, "target_missing", "evaluation",
                      "the file has no column '%1', the target the model predicts",
                      "evaluate on a file with the true classes; use predict for unlabelled rows"},
    IssueSentenceText{S::RowsSkipped, "rows_skipped", "",
                      "%1 row(s) have no target value or a class the model does not know; they "
                      "are not evaluated",
                      ""},
    IssueSentenceText{S::EvaluationNoRows, "no_rows", "evaluation",
                      "no row has a class the model knows",
                      "check that the target column holds the model's classes"},
    IssueSentenceText{S::ExcludedColumnMissing, "excluded_column_missing", "",
                      "there is no column named '%1' to leave out", "the file's columns are: %2"},
};

constexpr bool inSentenceOrder()
{
    for (std::size_t i = 0; i < kSentences.size(); ++i)
    {
        if (static_cast<std::size_t>(kSentences[i].sentence) != i)
            return false;
    }
    return true;
}
static_assert(inSentenceOrder(), "kSentences lists every IssueSentence in the enum's order");

} // namespace

std::span<const IssueSentenceText> issueSentences()
{
    return kSentences;
}

std::vector<std::string> knownIssueCodes()
{
    std::vector<std::string> codes;
    for (const IssueSentenceText &sentence : kSentences)
    {
        if (std::find(codes.begin(), codes.end(), sentence.code) == codes.end())
            codes.emplace_back(sentence.code);
    }
    return codes;
}

std::string ValidationIssue::toString() const
{
    std::string text = file.empty() ? std::string("<input>") : file;
    if (row >= 0)
    {
        text += ':';
        text += std::to_string(row);
    }
    if (!column.empty())
    {
        text += ':';
        text += column;
    }
    text += severity == Severity::Error ? ": error: " : ": warning: ";
    text += message;
    if (!hint.empty())
    {
        std::string sentence = hint;
        if (sentence[0] >= 'a' && sentence[0] <= 'z')
            sentence[0] = static_cast<char>(sentence[0] - 'a' + 'A');
        text += ". ";
        text += sentence;
    }
    return text;
}

void ValidationReport::addError(IssueSentence sentence, long row, std::string column,
                                std::vector<std::string> args, std::vector<IssueSample> samples)
{
    add(Severity::Error, sentence, row, std::move(column), std::move(args), std::move(samples));
}

void ValidationReport::addWarning(IssueSentence sentence, long row, std::string column,
                                  std::vector<std::string> args, std::vector<IssueSample> samples)
{
    add(Severity::Warning, sentence, row, std::move(column), std::move(args), std::move(samples));
}

void ValidationReport::addError(std::string code, long row, std::string column, std::string message,
                                std::string hint)
{
    add(Severity::Error, std::move(code), row, std::move(column), std::move(message),
        std::move(hint));
}

void ValidationReport::addWarning(std::string code, long row, std::string column,
                                  std::string message, std::string hint)
{
    add(Severity::Warning, std::move(code), row, std::move(column), std::move(message),
        std::move(hint));
}

void ValidationReport::add(Severity severity, IssueSentence sentence, long row, std::string column,
                           std::vector<std::string> args, std::vector<IssueSample> samples)
{
    const IssueSentenceText &text = kSentences[static_cast<std::size_t>(sentence)];
    ValidationIssue issue;
    issue.severity = severity;
    issue.code = text.code;
    issue.file = m_file;
    issue.row = row;
    issue.column = std::move(column);
    issue.message = fillTemplate(text.message, args);
    issue.hint = fillTemplate(text.hint, args);
    issue.variant = text.variant;
    issue.args = std::move(args);
    issue.samples = std::move(samples);
    m_issues.push_back(std::move(issue));
}

void ValidationReport::add(Severity severity, std::string code, long row, std::string column,
                           std::string message, std::string hint)
{
    ValidationIssue issue;
    issue.severity = severity;
    issue.code = std::move(code);
    issue.file = m_file;
    issue.row = row;
    issue.column = std::move(column);
    issue.message = std::move(message);
    issue.hint = std::move(hint);
    m_issues.push_back(std::move(issue));
}

long ValidationReport::errorCount() const
{
    return std::count_if(m_issues.begin(), m_issues.end(),
                         [](const ValidationIssue &i) { return i.severity == Severity::Error; });
}

long ValidationReport::warningCount() const
{
    return static_cast<long>(m_issues.size()) - errorCount();
}

bool ValidationReport::contains(const std::string &code) const
{
    return std::any_of(m_issues.begin(), m_issues.end(),
                       [&](const ValidationIssue &i) { return i.code == code; });
}

std::string ValidationReport::toText() const
{
    std::string text;
    for (const Severity pass : {Severity::Error, Severity::Warning})
    {
        for (const ValidationIssue &issue : m_issues)
        {
            if (issue.severity == pass)
                text += issue.toString() + "\n";
        }
    }
    text += std::to_string(errorCount()) + " error(s), " + std::to_string(warningCount())
            + " warning(s)";
    if (hasErrors())
        text += ": fix the errors above before training";
    text += "\n";
    return text;
}

nlohmann::json ValidationReport::toJson() const
{
    nlohmann::json issues = nlohmann::json::array();
    for (const ValidationIssue &issue : m_issues)
    {
        issues.push_back({{"severity", issue.severity == Severity::Error ? "error" : "warning"},
                          {"code", issue.code},
                          {"file", issue.file},
                          {"row", issue.row},
                          {"column", issue.column},
                          {"message", issue.message},
                          {"hint", issue.hint}});
    }
    return {{"errors", errorCount()}, {"warnings", warningCount()}, {"issues", issues}};
}

} // namespace cohort::engine
