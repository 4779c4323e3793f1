#include "network/work_queue.h"

#include <algorithm>

namespace cohort::net
{

WorkQueue::WorkQueue(int threads)
    : m_pool(static_cast<std::size_t>(std::max(1, threads)))
{
}

WorkQueue::~WorkQueue()
{
    m_pool.join();
}

WorkQueue::Lane WorkQueue::makeLane()
{
    return boost::asio::make_strand(m_pool.get_executor());
}

void WorkQueue::stop()
{
    m_pool.stop();
    m_pool.join();
}

} // namespace cohort::net
