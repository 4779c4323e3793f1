// MlpClassifier: the hand-written backward pass against LibTorch's autograd, the flat
// parameter buffer, and probabilities that sum to one.
#include <QTest>

#include <cmath>
#include <random>

#include <torch/torch.h>

#include "model/mlp_classifier.h"

using namespace cohort::engine;

namespace
{

// The same network built from autograd operations on copies of the flat parameters.
struct AutogradReference
{
    std::vector<torch::Tensor> weights;
    std::vector<torch::Tensor> biases;

    explicit AutogradReference(const MlpClassifier &model)
    {
        const std::vector<int> widths = model.spec().layerWidths();
        const float *flat = model.parameters();
        std::int64_t weightOffset = 0;
        auto biasOffset = static_cast<std::int64_t>(model.spec().weightCount());
        for (std::size_t l = 1; l < widths.size(); ++l)
        {
            const std::int64_t in = widths[l - 1];
            const std::int64_t out = widths[l];
            weights.push_back(torch::from_blob(const_cast<float *>(flat) + weightOffset, {out, in})
                                  .clone()
                                  .requires_grad_(true));
            biases.push_back(torch::from_blob(const_cast<float *>(flat) + biasOffset, {out})
                                 .clone()
                                 .requires_grad_(true));
            weightOffset += in * out;
            biasOffset += out;
        }
    }

    torch::Tensor loss(const torch::Tensor &x, const torch::Tensor &y, const torch::Tensor &w,
                       int classCount)
    {
        torch::Tensor h = x;
        for (std::size_t l = 0; l < weights.size(); ++l)
        {
            h = torch::nn::functional::linear(h, weights[l], biases[l]);
            if (l + 1 < weights.size())
                h = torch::relu(h);
        }
        torch::Tensor perRow;
        if (classCount == 2)
        {
            perRow = torch::binary_cross_entropy_with_logits(h.squeeze(1), y.to(torch::kFloat), {},
                                                             {}, at::Reduction::None);
        }
        else
        {
            perRow = torch::nll_loss(torch::log_softmax(h, 1), y.to(torch::kLong), {},
                                     at::Reduction::None);
        }
        return (perRow * w).sum() / w.sum();
    }

    // Gradients flattened in the classifier's layout: all weights, then all biases.
    std::vector<float> flatGradients() const
    {
        std::vector<float> flat;
        for (const auto *group : {&weights, &biases})
        {
            for (const torch::Tensor &t : *group)
            {
                const torch::Tensor g = t.grad().contiguous();
                flat.insert(flat.end(), g.data_ptr<float>(), g.data_ptr<float>() + g.numel());
            }
        }
        return flat;
    }
};

} // namespace

class MlpClassifierTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gradientsMatchAutograd_data()
    {
        QTest::addColumn<int>("classCount");
        QTest::addColumn<bool>("weighted");
        QTest::newRow("binary") << 2 << false;
        QTest::newRow("binary with class weights") << 2 << true;
        QTest::newRow("four classes") << 4 << false;
        QTest::newRow("four classes with class weights") << 4 << true;
    }
    void gradientsMatchAutograd()
    {
        QFETCH(int, classCount);
        QFETCH(bool, weighted);
        MlpSpec spec;
        spec.inputWidth = 6;
        spec.hiddenLayers = {16, 8};
        spec.classCount = classCount;
        spec.dropout = 0.0; // dropout masks are random; the maths is compared without them
        Result<MlpClassifier> model = MlpClassifier::create(spec, 11);
        QVERIFY(model.ok());
        const int batch = 9;
        std::mt19937 random(5);
        std::normal_distribution<float> normal;
        std::vector<float> x(static_cast<std::size_t>(batch * spec.inputWidth));
        for (float &v : x)
            v = normal(random);
        std::vector<int> y(static_cast<std::size_t>(batch));
        std::vector<float> w(static_cast<std::size_t>(batch), 1.0f);
        for (int i = 0; i < batch; ++i)
        {
            y[static_cast<std::size_t>(i)] = i % classCount;
            if (weighted)
                w[static_cast<std::size_t>(i)] = 0.5f + static_cast<float>(i % 3);
        }
        const double loss =
            model->computeGradients(x.data(), y.data(), weighted ? w.data() : nullptr,
                                    static_cast<std::size_t>(batch), true);

        AutogradReference reference(model.value());
        torch::Tensor referenceLoss =
            reference.loss(torch::from_blob(x.data(), {batch, spec.inputWidth}),
                           torch::from_blob(y.data(), {batch}, torch::kInt),
                           torch::from_blob(w.data(), {batch}), classCount);
        referenceLoss.backward();
        QVERIFY(std::abs(loss - referenceLoss.item<double>()) < 1e-5);
        const std::vector<float> expected = reference.flatGradients();
        QCOMPARE(expected.size(), model->parameterCount());
        double largest = 0.0;
        for (std::size_t i = 0; i < expected.size(); ++i)
            largest = std::max(largest, std::abs(double(expected[i]) - model->gradients()[i]));
        QVERIFY2(largest < 1e-5, QByteArray::number(largest));
    }

    void parametersAreOneFlatBuffer()
    {
        MlpSpec spec;
        spec.inputWidth = 3;
        spec.hiddenLayers = {4};
        spec.classCount = 3;
        Result<MlpClassifier> model = MlpClassifier::create(spec, 1);
        QVERIFY(model.ok());
        // 3*4 + 4*3 weights, 4 + 3 biases.
        QCOMPARE(model->parameterCount(), std::size_t(31));
        QCOMPARE(spec.weightCount(), std::size_t(24));
        FeatureMatrix inputs(1, 3);
        inputs.values = {0.5f, -1.0f, 2.0f};
        const std::vector<float> before = model->predictProbabilities(inputs);
        // Writing into the flat buffer changes what the layers compute: they are views of it.
        std::fill(model->parameters(), model->parameters() + model->parameterCount(), 0.0f);
        model->parameters()[24 + 4 + 2] = 5.0f; // the last layer's bias of class 2
        const std::vector<float> after = model->predictProbabilities(inputs);
        QVERIFY(after != before);
        const double e5 = std::exp(5.0);
        QVERIFY(std::abs(after[2] - e5 / (2 + e5)) < 1e-6);
        QVERIFY(std::abs(after[0] - 1 / (2 + e5)) < 1e-6);
    }

    void setParametersChecksTheSize()
    {
        MlpSpec spec;
        spec.inputWidth = 2;
        Result<MlpClassifier> model = MlpClassifier::create(spec, 1);
        QVERIFY(model.ok());
        QVERIFY(!model->setParameters(std::vector<float>(3, 0.0f)).ok());
        std::vector<float> values(model->parameterCount(), 0.25f);
        QVERIFY(model->setParameters(values).ok());
        QCOMPARE(model->parameterVector(), values);
    }

    void probabilitiesSumToOne()
    {
        MlpSpec spec;
        spec.inputWidth = 4;
        spec.classCount = 5;
        Result<MlpClassifier> model = MlpClassifier::create(spec, 3);
        QVERIFY(model.ok());
        FeatureMatrix inputs(7, 4);
        for (std::size_t i = 0; i < inputs.values.size(); ++i)
            inputs.values[i] = static_cast<float>(i % 5) - 2.0f;
        const std::vector<float> p = model->predictProbabilities(inputs);
        QCOMPARE(p.size(), std::size_t(35));
        for (std::size_t row = 0; row < 7; ++row)
        {
            double sum = 0.0;
            for (std::size_t k = 0; k < 5; ++k)
                sum += p[row * 5 + k];
            QVERIFY(std::abs(sum - 1.0) < 1e-5);
        }
    }

    void invalidSpecIsRejected()
    {
        MlpSpec spec;
        spec.inputWidth = 0;
        QVERIFY(!MlpClassifier::create(spec, 1).ok());
        spec.inputWidth = 3;
        spec.dropout = 1.0;
        QVERIFY(!MlpClassifier::create(spec, 1).ok());
    }
};

QTEST_APPLESS_MAIN(MlpClassifierTest)
#include "mlp_classifier_test.moc"
