// A stored model version as the models page shows it: figures, lineage and the describing
// texts the app renders from the registry. No engine types cross this line.
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QtNumeric>
#include <QString>
#include <QVector>

namespace cohort::ui
{

struct VersionView
{
    qint64 id = 0;
    QString name;
    QString origin; // local, centralized, federated
    int round = -1; // -1: not from a federation round
    QDateTime created;
    double accuracy = qQNaN(); // NaN: not measured
    double macroF1 = qQNaN();
    double rocAuc = qQNaN();
    qint64 parentId = 0; // 0: no parent
    bool active = false;
    QString target;
    QString specText;
    QString preprocessingText;
    QString datasetText;
    QString metricsText;
};

} // namespace cohort::ui

Q_DECLARE_METATYPE(cohort::ui::VersionView)
