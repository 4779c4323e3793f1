// The engine's validation issues in the user's language: each issue's code, variant and
// arguments become a translated sentence and hint, with numbers in the user's locale, in words
// for a window rather than a command line.
#pragma once

#include <QLocale>
#include <QString>

#include <string>

#include "data/validation_report.h"

namespace cohort::app
{

struct IssueText
{
    QString message; // what is wrong
    QString hint;    // what to do about it; empty when there is nothing to do
};

/// The issue's message and hint in the user's language; the engine's English for an issue
/// the app has no sentence for (or whose arguments do not fit it).
[[nodiscard]] IssueText issueTextOf(const engine::ValidationIssue &issue,
                                    const QLocale &locale = QLocale());

/// Whether issueTextOf() has a sentence of its own for `code` and `variant`.
[[nodiscard]] bool hasIssueText(const std::string &code, const std::string &variant);

/// A report for a message: one line per issue (errors first, each with its file line and
/// column), then how many errors and warnings there are.
[[nodiscard]] QString issueReportText(const engine::ValidationReport &report,
                                      const QLocale &locale = QLocale());

} // namespace cohort::app
