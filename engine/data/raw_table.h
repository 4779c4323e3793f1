// RawTable: a CSV file's cells as UTF-8 text, stored column by column in one contiguous
// buffer per column so that large files import without an allocation per cell.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cohort::engine
{

/// One column's cells: the bytes of every cell back to back, and where each cell ends.
class TextColumn
{
public:
    static constexpr std::size_t kMaxFileBytes = 0xFFFFFFFFu;

    void append(std::string_view cell)
    {
        m_bytes.append(cell);
        m_ends.push_back(static_cast<std::uint32_t>(m_bytes.size()));
    }
    [[nodiscard]] std::string_view at(std::size_t row) const
    {
        const std::size_t begin = row == 0 ? 0 : m_ends[row - 1];
        return std::string_view(m_bytes).substr(begin, m_ends[row] - begin);
    }
    [[nodiscard]] std::size_t size() const { return m_ends.size(); }
    /// Reserves room for a large import, asking the kernel for huge pages where it can.
    void reserve(std::size_t rows, std::size_t bytes);

private:
    std::string m_bytes;
    std::vector<std::uint32_t> m_ends; // files over kMaxFileBytes are refused, so 32 bits hold
};

struct RawTable
{
    std::string file;                // path as the user gave it, for messages
    std::vector<std::string> names;  // column names, from the header or --columns
    std::vector<TextColumn> columns; // same order as names
    long firstDataRow = 2;           // record number of data row 0 (2 with a header row)
    char delimiter = ',';
    std::string encoding = "UTF-8"; // "UTF-8", "UTF-8 with BOM" or "Latin-1"
    std::string contentHash;        // see contentHash() in text_encoding.h

    [[nodiscard]] std::size_t rowCount() const { return columns.empty() ? 0 : columns[0].size(); }
    [[nodiscard]] long recordNumber(std::size_t row) const
    {
        return firstDataRow + static_cast<long>(row);
    }
    /// Index of the column with this name, or -1.
    [[nodiscard]] int columnIndex(std::string_view name) const
    {
        for (std::size_t i = 0; i < names.size(); ++i)
        {
            if (names[i] == name)
                return static_cast<int>(i);
        }
        return -1;
    }
};

} // namespace cohort::engine
