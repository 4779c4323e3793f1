// Decoding of a CSV file's bytes to UTF-8: BOM removal, UTF-8 validation, and the Latin-1
// fallback that spreadsheet exports from older systems still need.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace cohort::engine
{

struct DecodedText
{
    enum class Outcome
    {
        Utf8,
        Utf8WithBom,
        Latin1,      // converted to UTF-8; the caller warns
        Undecodable, // neither valid UTF-8 nor plausible Latin-1 text
    };
    Outcome outcome = Outcome::Utf8;
    std::string_view original; // the input without its BOM (UTF-8 outcomes)
    std::string converted;     // the UTF-8 text of a Latin-1 input
    std::size_t badOffset = 0; // first byte that is not valid UTF-8 (Latin-1, Undecodable)
    long badLine = 0;          // 1-based line of that byte
    unsigned char badByte = 0; // its value

    /// The decoded UTF-8 text; views the input unless it had to be converted.
    [[nodiscard]] std::string_view text() const
    {
        return outcome == Outcome::Latin1 ? std::string_view(converted) : original;
    }
};

/// Checks `bytes` (which must outlive the result) and decodes them to UTF-8 text.
[[nodiscard]] DecodedText decodeText(std::string_view bytes);

/// Offset of the first byte that is not part of valid UTF-8, or npos.
[[nodiscard]] std::size_t findInvalidUtf8(std::string_view bytes);

/// A 64-bit FNV-1a-style hash as 16 hex digits; identifies identical file content.
[[nodiscard]] std::string contentHash(std::string_view bytes);

} // namespace cohort::engine
