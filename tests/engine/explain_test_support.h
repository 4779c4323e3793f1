// Fixtures for the explainer tests: a hand-written linear model whose Shapley values are known
// in closed form, a symmetric model, a small MLP trained on synthetic health-style CSV text,
// and well-separated blobs for the k-means background.
#pragma once

#include <cmath>
#include <cstdint>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "data/csv_reader.h"
#include "data/preprocessor.h"
#include "data/schema_inference.h"
#include "explain/background_summary.h"
#include "explain/explainable_model.h"
#include "explain/shapley_explainer.h"
#include "model/trained_model.h"
#include "train/trainer.h"

namespace cohort::engine::test
{

/// f_k(x) = intercept_k + sum_j weights[k][j] x_j, computed in double: with dyadic inputs
/// and weights every output is exact in float.
inline ExplainableModel linearModel(const ColumnGroups &groups,
                                    const std::vector<std::vector<double>> &weights,
                                    const std::vector<double> &intercepts)
{
    ExplainableModel model;
    model.groups = groups;
    for (std::size_t k = 0; k < weights.size(); ++k)
        model.classNames.push_back("class" + std::to_string(k));
    model.predict = [weights, intercepts](const FeatureMatrix &x)
    {
        std::vector<float> out(x.rows * weights.size());
        for (std::size_t r = 0; r < x.rows; ++r)
        {
            for (std::size_t k = 0; k < weights.size(); ++k)
            {
                double sum = intercepts[k];
                for (std::size_t j = 0; j < x.cols; ++j)
                    sum += weights[k][j] * static_cast<double>(x.at(r, j));
                out[r * weights.size() + k] = static_cast<float>(sum);
            }
        }
        return out;
    };
    return model;
}

/// Synthetic patients: age, bmi, smoker (yes/no), region (4 categories), systolic, steps
/// (ignored by the outcome), activity (3 categories); "risk" has three classes and
/// "outcome" two, both from the same noisy score.
inline std::string patientCsv(std::size_t rows, std::uint64_t seed)
{
    std::mt19937_64 random(seed);
    std::normal_distribution<double> normal(0.0, 1.0);
    const char *regions[] = {"north", "south", "east", "west"};
    const double regionEffect[] = {0.4, -0.3, 0.0, 0.1};
    const char *activities[] = {"low", "mid", "high"};
    const double activityEffect[] = {0.6, 0.0, -0.6};
    std::ostringstream csv;
    csv << "age,bmi,smoker,region,systolic,steps,activity,risk,outcome\n";
    for (std::size_t i = 0; i < rows; ++i)
    {
        const double age = std::round(55.0 + 15.0 * normal(random));
        const double bmi = std::round((27.0 + 4.0 * normal(random)) * 10.0) / 10.0;
        const bool smoker = normal(random) > 0.5;
        const std::size_t region = static_cast<std::size_t>(random() % 4);
        const double systolic = std::round(130.0 + 15.0 * normal(random));
        const double steps = std::round(8000.0 + 2000.0 * normal(random));
        const std::size_t activity = static_cast<std::size_t>(random() % 3);
        const double score = 0.04 * (age - 55.0) + 0.1 * (bmi - 27.0) + (smoker ? 0.8 : 0.0)
                             + regionEffect[region] + 0.02 * (systolic - 130.0)
                             + activityEffect[activity] + 0.3 * normal(random);
        const char *risk = score < -0.4 ? "low" : (score < 0.4 ? "medium" : "high");
        csv << age << ',' << bmi << ',' << (smoker ? "yes" : "no") << ',' << regions[region] << ','
            << systolic << ',' << steps << ',' << activities[activity] << ',' << risk << ','
            << (score > 0.0 ? "sick" : "healthy") << '\n';
    }
    return csv.str();
}

/// A patient table and a small MLP trained on it for `target` ("risk" or "outcome").
struct TrainedPatients
{
    RawTable table;
    FeatureMatrix encoded;
    std::optional<TrainedModel> model;
};

inline TrainedPatients trainPatients(const std::string &target, std::size_t rows = 300)
{
    TrainedPatients result;
    ValidationReport report;
    result.table = std::move(readCsvText(patientCsv(rows, 5), "patients.csv", {}, report)).value();
    InferenceOptions inference;
    inference.target = target;
    inference.excluded = {target == "risk" ? "outcome" : "risk"};
    const DatasetSchema schema = inferSchema(result.table, inference, report);
    const std::vector<int> labels = encodeLabels(result.table, target, schema.classNames);
    std::vector<std::size_t> all(result.table.rowCount());
    for (std::size_t i = 0; i < all.size(); ++i)
        all[i] = i;
    Preprocessor preprocessor = Preprocessor::fit(result.table, schema, all);
    result.encoded = std::move(preprocessor.transform(result.table)).value();
    MlpSpec spec;
    spec.inputWidth = static_cast<int>(preprocessor.outputWidth());
    spec.hiddenLayers = {16, 8};
    spec.classCount = static_cast<int>(schema.classNames.size());
    MlpClassifier classifier = std::move(MlpClassifier::create(spec, 3)).value();
    TrainOptions options;
    options.epochs = 15;
    options.learningRate = 1e-2;
    (void)trainClassifier(classifier, result.encoded, labels, {}, {}, options);
    result.model.emplace(std::move(classifier), std::move(preprocessor), target, schema.classNames,
                         0);
    return result;
}

// Four original columns over six inputs: age, region (one-hot east/north/south), smoker, bmi.
inline ColumnGroups patientGroups()
{
    std::vector<ColumnTransform> columns(4);
    columns[0].name = "age";
    columns[1].name = "region";
    columns[1].kind = ColumnKind::Categorical;
    columns[1].categories = {"east", "north", "south"};
    columns[2].name = "smoker";
    columns[2].kind = ColumnKind::Boolean;
    columns[3].name = "bmi";
    return ColumnGroups::fromPreprocessor(Preprocessor::fromColumns(columns, {}));
}

inline const std::vector<std::vector<double>> kLinearWeights = {{0.5, 1.0, -2.0, 0.25, 1.5, -0.75},
                                                                {-1.0, 0.5, 0.5, 2.0, 0.0, 0.25}};
inline const std::vector<double> kLinearIntercepts = {0.125, -0.5};

inline FeatureMatrix matrixOf(std::size_t cols, const std::vector<float> &values)
{
    FeatureMatrix m(values.size() / cols, cols);
    m.values = values;
    return m;
}

inline FeatureMatrix linearRow()
{
    return matrixOf(6, {1.5f, 0, 1, 0, 1, -0.25f});
}

inline WeightedBackground linearBackground()
{
    WeightedBackground background;
    background.rows = matrixOf(6, {0.5f,  1, 0, 0, 0, 0.75f,  //
                                   -1.0f, 0, 0, 1, 1, 0.5f,   //
                                   2.0f,  0, 1, 0, 0, -1.25f, //
                                   0.25f, 1, 0, 0, 1, 0.0f});
    background.weights = {0.125, 0.375, 0.25, 0.25};
    return background;
}

// A nonlinear two-class model symmetric in inputs 0 and 1 that ignores input 2 and the
// one-hot group in inputs 4..6.
inline ExplainableModel symmetricModel()
{
    ExplainableModel model;
    model.groups =
        ColumnGroups::fromWidths({"a", "b", "ignored", "c", "ignored group"}, {1, 1, 1, 1, 3})
            .value();
    model.classNames = {"no", "yes"};
    model.predict = [](const FeatureMatrix &x)
    {
        std::vector<float> out(x.rows * 2);
        for (std::size_t r = 0; r < x.rows; ++r)
        {
            const double z = x.at(r, 0) + x.at(r, 1) + x.at(r, 0) * x.at(r, 1) + 0.5 * x.at(r, 3);
            const double p = 1.0 / (1.0 + std::exp(-z));
            out[2 * r] = static_cast<float>(1.0 - p);
            out[2 * r + 1] = static_cast<float>(p);
        }
        return out;
    };
    return model;
}

// Three Gaussian blobs of 100, 200 and 300 rows around far-apart centres.
inline FeatureMatrix blobs()
{
    std::mt19937_64 random(17);
    std::normal_distribution<float> noise(0.0f, 0.3f);
    const float centres[3][2] = {{-10, 0}, {10, 0}, {0, 15}};
    FeatureMatrix x(600, 2);
    for (std::size_t i = 0; i < x.rows; ++i)
    {
        const std::size_t blob = i < 100 ? 0 : (i < 300 ? 1 : 2);
        x.at(i, 0) = centres[blob][0] + noise(random);
        x.at(i, 1) = centres[blob][1] + noise(random);
    }
    return x;
}

inline ExplainOptions withMethod(ExplainMethod method, int samples = 2048, std::uint64_t seed = 42)
{
    ExplainOptions options;
    options.method = method;
    options.samples = samples;
    options.seed = seed;
    return options;
}

} // namespace cohort::engine::test
