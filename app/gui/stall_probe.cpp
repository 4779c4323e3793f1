#include "gui/stall_probe.h"

#include <algorithm>

namespace cohort::app
{

StallProbe::StallProbe(int intervalMs, QObject *parent)
    : QObject(parent)
    , m_interval(intervalMs)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StallProbe::handleTick);
}

void StallProbe::start()
{
    m_gaps.clear();
    m_longest = 0.0;
    m_clock.start();
    m_last = m_clock.nsecsElapsed();
    m_timer.start();
}

void StallProbe::stop()
{
    m_timer.stop();
}

void StallProbe::handleTick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const double gap = std::max(0.0, static_cast<double>(now - m_last) / 1e6 - m_interval);
    m_last = now;
    m_gaps.push_back(gap);
    if (gap > m_longest)
    {
        m_longest = gap;
        m_longestAt = static_cast<double>(now) / 1e6;
    }
}

double StallProbe::stallQuantileMs(double share) const
{
    if (m_gaps.empty())
        return 0.0;
    std::vector<double> sorted = m_gaps;
    std::sort(sorted.begin(), sorted.end());
    const auto index = static_cast<std::size_t>(share * static_cast<double>(sorted.size() - 1));
    return sorted[index];
}

} // namespace cohort::app
