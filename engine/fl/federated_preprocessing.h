// Federated preprocessing: each site sends sufficient statistics of its training rows (never the
// rows), and the hub merges them into the one Preprocessor that every site then applies.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "core/result.h"
#include "data/preprocessor.h"
#include "data/raw_table.h"
#include "fl/federation_schema.h"

namespace cohort::engine
{

/// A numeric column's values at one site (or merged). count, sum and sumOfSquares are exact;
/// sketch is a list of (value, weight) points sorted by value whose weights sum to count: each
/// distinct value with its multiplicity when a site has at most maxSketchPoints of them, else
/// bins of neighbouring values, each standing for its values at their mean (narrow at the
/// tails, where the winsorising bounds are). A merged sketch holds all its sites' points.
struct NumericSummary
{
    std::string name;
    std::int64_t count = 0; // values present; missing cells and text are not counted
    double sum = 0;
    double sumOfSquares = 0;
    double minimum = 0;
    double maximum = 0;
    std::vector<std::pair<double, double>> sketch;
};

/// Counts of a categorical column's values (every value seen, known to the federation or not);
/// also used for Boolean columns, with the categories "0" and "1".
struct CategoricalSummary
{
    std::string name;
    std::map<std::string, std::int64_t> counts;
};

struct SiteSummary
{
    std::int64_t rows = 0; // rows summarised, with or without a value in each column
    std::vector<NumericSummary> numeric;
    std::vector<CategoricalSummary> categorical;
    std::map<std::string, std::int64_t> classCounts; // rows per target class, by class name
};

/// Summarises `rows` of the site's table for every feature of the schema, in the schema's
/// order (missing cells and text in numeric columns are skipped; booleans are read as the
/// Preprocessor reads them). A column the table lacks is left out of the summary, so that the
/// hub's combineSummaries names it; rows past the end of the table are ignored.
[[nodiscard]] SiteSummary summarizeSite(const RawTable &table, const FederationSchema &schema,
                                        const std::vector<std::size_t> &rows,
                                        int maxSketchPoints = 256);

/// The index in `classNames` of the class with the most rows over all sites (the majority
/// baseline of a federated model); ties go to the earlier class, no counts to class 0.
[[nodiscard]] int majorityClass(const std::vector<SiteSummary> &sites,
                                const std::vector<std::string> &classNames);

/// Adds up the sites' summaries column by column in the schema's order: counts, sums and
/// sums of squares, extremes, category counts, and the union of the sketches. InvalidInput
/// when there are no sites, a schema column's kind is not a feature kind, or a summary lacks a
/// schema column or is malformed (a sketch unsorted or not weighing its count, more values
/// than rows, a negative count), naming the site's 1-based position and the column.
[[nodiscard]] Result<SiteSummary> mergeSummaries(const std::vector<SiteSummary> &sites,
                                                 const FederationSchema &schema);

/// Merges the sites' summaries into one Preprocessor whose columns follow the schema's order.
/// Numeric: the median and the winsorising bounds are weighted quantiles of the merged sketch,
/// interpolated exactly as Preprocessor::fit interpolates the sorted values; mean and scale
/// are the moments of the merged sketch clipped to the bounds, with each site's missing cells
/// imputed at the clipped median, as fit does with the raw values. So when every site sent an
/// exact sketch (at most maxSketchPoints distinct values) the result is fit's on the pooled
/// rows, up to the order of floating-point sums. A compressed sketch moves each value by at
/// most the width of its bin: the quantiles move by at most the widest bin, and the variance
/// lacks the spread within bins. The exact unclipped sums are not used for the scale: one
/// wild value, the very thing winsorising removes, would dominate them, and subtracting it
/// back out would lose the precision of everything else.
/// Categorical: the schema's (the hub's) categories, and the index of the merged mode as fill.
/// Boolean: the merged mode as fill (a tie gives 0, as in fit).
/// Errors: those of mergeSummaries, no site with a value in a column, quantiles outside
/// 0 <= lower <= upper <= 1.
[[nodiscard]] Result<Preprocessor> combineSummaries(const std::vector<SiteSummary> &sites,
                                                    const FederationSchema &schema,
                                                    const PreprocessingOptions &options = {});

} // namespace cohort::engine
