// MainWindow's connections between the pages (views) and the controllers (engine, network):
// user intent from page signals to controller slots, results back to page setters.
#include <QFileInfo>

#include "bridge/data_controller.h"
#include "bridge/explain_controller.h"
#include "bridge/federation_controller.h"
#include "bridge/registry_controller.h"
#include "bridge/training_controller.h"
#include "gui/main_window.h"
#include "widgets/data_page.h"
#include "widgets/evaluate_page.h"
#include "widgets/explain_page.h"
#include "widgets/federation_page.h"
#include "widgets/models_page.h"
#include "widgets/train_page.h"
#include "widgets/version_choice.h"
#include "widgets/version_details.h"
#include "widgets/version_table_model.h"

namespace cohort::app
{

void MainWindow::wireData()
{
    connect(m_dataPage, &ui::DataPage::openRequested, this, &MainWindow::openCsv);
    connect(m_dataPage, &ui::DataPage::targetChanged, m_data, &DataController::setTarget);
    connect(m_dataPage, &ui::DataPage::excludedColumnsChanged, m_data,
            &DataController::setExcludedColumns);
    connect(m_data, &DataController::loadingChanged, this,
            [this](bool loading, const QString &what)
            {
                m_dataPage->setLoading(loading, what);
                setActivity(QStringLiteral("data"), loading ? what : QString());
            });
    connect(m_data, &DataController::previewChanged, m_dataPage, &ui::DataPage::setPreviewModel);
    connect(m_data, &DataController::fileOpened, m_dataPage, &ui::DataPage::setFile);
    connect(m_data, &DataController::fileFormatChanged, m_dataPage,
            &ui::DataPage::setFileFormat);
    connect(m_data, &DataController::issuesChanged, m_dataPage, &ui::DataPage::setIssues);
    connect(m_data, &DataController::schemaChanged, m_dataPage, &ui::DataPage::setSchema);
    // Another file: the pickers move to a version that reads its columns.
    connect(m_data, &DataController::schemaChanged, this,
            [this](const QVector<ui::ColumnSummaryView> &columns)
            {
                QStringList names;
                for (const ui::ColumnSummaryView &column : columns)
                    names << column.name;
                if (names == m_fileColumns)
                    return;
                m_fileColumns = names;
                choosePickerVersions();
            });
    connect(m_data, &DataController::loadFailed, m_dataPage, &ui::DataPage::showLoadError);
    connect(m_data, &DataController::fileOpened, m_dataPage,
            [this] { m_dataPage->showLoadError({}); });
    connect(m_data, &DataController::trainabilityChanged, m_trainPage,
            &ui::TrainPage::setDatasetReady);
    m_trainPage->setDatasetReady(false, tr("Open a CSV file on the Data page first."));
}

void MainWindow::wireTraining()
{
    connect(m_trainPage, &ui::TrainPage::trainRequested, this,
            [this](const ui::TrainSettings &settings)
            {
                m_training->train(m_data->path(), m_data->target(), settings,
                                  m_data->excludedColumns());
            });
    connect(m_trainPage, &ui::TrainPage::stopRequested, m_training, &TrainingController::stop);
    connect(m_training, &TrainingController::started, m_trainPage,
            &ui::TrainPage::handleTrainingStarted);
    connect(m_training, &TrainingController::started, this,
            [this] { setActivity(QStringLiteral("train"), tr("Training…")); });
    connect(m_training, &TrainingController::epochFinished, m_trainPage,
            &ui::TrainPage::handleEpochFinished);
    connect(m_training, &TrainingController::epochFinished, this,
            [this](const ui::EpochPointView &point)
            {
                setActivity(QStringLiteral("train"),
                            tr("Training: epoch %1 of %2").arg(point.epoch).arg(point.totalEpochs));
            });
    connect(m_training, &TrainingController::finished, m_trainPage,
            &ui::TrainPage::handleTrainingFinished);
    connect(m_training, &TrainingController::failed, m_trainPage,
            &ui::TrainPage::handleTrainingFailed);
    connect(m_training, &TrainingController::stopped, m_trainPage,
            &ui::TrainPage::handleTrainingStopped);
    connect(m_training, &TrainingController::finished, this,
            [this] { setActivity(QStringLiteral("train"), {}); });
    connect(m_training, &TrainingController::failed, this,
            [this] { setActivity(QStringLiteral("train"), {}); });
    connect(m_training, &TrainingController::stopped, this,
            [this] { setActivity(QStringLiteral("train"), {}); });
    connect(m_training, &TrainingController::versionSaved, m_registry,
            &RegistryController::refresh);
}

void MainWindow::wireRegistry()
{
    connect(m_registry, &RegistryController::versionsChanged, m_modelsPage,
            &ui::ModelsPage::setVersions);
    connect(m_registry, &RegistryController::versionsChanged, this,
            [this](const QVector<ui::VersionView> &versions)
            {
                // Named as the Models page names them: with their round, origin translated.
                QVector<QPair<qint64, QString>> choices;
                for (const ui::VersionView &version : versions)
                {
                    const QString label =
                        tr("%1 — %2 (%3)")
                            .arg(version.id)
                            .arg(ui::versionDisplayName(version),
                                 ui::VersionTableModel::originText(version.origin));
                    choices.append({version.id, label});
                }
                m_evaluatePage->setVersions(choices);
                m_explainPage->setVersions(choices);
                // A newly stored version (a training, a round) becomes the pickers' choice.
                const auto newest = [](const QVector<ui::VersionView> &list)
                {
                    qint64 id = 0;
                    for (const ui::VersionView &version : list)
                        id = std::max(id, version.id);
                    return id;
                };
                const bool added = newest(versions) != newest(m_versions);
                m_versions = versions;
                if (added)
                    choosePickerVersions();
            });
    connect(m_modelsPage, &ui::ModelsPage::activateRequested, m_registry,
            &RegistryController::activate);
    connect(m_modelsPage, &ui::ModelsPage::exportRequested, m_registry,
            &RegistryController::exportVersion);
    connect(m_modelsPage, &ui::ModelsPage::importRequested, m_registry,
            &RegistryController::importVersion);
    connect(m_modelsPage, &ui::ModelsPage::deleteRequested, m_registry,
            &RegistryController::deleteVersion);
    connect(m_modelsPage, &ui::ModelsPage::deleteRunRequested, m_registry,
            &RegistryController::deleteRun);
    connect(m_registry, &RegistryController::actionFinished, m_modelsPage,
            &ui::ModelsPage::showMessage);
    connect(m_evaluatePage, &ui::EvaluatePage::evaluateRequested, this,
            [this](qint64 id, const QString &csv)
            {
                m_evaluatePage->setBusy(true);
                setActivity(
                    QStringLiteral("evaluate"),
                    tr("Evaluating version %1 on %2…").arg(id).arg(QFileInfo(csv).fileName()));
                m_registry->evaluate(id, csv);
            });
    const auto evaluationEnded = [this]
    {
        m_evaluatePage->setBusy(false);
        setActivity(QStringLiteral("evaluate"), {});
    };
    connect(m_registry, &RegistryController::evaluationFinished, this, evaluationEnded);
    connect(m_registry, &RegistryController::evaluationFailed, this, evaluationEnded);
    connect(m_registry, &RegistryController::evaluationFinished, m_evaluatePage,
            &ui::EvaluatePage::showEvaluation);
    connect(m_registry, &RegistryController::evaluationFailed, m_evaluatePage,
            &ui::EvaluatePage::showError);
}

void MainWindow::wireFederation()
{
    ui::FederationPage *page = m_federationPage;
    FederationController *federation = m_federation;
    page->setStrategies(FederationController::strategyNames());
    connect(page, &ui::FederationPage::hostRequested, federation, &FederationController::host);
    // Pause applies to a hub only: when this computer hosts (a federation or the demo).
    connect(page, &ui::FederationPage::hostRequested, page, [page] { page->setPausable(true); });
    connect(page, &ui::FederationPage::demoRequested, page, [page] { page->setPausable(true); });
    connect(page, &ui::FederationPage::joinRequested, page, [page] { page->setPausable(false); });
    connect(page, &ui::FederationPage::peerRequested, page, [page] { page->setPausable(false); });
    connect(page, &ui::FederationPage::joinRequested, federation, &FederationController::join);
    connect(page, &ui::FederationPage::peerRequested, federation, &FederationController::runPeer);
    connect(page, &ui::FederationPage::demoRequested, federation, &FederationController::startDemo);
    connect(page, &ui::FederationPage::pauseRequested, federation, &FederationController::pause);
    connect(page, &ui::FederationPage::resumeRequested, federation, &FederationController::resume);
    connect(page, &ui::FederationPage::stepRequested, federation, &FederationController::stepRound);
    connect(page, &ui::FederationPage::stopRequested, federation, &FederationController::stop);
    connect(federation, &FederationController::stateChanged, page, &ui::FederationPage::setState);
    connect(federation, &FederationController::stateChanged, this,
            [this, federation](ui::FederationState, const QString &text) {
                setActivity(QStringLiteral("federation"), federation->isBusy() ? text : QString());
            });
    // A demo's hub runs on this computer for this window only: its address does not go into
    // the Host tab's boxes.
    connect(federation, &FederationController::hostStarted, page,
            [page](const QString &address, const QString &joinCode, bool demo)
            {
                if (!demo)
                    page->setHostAddress(address, joinCode);
            });
    connect(federation, &FederationController::siteChanged, page, &ui::FederationPage::updateSite);
    connect(federation, &FederationController::roundFinished, page, &ui::FederationPage::addRound);
    connect(federation, &FederationController::roundFinished, this,
            [this](const ui::RoundView &round) {
                setActivity(QStringLiteral("federation"),
                            tr("Federation: round %1 done").arg(round.round));
            });
    connect(federation, &FederationController::logLine, page, &ui::FederationPage::appendLog);
    connect(federation, &FederationController::failed, page, &ui::FederationPage::showError);
    connect(federation, &FederationController::cleared, page,
            [page]
            {
                page->clearSites();
                page->clearRounds();
                page->clearLog(); // each run's log starts empty
            });
    connect(federation, &FederationController::versionsChanged, m_registry,
            &RegistryController::refresh);
}

void MainWindow::wireExplain()
{
    // The open file is what gets explained, and its own rows are the background.
    connect(m_data, &DataController::fileOpened, this,
            [this](const QString &path, qint64 rows, int)
            {
                m_explain->setTable(m_data->table());
                m_explainPage->setRowCount(static_cast<int>(rows), QFileInfo(path).fileName());
            });
    // The typed-values form shows the chosen version's columns, categories and ranges.
    connect(m_explainPage, &ui::ExplainPage::versionChosen, m_explain,
            &ExplainController::describeInputs);
    connect(m_explain, &ExplainController::inputsDescribed, m_explainPage,
            &ui::ExplainPage::setInputs);
    connect(m_explainPage, &ui::ExplainPage::explainRowRequested, m_explain,
            &ExplainController::explainRow);
    connect(m_explainPage, &ui::ExplainPage::explainDatasetRequested, m_explain,
            &ExplainController::explainDataset);
    connect(m_explainPage, &ui::ExplainPage::cancelRequested, m_explain,
            &ExplainController::cancel);
    connect(m_explain, &ExplainController::busyChanged, m_explainPage, &ui::ExplainPage::setBusy);
    connect(m_explain, &ExplainController::busyChanged, this,
            [this](bool busy)
            { setActivity(QStringLiteral("explain"), busy ? tr("Explaining…") : QString()); });
    connect(m_explain, &ExplainController::progressed, m_explainPage,
            &ui::ExplainPage::setProgress);
    connect(m_explain, &ExplainController::rowExplained, m_explainPage,
            &ui::ExplainPage::showRowExplanation);
    connect(m_explain, &ExplainController::datasetExplained, m_explainPage,
            &ui::ExplainPage::showGlobalExplanation);
    connect(m_explain, &ExplainController::failed, m_explainPage, &ui::ExplainPage::showError);
}

void MainWindow::choosePickerVersions()
{
    const qint64 id = ui::preferredVersion(m_versions, m_fileColumns);
    if (id == 0)
        return;
    m_evaluatePage->selectVersion(id);
    m_explainPage->selectVersion(id);
}

} // namespace cohort::app
