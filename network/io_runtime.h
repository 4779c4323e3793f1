// IoRuntime: the network layer's one io_context, the threads that run it and the work guard
// that keeps it alive; stop() ends every operation and joins the threads.
#pragma once

#include <thread>
#include <vector>

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>

namespace cohort::net
{

class IoRuntime final
{
public:
    IoRuntime();
    ~IoRuntime();
    IoRuntime(const IoRuntime &) = delete;
    IoRuntime &operator=(const IoRuntime &) = delete;

    /// Runs the io_context on `threads` threads until stop().
    void start(int threads = 1);
    /// Stops the io_context and joins its threads; safe to call twice.
    void stop();

    [[nodiscard]] boost::asio::io_context &context() { return m_context; }

private:
    boost::asio::io_context m_context;
    boost::asio::executor_work_guard<boost::asio::io_context::executor_type> m_guard;
    std::vector<std::thread> m_threads;
};

} // namespace cohort::net
