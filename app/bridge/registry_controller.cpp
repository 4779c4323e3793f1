#include "bridge/verdict_text.h"
#include "bridge/registry_controller.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPointer>
#include <QThreadPool>
#include <QtNumeric>

#include <nlohmann/json.hpp>

#include "bridge/gui_thread.h"
#include "eval/file_evaluation.h"
#include "eval/version_metrics.h"
#include "store/model_registry.h"
#include "store/stored_model.h"
#include "store/version_file.h"

namespace cohort::app
{

namespace
{

// An unreadable record leaves every figure unknown (NaN), as a record without metrics does.
engine::VersionMetrics metricsOf(const std::string &json)
{
    engine::Result<engine::VersionMetrics> metrics = engine::versionMetricsFromJson(json);
    return metrics ? std::move(metrics).value() : engine::VersionMetrics();
}

QString pretty(const std::string &json)
{
    const nlohmann::json parsed = nlohmann::json::parse(json, nullptr, false);
    return QString::fromStdString(parsed.is_discarded() ? json : parsed.dump(2));
}

ui::VersionView viewOf(const engine::ModelVersionRecord &version,
                       std::optional<std::int64_t> active)
{
    const engine::VersionMetrics metrics = metricsOf(version.metricsJson);
    const nlohmann::json pipeline =
        nlohmann::json::parse(version.preprocessingJson, nullptr, false);
    ui::VersionView view;
    view.id = version.id;
    view.name = QString::fromStdString(version.name);
    view.origin = QString::fromStdString(engine::toString(version.origin));
    view.round = version.round.value_or(-1);
    view.created = QDateTime::fromString(QString::fromStdString(version.createdAt), Qt::ISODate);
    view.accuracy = metrics.accuracy;
    view.macroF1 = metrics.macroF1;
    view.rocAuc = metrics.rocAuc;
    view.parentId = version.parentId.value_or(0);
    view.active = active && *active == version.id;
    if (pipeline.is_object() && pipeline.contains("target") && pipeline.at("target").is_string())
        view.target = QString::fromStdString(pipeline.at("target").get<std::string>());
    view.specText = pretty(version.specJson);
    view.preprocessingText = pretty(version.preprocessingJson);
    view.datasetText = version.datasetId
                           ? QCoreApplication::translate("cohort::app::RegistryController",
                                                         "Dataset %1 in the registry")
                                 .arg(*version.datasetId)
                           : QCoreApplication::translate("cohort::app::RegistryController",
                                                         "No dataset recorded (%1)")
                                 .arg(view.origin);
    // The record as stored, without its ROC curves: they hold thousands of points, and the
    // Evaluate page draws them, which keeps the details pane light.
    nlohmann::json figures = nlohmann::json::parse(version.metricsJson, nullptr, false);
    if (figures.is_object())
        figures.erase("roc_curves");
    view.metricsText =
        QString::fromStdString(figures.is_discarded() ? version.metricsJson : figures.dump(2));
    return view;
}

QString errorText(const engine::Error &error)
{
    return QString::fromStdString(error.toString());
}

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

} // namespace

RegistryController::RegistryController(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
{
}

// Runs `job(registry)` on a worker with a fresh connection; `job` returns what to post back.
template <typename Job> void runWithRegistry(RegistryController *self, const QString &db, Job job)
{
    QThreadPool::globalInstance()->start(
        [guard = QPointer<RegistryController>(self), db = db.toStdString(), job]
        {
            engine::Result<engine::ModelRegistry> registry = engine::ModelRegistry::open(db);
            if (!registry)
            {
                const QString message = errorText(registry.error());
                postToGui(guard, [message](RegistryController *controller)
                          { Q_EMIT controller->actionFinished(message, true); });
                return;
            }
            postToGui(guard, job(registry.value()));
        });
}

void RegistryController::refresh()
{
    runWithRegistry(this, m_databasePath,
                    [](engine::ModelRegistry &registry) -> std::function<void(RegistryController *)>
                    {
                        // One query for every version's details; no weight blob is read.
                        const auto versions = registry.listVersionDetails();
                        const auto active = registry.activeVersion();
                        if (!versions)
                            return [message = errorText(versions.error())](RegistryController *self)
                            { Q_EMIT self->actionFinished(message, true); };
                        QVector<ui::VersionView> views;
                        for (const engine::ModelVersionRecord &version : versions.value())
                            views.append(viewOf(version, active ? active.value() : std::nullopt));
                        return [views](RegistryController *self)
                        { Q_EMIT self->versionsChanged(views); };
                    });
}

void RegistryController::activate(qint64 id)
{
    runWithRegistry(this, m_databasePath,
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
    runWithRegistry(this, m_databasePath,
                    [id, path](engine::ModelRegistry &registry)
                    {
                        auto version = registry.loadVersion(id);
                        const auto written =
                            version ? engine::writeVersionFile(version.value(), path.toStdString())
                                    : engine::Result<void>(version.error());
                        const QString message =
                            written ? tr("Version %1 exported to %2.").arg(id).arg(path)
                                    : errorText(written.error());
                        return [message, ok = written.ok()](RegistryController *self)
                        { Q_EMIT self->actionFinished(message, !ok); };
                    });
}

void RegistryController::importVersion(const QString &path)
{
    runWithRegistry(this, m_databasePath,
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
    runWithRegistry(this, m_databasePath,
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

void RegistryController::evaluate(qint64 id, const QString &csvPath)
{
    runWithRegistry(
        this, m_databasePath,
        [id, csvPath](engine::ModelRegistry &registry)
        {
            engine::Result<engine::TrainedModel> model = engine::loadTrainedModel(registry, id);
            engine::ValidationReport report;
            engine::Result<engine::FileEvaluation> evaluation =
                model ? engine::evaluateOnFile(model.value(), csvPath.toStdString(), {}, report)
                      : engine::Result<engine::FileEvaluation>(model.error());
            if (!evaluation)
            {
                QString message =
                    errorText(evaluation.error())
                    + (report.issues().empty()
                           ? QString()
                           : QStringLiteral("\n") + QString::fromStdString(report.toText()));
                // The common case in words a user of this window can act on (the engine's hint
                // speaks of the command line).
                for (const engine::ValidationIssue &issue : report.issues())
                    if (issue.code == "target_missing")
                        message = QCoreApplication::translate(
                                      "cohort::app::RegistryController",
                                      "%1 has no column “%2”, which this model predicts. Choose a "
                                      "file whose rows hold the true “%2” of each case.")
                                      .arg(QFileInfo(csvPath).fileName(),
                                           QString::fromStdString(issue.column));
                return std::function<void(RegistryController *)>(
                    [message](RegistryController *self)
                    { Q_EMIT self->evaluationFailed(message); });
            }
            const ui::EvaluationView view = evaluationView(evaluation.value(), id, csvPath);
            return std::function<void(RegistryController *)>(
                [view](RegistryController *self) { Q_EMIT self->evaluationFinished(view); });
        });
}

} // namespace cohort::app
