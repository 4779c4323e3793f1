// Getting results from worker threads and engine callbacks back to the GUI thread: the lambda
// runs there later, and only if the receiving QObject still exists then.
#pragma once

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>

#include <utility>

namespace cohort::app
{

/// Runs `function(receiver)` on the GUI thread, queued; skipped if the receiver is gone by
/// then. Safe to call from any thread: the queued call targets the application object. Make
/// the guard on the GUI thread, before handing it to a worker.
template <typename Receiver, typename Function>
void postToGui(QPointer<Receiver> guard, Function &&function)
{
    QMetaObject::invokeMethod(
        QCoreApplication::instance(),
        [guard, function = std::forward<Function>(function)]() mutable
        {
            if (guard)
                function(guard.data());
        },
        Qt::QueuedConnection);
}

} // namespace cohort::app
