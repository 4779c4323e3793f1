// ColumnGroups: which model inputs belong to which original CSV column, so that explanations
// treat a one-hot encoded column as one player; and a row's values in the file's own units.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "data/dataset_schema.h"
#include "data/preprocessor.h"
#include "data/raw_table.h"

namespace cohort::engine
{

/// One original column and the half-open range [begin, end) of model inputs it became.
struct ColumnGroup
{
    std::string name;
    ColumnKind kind = ColumnKind::Numeric;
    std::size_t begin = 0;
    std::size_t end = 0;
    std::vector<std::string> categories; // categorical: the text of each one-hot input

    [[nodiscard]] std::size_t width() const { return end - begin; }
};

class ColumnGroups
{
public:
    ColumnGroups() = default;

    /// The groups of a fitted preprocessor, in model-input order.
    [[nodiscard]] static ColumnGroups fromPreprocessor(const Preprocessor &preprocessor);
    /// Groups of the given widths laid out one after another (models built without a
    /// preprocessor, e.g. in tests). A width of 0 is an InvalidInput error.
    [[nodiscard]] static Result<ColumnGroups> fromWidths(const std::vector<std::string> &names,
                                                         const std::vector<std::size_t> &widths);

    [[nodiscard]] std::size_t size() const { return m_groups.size(); }
    [[nodiscard]] const ColumnGroup &at(std::size_t index) const { return m_groups[index]; }
    [[nodiscard]] const std::vector<ColumnGroup> &groups() const { return m_groups; }
    /// Number of model inputs all groups cover together.
    [[nodiscard]] std::size_t inputWidth() const { return m_inputWidth; }
    [[nodiscard]] std::vector<std::string> names() const;

private:
    std::vector<ColumnGroup> m_groups;
    std::size_t m_inputWidth = 0;
};

/// A cell as the user wrote it: the trimmed text, and its number for numeric and boolean
/// columns (booleans as 0/1); no number for categorical cells and missing or unreadable ones.
struct FeatureValue
{
    std::string text;
    std::optional<double> number;
};

/// The values of `row` of `table` for every group, in group order. A column the table lacks
/// is an InvalidInput error naming it.
[[nodiscard]] Result<std::vector<FeatureValue>>
originalValues(const ColumnGroups &groups, const RawTable &table, std::size_t row);

/// A table of the given rows of `table`, in that order, for encoding a few rows of a large file.
[[nodiscard]] RawTable tableRows(const RawTable &table, const std::vector<std::size_t> &rows);

} // namespace cohort::engine
