// Exact Shapley values by enumerating all 2^M coalitions of the M original columns.
#pragma once

#include <atomic>

#include "core/result.h"
#include "explain/coalition_values.h"

namespace cohort::engine
{

/// The most columns exact enumeration accepts: 2^20 coalitions times the background rows
/// is already far more model rows than an interactive explanation can afford.
inline constexpr int kMaxExactColumns = 20;

/// phi_i = sum over S without i of |S|!(M-|S|-1)!/M! (v(S+i) - v(S)); standard errors are 0.
/// Efficiency (base + sum of values = output) holds up to rounding.
[[nodiscard]] Result<ShapleyEstimate> exactShapley(CoalitionValues &values,
                                                   const std::atomic<bool> *cancel);

} // namespace cohort::engine
