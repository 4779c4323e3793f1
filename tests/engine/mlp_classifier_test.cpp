// MlpClassifier: the hand-written backward pass against LibTorch's autograd, the flat
// parameter buffer, probabilities that sum to one, and specs out of bounds refused up front.
#include <QTest>

#include <cmath>
#include <new>
#include <random>
#include <string>

#include <nlohmann/json.hpp>
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

    // A spec out of bounds (a flag, or a hub's message) is refused before anything is
    // allocated, with a message that names the value and the bounds.
    void specOutOfBoundsIsRefusedBeforeAllocation_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("expected");
        const QString head = R"({"kind": "mlp", "input_width": 10, "class_count": 2, )";
        QTest::newRow("40000,40000") << head + R"("hidden_layers": [40000, 40000],
            "dropout": 0.1, "weight_decay": 0.01})"
                                     << "hidden layer width 40000 is out of bounds";
        QTest::newRow("width 4097") << head + R"("hidden_layers": [4097],
            "dropout": 0.1, "weight_decay": 0.01})"
                                    << "at most 8 hidden layers of 1 to 4096 units";
        QTest::newRow("nine layers") << head + R"("hidden_layers": [8, 8, 8, 8, 8, 8, 8, 8, 8],
            "dropout": 0.1, "weight_decay": 0.01})"
                                     << "at most 8 widths";
        QTest::newRow("2^32 + 128 wraps") << head + R"("hidden_layers": [4294967424],
            "dropout": 0.1, "weight_decay": 0.01})"
                                          << "out of bounds";
        QTest::newRow("fractional width") << head + R"("hidden_layers": [12.5],
            "dropout": 0.1, "weight_decay": 0.01})"
                                          << "not a whole number";
        QTest::newRow("too many parameters") << head + R"("hidden_layers": [4096, 4096, 4096],
            "dropout": 0.1, "weight_decay": 0.01})"
                                             << "more than the 33554432";
        QTest::newRow("weight decay 1e300") << head + R"("hidden_layers": [8],
            "dropout": 0.1, "weight_decay": 1e300})"
                                            << "weight decay 1e+300 is out of bounds";
        QTest::newRow("input width 1e6") << R"({"input_width": 1000000, "class_count": 2,
            "hidden_layers": [8], "dropout": 0.1, "weight_decay": 0.01})"
                                         << "1 to 65536 inputs";
        QTest::newRow("100000 classes") << R"({"input_width": 4, "class_count": 100000,
            "hidden_layers": [8], "dropout": 0.1, "weight_decay": 0.01})"
                                        << "2 to 1000 classes";
    }
    void specOutOfBoundsIsRefusedBeforeAllocation()
    {
        QFETCH(QString, json);
        QFETCH(QString, expected);
        const Result<MlpSpec> spec = mlpSpecFromJson(nlohmann::json::parse(json.toStdString()));
        QVERIFY(!spec.ok());
        QCOMPARE(spec.error().code, ErrorCode::InvalidInput);
        QVERIFY2(spec.error().toString().find(expected.toStdString()) != std::string::npos,
                 spec.error().toString().c_str());
    }

    void specWithinBoundsIsAccepted()
    {
        MlpSpec spec;
        spec.inputWidth = 10;
        spec.hiddenLayers = std::vector<int>(kMaxHiddenLayers, 16);
        QVERIFY(spec.validate().ok());
        spec.hiddenLayers = {kMaxHiddenWidth, 64};
        QVERIFY(spec.validate().ok());
        const Result<MlpSpec> read = mlpSpecFromJson(toJson(spec));
        QVERIFY(read.ok());
        QCOMPARE(read->hiddenLayers, spec.hiddenLayers);
        spec.hiddenLayers = {kMaxHiddenWidth + 1};
        QVERIFY(!spec.validate().ok());
        spec.hiddenLayers = std::vector<int>(kMaxHiddenLayers + 1, 16);
        QVERIFY(!spec.validate().ok());
    }

    // Allocation failures and LibTorch errors come back as an Error, without the backtrace.
    void computeErrorsStopAtTheEdge()
    {
        const Result<int> memory =
            catchComputeErrors("grow the buffer", []() -> Result<int> { throw std::bad_alloc(); });
        QVERIFY(!memory.ok());
        QCOMPARE(memory.error().message, std::string("not enough memory to grow the buffer"));
        const Result<int> torchError = catchComputeErrors(
            "multiply",
            []() -> Result<int> { TORCH_CHECK(false, "shapes 3x4 and 5x6 do not fit"); });
        QVERIFY(!torchError.ok());
        QCOMPARE(torchError.error().code, ErrorCode::Internal);
        const std::string text = torchError.error().message;
        QVERIFY2(text.find("LibTorch could not multiply: shapes 3x4 and 5x6 do not fit")
                     != std::string::npos,
                 text.c_str());
        QVERIFY2(text.find("Exception raised from") == std::string::npos, text.c_str());
        QCOMPARE(catchComputeErrors("add", []() -> Result<int> { return 4; }).value(), 4);
    }
};

QTEST_APPLESS_MAIN(MlpClassifierTest)
#include "mlp_classifier_test.moc"
