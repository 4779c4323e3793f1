#include "cli/setting_checks.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "model/mlp_spec.h"
#include "train/trainer.h"

namespace cohort::app
{

namespace
{

std::string shortNumber(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof(buffer), "%.15g", value);
    return buffer;
}

// The text as a finite number, or NaN when it is not one.
double finiteNumber(const std::string &text)
{
    char *end = nullptr;
    const double value = std::strtod(text.c_str(), &end);
    if (text.empty() || end != text.c_str() + text.size() || !std::isfinite(value))
        return std::nan("");
    return value;
}

CLI::Validator numberCheck(double low, bool lowIncluded, double high, bool wholeOnly,
                           const std::string &bounds)
{
    return CLI::Validator(
        [=](std::string &text) -> std::string
        {
            const double value = finiteNumber(text);
            const bool aboveLow = lowIncluded ? value >= low : value > low;
            const bool whole = !wholeOnly || std::floor(value) == value;
            if (std::isfinite(value) && aboveLow && value <= high && whole)
                return {};
            return "'" + text + "' is out of bounds: use " + bounds;
        },
        bounds);
}

} // namespace

CLI::Validator wholeBetween(int low, int high)
{
    return numberCheck(low, true, high, true,
                       "a whole number from " + std::to_string(low) + " to "
                           + std::to_string(high));
}

CLI::Validator positiveAtMost(double high)
{
    return numberCheck(0.0, false, high, false,
                       "a number above 0 and at most " + shortNumber(high));
}

CLI::Validator numberBetween(double low, double high)
{
    return numberCheck(low, true, high, false,
                       "a number from " + shortNumber(low) + " to " + shortNumber(high));
}

void checkTrainingFlags(CLI::App &command)
{
    const auto check = [&](const char *flag, const CLI::Validator &validator)
    {
        if (CLI::Option *option = command.get_option_no_throw(flag))
            option->check(validator);
    };
    check("--epochs", wholeBetween(1, engine::kMaxEpochs));
    check("--batch", wholeBetween(1, engine::kMaxBatchSize));
    check("--lr", positiveAtMost(engine::kMaxLearningRate));
    check("--hidden", wholeBetween(1, engine::kMaxHiddenWidth));
    check("--patience", wholeBetween(0, engine::kMaxEpochs));
    check("--mu", numberBetween(0.0, engine::kMaxProximalMu));
    check("--weight-decay", numberBetween(0.0, 1.0));
}

engine::Result<void> checkHiddenFlag(const std::vector<int> &widths)
{
    if (widths.size() <= static_cast<std::size_t>(engine::kMaxHiddenLayers))
        return {};
    return engine::makeError(engine::ErrorCode::InvalidInput,
                             "--hidden has " + std::to_string(widths.size())
                                 + " widths; a model has at most "
                                 + std::to_string(engine::kMaxHiddenLayers) + " hidden layers",
                             "for example --hidden 128,64,32");
}

} // namespace cohort::app
