// What a participant's model update may be before it is mixed into a global or a neighbour's
// model: the model's length, finite numbers, and a step from the model it started from that
// is in proportion with that model and with the round's other steps. One huge but finite
// update would otherwise take over every model for good.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/reason.h"

namespace cohort::engine
{

struct UpdateBounds
{
    /// A step (Euclidean distance from the starting model) may be this many times the starting
    /// model's norm (or 1, for a model near zero).
    double maxRelativeStep = 10.0;
    /// With three or more updates, a step this many times the median step is refused.
    double maxStepOverMedian = 10.0;
};

/// Euclidean norm, summed in double so that float-sized extremes do not overflow.
[[nodiscard]] double modelNorm(const std::vector<float> &model);
/// Euclidean distance between two models of the same length, in double.
[[nodiscard]] double modelDistance(const std::vector<float> &a, const std::vector<float> &b);

/// Why `update` cannot be used as a step from `start`, in words; nothing when it can.
[[nodiscard]] std::optional<Reason> refuseUpdate(const std::vector<float> &start,
                                                      const std::vector<float> &update,
                                                      const UpdateBounds &bounds);

/// As refuseUpdate, in one pass, with the start's norm known (a round checks many updates
/// against one start); writes the step's length to `step` when the lengths match.
[[nodiscard]] std::optional<Reason> refuseStep(const std::vector<float> &start,
                                                    double startNorm,
                                                    const std::vector<float> &update,
                                                    const UpdateBounds &bounds, double &step);

/// For a round's steps (distances from the same start): the indices of those more than
/// maxStepOverMedian times the median step, each with its reason; none with fewer than 3.
[[nodiscard]] std::vector<std::pair<std::size_t, Reason>>
outlyingSteps(const std::vector<double> &steps, const UpdateBounds &bounds);

} // namespace cohort::engine
