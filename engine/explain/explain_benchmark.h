// runExplainBenchmark: how long one explanation takes with the default network, the figures
// behind the explanation speed claim. Prints nothing; the caller reports the numbers.
#pragma once

#include <cstddef>

namespace cohort::engine
{

struct ExplainBenchmark
{
    double exactMilliseconds = 0.0;  // per explanation, exact method
    double kernelMilliseconds = 0.0; // per explanation, Kernel SHAP
    int exactColumns = 8;
    int kernelColumns = 30;
    std::size_t backgroundRows = 100; // unsummarised background rows in both cases
    int kernelSamples = 2048;
    int exactCoalitions = 0;  // coalitions evaluated per explanation (each on every background row)
    int kernelCoalitions = 0; // distinct coalitions, sampled ones deduplicated
};

/// Trains the default network (hidden 128-64-32) briefly on synthetic numeric data, then
/// times explanations on one compute thread: exact with 8 columns and Kernel SHAP with 30
/// (default samples), each against 100 background rows, after one untimed warm-up.
/// Sets LibTorch's thread count to 1 for the process, as training does by default.
[[nodiscard]] ExplainBenchmark runExplainBenchmark();

} // namespace cohort::engine
