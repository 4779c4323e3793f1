#include "widgets/number_text.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace cohort::ui
{

QString readableNumber(double value, const QLocale &locale, int significant)
{
    if (!std::isfinite(value))
        return locale.toString(value);
    const double magnitude = std::abs(value);
    // Integral parts are never rounded away: 24110 keeps five digits, only decimals go.
    const int integerDigits =
        magnitude < 1.0 ? 0 : static_cast<int>(std::floor(std::log10(magnitude))) + 1;
    int decimals = std::max(0, significant - integerDigits);
    if (magnitude > 0.0 && magnitude < 1.0)
        decimals =
            std::min(12, significant - 1 - static_cast<int>(std::floor(std::log10(magnitude))));
    QString text = locale.toString(value, 'f', decimals);
    if (decimals > 0)
    {
        const QString point = locale.decimalPoint();
        while (text.endsWith(locale.zeroDigit()))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    if (text == QStringLiteral("-0"))
        text = locale.toString(0);
    return text;
}

QString readableRange(double minimum, double maximum, const QLocale &locale)
{
    return QCoreApplication::translate("cohort::ui::ColumnSummaryPanel", "%1 to %2", "value range")
        .arg(readableNumber(minimum, locale, 4), readableNumber(maximum, locale, 4));
}

} // namespace cohort::ui
