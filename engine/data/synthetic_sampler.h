// SyntheticSampler: the seeded random source of the synthetic data generators (mt19937_64 plus
// the few <random> distributions the domain models need). Internal to engine/data.
#pragma once

#include <cmath>
#include <cstdint>
#include <random>
#include <vector>

namespace cohort::engine::synthetic
{

/// Mixes a user seed and a stream number into one 64-bit seed (SplitMix64 finaliser), so that
/// each site, the test set and the benchmark rows get independent, reproducible streams.
[[nodiscard]] inline std::uint64_t mixSeed(std::uint64_t seed, std::uint64_t stream)
{
    std::uint64_t z = seed + 0x9E3779B97F4A7C15ULL * (stream + 1);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

class SyntheticSampler final
{
public:
    SyntheticSampler(std::uint64_t seed, std::uint64_t stream)
        : m_engine(mixSeed(seed, stream))
    {
    }

    [[nodiscard]] double normal(double mean, double sd) { return mean + sd * m_normal(m_engine); }

    /// Log-normal with the given median and log-scale spread.
    [[nodiscard]] double logNormal(double median, double sigma)
    {
        return median * std::exp(sigma * m_normal(m_engine));
    }

    [[nodiscard]] double uniform() { return m_uniform(m_engine); }

    [[nodiscard]] bool bernoulli(double probability) { return uniform() < probability; }

    [[nodiscard]] double gamma(double shape, double scale)
    {
        std::gamma_distribution<double> distribution(shape, scale);
        return distribution(m_engine);
    }

    [[nodiscard]] int uniformInt(int low, int high)
    {
        std::uniform_int_distribution<int> distribution(low, high);
        return distribution(m_engine);
    }

    /// An index drawn with probability proportional to `weights` (non-negative, not all zero).
    [[nodiscard]] int categorical(const std::vector<double> &weights)
    {
        double total = 0.0;
        for (double weight : weights)
            total += weight;
        double target = uniform() * total;
        for (std::size_t i = 0; i < weights.size(); ++i)
        {
            target -= weights[i];
            if (target < 0.0)
                return static_cast<int>(i);
        }
        // Rounding can leave a tiny remainder: fall back to the last class with any weight.
        for (std::size_t i = weights.size(); i-- > 0;)
            if (weights[i] > 0.0)
                return static_cast<int>(i);
        return 0;
    }

private:
    std::mt19937_64 m_engine;
    std::normal_distribution<double> m_normal;
    std::uniform_real_distribution<double> m_uniform;
};

} // namespace cohort::engine::synthetic
