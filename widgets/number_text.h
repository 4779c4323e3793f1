// Numbers as people read them: in the user's locale, never in scientific notation, with as
// many decimals as the magnitude needs. One format for every range and axis of a page.
#pragma once

#include <QLocale>
#include <QString>

namespace cohort::ui
{

/// `value` with group separators and about `significant` significant digits, trailing zeros
/// dropped: 24110 -> "24,110", 2.908 -> "2.91", 0.000123 -> "0.000123" (English).
[[nodiscard]] QString readableNumber(double value, const QLocale &locale = QLocale(),
                                     int significant = 3);

/// "18 to 90", "0.5 to 163.6": four significant digits, in the locale's words for a range.
[[nodiscard]] QString readableRange(double minimum, double maximum,
                                    const QLocale &locale = QLocale());

} // namespace cohort::ui
