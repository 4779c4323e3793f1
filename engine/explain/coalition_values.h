// CoalitionValues: the interventional value function of one row's explanation,
// v(S) = sum_b w_b f(x_S, b_notS), evaluated for many coalitions S with batched model calls.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/result.h"
#include "data/feature_matrix.h"
#include "explain/background_summary.h"
#include "explain/explainable_model.h"

namespace cohort::engine
{

/// Shapley values of one row as an estimator found them, before labels are attached.
struct ShapleyEstimate
{
    std::vector<double> base;                       // v(empty set), per class
    std::vector<double> output;                     // v(all columns), per class
    std::vector<std::vector<double>> values;        // [column][class]
    std::vector<std::vector<double>> standardError; // [column][class]
    int coalitionsEvaluated = 0;
};

class CoalitionValues
{
public:
    /// `model`, `row` (1 x inputs) and `background` must outlive this object and be valid
    /// (see validateBackground). Model calls take at most `maxBatchRows` rows each.
    CoalitionValues(const ExplainableModel &model, const FeatureMatrix &row,
                    const WeightedBackground &background, std::size_t maxBatchRows);

    [[nodiscard]] std::size_t columnCount() const { return m_model.groups.size(); }
    [[nodiscard]] std::size_t classCount() const { return m_model.classNames.size(); }

    /// v(S) for `count` coalitions. masks holds count x columnCount() bytes, 1 where the
    /// column takes the row's value; out receives count x classCount() values. Checks
    /// `cancel` before every model call.
    [[nodiscard]] Result<void> evaluate(const std::uint8_t *masks, std::size_t count, double *out,
                                        const std::atomic<bool> *cancel);

private:
    void fillRows(const std::uint8_t *mask, std::size_t first, std::size_t last, float *out) const;

    const ExplainableModel &m_model;
    const FeatureMatrix &m_row;
    const FeatureMatrix &m_background;
    std::vector<double> m_weights; // normalised to sum to 1
    std::size_t m_rowsPerCall = 1;
    FeatureMatrix m_batch; // reused between calls: no allocation per coalition
};

} // namespace cohort::engine
