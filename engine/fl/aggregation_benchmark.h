// measureAggregation: how fast one aggregate() call of a strategy runs on synthetic updates,
// the figure behind the aggregation performance claim.
#pragma once

#include <cstddef>
#include <string>

#include "core/result.h"

namespace cohort::engine
{

struct AggregationFigures
{
    double gigabytesPerSecond = 0.0; // input bytes (parameters * clients * 4) / seconds / 1e9
    double seconds = 0.0;            // wall time of one aggregate() call
};

/// Builds `clients` synthetic updates of `parameters` floats, runs one untimed warm-up round,
/// then times one aggregate() call of the named strategy (default settings). Needs about
/// (clients + 5) * parameters * 4 bytes.
[[nodiscard]] Result<AggregationFigures> measureAggregation(const std::string &strategy,
                                                            std::size_t parameters, int clients);

} // namespace cohort::engine
