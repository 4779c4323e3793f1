#include "bridge/verdict_text.h"
#include "bridge/training_controller.h"

#include "bridge/reason_text.h"

#include <QFileInfo>
#include <QPointer>

#include <chrono>

#include <sys/resource.h>
#include <unistd.h>

#include "bridge/gui_thread.h"
#include "bridge/issue_text.h"
#include "eval/classification_metrics.h"
#include "store/model_registry.h"
#include "train/training_job.h"

namespace cohort::app
{

namespace
{

engine::TrainingRequest requestFrom(const QString &csvPath, const QString &target,
                                    const ui::TrainSettings &settings, const QStringList &excluded)
{
    engine::TrainingRequest request;
    request.csvPath = csvPath.toStdString();
    request.inference.target = target.toStdString();
    for (const QString &column : excluded)
        request.inference.excluded.push_back(column.toStdString());
    request.hiddenLayers.assign(settings.hiddenLayers.begin(), settings.hiddenLayers.end());
    request.dropout = settings.dropout;
    request.weightDecay = settings.weightDecay;
    request.train.epochs = settings.epochs;
    request.train.learningRate = settings.learningRate;
    request.train.batchSize = settings.batchSize;
    request.train.seed = settings.seed;
    request.versionName = QFileInfo(csvPath).fileName().toStdString();
    return request;
}

ui::TrainResultView resultFrom(const engine::TrainingResult &result, const QString &target,
                               double seconds)
{
    const engine::ClassificationMetrics &metrics = result.testMetrics;
    ui::TrainResultView view;
    view.versionId = result.versionId;
    view.accuracy = metrics.accuracy;
    view.macroF1 = metrics.macroF1;
    view.rocAuc = metrics.rocAuc;
    view.baselineAccuracy = metrics.baselineAccuracy;
    // Judged on balanced accuracy and on every class, in the user's language.
    std::tie(view.verdict, view.verdictLevel) = verdictOf(metrics);
    view.epochsRun = static_cast<int>(result.outcome.history.size());
    view.seconds = seconds;
    view.target = target;
    return view;
}

} // namespace

TrainingController::TrainingController(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
{
}

TrainingController::~TrainingController()
{
    if (m_cancel)
        m_cancel->store(true);
    join();
}

void TrainingController::join()
{
    if (m_worker.joinable())
        m_worker.join();
}

void TrainingController::train(const QString &csvPath, const QString &target,
                               const ui::TrainSettings &settings, const QStringList &excluded)
{
    if (m_running)
        return;
    join(); // the previous job has ended and posted its result
    m_running = true;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    Q_EMIT started(settings.epochs);
    m_worker = std::thread(
        [guard = QPointer<TrainingController>(this),
         request = requestFrom(csvPath, target, settings, excluded), target, cancel = m_cancel,
         db = m_databasePath.toStdString()]
        {
            // Training takes every cycle it gets; below the window's priority it leaves the
            // GUI thread free to answer at once.
            (void)::setpriority(PRIO_PROCESS, static_cast<id_t>(::gettid()), 5);
            const auto start = std::chrono::steady_clock::now();
            const auto elapsed = [start] {
                return std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
                    .count();
            };
            engine::Result<engine::ModelRegistry> registry = engine::ModelRegistry::open(db);
            if (!registry)
            {
                const QString message = errorText(registry.error());
                postToGui(guard,
                          [message](TrainingController *self)
                          {
                              self->m_running = false;
                              Q_EMIT self->failed(message);
                          });
                return;
            }
            engine::ValidationReport report;
            // At most one progress update per epoch reaches the GUI thread.
            const auto onEpoch = [guard, elapsed](const engine::EpochReport &epoch)
            {
                const ui::EpochPointView point{epoch.epoch,
                                               epoch.epochs,
                                               epoch.trainLoss,
                                               epoch.validationLoss,
                                               epoch.trainAccuracy,
                                               epoch.validationAccuracy,
                                               elapsed()};
                postToGui(guard,
                          [point](TrainingController *self) { Q_EMIT self->epochFinished(point); });
            };
            engine::Result<engine::TrainingResult> result =
                engine::runTrainingJob(request, registry.value(), report, onEpoch, cancel.get());
            const double seconds = elapsed();
            postToGui(guard,
                      [result = std::move(result), cancelled = cancel->load(), target, seconds,
                       reportText = report.issues().empty() ? QString() : issueReportText(report)](
                          TrainingController *self)
                      {
                          self->m_running = false;
                          if (cancelled)
                              Q_EMIT self->stopped();
                          else if (!result)
                              // The file's problems in the user's language when there are any;
                              // otherwise what failed, as the engine says it.
                              Q_EMIT self->failed(
                                  reportText.isEmpty()
                                      ? errorText(result.error())
                                      : tr("The file cannot be trained on:\n%1").arg(reportText));
                          else
                          {
                              Q_EMIT self->finished(resultFrom(result.value(), target, seconds));
                              Q_EMIT self->versionSaved(result->versionId);
                          }
                      });
        });
}

void TrainingController::stop()
{
    if (m_cancel)
        m_cancel->store(true);
}

} // namespace cohort::app
