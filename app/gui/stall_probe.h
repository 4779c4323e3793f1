// Measures how long the GUI event loop stalls: a timer asks to run every few milliseconds and
// records how late each tick comes. The longest lateness is the longest time a user's click
// would have waited.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <vector>

namespace cohort::app
{

class StallProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StallProbe)

public:
    explicit StallProbe(int intervalMs = 5, QObject *parent = nullptr);

    void start();
    void stop();
    /// The longest gap between ticks beyond the interval, in milliseconds.
    [[nodiscard]] double longestStallMs() const { return m_longest; }
    /// When the longest stall ended, in milliseconds since start().
    [[nodiscard]] double longestStallAtMs() const { return m_longestAt; }
    /// The gap (beyond the interval) that `share` of all ticks stayed under, e.g. 0.99.
    [[nodiscard]] double stallQuantileMs(double share) const;
    [[nodiscard]] std::size_t ticks() const { return m_gaps.size(); }

private:
    void handleTick();

    int m_interval;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    double m_longest = 0.0;
    double m_longestAt = 0.0;
    std::vector<double> m_gaps;
};

} // namespace cohort::app
