#include "fl/update_bounds.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace cohort::engine
{

namespace
{

std::string shortNumber(double value)
{
    std::ostringstream out;
    out.precision(3);
    out << value;
    return out.str();
}

} // namespace

double modelNorm(const std::vector<float> &model)
{
    double sum = 0.0;
    for (const float v : model)
        sum += static_cast<double>(v) * static_cast<double>(v);
    return std::sqrt(sum);
}

double modelDistance(const std::vector<float> &a, const std::vector<float> &b)
{
    double sum = 0.0;
    const std::size_t n = std::min(a.size(), b.size());
    for (std::size_t i = 0; i < n; ++i)
    {
        const double d = static_cast<double>(a[i]) - static_cast<double>(b[i]);
        sum += d * d;
    }
    return std::sqrt(sum);
}

std::optional<std::string> refuseUpdate(const std::vector<float> &start,
                                        const std::vector<float> &update,
                                        const UpdateBounds &bounds)
{
    double step = 0.0;
    return refuseStep(start, modelNorm(start), update, bounds, step);
}

std::optional<std::string> refuseStep(const std::vector<float> &start, double startNorm,
                                      const std::vector<float> &update,
                                      const UpdateBounds &bounds, double &step)
{
    if (update.size() != start.size())
        return "sent " + std::to_string(update.size()) + " parameters, the model has "
               + std::to_string(start.size());
    // One pass: the squared distance, which a NaN or an infinity makes NaN or infinite.
    double sum = 0.0;
    bool finite = true;
    for (std::size_t i = 0; i < update.size(); ++i)
    {
        finite = finite && std::isfinite(update[i]);
        const double d = static_cast<double>(update[i]) - static_cast<double>(start[i]);
        sum += d * d;
    }
    if (!finite)
        return std::string("sent parameters that are not finite numbers");
    step = std::sqrt(sum);
    const double limit = bounds.maxRelativeStep * std::max(startNorm, 1.0);
    if (!(step <= limit))
        return "sent an update " + shortNumber(step) + " away from the model it started from"
               + " (at most " + shortNumber(limit) + ", " + shortNumber(bounds.maxRelativeStep)
               + " times the model's size)";
    return std::nullopt;
}

std::vector<std::pair<std::size_t, std::string>> outlyingSteps(const std::vector<double> &steps,
                                                               const UpdateBounds &bounds)
{
    std::vector<std::pair<std::size_t, std::string>> outliers;
    if (steps.size() < 3)
        return outliers;
    std::vector<double> sorted = steps;
    std::nth_element(sorted.begin(), sorted.begin() + static_cast<long>(sorted.size() / 2),
                     sorted.end());
    const double median = sorted[sorted.size() / 2];
    const double limit = bounds.maxStepOverMedian * std::max(median, 1e-12);
    for (std::size_t i = 0; i < steps.size(); ++i)
    {
        if (steps[i] > limit)
            outliers.emplace_back(i, "sent an update " + shortNumber(steps[i])
                                         + " away from the global model, more than "
                                         + shortNumber(bounds.maxStepOverMedian)
                                         + " times the round's median step ("
                                         + shortNumber(median) + ")");
    }
    return outliers;
}

} // namespace cohort::engine
