// Output conventions shared by every cohort-cli command: exit codes, error and validation
// report printing, and the metrics summary, in text or JSON.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "core/result.h"
#include "data/validation_report.h"
#include "eval/classification_metrics.h"

namespace cohort::app
{

inline constexpr int kExitOk = 0;
inline constexpr int kExitInternal = 1;
inline constexpr int kExitBadInput = 2;

/// 2 for the user's input (InvalidInput, NotFound, Cancelled), 1 for everything else.
[[nodiscard]] int exitCodeFor(const engine::Error &error);

/// Prints a failure: the report (if any issue) and the error on stderr; with `json` also a
/// {"ok": false, ...} document on stdout. Returns the exit code.
int reportFailure(const engine::Error &error, const engine::ValidationReport *report, bool json);

/// Prints the report's warnings (and errors) on stderr, if there are any.
void printReportIfAny(const engine::ValidationReport &report);

/// Multi-line plain-text summary of metrics, indented by two spaces.
[[nodiscard]] std::string metricsSummary(const engine::ClassificationMetrics &metrics);

/// A number with `digits` decimals (with an exponent from 1e15 on); "n/a" for NaN.
[[nodiscard]] std::string formatNumber(double value, int digits = 3);

/// Prints a JSON document to stdout.
void printJson(const nlohmann::json &document);

} // namespace cohort::app
