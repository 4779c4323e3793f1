// MlpClassifier: a multilayer-perceptron classifier whose parameters live in one contiguous
// float buffer (the layers are views into it), with a hand-written forward/backward pass.
// LibTorch stays inside the .cpp file.
#pragma once

#include <cstddef>
#include <cstdint>
#include <exception>
#include <memory>
#include <string>
#include <vector>

#include "core/result.h"
#include "data/feature_matrix.h"
#include "model/mlp_spec.h"

namespace cohort::engine
{

/// Mean loss and accuracy of a model over labelled rows.
struct LossAndAccuracy
{
    double loss = 0.0;
    double accuracy = 0.0;
};

class MlpClassifier
{
public:
    /// A network with PyTorch's default Linear initialisation (uniform in +-1/sqrt(fan_in))
    /// drawn from `seed`; dropout masks are drawn from the same seed.
    [[nodiscard]] static Result<MlpClassifier> create(const MlpSpec &spec, std::uint64_t seed);

    MlpClassifier(MlpClassifier &&other) noexcept;
    MlpClassifier &operator=(MlpClassifier &&other) noexcept;
    ~MlpClassifier();

    [[nodiscard]] const MlpSpec &spec() const;
    [[nodiscard]] std::size_t parameterCount() const;

    /// The flat parameter buffer: all weight matrices (row-major, out x in) layer by layer,
    /// then all biases. weightCount() leading entries are weights.
    [[nodiscard]] float *parameters();
    [[nodiscard]] const float *parameters() const;
    /// Gradients in the same layout, written by computeGradients().
    [[nodiscard]] float *gradients();

    [[nodiscard]] std::vector<float> parameterVector() const;
    [[nodiscard]] Result<void> setParameters(const std::vector<float> &values);

    /// Class probabilities, rows x classCount (binary: [1-p, p]); dropout off.
    [[nodiscard]] std::vector<float> predictProbabilities(const FeatureMatrix &inputs) const;

    /// Forward and backward pass on one batch: writes the gradient of the weighted mean
    /// cross-entropy into gradients() and returns that loss. sampleWeights may be null.
    double computeGradients(const float *inputs, const int *labels, const float *sampleWeights,
                            std::size_t batchSize, bool training);

    /// Restarts the dropout masks' random stream, so that a training run depends on its seed
    /// only, not on what the model trained before (a federated round resumed by a new hub).
    void reseedDropout(std::uint64_t seed);

    /// Mean cross-entropy and accuracy over `inputs` (no dropout, no gradients).
    [[nodiscard]] LossAndAccuracy evaluate(const FeatureMatrix &inputs,
                                           const std::vector<int> &labels) const;

private:
    struct Impl;
    explicit MlpClassifier(std::unique_ptr<Impl> impl);
    // Allocates and initialises a validated spec; throws on allocation failure.
    [[nodiscard]] static MlpClassifier build(const MlpSpec &spec, std::uint64_t seed);
    std::unique_ptr<Impl> m_impl;
};

/// Mean cross-entropy (probabilities clipped at 1e-15) and accuracy of n x classCount
/// probabilities against `labels`; rows whose label is not a class (-1: missing) are left out.
[[nodiscard]] LossAndAccuracy lossAndAccuracyOf(const std::vector<float> &probabilities,
                                                const std::vector<int> &labels,
                                                std::size_t classCount);

/// Sets LibTorch's intra-op thread count (process-wide); small MLPs are fastest on one.
void setComputeThreads(int threads);

/// The Error for the exception being handled, saying what `action` was: std::bad_alloc and
/// LibTorch's c10::Error (out of memory, a refused shape) without its backtrace. Call it only
/// from a catch block.
[[nodiscard]] Error computeFailure(const std::string &action);

/// Runs `body`, which returns a Result, and turns an allocation failure or a LibTorch error it
/// throws into that Result's error: the edge past which they never travel.
template <typename Body>
[[nodiscard]] auto catchComputeErrors(const std::string &action, Body &&body) -> decltype(body())
{
    try
    {
        return body();
    }
    catch (const std::exception &)
    {
        return computeFailure(action);
    }
}

} // namespace cohort::engine
