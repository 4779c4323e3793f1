#include "fl/update_bounds.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace cohort::engine
{

namespace
{

// Three significant digits, whole numbers from 1000 up (no "1.2e+03" in a log line).
std::string shortNumber(double value)
{
    std::ostringstream out;
    if (std::isfinite(value) && std::fabs(value) >= 1000.0 && std::fabs(value) < 1e15)
        out << static_cast<long long>(std::llround(value));
    else
    {
        out.precision(3);
        out << value;
    }
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

std::optional<Reason> refuseUpdate(const std::vector<float> &start,
                                        const std::vector<float> &update,
                                        const UpdateBounds &bounds)
{
    double step = 0.0;
    return refuseStep(start, modelNorm(start), update, bounds, step);
}

std::optional<Reason> refuseStep(const std::vector<float> &start, double startNorm,
                                      const std::vector<float> &update,
                                      const UpdateBounds &bounds, double &step)
{
    if (update.size() != start.size())
        return Reason{ReasonCode::UpdateWrongSize,
                      {std::to_string(update.size()), std::to_string(start.size())}};
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
        return Reason{ReasonCode::UpdateNotFinite, {}};
    step = std::sqrt(sum);
    const double limit = bounds.maxRelativeStep * std::max(startNorm, 1.0);
    if (!(step <= limit))
        return Reason{ReasonCode::UpdateTooFar,
                      {shortNumber(step), shortNumber(limit), shortNumber(bounds.maxRelativeStep)}};
    return std::nullopt;
}

std::vector<std::pair<std::size_t, Reason>> outlyingSteps(const std::vector<double> &steps,
                                                               const UpdateBounds &bounds)
{
    std::vector<std::pair<std::size_t, Reason>> outliers;
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
            outliers.emplace_back(i, Reason{ReasonCode::UpdateOutlier,
                                            {shortNumber(steps[i]),
                                             shortNumber(bounds.maxStepOverMedian),
                                             shortNumber(median)}});
    }
    return outliers;
}

} // namespace cohort::engine
