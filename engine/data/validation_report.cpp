#include "data/validation_report.h"

#include <algorithm>

#include <nlohmann/json.hpp>

namespace cohort::engine
{

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

void ValidationReport::add(Severity severity, std::string code, long row, std::string column,
                           std::string message, std::string hint)
{
    m_issues.push_back(ValidationIssue{severity, std::move(code), m_file, row, std::move(column),
                                       std::move(message), std::move(hint)});
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
