// Trainer: reaches >= 95% on a separable task, is deterministic for a seed, stops early,
// honours cancel, and weights classes; settings within bounds, batches cut to the rows; the
// flat optimisers against hand-computed steps.
#include <QTest>

#include <atomic>
#include <cmath>
#include <random>

#include "model/mlp_classifier.h"
#include "train/flat_optimizer.h"
#include "train/trainer.h"

using namespace cohort::engine;

Q_DECLARE_METATYPE(TrainOptions)

namespace
{

// Points in three Gaussian blobs far apart: linearly separable up to rare outliers.
void makeBlobs(std::size_t rows, std::uint64_t seed, FeatureMatrix &x, std::vector<int> &y)
{
    std::mt19937_64 random(seed);
    std::normal_distribution<float> noise(0.0f, 0.5f);
    const float centres[3][2] = {{-3, 0}, {3, 0}, {0, 4}};
    x = FeatureMatrix(rows, 2);
    y.resize(rows);
    for (std::size_t i = 0; i < rows; ++i)
    {
        const int label = static_cast<int>(i % 3);
        y[i] = label;
        x.at(i, 0) = centres[label][0] + noise(random);
        x.at(i, 1) = centres[label][1] + noise(random);
    }
}

MlpClassifier blobModel(std::uint64_t seed)
{
    MlpSpec spec;
    spec.inputWidth = 2;
    spec.hiddenLayers = {16, 8};
    spec.classCount = 3;
    return std::move(MlpClassifier::create(spec, seed)).value();
}

} // namespace

class TrainerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reachesHighAccuracyOnSeparableData_data()
    {
        QTest::addColumn<QString>("optimizer");
        QTest::newRow("adam") << "adam";
        QTest::newRow("sgd") << "sgd";
    }
    void reachesHighAccuracyOnSeparableData()
    {
        QFETCH(QString, optimizer);
        FeatureMatrix trainX, testX;
        std::vector<int> trainY, testY;
        makeBlobs(600, 1, trainX, trainY);
        makeBlobs(300, 2, testX, testY);
        MlpClassifier model = blobModel(3);
        TrainOptions options;
        options.epochs = 30;
        options.optimizer = optimizerKindFromString(optimizer.toStdString()).value();
        options.learningRate = optimizer == "adam" ? 1e-2 : 5e-2;
        Result<TrainOutcome> outcome =
            trainClassifier(model, trainX, trainY, testX, testY, options);
        QVERIFY(outcome.ok());
        const double accuracy = model.evaluate(testX, testY).accuracy;
        QVERIFY2(accuracy >= 0.95, QByteArray::number(accuracy));
    }

    void sameSeedSameWeights()
    {
        FeatureMatrix x;
        std::vector<int> y;
        makeBlobs(200, 4, x, y);
        TrainOptions options;
        options.epochs = 3;
        MlpClassifier first = blobModel(9);
        MlpClassifier second = blobModel(9);
        QVERIFY(trainClassifier(first, x, y, {}, {}, options).ok());
        QVERIFY(trainClassifier(second, x, y, {}, {}, options).ok());
        QCOMPARE(first.parameterVector(), second.parameterVector());
        options.seed = 43;
        MlpClassifier third = blobModel(9);
        QVERIFY(trainClassifier(third, x, y, {}, {}, options).ok());
        QVERIFY(third.parameterVector() != first.parameterVector());
    }

    void stopsEarlyAndKeepsTheBestEpoch()
    {
        FeatureMatrix x, validation;
        std::vector<int> y, validationY;
        makeBlobs(60, 5, x, y);
        makeBlobs(60, 6, validation, validationY);
        // Random labels for validation: its loss cannot keep improving.
        std::mt19937 random(1);
        for (int &label : validationY)
            label = static_cast<int>(random() % 3);
        MlpClassifier model = blobModel(2);
        TrainOptions options;
        options.epochs = 500;
        options.patience = 5;
        options.learningRate = 1e-2;
        Result<TrainOutcome> outcome =
            trainClassifier(model, x, y, validation, validationY, options);
        QVERIFY(outcome.ok());
        QVERIFY(outcome->stoppedEarly);
        const int run = static_cast<int>(outcome->history.size());
        QCOMPARE(run, outcome->bestEpoch + options.patience);
        // The kept weights are the best epoch's: their validation loss is the recorded best.
        const double kept = model.evaluate(validation, validationY).loss;
        const double best =
            outcome->history[static_cast<std::size_t>(outcome->bestEpoch - 1)].validationLoss;
        QVERIFY(std::abs(kept - best) < 1e-6);
    }

    void cancelStopsBeforeTheNextBatch()
    {
        FeatureMatrix x;
        std::vector<int> y;
        makeBlobs(300, 7, x, y);
        MlpClassifier model = blobModel(2);
        TrainOptions options;
        options.epochs = 1000;
        std::atomic<bool> cancel{false};
        int epochsSeen = 0;
        Result<TrainOutcome> outcome = trainClassifier(
            model, x, y, {}, {}, options,
            [&](const EpochReport &)
            {
                if (++epochsSeen == 2)
                    cancel = true;
            },
            &cancel);
        QVERIFY(outcome.ok());
        QVERIFY(outcome->cancelled);
        QCOMPARE(outcome->history.size(), std::size_t(2));
    }

    void rejectsBadOptions()
    {
        FeatureMatrix x;
        std::vector<int> y;
        makeBlobs(30, 8, x, y);
        MlpClassifier model = blobModel(2);
        TrainOptions options;
        options.batchSize = 0;
        QVERIFY(!trainClassifier(model, x, y, {}, {}, options).ok());
        options = {};
        options.learningRate = -1;
        QVERIFY(!trainClassifier(model, x, y, {}, {}, options).ok());
    }

    // Every setting has bounds; the message names the setting, its value and the bounds.
    void refusesSettingsOutOfBounds_data()
    {
        QTest::addColumn<TrainOptions>("options");
        QTest::addColumn<QString>("expected");
        const auto with = [](auto change)
        {
            TrainOptions options;
            change(options);
            return options;
        };
        QTest::newRow("batch 2^31-1") << with([](TrainOptions &o) { o.batchSize = 2147483647; })
                                      << "the batch size 2147483647 is out of bounds: it must be "
                                         "between 1 and 65536";
        QTest::newRow("batch 65537")
            << with([](TrainOptions &o) { o.batchSize = 65537; }) << "between 1 and 65536";
        QTest::newRow("epochs 10001") << with([](TrainOptions &o) { o.epochs = 10001; })
                                      << "the number of epochs 10001 is out of bounds";
        QTest::newRow("learning rate 0")
            << with([](TrainOptions &o) { o.learningRate = 0.0; }) << "above 0 and at most 10";
        QTest::newRow("learning rate 10.5")
            << with([](TrainOptions &o) { o.learningRate = 10.5; }) << "above 0 and at most 10";
        QTest::newRow("learning rate NaN")
            << with([](TrainOptions &o) { o.learningRate = std::nan(""); })
            << "the learning rate nan is out of bounds";
        QTest::newRow("learning rate inf")
            << with([](TrainOptions &o) { o.learningRate = HUGE_VAL; }) << "the learning rate inf";
        QTest::newRow("mu inf") << with([](TrainOptions &o) { o.proximalMu = HUGE_VAL; })
                                << "the proximal coefficient inf is out of bounds";
        QTest::newRow("momentum 1")
            << with([](TrainOptions &o) { o.momentum = 1.0; }) << "the momentum 1 is out of bounds";
    }
    void refusesSettingsOutOfBounds()
    {
        QFETCH(TrainOptions, options);
        QFETCH(QString, expected);
        const Result<void> valid = options.validate();
        QVERIFY(!valid.ok());
        QVERIFY2(valid.error().message.find(expected.toStdString()) != std::string::npos,
                 valid.error().message.c_str());
        FeatureMatrix x;
        std::vector<int> y;
        makeBlobs(30, 8, x, y);
        MlpClassifier model = blobModel(2);
        QVERIFY(!trainClassifier(model, x, y, {}, {}, options).ok());
    }

    void acceptsTheBounds()
    {
        TrainOptions options;
        options.batchSize = kMaxBatchSize;
        options.epochs = kMaxEpochs;
        options.learningRate = kMaxLearningRate;
        QVERIFY(options.validate().ok());
    }

    // The batch buffers follow the rows, not the setting: a batch of 50 000 on 100 rows is one
    // batch of 100 rows, and trains exactly as a batch of 100 does.
    void batchLargerThanTheRowsIsCutToTheRows()
    {
        FeatureMatrix x;
        std::vector<int> y;
        makeBlobs(100, 3, x, y);
        TrainOptions options;
        options.epochs = 4;
        options.batchSize = 50000;
        MlpClassifier large = blobModel(5);
        Result<TrainOutcome> cut = trainClassifier(large, x, y, {}, {}, options);
        QVERIFY(cut.ok());
        QCOMPARE(cut->batchRows, std::size_t(100));
        options.batchSize = 100;
        MlpClassifier exact = blobModel(5);
        Result<TrainOutcome> full = trainClassifier(exact, x, y, {}, {}, options);
        QVERIFY(full.ok());
        QCOMPARE(full->batchRows, std::size_t(100));
        QCOMPARE(large.parameterVector(), exact.parameterVector());
        options.batchSize = 32;
        MlpClassifier small = blobModel(5);
        Result<TrainOutcome> batches = trainClassifier(small, x, y, {}, {}, options);
        QVERIFY(batches.ok());
        QCOMPARE(batches->batchRows, std::size_t(32));
    }

    void proximalTermKeepsTheModelNearTheCenter()
    {
        FeatureMatrix x;
        std::vector<int> y;
        makeBlobs(300, 11, x, y);
        const auto distanceAfterTraining = [&](double mu)
        {
            MlpClassifier model = blobModel(4);
            const std::vector<float> start = model.parameterVector();
            TrainOptions options;
            options.epochs = 5;
            options.learningRate = 1e-2;
            options.optimizer = OptimizerKind::Sgd;
            options.proximalMu = mu;
            options.proximalCenter = mu > 0.0 ? start : std::vector<float>{};
            if (!trainClassifier(model, x, y, {}, {}, options).ok())
                return -1.0;
            double squares = 0.0;
            for (std::size_t i = 0; i < start.size(); ++i)
                squares += std::pow(double(model.parameters()[i]) - start[i], 2);
            return std::sqrt(squares);
        };
        const double free = distanceAfterTraining(0.0);
        const double held = distanceAfterTraining(10.0);
        QVERIFY(free > 0.0 && held > 0.0);
        QVERIFY2(held < 0.5 * free, qPrintable(QString("%1 vs %2").arg(held).arg(free)));

        MlpClassifier model = blobModel(4);
        TrainOptions wrongCenter;
        wrongCenter.proximalMu = 0.1;
        wrongCenter.proximalCenter = {1.0f};
        QVERIFY(!trainClassifier(model, x, y, {}, {}, wrongCenter).ok());
    }

    void adamStepByHand()
    {
        // First Adam step: m = (1-b1) g, v = (1-b2) g^2, bias-corrected m/sqrt(v) = sign(g),
        // so each parameter moves by lr against its gradient's sign (eps negligible).
        OptimizerSettings settings;
        FlatOptimizer adam(3, settings);
        std::vector<float> p = {1.0f, -2.0f, 0.5f};
        const std::vector<float> g = {0.3f, -4.0f, 0.0f};
        adam.step(p.data(), g.data(), 0.1);
        QVERIFY(std::abs(p[0] - 0.9f) < 1e-6);
        QVERIFY(std::abs(p[1] - (-1.9f)) < 1e-6);
        QCOMPARE(p[2], 0.5f);
    }

    void sgdStepWithDecayByHand()
    {
        // Weight decay on the first parameter only: g0 = 1 + 0.1 * 2 = 1.2; p0 = 2 - 0.5 * 1.2.
        // Second step with momentum 0.9: v0 = 0.9 * 1.2 + (1 + 0.1 * 1.4) = 2.22.
        OptimizerSettings settings;
        settings.kind = OptimizerKind::Sgd;
        settings.weightDecay = 0.1;
        settings.decayedPrefix = 1;
        FlatOptimizer sgd(2, settings);
        std::vector<float> p = {2.0f, 2.0f};
        const std::vector<float> g = {1.0f, 1.0f};
        sgd.step(p.data(), g.data(), 0.5);
        QVERIFY(std::abs(p[0] - 1.4f) < 1e-6);
        QVERIFY(std::abs(p[1] - 1.5f) < 1e-6);
        sgd.step(p.data(), g.data(), 0.5);
        QVERIFY(std::abs(p[0] - (1.4f - 0.5f * 2.22f)) < 1e-5);
    }
};

QTEST_APPLESS_MAIN(TrainerTest)
#include "trainer_test.moc"
