#include "model/trained_model.h"

#include <nlohmann/json.hpp>

namespace cohort::engine
{

TrainedModel::TrainedModel(MlpClassifier classifier, Preprocessor preprocessor, std::string target,
                           std::vector<std::string> classNames, int baselineClass)
    : m_classifier(std::move(classifier))
    , m_preprocessor(std::move(preprocessor))
    , m_target(std::move(target))
    , m_classNames(std::move(classNames))
    , m_baselineClass(baselineClass)
{
}

Result<TrainedModel> TrainedModel::fromStored(const std::string &specJson,
                                              const std::string &preprocessingJson,
                                              const std::vector<float> &weights)
{
    const auto damaged = [](const std::string &what)
    {
        return makeError(ErrorCode::InvalidInput, "the stored model is damaged: " + what,
                         "train or import the model again");
    };
    const nlohmann::json spec = nlohmann::json::parse(specJson, nullptr, false);
    const nlohmann::json pipeline = nlohmann::json::parse(preprocessingJson, nullptr, false);
    if (spec.is_discarded() || pipeline.is_discarded())
        return damaged("its description is not valid JSON");
    Result<MlpSpec> mlpSpec = mlpSpecFromJson(spec);
    if (!mlpSpec)
        return mlpSpec.error();
    try
    {
        Result<Preprocessor> preprocessor = Preprocessor::fromJson(pipeline.at("features"));
        if (!preprocessor)
            return preprocessor.error();
        Result<MlpClassifier> classifier = MlpClassifier::create(mlpSpec.value(), 0);
        if (!classifier)
            return classifier.error();
        if (auto loaded = classifier->setParameters(weights); !loaded)
            return damaged(loaded.error().message);
        auto classNames = pipeline.at("class_names").get<std::vector<std::string>>();
        if (static_cast<int>(classNames.size()) != mlpSpec->classCount)
            return damaged("class names and model outputs disagree");
        return TrainedModel(std::move(classifier).value(), std::move(preprocessor).value(),
                            pipeline.at("target").get<std::string>(), std::move(classNames),
                            pipeline.at("baseline_class").get<int>());
    }
    catch (const nlohmann::json::exception &e)
    {
        return damaged(e.what());
    }
}

std::string TrainedModel::specJson() const
{
    return toJson(m_classifier.spec()).dump();
}

std::string TrainedModel::preprocessingJson() const
{
    return pipelineJson(m_preprocessor, m_target, m_classNames, m_baselineClass);
}

std::string TrainedModel::pipelineJson(const Preprocessor &preprocessor, const std::string &target,
                                       const std::vector<std::string> &classNames,
                                       int baselineClass)
{
    const nlohmann::json pipeline = {{"target", target},
                                     {"class_names", classNames},
                                     {"baseline_class", baselineClass},
                                     {"features", preprocessor.toJson()}};
    return pipeline.dump();
}

Result<std::vector<float>> TrainedModel::predictProbabilities(const RawTable &table) const
{
    Result<FeatureMatrix> inputs = m_preprocessor.transform(table);
    if (!inputs)
        return inputs.error();
    return m_classifier.predictProbabilities(inputs.value());
}

} // namespace cohort::engine
