#include "widgets/train_page.h"

#include <algorithm>
#include <cmath>
#include <tuple>

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include "widgets/chart_export.h"
#include "widgets/live_line_chart.h"
#include "widgets/train_result_card.h"
#include "widgets/train_settings_form.h"

namespace cohort::ui
{

namespace
{

const QString kTrainKey = QStringLiteral("train");
const QString kValidationKey = QStringLiteral("validation");

QString duration(double seconds)
{
    if (seconds < 90.0)
        return TrainPage::tr("%n s", "seconds", static_cast<int>(std::lround(seconds)));
    return TrainPage::tr("%n min", "minutes", static_cast<int>(std::lround(seconds / 60.0)));
}

} // namespace

TrainPage::TrainPage(QWidget *parent)
    : QWidget(parent)
    , m_progress(new QProgressBar(this))
    , m_timeLeftLabel(new QLabel(this))
    , m_messageLabel(new QLabel(this))
    , m_resultCard(new TrainResultCard(this))
{
    m_progress->setObjectName(QStringLiteral("trainProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_timeLeftLabel->setObjectName(QStringLiteral("timeLeftLabel"));
    m_timeLeftLabel->setMinimumWidth(280);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel->hide();
    m_resultCard->hide();

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_timeLeftLabel);
    auto *right = new QVBoxLayout;
    right->addLayout(progressRow);
    right->addWidget(m_messageLabel);
    right->addWidget(createChartsRow(), 1);
    right->addWidget(m_resultCard);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(createSettingsPanel());
    layout->addLayout(right, 1);
    retranslate();
}

TrainPage::~TrainPage() = default;

QWidget *TrainPage::createSettingsPanel()
{
    auto *panel = new QWidget(this);
    panel->setFixedWidth(320);
    m_settingsForm = new TrainSettingsForm(panel);
    connect(m_settingsForm, &TrainSettingsForm::validityChanged, this, &TrainPage::updateControls);
    m_trainButton = new QPushButton(panel);
    m_trainButton->setObjectName(QStringLiteral("trainButton"));
    m_trainButton->setDefault(true);
    connect(m_trainButton, &QPushButton::clicked, this,
            [this] { Q_EMIT trainRequested(settings()); });
    m_stopButton = new QPushButton(panel);
    m_stopButton->setObjectName(QStringLiteral("stopButton"));
    connect(m_stopButton, &QPushButton::clicked, this, &TrainPage::stopRequested);
    m_readinessLabel = new QLabel(panel);
    m_readinessLabel->setObjectName(QStringLiteral("readinessLabel"));
    m_readinessLabel->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_trainButton, 1);
    buttons->addWidget(m_stopButton);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_settingsForm);
    layout->addSpacing(8);
    layout->addLayout(buttons);
    layout->addWidget(m_readinessLabel);
    layout->addStretch(1);
    return panel;
}

QWidget *TrainPage::createChartsRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_lossChart = new LiveLineChart(row);
    m_lossChart->setObjectName(QStringLiteral("lossChart"));
    m_accuracyChart = new LiveLineChart(row);
    m_accuracyChart->setObjectName(QStringLiteral("accuracyChart"));
    m_accuracyChart->setYRange(0.0, 1.0);
    m_exportLossButton = new QPushButton(row);
    m_exportLossButton->setObjectName(QStringLiteral("exportLossButton"));
    m_exportAccuracyButton = new QPushButton(row);
    m_exportAccuracyButton->setObjectName(QStringLiteral("exportAccuracyButton"));
    for (const auto &[chart, button, name] :
         {std::tuple{m_lossChart, m_exportLossButton, "loss"},
          std::tuple{m_accuracyChart, m_exportAccuracyButton, "accuracy"}})
    {
        chart->addSeries(kTrainKey, QString());
        chart->addSeries(kValidationKey, QString(), Qt::DashLine);
        connect(button, &QPushButton::clicked, chart,
                [chart, name] { exportImageWithDialog(chart, QLatin1String(name)); });
        auto *column = new QVBoxLayout;
        column->addWidget(chart, 1);
        column->addWidget(button, 0, Qt::AlignRight);
        layout->addLayout(column, 1);
    }
    return row;
}

TrainSettings TrainPage::settings() const
{
    return m_settingsForm->settings();
}

void TrainPage::setDatasetReady(bool ready, const QString &reason)
{
    m_datasetReady = ready;
    m_notReadyReason = reason;
    updateControls();
}

void TrainPage::handleTrainingStarted(int totalEpochs)
{
    m_training = true;
    m_totalEpochs = totalEpochs;
    m_lastPoint.reset();
    m_result.reset();
    m_outcome = Outcome::None;
    m_lossChart->clearAll();
    m_accuracyChart->clearAll();
    m_progress->setRange(0, std::max(totalEpochs, 1));
    m_progress->setValue(0);
    m_resultCard->hide();
    updateOutcomeText();
    updateProgressText();
    updateControls();
}

void TrainPage::handleEpochFinished(const EpochPointView &point)
{
    m_lastPoint = point;
    if (point.totalEpochs > 0 && point.totalEpochs != m_totalEpochs)
    {
        m_totalEpochs = point.totalEpochs;
        m_progress->setMaximum(m_totalEpochs);
    }
    m_progress->setValue(std::clamp(point.epoch, 0, m_progress->maximum()));
    m_lossChart->appendPoint(kTrainKey, point.epoch, point.trainLoss);
    m_lossChart->appendPoint(kValidationKey, point.epoch, point.validationLoss);
    m_accuracyChart->appendPoint(kTrainKey, point.epoch, point.trainAccuracy);
    m_accuracyChart->appendPoint(kValidationKey, point.epoch, point.validationAccuracy);
    updateProgressText();
}

void TrainPage::handleTrainingFinished(const TrainResultView &result)
{
    m_result = result;
    m_progress->setValue(m_progress->maximum());
    m_resultCard->showResult(result);
    m_resultCard->show();
    finishRun(Outcome::Finished);
}

void TrainPage::handleTrainingFailed(const QString &message)
{
    m_failure = message;
    finishRun(Outcome::Failed);
}

void TrainPage::handleTrainingStopped()
{
    finishRun(Outcome::Stopped);
}

void TrainPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TrainPage::retranslate()
{
    m_trainButton->setText(tr("&Train"));
    m_trainButton->setAccessibleName(tr("Start training"));
    m_stopButton->setText(tr("St&op"));
    m_stopButton->setAccessibleName(tr("Stop training"));
    m_progress->setAccessibleName(tr("Training progress"));
    for (LiveLineChart *chart : {m_lossChart, m_accuracyChart})
    {
        chart->setSeriesName(kTrainKey, tr("Training"));
        chart->setSeriesName(kValidationKey, tr("Validation"));
        chart->setPlaceholderText(tr("The curves appear here while the model trains."));
    }
    m_lossChart->setTitle(tr("Loss (lower is better)"));
    m_lossChart->setAxisTitles(tr("Epoch"), tr("Loss"));
    m_lossChart->setAccessibleName(tr("Loss per epoch"));
    m_accuracyChart->setTitle(tr("Accuracy (higher is better)"));
    m_accuracyChart->setAxisTitles(tr("Epoch"), tr("Accuracy"));
    m_accuracyChart->setAccessibleName(tr("Accuracy per epoch"));
    m_exportLossButton->setText(tr("E&xport loss chart…"));
    m_exportLossButton->setAccessibleName(tr("Export the loss chart"));
    m_exportAccuracyButton->setText(tr("Export acc&uracy chart…"));
    m_exportAccuracyButton->setAccessibleName(tr("Export the accuracy chart"));
    updateControls();
    updateProgressText();
    updateOutcomeText();
}

void TrainPage::finishRun(Outcome outcome)
{
    m_training = false;
    m_outcome = outcome;
    updateOutcomeText();
    updateProgressText();
    updateControls();
}

void TrainPage::updateControls()
{
    const bool valid = m_settingsForm->isValid();
    m_trainButton->setEnabled(m_datasetReady && !m_training && valid);
    m_stopButton->setEnabled(m_training);
    m_settingsForm->setEnabled(!m_training);
    QString reason;
    if (!m_datasetReady)
        reason = m_notReadyReason.isEmpty() ? tr("Open a CSV file on the Data page first.")
                                            : m_notReadyReason;
    else if (!valid)
        reason = tr("Fix the hidden layers under Advanced settings.");
    m_readinessLabel->setText(reason);
    m_readinessLabel->setVisible(!reason.isEmpty() && !m_training);
}

void TrainPage::updateProgressText()
{
    QString text;
    if (m_outcome == Outcome::Finished && m_result.has_value())
        text = tr("Finished %n epoch(s) in %1.", "", m_result->epochsRun)
                   .arg(duration(m_result->seconds));
    else if (m_training && !m_lastPoint.has_value())
        text = tr("Starting…");
    else if (m_training && m_lastPoint->epoch > 0)
    {
        // Epochs take about the same time, so the mean so far predicts the rest.
        const double perEpoch = m_lastPoint->secondsElapsed / m_lastPoint->epoch;
        const double left = perEpoch * std::max(0, m_totalEpochs - m_lastPoint->epoch);
        text = tr("Epoch %1 of %2 — about %3 left")
                   .arg(m_lastPoint->epoch)
                   .arg(m_totalEpochs)
                   .arg(duration(left));
    }
    m_timeLeftLabel->setText(text);
}

void TrainPage::updateOutcomeText()
{
    const int lastEpoch = m_lastPoint.has_value() ? m_lastPoint->epoch : 0;
    if (m_outcome == Outcome::Failed)
        m_messageLabel->setText(tr("Training failed: %1").arg(m_failure));
    else if (m_outcome == Outcome::Stopped && lastEpoch > 0)
        m_messageLabel->setText(tr("Stopped after epoch %n; nothing was saved.", "", lastEpoch));
    else if (m_outcome == Outcome::Stopped)
        m_messageLabel->setText(tr("Stopped before the first epoch finished; nothing was saved."));
    m_messageLabel->setStyleSheet(
        m_outcome == Outcome::Failed
            ? QStringLiteral("QLabel { background: #fdecea; color: #8a1c1c; padding: 6px; }")
            : QStringLiteral("QLabel { background: #fff8e1; color: #5d4300; padding: 6px; }"));
    m_messageLabel->setVisible(m_outcome == Outcome::Failed || m_outcome == Outcome::Stopped);
}

} // namespace cohort::ui
