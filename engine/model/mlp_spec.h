// MlpSpec: the shape and regularisation of a multilayer-perceptron classifier, enough to
// rebuild the same network from a stored model version.
#pragma once

#include <cstddef>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/result.h"

namespace cohort::engine
{

/// Bounds on a network's shape, checked before anything is allocated, wherever a spec comes
/// from (a flag, the app, a stored version, a hub's message).
inline constexpr int kMaxHiddenLayers = 8;
inline constexpr int kMaxHiddenWidth = 4096;
inline constexpr int kMaxInputWidth = 65536;
inline constexpr int kMaxClassCount = 1000;
inline constexpr std::size_t kMaxParameters = std::size_t{1} << 25; // 128 MiB of float32

/// Checks hidden layer widths against kMaxHiddenLayers and kMaxHiddenWidth; the message says
/// which width is wrong and what the bounds are.
[[nodiscard]] Result<void> validateHiddenLayers(const std::vector<int> &widths);

struct MlpSpec
{
    int inputWidth = 0;
    std::vector<int> hiddenLayers{128, 64, 32};
    int classCount = 2;        // 2: one sigmoid output; more: softmax over classCount outputs
    double dropout = 0.3;      // on every hidden layer while training
    double weightDecay = 0.01; // L2 penalty on the weights (not the biases)

    [[nodiscard]] int outputWidth() const { return classCount == 2 ? 1 : classCount; }
    /// Widths from input to output, e.g. {9, 128, 64, 32, 5}.
    [[nodiscard]] std::vector<int> layerWidths() const;
    [[nodiscard]] std::size_t weightCount() const;    // all weight matrices
    [[nodiscard]] std::size_t parameterCount() const; // weights and biases
    /// Checks the numbers make a network within the bounds above; says which one does not.
    [[nodiscard]] Result<void> validate() const;
};

[[nodiscard]] nlohmann::json toJson(const MlpSpec &spec);
[[nodiscard]] Result<MlpSpec> mlpSpecFromJson(const nlohmann::json &json);

} // namespace cohort::engine
