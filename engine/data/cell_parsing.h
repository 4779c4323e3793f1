// How Cohort reads one cell: missing-value tokens, numbers (with a decimal comma in
// semicolon files), booleans, and class labels in a canonical spelling.
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>

namespace cohort::engine
{

/// Strips spaces and tabs at both ends.
[[nodiscard]] std::string_view trimmed(std::string_view text);

/// '', NA, NaN, null, n/a and ? (any case) mean "no value".
[[nodiscard]] bool isMissingToken(std::string_view cell);

/// A finite number, or nothing. With decimalComma, "1,5" reads as 1.5.
[[nodiscard]] std::optional<double> parseNumber(std::string_view cell, bool decimalComma = false);

/// The largest magnitude a feature value is computed with: squares, and sums of squares over
/// billions of rows, stay finite below it (a square overflows above about 1.3e154). Schema
/// inference reports larger values and the preprocessing clips them to it.
inline constexpr double kLargestFeatureMagnitude = 1e100;

/// `value` clipped to [-kLargestFeatureMagnitude, kLargestFeatureMagnitude].
[[nodiscard]] inline double clampMagnitude(double value)
{
    return std::clamp(value, -kLargestFeatureMagnitude, kLargestFeatureMagnitude);
}

/// true/false, yes/no, y/n, t/f (any case) as a boolean, or nothing.
[[nodiscard]] std::optional<bool> parseBoolean(std::string_view cell);

/// A date (2024-03-01, 2024/3/1, 01.03.2024, 3/1/24), a time of day (08:30, 8:30:15.5,
/// 8:30 PM) or both (2024-03-01T08:30:00Z, 2024-03-01 08:30+01:00): values that are neither
/// categories nor plain numbers.
[[nodiscard]] bool looksLikeDateOrTime(std::string_view cell);

/// A label's canonical text: integral numbers without decimals ("1.0" -> "1"), others trimmed.
[[nodiscard]] std::string canonicalLabel(std::string_view cell, bool decimalComma = false);

} // namespace cohort::engine
