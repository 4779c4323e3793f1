// WeightedBackground: the site's own rows that stand for "feature unknown" in an explanation,
// summarised by k-means to a few weighted rows so that explaining stays fast.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/result.h"
#include "data/feature_matrix.h"
#include "data/preprocessor.h"
#include "data/raw_table.h"

namespace cohort::engine
{

/// Encoded background rows and their weights (non-negative, summing to 1).
struct WeightedBackground
{
    FeatureMatrix rows;
    std::vector<double> weights;
};

struct BackgroundOptions
{
    std::size_t maxRows = 100; // K: at most this many weighted rows
    std::uint64_t seed = 42;   // k-means++ seeding
    int iterations = 30;       // Lloyd iterations at most; stops earlier once stable
    /// Rows drawn at random (from seed) before clustering when there are more; 0 = all.
    /// A few thousand rows describe the distribution; k-means over a million would not finish.
    std::size_t sampleRows = 4000;
    /// Replace every cluster mean by the member row nearest to it. A mean of one-hot inputs
    /// is a blend of categories the model never saw; a member row is a real, valid row.
    bool snapToRows = true;
};

/// Every row with the same weight 1/n.
[[nodiscard]] WeightedBackground uniformBackground(FeatureMatrix rows);

/// At most options.maxRows weighted rows summarising `data` (or a sample of sampleRows of
/// them): k-means++ seeding from options.seed, Lloyd iterations, weights = cluster sizes / n.
/// With n <= maxRows the rows are kept as they are with equal weights. No rows, or maxRows 0,
/// is an InvalidInput error.
[[nodiscard]] Result<WeightedBackground> summarizeBackground(const FeatureMatrix &data,
                                                             const BackgroundOptions &options = {});

/// Transforms the site's table (or a sample of options.sampleRows of its rows) with the
/// model's preprocessing and summarises it.
[[nodiscard]] Result<WeightedBackground> backgroundFromTable(const Preprocessor &preprocessor,
                                                             const RawTable &table,
                                                             const BackgroundOptions &options = {});

/// Checks that the background fits a model with `inputWidth` inputs and has usable weights.
[[nodiscard]] Result<void> validateBackground(const WeightedBackground &background,
                                              std::size_t inputWidth);

} // namespace cohort::engine
