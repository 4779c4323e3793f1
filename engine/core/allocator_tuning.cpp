#include "core/allocator_tuning.h"

#include <malloc.h>

namespace cohort::engine
{

void keepLargeAllocationsInHeap()
{
    // glibc raises these thresholds dynamically only after the first large free; fixing them
    // up front gives every batch the same fast path. 256 MB covers the largest batches here.
    constexpr int kThreshold = 256 * 1024 * 1024;
    mallopt(M_MMAP_THRESHOLD, kThreshold);
    mallopt(M_TRIM_THRESHOLD, kThreshold);
}

} // namespace cohort::engine
