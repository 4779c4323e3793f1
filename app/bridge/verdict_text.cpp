#include "bridge/verdict_text.h"

#include <cmath>

namespace cohort::app
{

ui::VerdictFigures verdictFiguresOf(const engine::ClassificationMetrics &m)
{
    ui::VerdictFigures figures;
    figures.accuracy = m.accuracy;
    figures.balancedAccuracy = m.balancedAccuracy;
    figures.baselineAccuracy = m.baselineAccuracy;
    for (const std::string &name : m.classNames)
        figures.classNames << QString::fromStdString(name);
    if (m.baselineClass >= 0 && m.baselineClass < figures.classNames.size())
        figures.baselineClass = figures.classNames[m.baselineClass];
    for (const engine::ClassMetrics &c : m.perClass)
        figures.classRecall.append(c.support > 0 ? c.recall : std::nan(""));
    figures.samples = m.sampleCount;
    return figures;
}

std::pair<QString, ui::Verdict::Level> verdictOf(const engine::ClassificationMetrics &metrics)
{
    const ui::Verdict verdict = ui::judgeModel(verdictFiguresOf(metrics));
    return {verdict.headline + QLatin1Char(' ') + verdict.detail, verdict.level};
}

} // namespace cohort::app
