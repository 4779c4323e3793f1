#include "network/io_runtime.h"

namespace cohort::net
{

IoRuntime::IoRuntime()
    : m_guard(boost::asio::make_work_guard(m_context))
{
}

IoRuntime::~IoRuntime()
{
    stop();
}

void IoRuntime::start(int threads)
{
    for (int i = 0; i < threads; ++i)
        m_threads.emplace_back([this] { m_context.run(); });
}

void IoRuntime::stop()
{
    m_guard.reset();
    m_context.stop();
    for (std::thread &thread : m_threads)
    {
        if (thread.joinable())
            thread.join();
    }
    m_threads.clear();
}

} // namespace cohort::net
