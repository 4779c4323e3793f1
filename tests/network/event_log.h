// EventLog: the log events a service reports, kept for a test to look through.
#pragma once

#include <algorithm>
#include <functional>
#include <mutex>
#include <vector>

#include "network/log_event.h"

struct EventLog
{
    std::mutex mutex;
    std::vector<cohort::net::LogEvent> events;

    /// A sink for a service; any thread.
    cohort::net::LogSink sink()
    {
        return [this](const cohort::net::LogEvent &event)
        {
            std::lock_guard lock(mutex);
            events.push_back(event);
        };
    }
    bool contains(const std::function<bool(const cohort::net::LogEvent &)> &match)
    {
        std::lock_guard lock(mutex);
        return std::any_of(events.begin(), events.end(), match);
    }
    bool contains(cohort::net::LogCode code)
    {
        return contains([code](const cohort::net::LogEvent &event) { return event.code == code; });
    }
};
