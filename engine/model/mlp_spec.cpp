#include "model/mlp_spec.h"

#include <cstdint>
#include <cstdio>
#include <limits>
#include <stdexcept>
#include <string>

#include <nlohmann/json.hpp>

namespace cohort::engine
{

namespace
{

std::string shortNumber(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof(buffer), "%.15g", value);
    return buffer;
}

} // namespace

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

Result<void> validateHiddenLayers(const std::vector<int> &widths)
{
    const std::string bounds = "a model has at most " + std::to_string(kMaxHiddenLayers)
                               + " hidden layers of 1 to " + std::to_string(kMaxHiddenWidth)
                               + " units each";
    if (widths.size() > static_cast<std::size_t>(kMaxHiddenLayers))
        return makeError(ErrorCode::InvalidInput,
                         std::to_string(widths.size())
                             + " hidden layers are out of bounds: " + bounds,
                         "for example 128,64,32");
    for (const int width : widths)
    {
        if (width < 1 || width > kMaxHiddenWidth)
            return makeError(ErrorCode::InvalidInput,
                             "hidden layer width " + std::to_string(width)
                                 + " is out of bounds: " + bounds,
                             "for example 128,64,32");
    }
    return {};
}

Result<void> MlpSpec::validate() const
{
    if (inputWidth < 1 || inputWidth > kMaxInputWidth)
        return makeError(ErrorCode::InvalidInput,
                         "the model's input width " + std::to_string(inputWidth)
                             + " is out of bounds: a model takes 1 to "
                             + std::to_string(kMaxInputWidth)
                             + " inputs (features after one-hot encoding)");
    if (classCount < 2 || classCount > kMaxClassCount)
        return makeError(ErrorCode::InvalidInput,
                         "the model's class count " + std::to_string(classCount)
                             + " is out of bounds: a model predicts 2 to "
                             + std::to_string(kMaxClassCount) + " classes");
    if (auto layers = validateHiddenLayers(hiddenLayers); !layers)
        return layers;
    // Checked only now: the widths are bounded, so the count cannot overflow.
    if (parameterCount() > kMaxParameters)
        return makeError(ErrorCode::InvalidInput,
                         "the model would have " + std::to_string(parameterCount())
                             + " parameters, more than the " + std::to_string(kMaxParameters)
                             + " a model may have",
                         "use narrower or fewer hidden layers");
    if (!(dropout >= 0.0 && dropout < 1.0))
        return makeError(ErrorCode::InvalidInput, "dropout " + shortNumber(dropout)
                                                      + " is out of bounds: it must be at least 0 "
                                                        "and below 1");
    if (!(weightDecay >= 0.0 && weightDecay <= 1.0))
        return makeError(ErrorCode::InvalidInput,
                         "weight decay " + shortNumber(weightDecay)
                             + " is out of bounds: it must be between 0 and 1");
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
    // Whole numbers are range-checked before narrowing, so 2^32 + 128 is refused, not read as 128.
    const auto whole = [](const nlohmann::json &value, const char *what) -> int
    {
        if (!value.is_number_integer())
            throw std::invalid_argument(std::string(what) + " is not a whole number");
        constexpr auto kLargest = static_cast<std::uint64_t>(std::numeric_limits<int>::max());
        if (value.is_number_unsigned() && value.get<std::uint64_t>() > kLargest)
            throw std::invalid_argument(std::string(what) + " " + value.dump()
                                        + " is out of bounds");
        const auto number = value.get<std::int64_t>();
        if (number < std::numeric_limits<int>::min() || number > std::numeric_limits<int>::max())
            throw std::invalid_argument(std::string(what) + " " + value.dump()
                                        + " is out of bounds");
        return static_cast<int>(number);
    };
    try
    {
        MlpSpec spec;
        spec.inputWidth = whole(json.at("input_width"), "the input width");
        const nlohmann::json &layers = json.at("hidden_layers");
        if (!layers.is_array() || layers.size() > static_cast<std::size_t>(kMaxHiddenLayers))
            return makeError(ErrorCode::InvalidInput,
                             "the model spec's hidden layers are not a list of at most "
                                 + std::to_string(kMaxHiddenLayers) + " widths");
        spec.hiddenLayers.clear();
        for (const nlohmann::json &width : layers)
            spec.hiddenLayers.push_back(whole(width, "a hidden layer width"));
        spec.classCount = whole(json.at("class_count"), "the class count");
        spec.dropout = json.at("dropout").get<double>();
        spec.weightDecay = json.at("weight_decay").get<double>();
        if (auto valid = spec.validate(); !valid)
            return makeError(ErrorCode::InvalidInput,
                             "the model spec is not usable: " + valid.error().message,
                             valid.error().hint);
        return spec;
    }
    catch (const std::exception &e)
    {
        return makeError(ErrorCode::InvalidInput,
                         std::string("the model spec is not usable: ") + e.what());
    }
}

} // namespace cohort::engine
