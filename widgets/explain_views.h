// SHAP explanations as the Explain page shows them: one row's contributions, the whole dataset's
// importance, and what the user asks for. Outputs are class probabilities (0..1); no engine types.
#pragma once

#include <QMap>
#include <QMetaType>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVector>
#include <QtNumeric>

namespace cohort::ui
{

struct ContributionView
{
    QString column;
    QString valueText;          // the row's value in original units
    double contribution = 0.0;  // SHAP value for the shown class
    double standardError = 0.0; // 0 if exact, NaN if unknown
    // The model saw no value here (an empty cell, a missing token, or text in a number column)
    // and filled it in as it did in training; valueText keeps what was written.
    bool missing = false;
};

struct RowExplanationView
{
    QString versionLabel;
    int rowNumber = -1; // 1 = the first row after the header; -1 for a typed-in row
    QString predictedClass;
    double confidence = qQNaN(); // probability of the predicted class
    QStringList classNames;
    int shownClass = 0;
    double baseValue = 0.0;
    double outputValue = 0.0;
    QString method;                          // "exact" or "kernel"
    QVector<ContributionView> contributions; // sorted by |contribution| desc
    // Every class, so the page can switch without asking again. Rows follow `contributions`
    // ([column][class]); empty when only the shown class is known.
    QVector<QVector<double>> contributionsByClass;
    QVector<QVector<double>> standardErrorByClass; // [column][class]; may be empty
    QVector<double> baseByClass;
    QVector<double> outputByClass;
};

struct ColumnImportanceView
{
    QString column;
    double meanAbs = 0.0;
};

struct BeeswarmPointView
{
    double contribution = 0.0;
    double normalizedValue = qQNaN(); // 0..1 feature value rank for colouring; NaN: categorical
};

struct GlobalExplanationView
{
    QString className;
    QVector<ColumnImportanceView> importance; // sorted desc
    QMap<QString, QVector<BeeswarmPointView>> beeswarm;
    QMap<QString, QVector<QPointF>> dependence; // numeric columns: (feature value, SHAP)
    int rows = 0;
};

/// What one model input column accepts in the typed-values form, from the chosen version's
/// preprocessing.
struct ColumnInputView
{
    enum class Kind
    {
        Number,   // a number in the user's locale
        Category, // one of `categories`
        YesNo,    // yes or no
    };

    QString name;
    Kind kind = Kind::Number;
    QStringList categories; // Category: the model's categories, in its order
    double low = qQNaN();   // Number: the training range; values beyond it count as its ends
    double high = qQNaN();
};

struct ExplainRequest
{
    qint64 versionId = 0;
    int row = -1; // 0-based data row, or -1 for typed values (unused for the dataset)
    // Typed values by column: numbers in C-locale text ("72.5"), a category as the model spells
    // it, "1"/"0" for yes/no; an empty string is an explicit missing value, which the model
    // fills in as it fills a missing cell of a CSV file.
    QMap<QString, QString> typedValues;
    int background = 50;                     // K rows of background data
    QString method = QStringLiteral("auto"); // "auto", "exact" or "kernel"
};

} // namespace cohort::ui

Q_DECLARE_METATYPE(cohort::ui::ContributionView)
Q_DECLARE_METATYPE(cohort::ui::RowExplanationView)
Q_DECLARE_METATYPE(cohort::ui::ColumnImportanceView)
Q_DECLARE_METATYPE(cohort::ui::BeeswarmPointView)
Q_DECLARE_METATYPE(cohort::ui::GlobalExplanationView)
Q_DECLARE_METATYPE(cohort::ui::ColumnInputView)
Q_DECLARE_METATYPE(cohort::ui::ExplainRequest)
