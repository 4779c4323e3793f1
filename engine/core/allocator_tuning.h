// Process-wide memory allocator settings for model work: LibTorch's temporaries of a few MB
// per batch are otherwise returned to the system and paged in again on every call.
#pragma once

namespace cohort::engine
{

/// Keeps large allocations in the heap instead of fresh mmaps that are unmapped on free
/// (glibc's mmap and trim thresholds). Call once, at the start of main().
void keepLargeAllocationsInHeap();

} // namespace cohort::engine
