// Trainer: mini-batch training of an MlpClassifier with Adam or SGD, a learning-rate
// schedule, early stopping on validation loss, optional class weights, progress and cancel.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/result.h"
#include "data/feature_matrix.h"
#include "model/mlp_classifier.h"
#include "train/flat_optimizer.h"

namespace cohort::engine
{

enum class LearningRateSchedule
{
    Constant,
    Step,   // multiply by stepGamma every stepEpochs epochs
    Cosine, // cosine decay to 0 over the epochs
};

[[nodiscard]] Result<LearningRateSchedule> scheduleFromString(const std::string &name);
[[nodiscard]] std::string toString(LearningRateSchedule schedule);

/// Bounds on every training setting, wherever it comes from (a flag, the app, a hub's request).
inline constexpr int kMaxEpochs = 10000;
inline constexpr int kMaxBatchSize = 65536; // a larger batch is also cut to the training rows
inline constexpr double kMaxLearningRate = 10.0;
inline constexpr double kMaxProximalMu = 1000.0;

struct TrainOptions
{
    int epochs = 60;
    int batchSize = 64;
    double learningRate = 1e-3;
    OptimizerKind optimizer = OptimizerKind::Adam;
    double momentum = 0.9;
    LearningRateSchedule schedule = LearningRateSchedule::Constant;
    int stepEpochs = 20;
    double stepGamma = 0.5;
    int patience = 10;         // epochs without a better validation loss; 0 = never stop early
    bool classWeights = false; // weight rows by inverse class frequency
    /// FedProx (Li et al., 2020): adds (mu/2)||w - proximalCenter||^2 to the loss, keeping a
    /// site's local model near the global one. 0 = off; the center must then be empty.
    double proximalMu = 0.0;
    std::vector<float> proximalCenter;
    std::uint64_t seed = 42;
    int threads = 1; // LibTorch intra-op threads; small MLPs are fastest on one

    /// Checks every setting against the bounds above; the message names the setting, its
    /// value and the bounds.
    [[nodiscard]] Result<void> validate() const;
};

struct EpochReport
{
    int epoch = 0; // 1-based
    int epochs = 0;
    double trainLoss = 0.0;
    double validationLoss = 0.0;
    double trainAccuracy = 0.0;
    double validationAccuracy = 0.0;
    double learningRate = 0.0;
    double seconds = 0.0; // wall time of this epoch
};

struct TrainOutcome
{
    std::vector<EpochReport> history;
    int bestEpoch = 0; // the model keeps this epoch's weights
    bool stoppedEarly = false;
    bool cancelled = false;
    double samplesPerSecond = 0.0;
    std::size_t batchRows = 0; // rows per batch: the batch size, at most the training rows
};

using EpochCallback = std::function<void(const EpochReport &)>;

/// Trains `model` in place. Validation rows drive early stopping; with none, the last epoch
/// wins. `cancel` is checked before every batch; a cancelled run keeps the best weights so far.
[[nodiscard]] Result<TrainOutcome>
trainClassifier(MlpClassifier &model, const FeatureMatrix &trainInputs,
                const std::vector<int> &trainLabels, const FeatureMatrix &validationInputs,
                const std::vector<int> &validationLabels, const TrainOptions &options,
                const EpochCallback &onEpoch = {}, const std::atomic<bool> *cancel = nullptr);

} // namespace cohort::engine
