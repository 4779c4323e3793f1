// Results of scoring a model version on a labelled CSV file, as the evaluate page shows them.
// No engine types cross this line.
#pragma once

#include "widgets/model_verdict.h"
#include <QMetaType>
#include <QtNumeric>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVector>

namespace cohort::ui
{

struct RocCurveView
{
    QString className;
    QVector<QPointF> points; // (false positive rate, true positive rate), both 0..1
    double auc = qQNaN();
};

struct ClassRowView
{
    QString className;
    double precision = qQNaN();
    double recall = qQNaN();
    double f1 = qQNaN();
    qint64 support = 0;
};

struct EvaluationView
{
    QString versionLabel;
    QString csvPath;
    qint64 rows = 0;
    QStringList classNames;
    QVector<QVector<qint64>> confusion; // [actual][predicted]
    double accuracy = qQNaN();
    double macroF1 = qQNaN();
    double rocAuc = qQNaN();
    double baselineAccuracy = qQNaN();
    QString verdict;
    Verdict::Level verdictLevel = Verdict::Level::NoBetter; // green only when Good
    QVector<ClassRowView> perClass;
    QVector<RocCurveView> rocCurves;
};

} // namespace cohort::ui

Q_DECLARE_METATYPE(cohort::ui::RocCurveView)
Q_DECLARE_METATYPE(cohort::ui::ClassRowView)
Q_DECLARE_METATYPE(cohort::ui::EvaluationView)
