// Fixtures shared by the Explain page tests: a prepared page, one fitness row and dataset
// explained for three classes, generated column names, and readers for combos and bars.
#pragma once

#include <QComboBox>
#include <QLatin1Char>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVector>
#include <QtNumeric>

#include "widgets/explain_page.h"
#include "widgets/waterfall_chart_view.h"

namespace cohort::ui::test
{

inline constexpr double kTolerance = 1e-9;
inline const QStringList kClasses{QStringLiteral("HIIT"), QStringLiteral("Yoga"),
                                  QStringLiteral("Running")};
// "resting hr" has a space, so its field's object name differs from the column's name.
inline const QStringList kColumns{QStringLiteral("age"), QStringLiteral("gender"),
                                  QStringLiteral("steps_per_day"), QStringLiteral("resting hr")};

inline ColumnInputView numberInput(const QString &name, double low, double high)
{
    ColumnInputView input;
    input.name = name;
    input.low = low;
    input.high = high;
    return input;
}

inline ColumnInputView categoryInput(const QString &name, const QStringList &categories)
{
    ColumnInputView input;
    input.name = name;
    input.kind = ColumnInputView::Kind::Category;
    input.categories = categories;
    return input;
}

// Version 3's inputs, in kColumns' order: gender is a category the model knows as F or M.
inline QVector<ColumnInputView> fitnessInputs()
{
    return {numberInput(kColumns.at(0), 18.0, 90.0),
            categoryInput(kColumns.at(1), {QStringLiteral("F"), QStringLiteral("M")}),
            numberInput(kColumns.at(2), 1520.25, 24110.0), numberInput(kColumns.at(3), 41.0, 98.5)};
}

// Two stored versions, 200 rows of a loaded file and the inputs of the chosen version (3).
inline void prepare(ExplainPage &page)
{
    page.setVersions(
        {{3, QStringLiteral("v3 · federated, round 12")}, {2, QStringLiteral("v2 · local")}});
    page.setRowCount(200, QStringLiteral("fitness_site_a.csv"));
    page.setInputs(3, fitnessInputs());
}

// One row explained for three classes; the columns come sorted by |HIIT contribution| as the
// engine sends them, and Yoga and Running order them differently:
//   Yoga:    calories_burned, age, steps_per_day, gender, avg_hr, sleep_hours
//   Running: steps_per_day, avg_hr, sleep_hours, calories_burned, gender, age
// Base values 0.20, 0.35, 0.45; outputs (base + sum) 0.62, 0.34, 0.05.
inline RowExplanationView fitnessRow()
{
    struct Column
    {
        const char *name;
        const char *value;
        double hiit;
        double yoga;
        double running;
        double error;
    };
    const Column columns[] = {{"steps_per_day", "12157", 0.21, -0.05, -0.16, 0.004},
                              {"calories_burned", "612.5", 0.15, -0.12, -0.03, 0.006},
                              {"avg_hr", "151", 0.12, 0.02, -0.14, 0.005},
                              {"age", "29", -0.08, 0.09, -0.01, 0.004},
                              {"sleep_hours", "7.5", 0.03, 0.01, -0.04, 0.003},
                              {"gender", "F", -0.01, 0.04, -0.02, 0.002}};
    RowExplanationView row;
    row.versionLabel = QStringLiteral("v3 · federated, round 12");
    row.rowNumber = 17;
    row.predictedClass = QStringLiteral("HIIT");
    row.classNames = kClasses;
    row.shownClass = 0;
    row.method = QStringLiteral("kernel");
    row.baseByClass = {0.20, 0.35, 0.45};
    row.outputByClass = row.baseByClass;
    for (const Column &c : columns)
    {
        row.contributions << ContributionView{QString::fromUtf8(c.name), QString::fromUtf8(c.value),
                                              c.hiit, c.error};
        row.contributionsByClass << QVector<double>{c.hiit, c.yoga, c.running};
        row.standardErrorByClass << QVector<double>{c.error, 2 * c.error, 3 * c.error};
        for (int k = 0; k < kClasses.size(); ++k)
            row.outputByClass[k] += row.contributionsByClass.last().at(k);
    }
    row.baseValue = row.baseByClass.at(0);
    row.outputValue = row.outputByClass.at(0);
    row.confidence = row.outputValue;
    return row;
}

inline QString generatedName(int column)
{
    return QStringLiteral("c%1").arg(column, 2, 10, QLatin1Char('0'));
}

// Five columns over three rows, most important first; gender is categorical (no dependence,
// no feature value rank).
inline GlobalExplanationView fitnessDataset()
{
    const double none = qQNaN();
    GlobalExplanationView dataset;
    dataset.className = QStringLiteral("HIIT");
    dataset.rows = 3;
    dataset.importance = {{QStringLiteral("steps_per_day"), 0.1234},
                          {QStringLiteral("calories_burned"), 0.0915},
                          {QStringLiteral("gender"), 0.0502},
                          {QStringLiteral("avg_hr"), 0.0437},
                          {QStringLiteral("age"), 0.0208}};
    dataset.beeswarm = {
        {QStringLiteral("steps_per_day"), {{0.21, 1.0}, {-0.10, 0.0}, {0.06, 0.5}}},
        {QStringLiteral("calories_burned"), {{0.15, 1.0}, {-0.08, 0.5}, {-0.045, 0.0}}},
        {QStringLiteral("gender"), {{0.05, none}, {-0.05, none}, {0.05, none}}},
        {QStringLiteral("avg_hr"), {{0.07, 1.0}, {-0.03, 0.0}, {0.03, 0.5}}},
        {QStringLiteral("age"), {{-0.02, 1.0}, {0.02, 0.0}, {0.02, 0.5}}}};
    dataset.dependence = {
        {QStringLiteral("steps_per_day"),
         {QPointF(14200, 0.21), QPointF(3100, -0.10), QPointF(9050.5, 0.06)}},
        {QStringLiteral("calories_burned"),
         {QPointF(980, 0.15), QPointF(350, -0.08), QPointF(120.25, -0.045)}},
        {QStringLiteral("avg_hr"), {QPointF(171, 0.07), QPointF(118, -0.03), QPointF(140, 0.03)}},
        {QStringLiteral("age"), {QPointF(22, -0.02), QPointF(61, 0.02), QPointF(45, 0.02)}}};
    return dataset;
}

inline QStringList comboItems(const QComboBox *combo)
{
    QStringList items;
    for (int i = 0; i < combo->count(); ++i)
        items << combo->itemText(i);
    return items;
}

inline QStringList barLabels(const WaterfallChartView *waterfall)
{
    QStringList labels;
    for (int i = 0; i < waterfall->barCount(); ++i)
        labels << waterfall->barLabel(i);
    return labels;
}

} // namespace cohort::ui::test
