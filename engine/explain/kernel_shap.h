// Kernel SHAP (Lundberg & Lee 2017) with paired sampling (Covert & Lee 2021): Shapley values
// estimated from sampled coalitions when there are too many columns to enumerate them all.
#pragma once

#include <atomic>
#include <cstdint>

#include "core/result.h"
#include "explain/coalition_values.h"

namespace cohort::engine
{

/// Draws samples/2 coalitions from the Shapley kernel distribution, each with its complement,
/// evaluates every distinct one once, and solves the weighted least-squares problem with
/// efficiency (base + sum of values = output) enforced exactly. Standard errors are the
/// sandwich (delta-method) estimate over the sampled pairs. Needs at least two columns; too
/// few samples for the columns is an InvalidInput error.
[[nodiscard]] Result<ShapleyEstimate> kernelShap(CoalitionValues &values, int samples,
                                                 std::uint64_t seed,
                                                 const std::atomic<bool> *cancel);

} // namespace cohort::engine
