// Unattended runs of the real window: `cohort --screenshots DIR` renders every page with demo
// data to PNG files, and `cohort --bench` measures start-up and the longest UI stall while a
// 5-site demo federation and a local training run.
#pragma once

#include <QSize>
#include <QString>

#include <functional>

namespace cohort::app
{

class MainWindow;

/// Runs the event loop until `done()` holds or `timeoutMs` passes; true when it held.
bool waitUntil(const std::function<bool()> &done, int timeoutMs);

/// Drives every page with generated demo data and saves one PNG per page; 0 on success.
/// `size`: the window's size in the pictures (a 1366x768 laptop screen, less the panel, by
/// default).
int takeScreenshots(MainWindow &window, const QString &folder, QSize size = {1280, 760});

/// Prints start-up time and the UI's longest stall under load; 0 on success.
int runBenchmark(MainWindow &window, double startupMs, double mainToShownMs);

/// Milliseconds since the kernel started this process (from /proc; 10 ms resolution).
[[nodiscard]] double millisecondsSinceProcessStart();

} // namespace cohort::app
