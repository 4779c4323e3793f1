#include "model/mlp_classifier.h"

#include <algorithm>
#include <cmath>
#include <new>
#include <random>
#include <stdexcept>

#include <dlfcn.h>

#include <ATen/ATen.h>
#include <ATen/CPUGeneratorImpl.h>
#include <ATen/Parallel.h>
#include <c10/core/InferenceMode.h>
#include <c10/util/Exception.h>

namespace cohort::engine
{

struct MlpClassifier::Impl
{
    MlpSpec spec;
    at::Tensor flatParameters;
    at::Tensor flatGradients;
    std::vector<at::Tensor> weights; // views into flatParameters
    std::vector<at::Tensor> biases;
    std::vector<at::Tensor> weightGradients; // views into flatGradients
    std::vector<at::Tensor> biasGradients;
    at::Generator generator;

    // Logits of a batch; when `trace` is set, keeps what backward needs.
    at::Tensor forward(const at::Tensor &inputs, bool training,
                       std::vector<at::Tensor> *layerInputs,
                       std::vector<at::Tensor> *preActivations, std::vector<at::Tensor> *masks)
    {
        at::Tensor h = inputs;
        const std::size_t layers = weights.size();
        for (std::size_t l = 0; l < layers; ++l)
        {
            if (layerInputs)
                layerInputs->push_back(h);
            at::Tensor z = at::addmm(biases[l], h, weights[l].t());
            if (l + 1 == layers)
                return z;
            if (preActivations)
                preActivations->push_back(z);
            h = at::relu(z);
            if (training && spec.dropout > 0.0)
            {
                const double keep = 1.0 - spec.dropout;
                at::Tensor mask = at::empty_like(h).bernoulli_(keep, generator).div_(keep);
                h.mul_(mask);
                if (masks)
                    masks->push_back(mask);
            }
            else if (masks)
            {
                masks->push_back(at::Tensor());
            }
        }
        return h;
    }

    // Per-row cross-entropy of the logits and its gradient with respect to the logits.
    at::Tensor lossGradient(const at::Tensor &logits, const at::Tensor &targets,
                            const at::Tensor &rowWeights, double &meanLoss) const
    {
        const double totalWeight = rowWeights.sum().item<double>();
        at::Tensor losses;
        at::Tensor gradient;
        if (spec.classCount == 2)
        {
            const at::Tensor y = targets.to(at::kFloat).unsqueeze(1);
            // Stable log(1 + exp(z)) - z*y.
            losses = at::clamp_min(logits, 0) - logits * y + at::log1p(at::exp(-at::abs(logits)));
            gradient = at::sigmoid(logits) - y;
            losses = losses.squeeze(1);
        }
        else
        {
            const at::Tensor logProbabilities = at::log_softmax(logits, 1);
            losses = -logProbabilities.gather(1, targets.unsqueeze(1)).squeeze(1);
            gradient = logProbabilities.exp();
            gradient.scatter_add_(1, targets.unsqueeze(1),
                                  at::full({logits.size(0), 1}, -1.0f, logits.options()));
        }
        meanLoss = (losses * rowWeights).sum().item<double>() / totalWeight;
        return gradient.mul_(rowWeights.unsqueeze(1)).div_(totalWeight);
    }
};

MlpClassifier::MlpClassifier(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{
}
MlpClassifier::MlpClassifier(MlpClassifier &&other) noexcept = default;
MlpClassifier &MlpClassifier::operator=(MlpClassifier &&other) noexcept = default;
MlpClassifier::~MlpClassifier() = default;

Result<MlpClassifier> MlpClassifier::create(const MlpSpec &spec, std::uint64_t seed)
{
    if (auto valid = spec.validate(); !valid)
        return valid.error();
    return catchComputeErrors("create the model",
                              [&]() -> Result<MlpClassifier> { return build(spec, seed); });
}

MlpClassifier MlpClassifier::build(const MlpSpec &spec, std::uint64_t seed)
{
    auto impl = std::make_unique<Impl>();
    impl->spec = spec;
    const auto count = static_cast<std::int64_t>(spec.parameterCount());
    impl->flatParameters = at::zeros({count}, at::kFloat);
    impl->flatGradients = at::zeros({count}, at::kFloat);
    impl->generator = at::make_generator<at::CPUGeneratorImpl>(seed);

    const std::vector<int> widths = spec.layerWidths();
    std::mt19937_64 random(seed);
    std::int64_t weightOffset = 0;
    std::int64_t biasOffset = static_cast<std::int64_t>(spec.weightCount());
    float *data = impl->flatParameters.data_ptr<float>();
    for (std::size_t l = 1; l < widths.size(); ++l)
    {
        const std::int64_t in = widths[l - 1];
        const std::int64_t out = widths[l];
        const auto bound = static_cast<float>(1.0 / std::sqrt(static_cast<double>(in)));
        std::uniform_real_distribution<float> uniform(-bound, bound);
        for (std::int64_t k = 0; k < in * out; ++k)
            data[weightOffset + k] = uniform(random);
        for (std::int64_t k = 0; k < out; ++k)
            data[biasOffset + k] = uniform(random);
        impl->weights.push_back(
            impl->flatParameters.narrow(0, weightOffset, in * out).view({out, in}));
        impl->weightGradients.push_back(
            impl->flatGradients.narrow(0, weightOffset, in * out).view({out, in}));
        impl->biases.push_back(impl->flatParameters.narrow(0, biasOffset, out));
        impl->biasGradients.push_back(impl->flatGradients.narrow(0, biasOffset, out));
        weightOffset += in * out;
        biasOffset += out;
    }
    return MlpClassifier(std::move(impl));
}

const MlpSpec &MlpClassifier::spec() const
{
    return m_impl->spec;
}

std::size_t MlpClassifier::parameterCount() const
{
    return static_cast<std::size_t>(m_impl->flatParameters.numel());
}

float *MlpClassifier::parameters()
{
    return m_impl->flatParameters.data_ptr<float>();
}

const float *MlpClassifier::parameters() const
{
    return m_impl->flatParameters.data_ptr<float>();
}

float *MlpClassifier::gradients()
{
    return m_impl->flatGradients.data_ptr<float>();
}

std::vector<float> MlpClassifier::parameterVector() const
{
    const float *data = parameters();
    return std::vector<float>(data, data + parameterCount());
}

Result<void> MlpClassifier::setParameters(const std::vector<float> &values)
{
    if (values.size() != parameterCount())
    {
        return makeError(ErrorCode::InvalidInput,
                         "the weights have " + std::to_string(values.size())
                             + " values but the model needs " + std::to_string(parameterCount()));
    }
    std::copy(values.begin(), values.end(), parameters());
    return {};
}

std::vector<float> MlpClassifier::predictProbabilities(const FeatureMatrix &inputs) const
{
    c10::InferenceMode guard;
    const auto classes = static_cast<std::size_t>(m_impl->spec.classCount);
    std::vector<float> probabilities(inputs.rows * classes);
    constexpr std::size_t kChunk = 4096;
    for (std::size_t start = 0; start < inputs.rows; start += kChunk)
    {
        const std::size_t count = std::min(kChunk, inputs.rows - start);
        const at::Tensor x = at::from_blob(
            const_cast<float *>(inputs.rowData(start)),
            {static_cast<std::int64_t>(count), static_cast<std::int64_t>(inputs.cols)}, at::kFloat);
        const at::Tensor logits = m_impl->forward(x, false, nullptr, nullptr, nullptr);
        at::Tensor p;
        if (classes == 2)
        {
            const at::Tensor positive = at::sigmoid(logits);
            p = at::cat({1 - positive, positive}, 1);
        }
        else
        {
            p = at::softmax(logits, 1);
        }
        p = p.contiguous();
        std::copy(p.data_ptr<float>(), p.data_ptr<float>() + count * classes,
                  probabilities.begin() + static_cast<std::ptrdiff_t>(start * classes));
    }
    return probabilities;
}

double MlpClassifier::computeGradients(const float *inputs, const int *labels,
                                       const float *sampleWeights, std::size_t batchSize,
                                       bool training)
{
    c10::InferenceMode guard;
    Impl &impl = *m_impl;
    const auto batch = static_cast<std::int64_t>(batchSize);
    const at::Tensor x =
        at::from_blob(const_cast<float *>(inputs), {batch, impl.spec.inputWidth}, at::kFloat);
    const at::Tensor targets =
        at::from_blob(const_cast<int *>(labels), {batch}, at::kInt).to(at::kLong);
    const at::Tensor rowWeights =
        sampleWeights ? at::from_blob(const_cast<float *>(sampleWeights), {batch}, at::kFloat)
                      : at::ones({batch}, at::kFloat);

    std::vector<at::Tensor> layerInputs;
    std::vector<at::Tensor> preActivations;
    std::vector<at::Tensor> masks;
    const at::Tensor logits = impl.forward(x, training, &layerInputs, &preActivations, &masks);
    double loss = 0.0;
    at::Tensor g = impl.lossGradient(logits, targets, rowWeights, loss);
    for (std::size_t l = impl.weights.size(); l-- > 0;)
    {
        at::mm_out(impl.weightGradients[l], g.t(), layerInputs[l]);
        at::sum_out(impl.biasGradients[l], g, {0});
        if (l == 0)
            break;
        g = at::mm(g, impl.weights[l]);
        if (masks[l - 1].defined())
            g.mul_(masks[l - 1]);
        g = at::threshold_backward(g, preActivations[l - 1], 0);
    }
    return loss;
}

void setComputeThreads(int threads)
{
    if (threads <= 0)
        return;
    if (at::get_num_threads() != threads)
        at::set_num_threads(threads);
    // Debian's LibTorch multiplies matrices with whichever BLAS the system provides. OpenBLAS
    // keeps its own thread pool, which LibTorch's setting does not reach; its idle workers spin
    // and halve the speed of small matrices. Reached by name, since the reference BLAS lacks it.
    using SetBlasThreads = void (*)(int);
    if (const auto setBlasThreads =
            reinterpret_cast<SetBlasThreads>(::dlsym(RTLD_DEFAULT, "openblas_set_num_threads")))
        setBlasThreads(threads);
}

void MlpClassifier::reseedDropout(std::uint64_t seed)
{
    m_impl->generator = at::make_generator<at::CPUGeneratorImpl>(seed);
}

LossAndAccuracy MlpClassifier::evaluate(const FeatureMatrix &inputs,
                                        const std::vector<int> &labels) const
{
    LossAndAccuracy result;
    if (inputs.rows == 0)
        return result;
    return lossAndAccuracyOf(predictProbabilities(inputs), labels,
                             static_cast<std::size_t>(m_impl->spec.classCount));
}

LossAndAccuracy lossAndAccuracyOf(const std::vector<float> &probabilities,
                                  const std::vector<int> &labels, std::size_t classCount)
{
    LossAndAccuracy result;
    long counted = 0;
    long correct = 0;
    for (std::size_t row = 0; row < labels.size() && (row + 1) * classCount <= probabilities.size();
         ++row)
    {
        if (labels[row] < 0 || static_cast<std::size_t>(labels[row]) >= classCount)
            continue;
        const float *rowP = probabilities.data() + row * classCount;
        const auto predicted = std::max_element(rowP, rowP + classCount) - rowP;
        correct += predicted == labels[row] ? 1 : 0;
        const double truth = std::clamp<double>(rowP[labels[row]], 1e-15, 1.0);
        result.loss -= std::log(truth);
        ++counted;
    }
    if (counted == 0)
        return {};
    result.loss /= static_cast<double>(counted);
    result.accuracy = static_cast<double>(correct) / static_cast<double>(counted);
    return result;
}

Error computeFailure(const std::string &action)
{
    const std::string hint = "use fewer or narrower hidden layers, a smaller batch or fewer rows";
    try
    {
        throw;
    }
    catch (const std::bad_alloc &)
    {
        return makeError(ErrorCode::Internal, "not enough memory to " + action, hint);
    }
    catch (const std::length_error &)
    {
        return makeError(ErrorCode::Internal, "not enough memory to " + action, hint);
    }
    catch (const c10::Error &failure)
    {
        return makeError(ErrorCode::Internal,
                         "LibTorch could not " + action + ": " + failure.what_without_backtrace(),
                         hint);
    }
    catch (const std::exception &failure)
    {
        return makeError(ErrorCode::Internal, "could not " + action + ": " + failure.what());
    }
}

} // namespace cohort::engine
