// ScriptedEnd: the far end of a link, driven by a test: what arrives is queued, and the test
// takes it with a bounded wait and sends what it likes (a hostile or broken client).
#pragma once

#include <chrono>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>

#include "network/link.h"

constexpr auto kWait = std::chrono::seconds(60); // every wait in these tests is bounded

class ScriptedEnd final
{
public:
    explicit ScriptedEnd(cohort::net::Link::Pointer link)
        : m_link(std::move(link))
        , m_state(std::make_shared<State>())
    {
        // The handlers hold the state, not this object: they may run after it is gone.
        cohort::net::LinkHandlers handlers;
        handlers.onEnvelope = [state = m_state](const cohort::net::Link::Pointer &,
                                                cohort::wire::Envelope envelope)
        {
            std::lock_guard lock(state->mutex);
            state->inbox.push_back(std::move(envelope));
            state->changed.notify_all();
        };
        handlers.onClosed = [state = m_state](const cohort::net::Link::Pointer &,
                                              const std::string &)
        {
            std::lock_guard lock(state->mutex);
            state->closed = true;
            state->changed.notify_all();
        };
        m_link->startLink(handlers);
    }
    ~ScriptedEnd() { m_link->close("the test is over"); }
    ScriptedEnd(const ScriptedEnd &) = delete;
    ScriptedEnd &operator=(const ScriptedEnd &) = delete;

    /// The next envelope with this body, skipping others; nothing after `timeout`.
    std::optional<cohort::wire::Envelope> next(cohort::wire::Envelope::BodyCase body,
                                               std::chrono::milliseconds timeout = kWait)
    {
        std::unique_lock lock(m_state->mutex);
        const auto deadline = std::chrono::steady_clock::now() + timeout;
        for (;;)
        {
            while (!m_state->inbox.empty())
            {
                cohort::wire::Envelope envelope = std::move(m_state->inbox.front());
                m_state->inbox.pop_front();
                if (envelope.body_case() == body)
                    return envelope;
            }
            if (m_state->changed.wait_until(lock, deadline) == std::cv_status::timeout)
                return std::nullopt;
        }
    }
    /// The next envelope of any kind; nothing after `timeout`.
    std::optional<cohort::wire::Envelope> nextAny(std::chrono::milliseconds timeout = kWait)
    {
        std::unique_lock lock(m_state->mutex);
        if (!m_state->changed.wait_for(lock, timeout, [this]
                                       { return !m_state->inbox.empty() || m_state->closed; })
            || m_state->inbox.empty())
            return std::nullopt;
        cohort::wire::Envelope envelope = std::move(m_state->inbox.front());
        m_state->inbox.pop_front();
        return envelope;
    }
    void send(cohort::wire::Envelope envelope) { m_link->send(std::move(envelope)); }
    /// Closes the link; a nextAny() waiting returns nothing once the close arrives.
    void close() { m_link->close("the test closed it"); }
    /// True once the link has closed (the other end dropped it), waiting up to `timeout`.
    bool waitClosed(std::chrono::milliseconds timeout = kWait)
    {
        std::unique_lock lock(m_state->mutex);
        return m_state->changed.wait_for(lock, timeout, [this] { return m_state->closed; });
    }

private:
    struct State
    {
        std::mutex mutex;
        std::condition_variable changed;
        std::deque<cohort::wire::Envelope> inbox;
        bool closed = false;
    };

    cohort::net::Link::Pointer m_link;
    std::shared_ptr<State> m_state;
};
