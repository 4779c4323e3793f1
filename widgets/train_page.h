// The "Train" page: pick a preset (or tune the advanced settings), start and stop training,
// watch loss and accuracy per epoch, and read the result of the finished run in plain words.
#pragma once

#include <optional>

#include <QString>
#include <QWidget>

#include "widgets/train_views.h"

class QLabel;
class QProgressBar;
class QPushButton;

namespace cohort::ui
{

class LiveLineChart;
class TrainResultCard;
class TrainSettingsForm;

class TrainPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainPage)

public:
    explicit TrainPage(QWidget *parent = nullptr);
    ~TrainPage() override;

    /// The settings the fields show now; hiddenLayers is empty if that field is invalid.
    [[nodiscard]] TrainSettings settings() const;
    [[nodiscard]] bool isTraining() const { return m_training; }

public Q_SLOTS:
    /// Enables "Train" when ready; otherwise shows `reason` (or a default) next to the button.
    void setDatasetReady(bool ready, const QString &reason = QString());
    void handleTrainingStarted(int totalEpochs);
    void handleEpochFinished(const cohort::ui::EpochPointView &point);
    void handleTrainingFinished(const cohort::ui::TrainResultView &result);
    void handleTrainingFailed(const QString &message);
    void handleTrainingStopped();

Q_SIGNALS:
    void trainRequested(const cohort::ui::TrainSettings &settings);
    void stopRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Outcome
    {
        None,
        Finished,
        Failed,
        Stopped
    };

    QWidget *createSettingsPanel();
    QWidget *createChartsRow();
    void retranslate();
    void finishRun(Outcome outcome);
    void updateControls();
    void updateProgressText();
    void updateOutcomeText();

    TrainSettingsForm *m_settingsForm = nullptr;
    QPushButton *m_trainButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    QLabel *m_readinessLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_timeLeftLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
    LiveLineChart *m_lossChart = nullptr;
    LiveLineChart *m_accuracyChart = nullptr;
    QPushButton *m_exportLossButton = nullptr;
    QPushButton *m_exportAccuracyButton = nullptr;
    TrainResultCard *m_resultCard = nullptr;

    QString m_notReadyReason;
    QString m_failure;
    std::optional<EpochPointView> m_lastPoint;
    std::optional<TrainResultView> m_result;
    Outcome m_outcome = Outcome::None;
    int m_totalEpochs = 0;
    bool m_datasetReady = false;
    bool m_training = false;
};

} // namespace cohort::ui
