#include "fl/federated_preprocessing.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <optional>
#include <string_view>

#include "data/cell_parsing.h"
#include "data/schema_inference.h"

namespace cohort::engine
{

namespace
{

using Sketch = std::vector<std::pair<double, double>>;

// t-digest's k1 scale: steep near q = 0 and q = 1, so bins there hold few values.
double scaleOf(double q, double delta)
{
    return delta / (2.0 * std::numbers::pi) * std::asin(std::clamp(2.0 * q - 1.0, -1.0, 1.0));
}

// Greedy bins of neighbouring values, each spanning at most one unit of the k1 scale (or
// holding a single distinct value), at the mean of their values.
Sketch binned(const Sketch &distinct, double n, double delta)
{
    Sketch bins;
    double binStart = 0.0; // values before the current bin
    double seen = 0.0;
    for (const auto &[value, weight] : distinct)
    {
        const bool full =
            !bins.empty()
            && scaleOf((seen + weight) / n, delta) - scaleOf(binStart / n, delta) > 1.0;
        if (bins.empty() || full)
        {
            binStart = seen;
            bins.emplace_back(value, 0.0);
        }
        // A running mean cannot overflow where a sum of huge values could.
        auto &[mean, binWeight] = bins.back();
        binWeight += weight;
        mean += (value - mean) * (weight / binWeight);
        seen += weight;
    }
    return bins;
}

// Exact (value, multiplicity) points when there are few distinct values, else k1 bins. Two
// neighbouring bins span more than one unit together and the scale's whole range is delta / 2,
// so delta = maxPoints - 1 always leaves fewer than maxPoints bins; as bins usually span
// half a unit to one, twice that delta usually fits too, with twice the resolution.
Sketch buildSketch(const std::vector<double> &sorted, int maxPoints)
{
    Sketch distinct;
    for (const double value : sorted)
    {
        if (distinct.empty() || distinct.back().first != value)
            distinct.emplace_back(value, 0.0);
        distinct.back().second += 1.0;
    }
    const double limit = std::max(1, maxPoints);
    if (static_cast<double>(distinct.size()) <= limit)
        return distinct;
    const auto n = static_cast<double>(sorted.size());
    for (double delta = 2.0 * (limit - 1.0);; delta = std::max(0.9 * delta, limit - 1.0))
    {
        Sketch bins = binned(distinct, n, delta);
        if (static_cast<double>(bins.size()) <= limit)
            return bins;
    }
}

NumericSummary summarizeNumeric(const std::string &name, const TextColumn &column,
                                const std::vector<std::size_t> &rows, bool decimalComma,
                                int maxSketchPoints)
{
    NumericSummary summary;
    summary.name = name;
    std::vector<double> values;
    values.reserve(rows.size());
    for (const std::size_t row : rows)
    {
        if (const auto parsed = parseNumber(column.at(row), decimalComma))
        {
            // As the Preprocessor does: values too large to square are clipped first.
            const double value = clampMagnitude(*parsed);
            values.push_back(value);
            summary.sum += value;
            summary.sumOfSquares += value * value;
        }
    }
    summary.count = static_cast<std::int64_t>(values.size());
    std::sort(values.begin(), values.end());
    summary.minimum = values.empty() ? 0.0 : values.front();
    summary.maximum = values.empty() ? 0.0 : values.back();
    summary.sketch = buildSketch(values, maxSketchPoints);
    return summary;
}

CategoricalSummary summarizeCategories(const FeatureSpec &spec, const TextColumn &column,
                                       const std::vector<std::size_t> &rows, bool decimalComma)
{
    CategoricalSummary summary;
    summary.name = spec.name;
    if (spec.kind == ColumnKind::Boolean)
        summary.counts = {{"0", 0}, {"1", 0}};
    for (const std::size_t row : rows)
    {
        const std::string_view cell = trimmed(column.at(row));
        if (spec.kind != ColumnKind::Boolean)
        {
            if (!isMissingToken(cell))
                ++summary.counts[std::string(cell)];
            continue;
        }
        // As the Preprocessor reads a boolean cell: any number other than 0 is 1.
        const auto number = parseNumber(cell, decimalComma);
        if (const auto flag = number ? std::optional<bool>(*number != 0.0) : parseBoolean(cell))
            ++summary.counts[*flag ? "1" : "0"];
    }
    return summary;
}

Error siteError(std::size_t site, const std::string &column, const std::string &message)
{
    Error error = makeError(ErrorCode::InvalidInput,
                            "the summary of site " + std::to_string(site + 1) + " " + message,
                            "summarise the training rows with the federation's schema");
    error.column = column;
    return error;
}

// A peer's numeric summary must be internally consistent before the hub relies on it.
std::optional<std::string> numericProblem(const NumericSummary &summary, std::int64_t rows)
{
    if (summary.count < 0 || summary.count > rows)
        return "counts " + std::to_string(summary.count) + " values in " + std::to_string(rows)
               + " rows";
    if (summary.count > 0
        && !(std::isfinite(summary.minimum) && std::isfinite(summary.maximum)
             && summary.minimum <= summary.maximum))
        return "has an invalid range";
    if (!std::isfinite(summary.sum) || !std::isfinite(summary.sumOfSquares)
        || summary.sumOfSquares < 0.0)
        return "has a sum or a sum of squares that is not a finite number";
    if (summary.count > 0)
    {
        // The mean lies within the range (up to rounding) when the sums are the values' own.
        const double mean = summary.sum / static_cast<double>(summary.count);
        const double slack = 1e-9 * std::max({1.0, std::abs(summary.minimum),
                                              std::abs(summary.maximum)});
        if (mean < summary.minimum - slack || mean > summary.maximum + slack)
            return "has a mean outside its range";
    }
    double weight = 0.0;
    for (std::size_t i = 0; i < summary.sketch.size(); ++i)
    {
        const auto &[value, w] = summary.sketch[i];
        if (!std::isfinite(value) || !std::isfinite(w) || w <= 0.0)
            return "has a sketch point that is not a finite value with a positive weight";
        if (i > 0 && value < summary.sketch[i - 1].first)
            return "has a sketch that is not sorted by value";
        if (value < summary.minimum || value > summary.maximum)
            return "has a sketch point outside its range";
        weight += w;
    }
    const auto count = static_cast<double>(summary.count);
    if (std::abs(weight - count) > 1e-9 * std::max(1.0, count))
        return "has a sketch that does not weigh its count of values";
    return std::nullopt;
}

std::optional<std::string> categoricalProblem(const CategoricalSummary &summary, ColumnKind kind,
                                              std::int64_t rows)
{
    std::int64_t total = 0;
    for (const auto &[category, count] : summary.counts)
    {
        if (count < 0)
            return "has a negative count";
        if (count > rows - total)
            return "counts more values than rows";
        if (kind == ColumnKind::Boolean && category != "0" && category != "1")
            return "has the value '" + category + "' in a yes/no column";
        total += count;
    }
    return std::nullopt;
}

template <typename Summary>
const Summary *findColumn(const std::vector<Summary> &summaries, const std::string &name)
{
    const auto found = std::find_if(summaries.begin(), summaries.end(),
                                    [&](const Summary &s) { return s.name == name; });
    return found == summaries.end() ? nullptr : &*found;
}

void addNumeric(NumericSummary &total, const NumericSummary &site)
{
    if (site.count > 0)
    {
        total.minimum = total.count == 0 ? site.minimum : std::min(total.minimum, site.minimum);
        total.maximum = total.count == 0 ? site.maximum : std::max(total.maximum, site.maximum);
    }
    total.count += site.count;
    total.sum += site.sum;
    total.sumOfSquares += site.sumOfSquares;
    total.sketch.insert(total.sketch.end(), site.sketch.begin(), site.sketch.end());
}

// The value at a 0-based rank of the multiset the sketch stands for.
double valueAtRank(const Sketch &sketch, double rank)
{
    double seen = 0.0;
    for (const auto &[value, weight] : sketch)
    {
        seen += weight;
        if (seen > rank)
            return value;
    }
    return sketch.back().first;
}

// Linear interpolation between neighbouring ranks, as Preprocessor::fit's sortedQuantile.
double sketchQuantile(const Sketch &sketch, std::int64_t count, double q)
{
    const double position = q * static_cast<double>(count - 1);
    const double lower = std::floor(position);
    const double upper = std::min(lower + 1.0, static_cast<double>(count - 1));
    const double low = valueAtRank(sketch, lower);
    return low + (valueAtRank(sketch, upper) - low) * (position - lower);
}

Error columnError(const std::string &column, const std::string &message)
{
    Error error = makeError(ErrorCode::InvalidInput, message);
    error.column = column;
    return error;
}

Result<ColumnTransform> numericTransform(const NumericSummary &summary, std::int64_t rows,
                                         const PreprocessingOptions &options)
{
    if (summary.count == 0)
        return columnError(summary.name,
                           "no site has a value in the column '" + summary.name + "'");
    ColumnTransform t;
    t.fill = sketchQuantile(summary.sketch, summary.count, 0.5);
    t.low = sketchQuantile(summary.sketch, summary.count, options.lowerQuantile);
    t.high = sketchQuantile(summary.sketch, summary.count, options.upperQuantile);
    // Moments of the clipped, imputed values that the model will see, as in fit.
    double sum = 0.0;
    double squares = 0.0;
    for (const auto &[value, weight] : summary.sketch)
    {
        const double clipped = std::clamp(value, t.low, t.high);
        sum += weight * clipped;
        squares += weight * clipped * clipped;
    }
    const double imputed = std::clamp(t.fill, t.low, t.high);
    const auto missing = static_cast<double>(rows - summary.count);
    sum += missing * imputed;
    squares += missing * imputed * imputed;
    const double n = std::max(1.0, static_cast<double>(rows));
    t.mean = sum / n;
    const double variance = std::max(0.0, squares / n - t.mean * t.mean);
    t.scale = variance > 1e-12 ? std::sqrt(variance) : 1.0;
    return t;
}

Result<ColumnTransform> categoricalTransform(const CategoricalSummary &summary,
                                             const FeatureSpec &spec)
{
    std::int64_t present = 0;
    for (const auto &entry : summary.counts)
        present += entry.second;
    if (present == 0)
        return columnError(summary.name,
                           "no site has a value in the column '" + summary.name + "'");
    ColumnTransform t;
    if (spec.kind == ColumnKind::Boolean)
    {
        const auto ones = summary.counts.contains("1") ? summary.counts.at("1") : 0;
        t.fill = ones * 2 > present ? 1.0 : 0.0;
        return t;
    }
    // The hub's categories, so that every site encodes the same inputs; the mode among them
    // (the first on a tie, as fit) fills missing cells.
    t.categories = spec.categories;
    std::int64_t best = -1;
    for (std::size_t k = 0; k < t.categories.size(); ++k)
    {
        const auto found = summary.counts.find(t.categories[k]);
        const std::int64_t count = found == summary.counts.end() ? 0 : found->second;
        if (count > best)
        {
            best = count;
            t.fill = static_cast<double>(k);
        }
    }
    return t;
}

// Adds up the sites' summaries of one column and appends the total to `merged`.
Result<void> mergeColumn(const std::vector<SiteSummary> &sites, const FeatureSpec &spec,
                         SiteSummary &merged)
{
    const bool numeric = spec.kind == ColumnKind::Numeric;
    NumericSummary numbers;
    numbers.name = spec.name;
    CategoricalSummary categories;
    categories.name = spec.name;
    for (std::size_t site = 0; site < sites.size(); ++site)
    {
        const SiteSummary &summary = sites[site];
        const NumericSummary *n = numeric ? findColumn(summary.numeric, spec.name) : nullptr;
        const CategoricalSummary *c =
            numeric ? nullptr : findColumn(summary.categorical, spec.name);
        if (!n && !c)
            return siteError(site, spec.name, "lacks the column '" + spec.name + "'");
        const auto problem =
            n ? numericProblem(*n, summary.rows) : categoricalProblem(*c, spec.kind, summary.rows);
        if (problem)
            return siteError(site, spec.name, *problem + " in the column '" + spec.name + "'");
        if (n)
        {
            addNumeric(numbers, *n);
            continue;
        }
        for (const auto &[category, count] : c->counts)
            categories.counts[category] += count;
    }
    if (numeric)
    {
        std::sort(numbers.sketch.begin(), numbers.sketch.end());
        merged.numeric.push_back(std::move(numbers));
    }
    else
    {
        merged.categorical.push_back(std::move(categories));
    }
    return {};
}

} // namespace

SiteSummary summarizeSite(const RawTable &table, const FederationSchema &schema,
                          const std::vector<std::size_t> &rows, int maxSketchPoints)
{
    std::vector<std::size_t> present;
    std::copy_if(rows.begin(), rows.end(), std::back_inserter(present),
                 [&](std::size_t row) { return row < table.rowCount(); });
    SiteSummary summary;
    summary.rows = static_cast<std::int64_t>(present.size());
    const bool decimalComma = table.delimiter == ';';
    for (const FeatureSpec &spec : schema.features)
    {
        const int index = table.columnIndex(spec.name);
        if (index < 0)
            continue;
        const TextColumn &column = table.columns[static_cast<std::size_t>(index)];
        if (spec.kind == ColumnKind::Numeric)
            summary.numeric.push_back(
                summarizeNumeric(spec.name, column, present, decimalComma, maxSketchPoints));
        else
            summary.categorical.push_back(summarizeCategories(spec, column, present, decimalComma));
    }
    const std::vector<int> labels = encodeLabels(table, schema.target, schema.classNames);
    for (const std::size_t row : present)
    {
        if (labels[row] >= 0)
            ++summary.classCounts[schema.classNames[static_cast<std::size_t>(labels[row])]];
    }
    return summary;
}

int majorityClass(const std::vector<SiteSummary> &sites, const std::vector<std::string> &classNames)
{
    std::vector<std::int64_t> pooled(classNames.size(), 0);
    for (const SiteSummary &site : sites)
    {
        for (std::size_t k = 0; k < classNames.size(); ++k)
        {
            if (const auto count = site.classCounts.find(classNames[k]);
                count != site.classCounts.end())
                pooled[k] += count->second;
        }
    }
    return static_cast<int>(std::max_element(pooled.begin(), pooled.end()) - pooled.begin());
}

Result<SiteSummary> mergeSummaries(const std::vector<SiteSummary> &sites,
                                   const FederationSchema &schema)
{
    if (sites.empty())
        return makeError(ErrorCode::InvalidInput, "no site sent a summary of its data");
    SiteSummary merged;
    for (std::size_t site = 0; site < sites.size(); ++site)
    {
        // Beyond 2^53 rows, counts would no longer be exact as sketch weights.
        if (sites[site].rows < 0 || sites[site].rows > (std::int64_t{1} << 53))
            return siteError(site, {}, "has an impossible row count");
        merged.rows += sites[site].rows;
    }
    for (const FeatureSpec &spec : schema.features)
    {
        if (spec.kind != ColumnKind::Numeric && spec.kind != ColumnKind::Boolean
            && spec.kind != ColumnKind::Categorical)
            return columnError(spec.name, "the federation's column '" + spec.name
                                              + "' is of the kind '" + toString(spec.kind)
                                              + "', which is not a feature");
        if (Result<void> added = mergeColumn(sites, spec, merged); !added)
            return added.error();
    }
    return merged;
}

Result<Preprocessor> combineSummaries(const std::vector<SiteSummary> &sites,
                                      const FederationSchema &schema,
                                      const PreprocessingOptions &options)
{
    if (!(options.lowerQuantile >= 0.0 && options.lowerQuantile <= options.upperQuantile
          && options.upperQuantile <= 1.0))
        return makeError(ErrorCode::InvalidInput,
                         "the winsorising quantiles must satisfy 0 <= lower <= upper <= 1");
    Result<SiteSummary> merged = mergeSummaries(sites, schema);
    if (!merged)
        return merged.error();
    // mergeSummaries keeps the schema's order within each list.
    auto numeric = merged->numeric.cbegin();
    auto categorical = merged->categorical.cbegin();
    std::vector<ColumnTransform> columns;
    for (const FeatureSpec &spec : schema.features)
    {
        Result<ColumnTransform> t = spec.kind == ColumnKind::Numeric
                                        ? numericTransform(*numeric++, merged->rows, options)
                                        : categoricalTransform(*categorical++, spec);
        if (!t)
            return t.error();
        t->name = spec.name;
        t->kind = spec.kind;
        columns.push_back(std::move(t).value());
    }
    return Preprocessor::fromColumns(std::move(columns), options);
}

} // namespace cohort::engine
