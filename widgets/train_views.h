// Plain values the Train page exchanges with the app: the settings a user asks for, one point
// per finished epoch, and the summary of a finished run.
#pragma once

#include "widgets/model_verdict.h"
#include <QMetaType>
#include <QString>
#include <QVector>

namespace cohort::ui
{

struct TrainSettings
{
    /// "quick", "balanced", "thorough" or "custom" (untranslated).
    QString preset;
    QVector<int> hiddenLayers;
    int epochs = 0;
    double learningRate = 0.0;
    int batchSize = 0;
    double dropout = 0.0;
    double weightDecay = 0.0;
    quint64 seed = 0;
};

struct EpochPointView
{
    /// 1-based number of the epoch that just finished.
    int epoch = 0;
    int totalEpochs = 0;
    double trainLoss = 0.0;
    double validationLoss = 0.0;
    double trainAccuracy = 0.0;
    double validationAccuracy = 0.0;
    /// Wall time since training started.
    double secondsElapsed = 0.0;
};

struct TrainResultView
{
    qint64 versionId = 0;
    double accuracy = 0.0;
    double macroF1 = 0.0;
    /// NaN when it could not be computed.
    double rocAuc = 0.0;
    /// Accuracy of always predicting the most common class.
    double baselineAccuracy = 0.0;
    /// A sentence in plain words on how good the model is, and how good that is.
    QString verdict;
    Verdict::Level verdictLevel = Verdict::Level::NoBetter;
    int epochsRun = 0;
    double seconds = 0.0;
    QString target;
};

} // namespace cohort::ui

Q_DECLARE_METATYPE(cohort::ui::TrainSettings)
Q_DECLARE_METATYPE(cohort::ui::EpochPointView)
Q_DECLARE_METATYPE(cohort::ui::TrainResultView)
