// Draws from a seeded std::mt19937_64 that come out the same on every standard library,
// unlike std::uniform_*_distribution: explanations and summaries repeat exactly for a seed.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <random>

namespace cohort::engine
{

/// A double in [0, 1) from the generator's top 53 bits.
[[nodiscard]] inline double uniform01(std::mt19937_64 &random)
{
    return static_cast<double>(random() >> 11) * 0x1.0p-53;
}

/// An unbiased index in [0, n), n > 0: draws past the last multiple of n are redrawn.
[[nodiscard]] inline std::size_t uniformIndex(std::mt19937_64 &random, std::size_t n)
{
    const std::uint64_t range = n;
    const std::uint64_t limit = std::numeric_limits<std::uint64_t>::max()
                                - std::numeric_limits<std::uint64_t>::max() % range;
    std::uint64_t draw = random();
    while (draw >= limit)
        draw = random();
    return static_cast<std::size_t>(draw % range);
}

} // namespace cohort::engine
