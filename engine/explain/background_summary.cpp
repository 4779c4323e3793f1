#include "explain/background_summary.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <string>

#include "explain/column_groups.h"
#include "explain/seeded_random.h"

namespace cohort::engine
{

namespace
{

double squaredDistance(const float *row, const double *centre, std::size_t width)
{
    double sum = 0.0;
    for (std::size_t j = 0; j < width; ++j)
    {
        const double d = static_cast<double>(row[j]) - centre[j];
        sum += d * d;
    }
    return sum;
}

// k-means++ (Arthur & Vassilvitskii 2007): each next centre is a row drawn with probability
// proportional to its squared distance from the nearest centre so far. Stops early when every
// row coincides with a centre (fewer distinct rows than k).
std::vector<double> seedCentres(const FeatureMatrix &data, std::size_t k, std::mt19937_64 &random)
{
    const std::size_t n = data.rows;
    const std::size_t width = data.cols;
    std::vector<double> centres;
    centres.reserve(k * width);
    const auto addCentre = [&](std::size_t row)
    {
        const float *values = data.rowData(row);
        centres.insert(centres.end(), values, values + width);
    };
    addCentre(uniformIndex(random, n));
    std::vector<double> nearest(n, std::numeric_limits<double>::infinity());
    while (centres.size() < k * width)
    {
        const double *latest = centres.data() + centres.size() - width;
        double total = 0.0;
        for (std::size_t i = 0; i < n; ++i)
        {
            nearest[i] = std::min(nearest[i], squaredDistance(data.rowData(i), latest, width));
            total += nearest[i];
        }
        if (total <= 0.0)
            break;
        // Rounding can leave the target unspent: then the last row not yet a centre is taken.
        double target = uniform01(random) * total;
        std::size_t chosen = n;
        for (std::size_t i = 0; i < n && (chosen == n || target >= 0.0); ++i)
        {
            if (nearest[i] <= 0.0)
                continue;
            chosen = i;
            target -= nearest[i];
        }
        addCentre(chosen);
    }
    return centres;
}

// Index of the centre nearest to `row`.
std::size_t nearestCentre(const float *row, const std::vector<double> &centres, std::size_t width)
{
    std::size_t best = 0;
    double bestDistance = std::numeric_limits<double>::infinity();
    for (std::size_t c = 0; c * width < centres.size(); ++c)
    {
        const double d = squaredDistance(row, centres.data() + c * width, width);
        if (d < bestDistance)
        {
            bestDistance = d;
            best = c;
        }
    }
    return best;
}

// Lloyd iterations: assign rows to their nearest centre, move centres to their members' mean,
// until no row changes cluster. Returns each row's cluster.
std::vector<std::size_t> lloyd(const FeatureMatrix &data, std::vector<double> &centres,
                               int iterations)
{
    const std::size_t width = data.cols;
    const std::size_t k = centres.size() / width;
    std::vector<std::size_t> assignment(data.rows, k);
    std::vector<double> sums(centres.size());
    std::vector<std::size_t> counts(k);
    for (int iteration = 0; iteration < std::max(1, iterations); ++iteration)
    {
        bool changed = false;
        for (std::size_t i = 0; i < data.rows; ++i)
        {
            const std::size_t c = nearestCentre(data.rowData(i), centres, width);
            changed = changed || c != assignment[i];
            assignment[i] = c;
        }
        if (!changed)
            break;
        std::fill(sums.begin(), sums.end(), 0.0);
        std::fill(counts.begin(), counts.end(), 0);
        for (std::size_t i = 0; i < data.rows; ++i)
        {
            const float *row = data.rowData(i);
            double *sum = sums.data() + assignment[i] * width;
            for (std::size_t j = 0; j < width; ++j)
                sum[j] += row[j];
            ++counts[assignment[i]];
        }
        // A cluster that lost all its rows keeps its centre; it is dropped at the end if empty.
        for (std::size_t c = 0; c < k; ++c)
        {
            for (std::size_t j = 0; counts[c] > 0 && j < width; ++j)
                centres[c * width + j] = sums[c * width + j] / static_cast<double>(counts[c]);
        }
    }
    return assignment;
}

// `count` distinct indices in [0, n) from a partial Fisher-Yates shuffle, in ascending order.
std::vector<std::size_t> sampleIndices(std::size_t n, std::size_t count, std::uint64_t seed)
{
    std::mt19937_64 random(seed);
    std::vector<std::size_t> order(n);
    for (std::size_t i = 0; i < n; ++i)
        order[i] = i;
    for (std::size_t i = 0; i < count; ++i)
        std::swap(order[i], order[i + uniformIndex(random, n - i)]);
    order.resize(count);
    std::sort(order.begin(), order.end());
    return order;
}

} // namespace

WeightedBackground uniformBackground(FeatureMatrix rows)
{
    WeightedBackground background;
    const std::size_t n = rows.rows;
    background.rows = std::move(rows);
    background.weights.assign(n, n > 0 ? 1.0 / static_cast<double>(n) : 0.0);
    return background;
}

Result<WeightedBackground> summarizeBackground(const FeatureMatrix &data,
                                               const BackgroundOptions &options)
{
    if (data.rows == 0 || data.cols == 0)
        return makeError(ErrorCode::InvalidInput, "the background needs at least one row");
    if (options.maxRows == 0)
        return makeError(ErrorCode::InvalidInput, "the background summary needs at least one row",
                         "use a background size of 1 or more");
    if (data.rows <= options.maxRows)
        return uniformBackground(data);
    if (options.sampleRows > 0 && data.rows > options.sampleRows
        && options.sampleRows > options.maxRows)
    {
        BackgroundOptions sampled = options;
        sampled.sampleRows = 0;
        return summarizeBackground(
            data.select(sampleIndices(data.rows, options.sampleRows, options.seed)), sampled);
    }

    std::mt19937_64 random(options.seed);
    std::vector<double> centres = seedCentres(data, options.maxRows, random);
    const std::vector<std::size_t> assignment = lloyd(data, centres, options.iterations);
    const std::size_t width = data.cols;
    const std::size_t k = centres.size() / width;

    std::vector<std::size_t> counts(k, 0);
    std::vector<std::size_t> representative(k, data.rows);
    std::vector<double> representativeDistance(k, std::numeric_limits<double>::infinity());
    for (std::size_t i = 0; i < data.rows; ++i)
    {
        const std::size_t c = assignment[i];
        ++counts[c];
        const double d = squaredDistance(data.rowData(i), centres.data() + c * width, width);
        if (d < representativeDistance[c])
        {
            representativeDistance[c] = d;
            representative[c] = i;
        }
    }
    WeightedBackground background;
    background.rows = FeatureMatrix(0, width);
    for (std::size_t c = 0; c < k; ++c)
    {
        if (counts[c] == 0)
            continue;
        if (options.snapToRows)
        {
            const float *row = data.rowData(representative[c]);
            background.rows.values.insert(background.rows.values.end(), row, row + width);
        }
        else
        {
            for (std::size_t j = 0; j < width; ++j)
                background.rows.values.push_back(static_cast<float>(centres[c * width + j]));
        }
        ++background.rows.rows;
        background.weights.push_back(static_cast<double>(counts[c])
                                     / static_cast<double>(data.rows));
    }
    return background;
}

Result<WeightedBackground> backgroundFromTable(const Preprocessor &preprocessor,
                                               const RawTable &table,
                                               const BackgroundOptions &options)
{
    // Encoding only the sampled rows keeps a large file's background cheap.
    const std::size_t n = table.rowCount();
    const bool sample = options.sampleRows > options.maxRows && n > options.sampleRows;
    Result<FeatureMatrix> encoded = preprocessor.transform(
        sample ? tableRows(table, sampleIndices(n, options.sampleRows, options.seed)) : table);
    if (!encoded)
        return encoded.error();
    BackgroundOptions sampled = options;
    sampled.sampleRows = 0;
    return summarizeBackground(encoded.value(), sampled);
}

Result<void> validateBackground(const WeightedBackground &background, std::size_t inputWidth)
{
    if (background.rows.rows == 0)
        return makeError(ErrorCode::InvalidInput, "the background has no rows",
                         "explain with at least one background row from the site's data");
    if (background.rows.cols != inputWidth)
        return makeError(ErrorCode::InvalidInput,
                         "the background has " + std::to_string(background.rows.cols)
                             + " inputs per row but the model takes " + std::to_string(inputWidth));
    if (background.weights.size() != background.rows.rows)
        return makeError(ErrorCode::InvalidInput, "the background needs one weight per row");
    double total = 0.0;
    for (const double weight : background.weights)
    {
        if (!(weight >= 0.0) || !std::isfinite(weight))
            return makeError(ErrorCode::InvalidInput, "background weights must be finite and >= 0");
        total += weight;
    }
    if (!(total > 0.0))
        return makeError(ErrorCode::InvalidInput, "the background weights sum to zero");
    return {};
}

} // namespace cohort::engine
