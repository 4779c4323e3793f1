#include "cli/cli_output.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>

namespace cohort::app
{

int exitCodeFor(const engine::Error &error)
{
    switch (error.code)
    {
    case engine::ErrorCode::InvalidInput:
    case engine::ErrorCode::NotFound:
    case engine::ErrorCode::Cancelled:
        return kExitBadInput;
    case engine::ErrorCode::Io:
    case engine::ErrorCode::Internal:
        break;
    }
    return kExitInternal;
}

void printReportIfAny(const engine::ValidationReport &report)
{
    if (!report.issues().empty())
        std::cerr << report.toText();
}

int reportFailure(const engine::Error &error, const engine::ValidationReport *report, bool json)
{
    if (report)
        printReportIfAny(*report);
    std::cerr << "error: " << error.toString() << "\n";
    if (json)
    {
        nlohmann::json document = {{"ok", false},
                                   {"error",
                                    {{"message", error.message},
                                     {"hint", error.hint},
                                     {"file", error.file},
                                     {"row", error.row},
                                     {"column", error.column}}}};
        if (report)
            document["validation"] = report->toJson();
        printJson(document);
    }
    return exitCodeFor(error);
}

std::string formatNumber(double value, int digits)
{
    if (std::isnan(value))
        return "n/a";
    char buffer[64];
    // Past 1e15 fixed notation prints dozens of meaningless digits: use an exponent.
    if (std::abs(value) >= 1e15)
        std::snprintf(buffer, sizeof(buffer), "%.*g", std::max(digits, 1) + 1, value);
    else
        std::snprintf(buffer, sizeof(buffer), "%.*f", digits, value);
    return buffer;
}

std::string metricsSummary(const engine::ClassificationMetrics &m)
{
    std::string text;
    text += "  rows:              " + std::to_string(m.sampleCount) + "\n";
    text += "  accuracy:          " + formatNumber(m.accuracy) + "\n";
    text += "  balanced accuracy: " + formatNumber(m.balancedAccuracy) + "\n";
    text += "  macro F1:          " + formatNumber(m.macroF1) + "  (precision "
            + formatNumber(m.macroPrecision) + ", recall " + formatNumber(m.macroRecall) + ")\n";
    text += "  ROC AUC:           " + formatNumber(m.rocAuc) + "\n";
    text += "  log loss:          " + formatNumber(m.logLoss) + "\n";
    text +=
        "  recall@" + std::to_string(m.topK) + ":          " + formatNumber(m.topKAccuracy) + "\n";
    text += "  per class:\n";
    for (const engine::ClassMetrics &c : m.perClass)
    {
        text += "    " + c.name + ": precision " + formatNumber(c.precision) + ", recall "
                + formatNumber(c.recall) + ", F1 " + formatNumber(c.f1) + ", "
                + std::to_string(c.support) + " rows\n";
    }
    text += "  confusion matrix (rows: true class, columns: predicted):\n";
    for (std::size_t i = 0; i < m.confusion.size(); ++i)
    {
        text += "    " + m.classNames[i] + ":";
        for (const long count : m.confusion[i])
            text += " " + std::to_string(count);
        text += "\n";
    }
    text += "  " + engine::baselineVerdict(m) + "\n";
    return text;
}

void printJson(const nlohmann::json &document)
{
    std::cout << document.dump(2) << std::endl;
}

} // namespace cohort::app
