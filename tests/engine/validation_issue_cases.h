// The validation-issue test's files: one per sentence the engine can report, with the English
// it reports today, word for word, split by the stage that reports it.
#pragma once

#include <QString>

#include <functional>
#include <string>
#include <vector>

#include "data/validation_report.h"

namespace cohort::engine::test
{

struct Case
{
    const char *name;
    QString kind;
    std::string text;
    std::string target;
    // The issue looked for, and what it must say.
    std::string code;
    std::string variant;
    bool error;
    long row;
    std::string column;
    std::string message;
    std::string hint;
    std::vector<std::string> args;
    std::vector<std::string> samples; // "line value"
};

/// Reading a file and inferring its columns and target.
[[nodiscard]] std::vector<Case> fileCases();
/// A site's file checked against a hub's schema, and a model evaluated on a file.
[[nodiscard]] std::vector<Case> siteAndEvaluationCases();

/// The report of importing `text` ("csv"; "exclude-outcome" leaves out a column "outcome"),
/// checking it against the hub's schema ("site") or evaluating a small untrained model on it
/// ("evaluate").
[[nodiscard]] ValidationReport reportOf(const QString &kind, const std::string &text,
                                        const std::string &target);

// `count` rows of "x,y,label" with numbers and two classes, after `first`.
inline std::string rows(int count, const std::string &first = "x,y,label\n")
{
    std::string text = first;
    for (int i = 0; i < count; ++i)
        text +=
            std::to_string(i) + "," + std::to_string(i * 3 % 7) + "," + (i % 2 ? "a" : "b") + "\n";
    return text;
}

// `count` rows of "<header>,label" whose first column is `cell(i)`, two classes.
inline std::string column(const std::string &header, int count,
                          const std::function<std::string(int)> &cell)
{
    std::string text = header + ",label\n";
    for (int i = 0; i < count; ++i)
        text += cell(i) + "," + (i % 2 ? "a" : "b") + "\n";
    return text;
}

inline const std::string kHintRagged =
    "check for a missing or extra delimiter or an unclosed quote";
inline const std::string kHintCells =
    "correct these cells, or leave them empty or NA if the value is unknown";
inline const std::string kHintTwoClasses = "choose a column with at least two classes";

} // namespace cohort::engine::test
