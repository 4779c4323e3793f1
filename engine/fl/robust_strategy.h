// RobustStrategy: coordinate-wise median (Yin et al. 2018) and trimmed mean, which bound the
// influence of a few sites that send extreme or poisoned parameters.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "fl/aggregation_strategy.h"

namespace cohort::engine
{

enum class RobustStatistic
{
    Median,      // the middle value per coordinate; the mean of the two middle ones for even n
    TrimmedMean, // per coordinate, drop the trimmedCount lowest and highest values, average rest
};

/// Both statistics treat every result alike: sample counts are ignored (a site could inflate
/// its count to gain weight), and so are failures.
class RobustStrategy final : public AggregationStrategy
{
public:
    /// `trimFraction` in [0, 0.5) is used by TrimmedMean only (checked by the factory).
    RobustStrategy(RobustStatistic statistic, double trimFraction);

    [[nodiscard]] std::string name() const override;
    [[nodiscard]] Result<std::vector<float>>
    aggregate(const std::vector<float> &global, const std::vector<ClientUpdate> &results,
              const std::vector<ClientFailure> &failures) override;

private:
    RobustStatistic m_statistic;
    double m_trimFraction;
};

/// How many values the trimmed mean cuts at each end of `count`: floor(trimFraction * count),
/// with 1e-9 slack for decimal fractions (0.29 * 100 is 28.999999999999996 in double but cuts
/// 29), always leaving at least one value.
[[nodiscard]] std::size_t trimmedCount(double trimFraction, std::size_t count);

} // namespace cohort::engine
