#include "data/raw_table.h"

#include <cstdint>

#include <sys/mman.h>

namespace cohort::engine
{

namespace
{

// Large imports fill hundreds of megabytes; with transparent huge pages the kernel maps them
// in 2 MB pages instead of 4 kB ones, which saves most of the page-fault time. Only advice:
// nothing changes where the kernel declines.
void adviseHugePages(const void *begin, std::size_t bytes)
{
    constexpr std::uintptr_t kHugePage = 2u << 20;
    const auto start = reinterpret_cast<std::uintptr_t>(begin);
    const std::uintptr_t alignedStart = (start + kHugePage - 1) & ~(kHugePage - 1);
    const std::uintptr_t end = (start + bytes) & ~(kHugePage - 1);
    if (end > alignedStart)
        ::madvise(reinterpret_cast<void *>(alignedStart), end - alignedStart, MADV_HUGEPAGE);
}

} // namespace

void TextColumn::reserve(std::size_t rows, std::size_t bytes)
{
    m_ends.reserve(rows);
    m_bytes.reserve(bytes);
    adviseHugePages(m_ends.data(), m_ends.capacity() * sizeof(std::uint32_t));
    adviseHugePages(m_bytes.data(), m_bytes.capacity());
}

} // namespace cohort::engine
