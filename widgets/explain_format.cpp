#include "widgets/explain_format.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace cohort::ui
{

QString pointsText(double contribution, int decimals)
{
    if (std::isnan(contribution))
        return QStringLiteral("–");
    const double points = contribution * 100.0;
    const QString magnitude = QLocale().toString(std::abs(points), 'f', decimals);
    // A value that rounds to zero gets no sign, so "+0.0" never appears.
    if (magnitude == QLocale().toString(0.0, 'f', decimals))
        return magnitude;
    // The locale's own signs keep exported CSV values readable as numbers.
    return (points < 0.0 ? QLocale().negativeSign() : QLocale().positiveSign()) + magnitude;
}

QString percentText(double probability, int decimals)
{
    if (std::isnan(probability))
        return QStringLiteral("–");
    return QLocale().toString(probability * 100.0, 'f', decimals);
}

QString displayValue(const QString &valueText)
{
    const QString trimmed = valueText.trimmed();
    bool ok = false;
    const double value = QLocale::c().toDouble(trimmed, &ok);
    if (!ok || !std::isfinite(value) || trimmed.contains(QLatin1Char('e'), Qt::CaseInsensitive))
        return valueText;
    const qsizetype dot = trimmed.indexOf(QLatin1Char('.'));
    const int decimals =
        dot < 0 ? 0 : static_cast<int>(std::min<qsizetype>(trimmed.size() - dot - 1, 6));
    return QLocale().toString(value, 'f', decimals);
}

QString contributionValueText(const ContributionView &contribution)
{
    if (!contribution.missing)
        return displayValue(contribution.valueText);
    const QString written = contribution.valueText.trimmed();
    return written.isEmpty()
               ? QCoreApplication::translate("cohort::ui::ExplainFormat", "missing",
                                             "a value the row does not have")
               : QCoreApplication::translate("cohort::ui::ExplainFormat", "missing (“%1”)",
                                             "a value the model could not read")
                     .arg(written);
}

QString columnWithValue(const ContributionView &contribution)
{
    if (contribution.valueText.isNull() && !contribution.missing)
        return contribution.column;
    return QStringLiteral("%1 = %2").arg(contribution.column, contributionValueText(contribution));
}

bool hasEveryClass(const RowExplanationView &row)
{
    const qsizetype classes = row.classNames.size();
    if (row.contributionsByClass.size() != row.contributions.size()
        || row.baseByClass.size() != classes || row.outputByClass.size() != classes)
        return false;
    return std::all_of(row.contributionsByClass.cbegin(), row.contributionsByClass.cend(),
                       [classes](const QVector<double> &values)
                       { return values.size() == classes; });
}

QVector<ContributionView> contributionsForClass(const RowExplanationView &row, int classIndex)
{
    QVector<ContributionView> result = row.contributions;
    if (classIndex == row.shownClass || !hasEveryClass(row) || classIndex < 0
        || classIndex >= row.classNames.size())
        return result;
    const bool withErrors = row.standardErrorByClass.size() == row.contributions.size();
    for (qsizetype i = 0; i < result.size(); ++i)
    {
        result[i].contribution = row.contributionsByClass.at(i).at(classIndex);
        // Without per-class errors, the shown class's error says nothing about this class.
        result[i].standardError =
            withErrors ? row.standardErrorByClass.at(i).value(classIndex, qQNaN()) : qQNaN();
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const ContributionView &a, const ContributionView &b)
                     { return std::abs(a.contribution) > std::abs(b.contribution); });
    return result;
}

double baseForClass(const RowExplanationView &row, int classIndex)
{
    if (classIndex == row.shownClass || !hasEveryClass(row))
        return row.baseValue;
    return row.baseByClass.value(classIndex, row.baseValue);
}

double outputForClass(const RowExplanationView &row, int classIndex)
{
    if (classIndex == row.shownClass || !hasEveryClass(row))
        return row.outputValue;
    return row.outputByClass.value(classIndex, row.outputValue);
}

double niceTickStep(double span, int maxTicks)
{
    if (!(span > 0.0) || maxTicks < 1)
        return 1.0;
    const double raw = span / maxTicks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : {1.0, 2.0, 5.0})
    {
        if (factor * magnitude >= raw)
            return factor * magnitude;
    }
    return 10.0 * magnitude;
}

QColor featureValueColour(double normalized)
{
    if (std::isnan(normalized))
        return {0xa0, 0xa0, 0xa0};
    // Three stops as in the SHAP plots: blue, purple, red; readable for red-green colour blindness.
    const QColor low(0x00, 0x8b, 0xe6);
    const QColor middle(0x8a, 0x3f, 0xc2);
    const QColor high(0xff, 0x00, 0x52);
    const double t = std::clamp(normalized, 0.0, 1.0);
    const QColor &from = t < 0.5 ? low : middle;
    const QColor &to = t < 0.5 ? middle : high;
    const double u = t < 0.5 ? t * 2.0 : (t - 0.5) * 2.0;
    return QColor::fromRgbF(static_cast<float>(from.redF() + u * (to.redF() - from.redF())),
                            static_cast<float>(from.greenF() + u * (to.greenF() - from.greenF())),
                            static_cast<float>(from.blueF() + u * (to.blueF() - from.blueF())));
}

} // namespace cohort::ui
