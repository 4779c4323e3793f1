#include "explain/explain_benchmark.h"

#include <chrono>
#include <cmath>
#include <random>
#include <string>
#include <vector>

#include "explain/shapley_explainer.h"
#include "model/mlp_classifier.h"
#include "train/trainer.h"

namespace cohort::engine
{

namespace
{

struct BenchmarkCase
{
    MlpClassifier classifier;
    FeatureMatrix rows; // rows to explain
    WeightedBackground background;
};

// Standard-normal inputs with a label from a noisy nonlinear rule, a default network trained
// on them for a few epochs, and rows and background drawn from the same distribution.
BenchmarkCase makeCase(int columns, std::size_t explainRows, std::size_t backgroundRows)
{
    std::mt19937_64 random(7);
    std::normal_distribution<float> normal(0.0f, 1.0f);
    const auto draw = [&](std::size_t rows)
    {
        FeatureMatrix x(rows, static_cast<std::size_t>(columns));
        for (float &value : x.values)
            value = normal(random);
        return x;
    };
    const FeatureMatrix train = draw(2000);
    std::vector<int> labels(train.rows);
    for (std::size_t i = 0; i < train.rows; ++i)
    {
        const float *x = train.rowData(i);
        const float score = x[0] * x[1] + x[columns > 2 ? 2 : 0] - 0.5f * x[columns - 1];
        labels[i] = score + 0.3f * normal(random) > 0.0f ? 1 : 0;
    }
    MlpSpec spec;
    spec.inputWidth = columns;
    spec.classCount = 2;
    MlpClassifier classifier = std::move(MlpClassifier::create(spec, 11)).value();
    TrainOptions options;
    options.epochs = 3;
    options.threads = 1;
    (void)trainClassifier(classifier, train, labels, {}, {}, options);
    return BenchmarkCase{std::move(classifier), draw(explainRows),
                         uniformBackground(draw(backgroundRows))};
}

// Milliseconds per explanation over all rows after one untimed warm-up; also reports the
// coalitions of the last explanation.
double timeExplanations(const BenchmarkCase &benchmark, int columns, const ExplainOptions &options,
                        int &coalitions)
{
    ExplainableModel model;
    const MlpClassifier *classifier = &benchmark.classifier;
    model.predict = [classifier](const FeatureMatrix &x)
    { return classifier->predictProbabilities(x); };
    std::vector<std::string> names;
    for (int c = 0; c < columns; ++c)
        names.push_back("x" + std::to_string(c));
    model.groups =
        ColumnGroups::fromWidths(names, std::vector<std::size_t>(names.size(), 1)).value();
    model.classNames = {"0", "1"};

    const auto explain = [&](std::size_t row)
    {
        const Result<Explanation> explanation =
            explainRow(model, benchmark.rows.select({row}), benchmark.background, options);
        coalitions = explanation ? explanation->coalitionsEvaluated : 0;
    };
    explain(0);
    const auto start = std::chrono::steady_clock::now();
    for (std::size_t row = 1; row < benchmark.rows.rows; ++row)
        explain(row);
    const std::chrono::duration<double, std::milli> elapsed =
        std::chrono::steady_clock::now() - start;
    return elapsed.count() / static_cast<double>(benchmark.rows.rows - 1);
}

} // namespace

ExplainBenchmark runExplainBenchmark()
{
    setComputeThreads(1);
    ExplainBenchmark figures;

    const BenchmarkCase exactCase = makeCase(figures.exactColumns, 21, figures.backgroundRows);
    ExplainOptions exact;
    exact.method = ExplainMethod::Exact;
    figures.exactMilliseconds =
        timeExplanations(exactCase, figures.exactColumns, exact, figures.exactCoalitions);

    const BenchmarkCase kernelCase = makeCase(figures.kernelColumns, 6, figures.backgroundRows);
    ExplainOptions kernel;
    kernel.method = ExplainMethod::Kernel;
    kernel.samples = figures.kernelSamples;
    figures.kernelMilliseconds =
        timeExplanations(kernelCase, figures.kernelColumns, kernel, figures.kernelCoalitions);
    return figures;
}

} // namespace cohort::engine
