// The Train page's engine side: runs the local training workflow (split, preprocessing,
// training, evaluation, a new version) on a worker thread with live progress and Stop.
#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <thread>

#include "widgets/train_views.h"

namespace cohort::app
{

class TrainingController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingController)

public:
    explicit TrainingController(QString databasePath, QObject *parent = nullptr);
    /// Stops a running job and waits for it (it checks the stop flag every batch).
    ~TrainingController() override;

    [[nodiscard]] bool isRunning() const { return m_running; }

public Q_SLOTS:
    /// Trains on `csvPath` without the `excluded` columns (the user's choice on the Data page).
    void train(const QString &csvPath, const QString &target, const cohort::ui::TrainSettings &s,
               const QStringList &excluded = {});
    void stop();

Q_SIGNALS:
    void started(int totalEpochs);
    void epochFinished(const cohort::ui::EpochPointView &point);
    void finished(const cohort::ui::TrainResultView &result);
    void failed(const QString &message);
    void stopped();
    /// A new version is in the registry.
    void versionSaved(qint64 id);

private:
    void join();

    QString m_databasePath;
    std::thread m_worker;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_running = false;
};

} // namespace cohort::app
