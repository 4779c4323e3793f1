#include "widgets/model_verdict.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace cohort::ui
{

namespace
{

constexpr double kBaselineMargin = 0.01; // as the engine: more than one point better
constexpr int kFewCases = 50;            // fewer evaluated cases get a warning

} // namespace

QString percentText(double share)
{
    if (!std::isfinite(share))
        return QStringLiteral("–");
    const QLocale locale;
    const double percent = share * 100.0;
    // 99.7% is not "100%", and 0.3% is not "0%": one decimal where rounding would say so.
    const bool nearEnd = (percent >= 99.5 && percent < 100.0) || (percent > 0.0 && percent < 0.5);
    return locale.toString(percent, 'f', nearEnd ? 1 : 0) + QStringLiteral("%");
}

std::pair<double, double> wilsonInterval(double share, qint64 samples)
{
    if (samples <= 0)
        return {0.0, 1.0};
    const double z = 1.959964;
    const double n = static_cast<double>(samples);
    const double centre = (share + z * z / (2 * n)) / (1 + z * z / n);
    const double half =
        z * std::sqrt(share * (1 - share) / n + z * z / (4 * n * n)) / (1 + z * z / n);
    return {std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

VerdictFigures verdictFiguresOf(const RoundView &r)
{
    return {r.accuracy, r.balancedAccuracy, r.baselineAccuracy, r.baselineClass,
            r.classNames, r.classRecall, r.samples};
}

Verdict judgeModel(const VerdictFigures &f)
{
    Verdict verdict;
    const int classes = static_cast<int>(f.classNames.size());
    const double chance = classes > 0 ? 1.0 / classes : 0.5;
    // Quotation marks as the language writes them.
    const QString quoted = QCoreApplication::translate("ModelVerdict", "“%1”");
    const QString baseline =
        f.baselineClass.isEmpty()
            ? QCoreApplication::translate("ModelVerdict", "the most common class")
            : quoted.arg(f.baselineClass);
    // The class found least often.
    int worst = -1;
    for (int k = 0; k < f.classRecall.size(); ++k)
    {
        if (std::isfinite(f.classRecall[k]) && (worst < 0 || f.classRecall[k] < f.classRecall[worst]))
            worst = k;
    }
    const bool noBetter = !(f.accuracy > f.baselineAccuracy + kBaselineMargin)
                          || !(f.balancedAccuracy > chance + 0.05);
    if (noBetter)
    {
        verdict.level = Verdict::Level::NoBetter;
        verdict.headline = QCoreApplication::translate("ModelVerdict", "No better than always answering %1.").arg(baseline);
    }
    else if (worst >= 0 && f.classRecall[worst] < 0.5)
    {
        verdict.level = Verdict::Level::Weak;
        verdict.headline = QCoreApplication::translate("ModelVerdict", "Better than always answering %1, but it misses most cases of %2: "
                              "it finds %3 of them.")
                               .arg(baseline, quoted.arg(worst < classes ? f.classNames[worst] : QString()),
                                    percentText(f.classRecall[worst]));
    }
    else
    {
        verdict.level = Verdict::Level::Good;
        verdict.headline = QCoreApplication::translate("ModelVerdict", "Better than always answering %1, and it finds at least half of "
                              "the cases of every class.")
                               .arg(baseline);
    }
    verdict.detail = QCoreApplication::translate("ModelVerdict", "Right in %1 of the cases (always answering %2: %3); balanced accuracy "
                        "%4, the mean of the hit rates of the classes.")
                         .arg(percentText(f.accuracy), baseline, percentText(f.baselineAccuracy),
                              percentText(f.balancedAccuracy));
    if (f.samples > 0 && f.samples < kFewCases)
    {
        const std::pair<double, double> interval = wilsonInterval(f.accuracy, f.samples);
        const int cases = static_cast<int>(f.samples); // lupdate reads no cast as the count
        const QString few = QCoreApplication::translate(
            "ModelVerdict",
            "Only %n case(s) were evaluated: the accuracy could well be anywhere from %1 to %2 "
            "(95% interval).",
            "", cases);
        verdict.detail += QLatin1Char(' ')
                          + few.arg(percentText(interval.first), percentText(interval.second));
    }
    return verdict;
}

} // namespace cohort::ui
