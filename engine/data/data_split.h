// Stratified train / validation / test split: each class keeps its share in every part.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace cohort::engine
{

struct DataSplit
{
    std::vector<std::size_t> train;
    std::vector<std::size_t> validation;
    std::vector<std::size_t> test;
};

/// Splits the rows whose label is >= 0 (rows labelled -1 are left out). Every class with at
/// least 3 rows gets at least one row in each part. Deterministic for a seed.
[[nodiscard]] DataSplit stratifiedSplit(const std::vector<int> &labels, double validationShare,
                                        double testShare, std::uint64_t seed);

/// The labels of `rows`, in that order.
[[nodiscard]] std::vector<int> labelsAt(const std::vector<int> &labels,
                                        const std::vector<std::size_t> &rows);

} // namespace cohort::engine
