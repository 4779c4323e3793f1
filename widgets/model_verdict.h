// A model's verdict in plain, translated words for clinicians: better than always answering
// the majority class or not, judged on balanced accuracy and on every class (a model that
// misses most of one class is never called good), with a warning when few cases were seen.
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

#include "widgets/federation_views.h"

namespace cohort::ui
{

struct VerdictFigures
{
    double accuracy = 0.0;
    double balancedAccuracy = 0.0;
    double baselineAccuracy = 0.0;
    QString baselineClass;
    QStringList classNames;
    QVector<double> classRecall; // per class; NaN where the class has no rows
    qint64 samples = 0;
};

struct Verdict
{
    enum class Level
    {
        Good,     // better than the baseline, every class found at least half the time
        Weak,     // better than the baseline, but misses most of some class
        NoBetter, // no better than always answering the majority class
    };
    Level level = Level::NoBetter;
    QString headline; // one sentence
    QString detail;   // the figures behind it, and a warning about few cases
};

[[nodiscard]] Verdict judgeModel(const VerdictFigures &figures);

/// The figures of a federated round's evaluation.
[[nodiscard]] VerdictFigures verdictFiguresOf(const RoundView &round);

/// A share as a percentage that never rounds up to 100% (or down to 0%) when it is not.
[[nodiscard]] QString percentText(double share);

/// The 95% Wilson interval of a share of `samples` cases, as two shares.
[[nodiscard]] std::pair<double, double> wilsonInterval(double share, qint64 samples);

} // namespace cohort::ui
