// FeatureMatrix: model inputs as a dense row-major float matrix, the form the trainer,
// the metrics and later the explainer share without exposing LibTorch types.
#pragma once

#include <cstddef>
#include <vector>

namespace cohort::engine
{

struct FeatureMatrix
{
    std::size_t rows = 0;
    std::size_t cols = 0;
    std::vector<float> values; // rows * cols, row-major

    FeatureMatrix() = default;
    FeatureMatrix(std::size_t rowCount, std::size_t colCount)
        : rows(rowCount)
        , cols(colCount)
        , values(rowCount * colCount, 0.0f)
    {
    }
    [[nodiscard]] float &at(std::size_t row, std::size_t col) { return values[row * cols + col]; }
    [[nodiscard]] float at(std::size_t row, std::size_t col) const
    {
        return values[row * cols + col];
    }
    [[nodiscard]] const float *rowData(std::size_t row) const { return values.data() + row * cols; }

    /// The rows at `indices`, in that order.
    [[nodiscard]] FeatureMatrix select(const std::vector<std::size_t> &indices) const
    {
        FeatureMatrix out(indices.size(), cols);
        for (std::size_t i = 0; i < indices.size(); ++i)
        {
            const float *source = rowData(indices[i]);
            std::copy(source, source + cols, out.values.begin() + static_cast<long>(i * cols));
        }
        return out;
    }
};

} // namespace cohort::engine
