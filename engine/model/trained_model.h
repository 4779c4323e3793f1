// TrainedModel: a classifier together with its preprocessing, target and class names: all a
// site needs to predict from a CSV file, and what a stored model version holds.
#pragma once

#include <string>
#include <vector>

#include "core/result.h"
#include "data/feature_matrix.h"
#include "data/preprocessor.h"
#include "data/raw_table.h"
#include "model/mlp_classifier.h"

namespace cohort::engine
{

class TrainedModel
{
public:
    TrainedModel(MlpClassifier classifier, Preprocessor preprocessor, std::string target,
                 std::vector<std::string> classNames, int baselineClass);

    /// Rebuilds a model from a stored version's spec, preprocessing and weights.
    [[nodiscard]] static Result<TrainedModel> fromStored(const std::string &specJson,
                                                         const std::string &preprocessingJson,
                                                         const std::vector<float> &weights);
    /// The spec as stored in a model version.
    [[nodiscard]] std::string specJson() const;
    /// Preprocessing, target, class names and baseline class, as stored in a model version.
    [[nodiscard]] std::string preprocessingJson() const;
    /// The same for parts that are not (yet) a TrainedModel, e.g. a federation's global model.
    [[nodiscard]] static std::string pipelineJson(const Preprocessor &preprocessor,
                                                  const std::string &target,
                                                  const std::vector<std::string> &classNames,
                                                  int baselineClass);

    /// Class probabilities for every row of `table`, rows x classes.
    [[nodiscard]] Result<std::vector<float>> predictProbabilities(const RawTable &table) const;

    [[nodiscard]] const MlpClassifier &classifier() const { return m_classifier; }
    [[nodiscard]] MlpClassifier &classifier() { return m_classifier; }
    [[nodiscard]] const Preprocessor &preprocessor() const { return m_preprocessor; }
    [[nodiscard]] const std::string &target() const { return m_target; }
    [[nodiscard]] const std::vector<std::string> &classNames() const { return m_classNames; }
    [[nodiscard]] int baselineClass() const { return m_baselineClass; }

private:
    MlpClassifier m_classifier;
    Preprocessor m_preprocessor;
    std::string m_target;
    std::vector<std::string> m_classNames;
    int m_baselineClass = 0; // the training split's majority class
};

} // namespace cohort::engine
