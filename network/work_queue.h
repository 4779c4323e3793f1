// WorkQueue: the threads that CPU work (local training, evaluation) runs on, shared by every
// participant of a process, so that a simulator with a thousand sites uses the machine's cores
// and no more. A participant posts through its own serial lane, so its jobs run in order.
#pragma once

#include <boost/asio/strand.hpp>
#include <boost/asio/thread_pool.hpp>

namespace cohort::net
{

class WorkQueue final
{
public:
    using Lane = boost::asio::strand<boost::asio::thread_pool::executor_type>;

    explicit WorkQueue(int threads = 1);
    /// Waits for the jobs already posted, then joins the threads.
    ~WorkQueue();
    WorkQueue(const WorkQueue &) = delete;
    WorkQueue &operator=(const WorkQueue &) = delete;

    /// A serial lane: jobs posted to it run one at a time, in order, on the queue's threads.
    [[nodiscard]] Lane makeLane();
    /// Drops the jobs not started yet and joins the threads; safe to call twice.
    void stop();

private:
    boost::asio::thread_pool m_pool;
};

} // namespace cohort::net
