// A stored model version as the models page shows it: figures, lineage, training settings and
// the describing texts the app renders from the registry. No engine types cross this line.
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>
#include <QtNumeric>

namespace cohort::ui
{

struct VersionView
{
    qint64 id = 0;
    QString name;
    QString origin; // local, centralized, federated
    int round = -1; // -1: not from a federation round
    /// The federation run this version is a round of (the run's name); empty when the version
    /// is a run of its own, as a local or centralized training is.
    QString run;
    QDateTime created;
    double accuracy = qQNaN(); // NaN: not measured
    double balancedAccuracy = qQNaN();
    double macroF1 = qQNaN();
    double rocAuc = qQNaN();
    qint64 evaluatedRows = -1; // rows the figures come from; -1: not recorded
    qint64 parentId = 0;       // 0: no parent
    bool active = false;
    QString target;

    // What the model is and how it was trained, where the registry records it (-1, NaN or
    // empty: not recorded).
    QString modelKind; // the engine's key, e.g. "mlp"
    QVector<int> hiddenLayers;
    double dropout = qQNaN();
    int epochs = -1;
    double learningRate = qQNaN();
    int batchSize = -1;
    QString optimizer; // the engine's key, e.g. "adam"
    QString strategy;  // the aggregation strategy's name, e.g. "fedavg"
    qint64 datasetRows = -1;
    QStringList columns; // the feature columns the model reads

    QString specText;
    QString preprocessingText;
    QString datasetText;
    QString metricsText;
};

} // namespace cohort::ui

Q_DECLARE_METATYPE(cohort::ui::VersionView)
