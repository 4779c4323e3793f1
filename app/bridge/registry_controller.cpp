#include "bridge/verdict_text.h"
#include "bridge/registry_controller.h"

#include "bridge/reason_text.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPointer>
#include <QThreadPool>
#include <QtNumeric>

#include "bridge/gui_thread.h"
#include "bridge/issue_text.h"
#include "bridge/version_views.h"
#include "eval/file_evaluation.h"
#include "store/model_registry.h"
#include "store/stored_model.h"
#include "store/version_file.h"

namespace cohort::app
{

namespace
{

ui::EvaluationView evaluationView(const engine::FileEvaluation &evaluation, qint64 id,
                                  const QString &csvPath)
{
    const engine::ClassificationMetrics &m = evaluation.metrics;
    ui::EvaluationView view;
    view.versionLabel =
        QCoreApplication::translate("cohort::app::RegistryController", "Version %1").arg(id);
    view.csvPath = csvPath;
    view.rows = evaluation.evaluatedRows;
    for (const std::string &name : m.classNames)
        view.classNames << QString::fromStdString(name);
    for (const std::vector<long> &row : m.confusion)
        view.confusion.append(QVector<qint64>(row.begin(), row.end()));
    view.accuracy = m.accuracy;
    view.macroF1 = m.macroF1;
    view.rocAuc = m.rocAuc;
    view.baselineAccuracy = m.baselineAccuracy;
    // Judged on balanced accuracy and on every class, in the user's language.
    std::tie(view.verdict, view.verdictLevel) = verdictOf(m);
    for (const engine::ClassMetrics &c : m.perClass)
        view.perClass.append(
            {QString::fromStdString(c.name), c.precision, c.recall, c.f1, c.support});
    // Binary metrics hold one curve, for class 1; multi-class one per class (one-vs-rest).
    const bool binary = m.classNames.size() == 2;
    for (std::size_t k = 0; k < m.rocCurves.size(); ++k)
    {
        if (m.rocCurves[k].empty())
            continue;
        ui::RocCurveView curve;
        curve.className = view.classNames.value(static_cast<int>(binary ? 1 : k));
        for (const engine::RocPoint &p : m.rocCurves[k])
            curve.points.append({p.falsePositiveRate, p.truePositiveRate});
        curve.auc = k < m.rocCurveAuc.size() ? m.rocCurveAuc[k] : qQNaN();
        view.rocCurves.append(curve);
    }
    return view;
}

enum class Access
{
    Read,  // listing, exporting, evaluating: nothing is created, migrated or changed
    Write, // activating, importing, deleting
};

using Poster = std::function<void(RegistryController *)>;

// An action that fails, or cannot open the registry, says why in the page's banner.
Poster reportFailure(const engine::Error &error)
{
    return [message = errorText(error)](RegistryController *controller)
    { Q_EMIT controller->actionFinished(message, true); };
}

// Runs `job(registry)` on a worker with a fresh connection and posts what it returns back to
// the GUI thread; when the registry cannot be opened, posts `failed(error)` instead.
template <typename Job, typename Failure>
void runWithRegistry(RegistryController *self, const QString &db, Access access, Job job,
                     Failure failed)
{
    QThreadPool::globalInstance()->start(
        [guard = QPointer<RegistryController>(self), db = db.toStdString(), access, job, failed]
        {
            engine::Result<engine::ModelRegistry> registry =
                access == Access::Read ? engine::ModelRegistry::openReadOnly(db)
                                       : engine::ModelRegistry::open(db);
            if (!registry)
            {
                postToGui(guard, failed(registry.error()));
                return;
            }
            postToGui(guard, job(registry.value()));
        });
}

template <typename Job> void writeRegistry(RegistryController *self, const QString &db, Job job)
{
    runWithRegistry(self, db, Access::Write, std::move(job), reportFailure);
}

} // namespace

RegistryController::RegistryController(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
{
}

void RegistryController::refresh()
{
    runWithRegistry(
        this, m_databasePath, Access::Read,
        [](engine::ModelRegistry &registry) -> Poster
        {
            const auto views = listVersionViews(registry);
            if (!views)
                return reportFailure(views.error());
            return [views = views.value()](RegistryController *self)
            { Q_EMIT self->versionsChanged(views); };
        },
        [](const engine::Error &error) -> Poster
        {
            // No registry yet (nothing trained or imported): an empty list, not an error.
            if (error.code == engine::ErrorCode::NotFound)
                return [](RegistryController *self) { Q_EMIT self->versionsChanged({}); };
            return reportFailure(error);
        });
}

void RegistryController::activate(qint64 id)
{
    writeRegistry(this, m_databasePath,
                  [id](engine::ModelRegistry &registry)
                  {
                      const auto done = registry.setActiveVersion(id);
                      const QString message =
                          done ? tr("Version %1 is now the active model.").arg(id)
                               : errorText(done.error());
                      return [message, ok = done.ok()](RegistryController *self)
                      {
                          Q_EMIT self->actionFinished(message, !ok);
                          self->refresh();
                      };
                  });
}

void RegistryController::exportVersion(qint64 id, const QString &path)
{
    // Reading the version is all the registry sees of an export.
    runWithRegistry(
        this, m_databasePath, Access::Read,
        [id, path](engine::ModelRegistry &registry)
        {
            auto version = registry.loadVersion(id);
            const auto written = version
                                     ? engine::writeVersionFile(version.value(), path.toStdString())
                                     : engine::Result<void>(version.error());
            const QString message = written ? tr("Version %1 exported to %2.").arg(id).arg(path)
                                            : errorText(written.error());
            return [message, ok = written.ok()](RegistryController *self)
            { Q_EMIT self->actionFinished(message, !ok); };
        },
        reportFailure);
}

void RegistryController::importVersion(const QString &path)
{
    writeRegistry(this, m_databasePath,
                  [path](engine::ModelRegistry &registry)
                  {
                      auto version = engine::readVersionFile(path.toStdString());
                      if (version)
                          version->name += " (imported)";
                      const auto saved = version ? registry.saveVersion(version.value())
                                                 : engine::Result<std::int64_t>(version.error());
                      const QString message = saved ? tr("Imported %1 as version %2.")
                                                          .arg(QFileInfo(path).fileName())
                                                          .arg(saved.value())
                                                    : errorText(saved.error());
                      return [message, ok = saved.ok()](RegistryController *self)
                      {
                          Q_EMIT self->actionFinished(message, !ok);
                          self->refresh();
                      };
                  });
}

void RegistryController::deleteVersion(qint64 id)
{
    writeRegistry(this, m_databasePath,
                  [id](engine::ModelRegistry &registry)
                  {
                      const auto done = registry.deleteVersion(id);
                      const QString message =
                          done ? tr("Version %1 deleted.").arg(id) : errorText(done.error());
                      return [message, ok = done.ok()](RegistryController *self)
                      {
                          Q_EMIT self->actionFinished(message, !ok);
                          self->refresh();
                      };
                  });
}

void RegistryController::deleteRun(const QString &runName, const QVector<qint64> &versionIds)
{
    const std::vector<std::int64_t> ids(versionIds.cbegin(), versionIds.cend());
    writeRegistry(this, m_databasePath,
                  [runName, ids](engine::ModelRegistry &registry)
                  {
                      // One transaction: the whole run goes, or nothing does.
                      const auto done = registry.deleteVersions(ids);
                      const QString message = done ? tr("Run “%1” deleted with its %n versions.",
                                                        nullptr, static_cast<int>(ids.size()))
                                                         .arg(runName)
                                                   : errorText(done.error());
                      return [message, ok = done.ok()](RegistryController *self)
                      {
                          Q_EMIT self->actionFinished(message, !ok);
                          self->refresh();
                      };
                  });
}

void RegistryController::evaluate(qint64 id, const QString &csvPath)
{
    runWithRegistry(
        this, m_databasePath, Access::Read,
        [id, csvPath](engine::ModelRegistry &registry)
        {
            engine::Result<engine::TrainedModel> model = engine::loadTrainedModel(registry, id);
            engine::ValidationReport report;
            engine::Result<engine::FileEvaluation> evaluation =
                model ? engine::evaluateOnFile(model.value(), csvPath.toStdString(), {}, report)
                      : engine::Result<engine::FileEvaluation>(model.error());
            if (!evaluation)
            {
                // The file's problems in the user's language when there are any.
                const QString message =
                    report.issues().empty()
                        ? errorText(evaluation.error())
                        : QCoreApplication::translate("cohort::app::RegistryController",
                                                      "%1 cannot be evaluated:\n%2")
                              .arg(QFileInfo(csvPath).fileName(), issueReportText(report));
                return std::function<void(RegistryController *)>(
                    [message](RegistryController *self)
                    { Q_EMIT self->evaluationFailed(message); });
            }
            const ui::EvaluationView view = evaluationView(evaluation.value(), id, csvPath);
            return std::function<void(RegistryController *)>(
                [view](RegistryController *self) { Q_EMIT self->evaluationFinished(view); });
        },
        // The Evaluate page waits for an outcome: a registry that cannot be read is one.
        [](const engine::Error &error) -> Poster
        {
            return [message = errorText(error)](RegistryController *self)
            { Q_EMIT self->evaluationFailed(message); };
        });
}

} // namespace cohort::app
