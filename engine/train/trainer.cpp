#include "train/trainer.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <numbers>
#include <random>

namespace cohort::engine
{

namespace
{

using Clock = std::chrono::steady_clock;

std::string shortNumber(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof(buffer), "%.15g", value);
    return buffer;
}

double learningRateAt(const TrainOptions &options, int epoch)
{
    switch (options.schedule)
    {
    case LearningRateSchedule::Step:
        return options.learningRate
               * std::pow(options.stepGamma, (epoch - 1) / std::max(1, options.stepEpochs));
    case LearningRateSchedule::Cosine:
        return options.learningRate * 0.5
               * (1.0 + std::cos(std::numbers::pi * (epoch - 1) / std::max(1, options.epochs)));
    case LearningRateSchedule::Constant:
        break;
    }
    return options.learningRate;
}

// Inverse class frequency, normalised so that the weights average to 1 over the rows.
std::vector<float> classWeightsFor(const std::vector<int> &labels, int classCount)
{
    std::vector<double> counts(static_cast<std::size_t>(classCount), 0.0);
    for (const int label : labels)
        counts[static_cast<std::size_t>(label)] += 1.0;
    std::vector<float> weights(static_cast<std::size_t>(classCount), 1.0f);
    for (std::size_t k = 0; k < counts.size(); ++k)
    {
        if (counts[k] > 0.0)
            weights[k] = static_cast<float>(static_cast<double>(labels.size())
                                            / (static_cast<double>(classCount) * counts[k]));
    }
    return weights;
}

// Gradient of (mu/2)||w - center||^2 added to the loss gradient.
void addProximalGradient(MlpClassifier &model, const TrainOptions &options)
{
    const auto mu = static_cast<float>(options.proximalMu);
    const float *center = options.proximalCenter.data();
    const float *parameters = model.parameters();
    float *gradients = model.gradients();
    for (std::size_t i = 0; i < options.proximalCenter.size(); ++i)
        gradients[i] += mu * (parameters[i] - center[i]);
}

} // namespace

Result<LearningRateSchedule> scheduleFromString(const std::string &name)
{
    if (name == "constant")
        return LearningRateSchedule::Constant;
    if (name == "step")
        return LearningRateSchedule::Step;
    if (name == "cosine")
        return LearningRateSchedule::Cosine;
    return makeError(ErrorCode::InvalidInput, "unknown learning-rate schedule '" + name + "'",
                     "use constant, step or cosine");
}

std::string toString(LearningRateSchedule schedule)
{
    switch (schedule)
    {
    case LearningRateSchedule::Step:
        return "step";
    case LearningRateSchedule::Cosine:
        return "cosine";
    case LearningRateSchedule::Constant:
        break;
    }
    return "constant";
}

Result<void> TrainOptions::validate() const
{
    const auto outOfBounds =
        [](const std::string &setting, const std::string &value, const std::string &bounds)
    {
        return makeError(ErrorCode::InvalidInput,
                         setting + " " + value + " is out of bounds: it must be " + bounds);
    };
    const auto between = [](auto low, auto high)
    { return "between " + shortNumber(low) + " and " + shortNumber(high); };
    if (epochs < 1 || epochs > kMaxEpochs)
        return outOfBounds("the number of epochs", shortNumber(epochs), between(1, kMaxEpochs));
    if (batchSize < 1 || batchSize > kMaxBatchSize)
        return outOfBounds("the batch size", shortNumber(batchSize), between(1, kMaxBatchSize));
    if (!(learningRate > 0.0 && learningRate <= kMaxLearningRate))
        return outOfBounds("the learning rate", shortNumber(learningRate),
                           "above 0 and at most " + shortNumber(kMaxLearningRate));
    if (!(momentum >= 0.0 && momentum < 1.0))
        return outOfBounds("the momentum", shortNumber(momentum), "at least 0 and below 1");
    if (stepEpochs < 1 || stepEpochs > kMaxEpochs)
        return outOfBounds("the step length", shortNumber(stepEpochs), between(1, kMaxEpochs));
    if (!(stepGamma > 0.0 && stepGamma <= 1.0))
        return outOfBounds("the step factor", shortNumber(stepGamma), "above 0 and at most 1");
    if (patience < 0 || patience > kMaxEpochs)
        return outOfBounds("the patience", shortNumber(patience), between(0, kMaxEpochs));
    if (!(proximalMu >= 0.0 && proximalMu <= kMaxProximalMu))
        return outOfBounds("the proximal coefficient", shortNumber(proximalMu),
                           between(0, kMaxProximalMu));
    if (threads > 256) // 0 or less leaves LibTorch's thread count as it is
        return outOfBounds("the thread count", shortNumber(threads), "at most 256");
    return {};
}

Result<TrainOutcome> trainClassifier(MlpClassifier &model, const FeatureMatrix &trainInputs,
                                     const std::vector<int> &trainLabels,
                                     const FeatureMatrix &validationInputs,
                                     const std::vector<int> &validationLabels,
                                     const TrainOptions &options, const EpochCallback &onEpoch,
                                     const std::atomic<bool> *cancel)
{
    if (auto valid = options.validate(); !valid)
        return valid.error();
    if (trainInputs.rows == 0 || trainInputs.rows != trainLabels.size()
        || static_cast<int>(trainInputs.cols) != model.spec().inputWidth)
    {
        return makeError(ErrorCode::InvalidInput, "the training rows do not fit the model");
    }
    if (options.proximalMu > 0.0 && options.proximalCenter.size() != model.parameterCount())
    {
        return makeError(ErrorCode::InvalidInput,
                         "the proximal center has " + std::to_string(options.proximalCenter.size())
                             + " values but the model has "
                             + std::to_string(model.parameterCount()));
    }
    setComputeThreads(options.threads);
    const MlpSpec &spec = model.spec();
    OptimizerSettings settings;
    settings.kind = options.optimizer;
    settings.momentum = options.momentum;
    settings.weightDecay = spec.weightDecay;
    settings.decayedPrefix = spec.weightCount();
    FlatOptimizer optimizer(model.parameterCount(), settings);
    const std::vector<float> classWeights =
        options.classWeights ? classWeightsFor(trainLabels, spec.classCount) : std::vector<float>{};

    const std::size_t width = trainInputs.cols;
    // The buffers follow the rows: a batch larger than the training rows is one full batch.
    const std::size_t batchCapacity =
        std::min(static_cast<std::size_t>(options.batchSize), trainInputs.rows);
    std::vector<float> batchInputs(batchCapacity * width);
    std::vector<int> batchLabels(batchCapacity);
    std::vector<float> batchWeights(batchCapacity, 1.0f);
    std::vector<std::size_t> order(trainInputs.rows);
    std::mt19937_64 shuffler(options.seed);
    model.reseedDropout(options.seed);
    const bool validating = validationInputs.rows > 0;

    TrainOutcome outcome;
    outcome.batchRows = batchCapacity;
    std::vector<float> bestParameters = model.parameterVector();
    double bestLoss = std::numeric_limits<double>::infinity();
    double trainingSeconds = 0.0;
    double samples = 0.0;
    for (int epoch = 1; epoch <= options.epochs; ++epoch)
    {
        const auto epochStart = Clock::now();
        const double rate = learningRateAt(options, epoch);
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::shuffle(order.begin(), order.end(), shuffler);
        double lossSum = 0.0;
        for (std::size_t start = 0; start < order.size(); start += batchCapacity)
        {
            if (cancel && cancel->load(std::memory_order_relaxed))
            {
                outcome.cancelled = true;
                break;
            }
            const std::size_t count = std::min(batchCapacity, order.size() - start);
            for (std::size_t k = 0; k < count; ++k)
            {
                const std::size_t row = order[start + k];
                std::copy(trainInputs.rowData(row), trainInputs.rowData(row) + width,
                          batchInputs.begin() + static_cast<std::ptrdiff_t>(k * width));
                batchLabels[k] = trainLabels[row];
                if (!classWeights.empty())
                    batchWeights[k] = classWeights[static_cast<std::size_t>(trainLabels[row])];
            }
            const double loss = model.computeGradients(
                batchInputs.data(), batchLabels.data(),
                classWeights.empty() ? nullptr : batchWeights.data(), count, true);
            if (options.proximalMu > 0.0)
                addProximalGradient(model, options);
            optimizer.step(model.parameters(), model.gradients(), rate);
            lossSum += loss * static_cast<double>(count);
            samples += static_cast<double>(count);
        }
        trainingSeconds += std::chrono::duration<double>(Clock::now() - epochStart).count();
        if (outcome.cancelled)
            break;

        EpochReport report;
        report.epoch = epoch;
        report.epochs = options.epochs;
        report.learningRate = rate;
        report.trainLoss = lossSum / static_cast<double>(order.size());
        report.trainAccuracy = model.evaluate(trainInputs, trainLabels).accuracy;
        const LossAndAccuracy validation =
            validating ? model.evaluate(validationInputs, validationLabels) : LossAndAccuracy{};
        report.validationLoss = validation.loss;
        report.validationAccuracy = validation.accuracy;
        report.seconds = std::chrono::duration<double>(Clock::now() - epochStart).count();
        outcome.history.push_back(report);
        if (onEpoch)
            onEpoch(report);

        const double monitored = validating ? validation.loss : report.trainLoss;
        if (!validating || monitored < bestLoss - 1e-6)
        {
            bestLoss = monitored;
            outcome.bestEpoch = epoch;
            bestParameters = model.parameterVector();
        }
        else if (options.patience > 0 && epoch - outcome.bestEpoch >= options.patience)
        {
            outcome.stoppedEarly = true;
            break;
        }
    }
    if (outcome.bestEpoch > 0)
        (void)model.setParameters(bestParameters);
    outcome.samplesPerSecond = trainingSeconds > 0.0 ? samples / trainingSeconds : 0.0;
    return outcome;
}

} // namespace cohort::engine
