// ChildProcess: a cohort-cli child started by the demo (a site of the demo federation), with
// its output in a log file, a bounded wait and a kill that always reaps it.
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include <sys/types.h>

#include "core/result.h"

namespace cohort::app
{

class ChildProcess final
{
public:
    /// Starts this executable again with `arguments`, stderr to `logPath`, and stdout to
    /// `outputPath` (or to `logPath` too when that is empty).
    [[nodiscard]] static engine::Result<ChildProcess>
    startSelf(const std::vector<std::string> &arguments, const std::string &logPath,
              const std::string &outputPath = {});
    ChildProcess(ChildProcess &&other) noexcept;
    ChildProcess &operator=(ChildProcess &&other) noexcept;
    ChildProcess(const ChildProcess &) = delete;
    ChildProcess &operator=(const ChildProcess &) = delete;
    /// Kills and reaps a child that is still running.
    ~ChildProcess();

    /// The exit status once it ended within `timeout`; -1 if it was killed for taking longer.
    int waitFor(std::chrono::milliseconds timeout);
    /// Whether it has ended (reaping it if so), without waiting.
    [[nodiscard]] bool hasEnded();

private:
    explicit ChildProcess(pid_t pid)
        : m_pid(pid)
    {
    }
    pid_t m_pid = -1;
    int m_status = -1;
};

} // namespace cohort::app
