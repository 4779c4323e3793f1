#include "model/mlp_spec.h"

#include <string>

#include <nlohmann/json.hpp>

namespace cohort::engine
{

std::vector<int> MlpSpec::layerWidths() const
{
    std::vector<int> widths{inputWidth};
    widths.insert(widths.end(), hiddenLayers.begin(), hiddenLayers.end());
    widths.push_back(outputWidth());
    return widths;
}

std::size_t MlpSpec::weightCount() const
{
    const std::vector<int> widths = layerWidths();
    std::size_t count = 0;
    for (std::size_t i = 1; i < widths.size(); ++i)
        count += static_cast<std::size_t>(widths[i - 1]) * static_cast<std::size_t>(widths[i]);
    return count;
}

std::size_t MlpSpec::parameterCount() const
{
    const std::vector<int> widths = layerWidths();
    std::size_t count = weightCount();
    for (std::size_t i = 1; i < widths.size(); ++i)
        count += static_cast<std::size_t>(widths[i]);
    return count;
}

Result<void> MlpSpec::validate() const
{
    if (inputWidth < 1)
        return makeError(ErrorCode::InvalidInput, "the model needs at least one input feature");
    if (classCount < 2)
        return makeError(ErrorCode::InvalidInput, "the model needs at least two classes");
    for (const int width : hiddenLayers)
    {
        if (width < 1 || width > 65536)
        {
            return makeError(ErrorCode::InvalidInput,
                             "hidden layer width " + std::to_string(width) + " is not usable",
                             "use widths between 1 and 65536, e.g. --hidden 128,64,32");
        }
    }
    if (!(dropout >= 0.0 && dropout < 1.0))
        return makeError(ErrorCode::InvalidInput, "dropout must be in [0, 1)");
    if (!(weightDecay >= 0.0))
        return makeError(ErrorCode::InvalidInput, "weight decay must not be negative");
    return {};
}

nlohmann::json toJson(const MlpSpec &spec)
{
    return {{"kind", "mlp"},
            {"input_width", spec.inputWidth},
            {"hidden_layers", spec.hiddenLayers},
            {"class_count", spec.classCount},
            {"dropout", spec.dropout},
            {"weight_decay", spec.weightDecay}};
}

Result<MlpSpec> mlpSpecFromJson(const nlohmann::json &json)
{
    try
    {
        MlpSpec spec;
        spec.inputWidth = json.at("input_width").get<int>();
        spec.hiddenLayers = json.at("hidden_layers").get<std::vector<int>>();
        spec.classCount = json.at("class_count").get<int>();
        spec.dropout = json.at("dropout").get<double>();
        spec.weightDecay = json.at("weight_decay").get<double>();
        if (auto valid = spec.validate(); !valid)
            return valid.error();
        return spec;
    }
    catch (const nlohmann::json::exception &e)
    {
        return makeError(ErrorCode::InvalidInput,
                         std::string("the stored model spec is damaged: ") + e.what());
    }
}

} // namespace cohort::engine
