// MappedFile: a file's bytes mapped read-only into memory, so that large CSV files are
// parsed in place instead of being copied into a buffer first.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/result.h"

namespace cohort::engine
{

class MappedFile
{
public:
    /// NotFound when the file cannot be opened, Io when it cannot be mapped.
    [[nodiscard]] static Result<MappedFile> open(const std::string &path);

    MappedFile(MappedFile &&other) noexcept;
    MappedFile &operator=(MappedFile &&other) noexcept;
    MappedFile(const MappedFile &) = delete;
    MappedFile &operator=(const MappedFile &) = delete;
    ~MappedFile();

    [[nodiscard]] std::string_view bytes() const
    {
        return {static_cast<const char *>(m_data), m_size};
    }

private:
    MappedFile(void *data, std::size_t size)
        : m_data(data)
        , m_size(size)
    {
    }

    void *m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace cohort::engine
