// The Explain page on its own: fed plain row and dataset explanations, driven with QTest,
// checked through object names, the signals it emits, its charts' accessors and its CSV exports.
#include <cmath>

#include <QAbstractSpinBox>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMap>
#include <QPair>
#include <QProgressBar>
#include <QPushButton>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "widgets/beeswarm_chart_view.h"
#include "widgets/explain_dataset_panel.h"
#include "widgets/explain_page.h"
#include "widgets/waterfall_chart_view.h"

using cohort::ui::BeeswarmChartView;
using cohort::ui::BeeswarmPointView;
using cohort::ui::ColumnImportanceView;
using cohort::ui::ContributionView;
using cohort::ui::ExplainDatasetPanel;
using cohort::ui::ExplainPage;
using cohort::ui::ExplainRequest;
using cohort::ui::GlobalExplanationView;
using cohort::ui::RowExplanationView;
using cohort::ui::WaterfallChartView;

using TypedValues = QMap<QString, QString>;

namespace
{

constexpr double kTolerance = 1e-9;
const QStringList kClasses{QStringLiteral("HIIT"), QStringLiteral("Yoga"),
                           QStringLiteral("Running")};
// "resting hr" has a space, so its field's object name differs from the column's name.
const QStringList kColumns{QStringLiteral("age"), QStringLiteral("gender"),
                           QStringLiteral("steps_per_day"), QStringLiteral("resting hr")};

// Replaces the field's text the way a user does: select everything, then type.
void typeInto(QWidget *field, const QString &text)
{
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(field, text);
    if (auto *spin = qobject_cast<QAbstractSpinBox *>(field))
        spin->interpretText();
}

// Two stored versions, 200 rows of a loaded file and the model's input columns.
void prepare(ExplainPage &page)
{
    page.setVersions(
        {{3, QStringLiteral("v3 · federated, round 12")}, {2, QStringLiteral("v2 · local")}});
    page.setRowCount(200, QStringLiteral("fitness_site_a.csv"));
    page.setColumns(kColumns);
}

// One row explained for three classes; the columns come sorted by |HIIT contribution| as the
// engine sends them, and Yoga and Running order them differently:
//   Yoga:    calories_burned, age, steps_per_day, gender, avg_hr, sleep_hours
//   Running: steps_per_day, avg_hr, sleep_hours, calories_burned, gender, age
// Base values 0.20, 0.35, 0.45; outputs (base + sum) 0.62, 0.34, 0.05.
RowExplanationView fitnessRow()
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

QString generatedName(int column)
{
    return QStringLiteral("c%1").arg(column, 2, 10, QLatin1Char('0'));
}

// `columns` columns c00, c01, … with value "0", "1", …: HIIT contributions alternate in sign and
// shrink with the column number (0.30, -0.293, 0.286, …), so they come sorted by magnitude;
// Yoga's grow with it (0.02, -0.025, -0.03, 0.035, …), so Yoga shows the columns in reverse.
RowExplanationView generatedRow(int columns)
{
    RowExplanationView row;
    row.versionLabel = QStringLiteral("v3");
    row.rowNumber = 1;
    row.predictedClass = QStringLiteral("HIIT");
    row.classNames = kClasses;
    row.method = QStringLiteral("exact");
    row.baseByClass = {0.30, 0.45, 0.25};
    row.outputByClass = row.baseByClass;
    for (int i = 0; i < columns; ++i)
    {
        const double hiit = (i % 2 == 0 ? 1.0 : -1.0) * (0.30 - 0.007 * i);
        const double yoga = (i % 3 == 0 ? 1.0 : -1.0) * (0.02 + 0.005 * i);
        const QVector<double> byClass{hiit, yoga, -(hiit + yoga)};
        row.contributions << ContributionView{generatedName(i), QString::number(i), hiit, 0.0};
        row.contributionsByClass << byClass;
        for (int k = 0; k < kClasses.size(); ++k)
            row.outputByClass[k] += byClass.at(k);
    }
    row.baseValue = row.baseByClass.at(0);
    row.outputValue = row.outputByClass.at(0);
    row.confidence = row.outputValue;
    return row;
}

// Five columns over three rows, most important first; gender is categorical (no dependence,
// no feature value rank).
GlobalExplanationView fitnessDataset()
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

// `columns` columns c00, c01, … in importance order; column k has 2 + k % 4 points, so a chart
// row showing another column's points is caught; even columns are numeric.
GlobalExplanationView generatedDataset(int columns)
{
    GlobalExplanationView dataset;
    dataset.className = QStringLiteral("Yoga");
    dataset.rows = 5;
    for (int k = 0; k < columns; ++k)
    {
        const QString name = generatedName(k);
        dataset.importance << ColumnImportanceView{name, 0.20 - 0.005 * k};
        const int points = 2 + k % 4;
        for (int j = 0; j < points; ++j)
        {
            const double shap = (j % 2 == 0 ? 1.0 : -1.0) * 0.01 * (j + 1);
            dataset.beeswarm[name] << BeeswarmPointView{shap, double(j) / (points - 1)};
            if (k % 2 == 0)
                dataset.dependence[name] << QPointF(j, shap);
        }
    }
    return dataset;
}

QStringList comboItems(const QComboBox *combo)
{
    QStringList items;
    for (int i = 0; i < combo->count(); ++i)
        items << combo->itemText(i);
    return items;
}

// The importance chart's categories from the top bar down (horizontal bars run bottom-up).
QStringList importanceColumns(const QChartView *view)
{
    QStringList columns;
    const QList<QAbstractAxis *> axes = view->chart()->axes(Qt::Vertical);
    if (axes.isEmpty())
        return columns;
    if (auto *categories = qobject_cast<QBarCategoryAxis *>(axes.first()))
    {
        for (const QString &category : categories->categories())
            columns.prepend(category);
    }
    return columns;
}

// The bar values (percentage points) from the top bar down.
QVector<double> importanceValues(const QChartView *view)
{
    QVector<double> values;
    for (QAbstractSeries *series : view->chart()->series())
    {
        const auto *bars = qobject_cast<QHorizontalBarSeries *>(series);
        if (!bars || bars->barSets().isEmpty())
            continue;
        const QBarSet *set = bars->barSets().first();
        for (int i = 0; i < set->count(); ++i)
            values.prepend(set->at(i));
    }
    return values;
}

const QScatterSeries *scatterOf(const QChartView *view)
{
    for (QAbstractSeries *series : view->chart()->series())
    {
        if (const auto *scatter = qobject_cast<QScatterSeries *>(series))
            return scatter;
    }
    return nullptr;
}

double barSum(const WaterfallChartView *waterfall)
{
    double sum = 0.0;
    for (int i = 0; i < waterfall->barCount(); ++i)
        sum += waterfall->barContribution(i);
    return sum;
}

QStringList barLabels(const WaterfallChartView *waterfall)
{
    QStringList labels;
    for (int i = 0; i < waterfall->barCount(); ++i)
        labels << waterfall->barLabel(i);
    return labels;
}

} // namespace

class ExplainPageTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void explainRowEmitsRequest_data();
    void explainRowEmitsRequest();
    void typedValuesEmitTypedRow();
    void datasetAndCancelEmit();
    void busyDisablesInputs_data();
    void busyDisablesInputs();
    void noCsvDisablesRowChoice_data();
    void noCsvDisablesRowChoice();

    void rowExplanationHeader_data();
    void rowExplanationHeader();
    void waterfallBars_data();
    void waterfallBars();
    void classComboShowsOtherClass_data();
    void classComboShowsOtherClass();
    void classComboNeedsEveryClass();

    void globalExplanationOrdersColumns();
    void datasetChartsLimitColumns_data();
    void datasetChartsLimitColumns();
    void csvExportMatchesText_data();
    void csvExportMatchesText();

    void languageChangeKeepsContent();

private:
    QTemporaryDir m_dir;
};

void ExplainPageTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Number formats in spin boxes, labels and exports must not depend on the machine.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void ExplainPageTest::explainRowEmitsRequest_data()
{
    QTest::addColumn<int>("versionIndex");
    QTest::addColumn<QString>("rowText");
    QTest::addColumn<QString>("backgroundText");
    QTest::addColumn<QString>("method");
    QTest::addColumn<qint64>("expectedVersion");
    QTest::addColumn<int>("expectedRow");
    QTest::addColumn<int>("expectedBackground");

    QTest::newRow("first row") << 0 << QStringLiteral("1") << QStringLiteral("50")
                               << QStringLiteral("auto") << qint64(3) << 0 << 50;
    QTest::newRow("row 17, kernel") << 1 << QStringLiteral("17") << QStringLiteral("80")
                                    << QStringLiteral("kernel") << qint64(2) << 16 << 80;
    QTest::newRow("last row, exact") << 0 << QStringLiteral("200") << QStringLiteral("5")
                                     << QStringLiteral("exact") << qint64(3) << 199 << 5;
}

void ExplainPageTest::explainRowEmitsRequest()
{
    QFETCH(int, versionIndex);
    QFETCH(QString, rowText);
    QFETCH(QString, backgroundText);
    QFETCH(QString, method);
    QFETCH(qint64, expectedVersion);
    QFETCH(int, expectedRow);
    QFETCH(int, expectedBackground);

    ExplainPage page;
    prepare(page);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy rowRequested(&page, &ExplainPage::explainRowRequested);
    QSignalSpy datasetRequested(&page, &ExplainPage::explainDatasetRequested);
    auto *version = page.findChild<QComboBox *>(QStringLiteral("explainVersionCombo"));
    auto *row = page.findChild<QSpinBox *>(QStringLiteral("explainRowSpin"));
    auto *background = page.findChild<QSpinBox *>(QStringLiteral("backgroundSpin"));
    auto *methodCombo = page.findChild<QComboBox *>(QStringLiteral("methodCombo"));
    auto *explain = page.findChild<QPushButton *>(QStringLiteral("explainRowButton"));
    QVERIFY(version && row && background && methodCombo && explain);
    QCOMPARE(version->count(), 2);
    QCOMPARE(row->maximum(), 200);

    version->setCurrentIndex(versionIndex);
    typeInto(row, rowText);
    typeInto(background, backgroundText);
    methodCombo->setCurrentIndex(methodCombo->findData(method));
    QTest::mouseClick(explain, Qt::LeftButton);

    QCOMPARE(rowRequested.count(), 1);
    QCOMPARE(datasetRequested.count(), 0);
    const auto request = rowRequested.first().first().value<ExplainRequest>();
    QCOMPARE(request.versionId, expectedVersion);
    // The spin box counts rows from 1 as people do; the request counts data rows from 0.
    QCOMPARE(row->value(), expectedRow + 1);
    QCOMPARE(request.row, expectedRow);
    QCOMPARE(request.background, expectedBackground);
    QCOMPARE(request.method, method);
    QVERIFY(request.typedValues.isEmpty());
}

void ExplainPageTest::typedValuesEmitTypedRow()
{
    ExplainPage page;
    prepare(page);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy rowRequested(&page, &ExplainPage::explainRowRequested);
    auto *toggle = page.findChild<QPushButton *>(QStringLiteral("typeValuesToggle"));
    auto *form = page.findChild<QWidget *>(QStringLiteral("typedValuesForm"));
    auto *row = page.findChild<QSpinBox *>(QStringLiteral("explainRowSpin"));
    auto *methodCombo = page.findChild<QComboBox *>(QStringLiteral("methodCombo"));
    auto *explain = page.findChild<QPushButton *>(QStringLiteral("explainRowButton"));
    QVERIFY(toggle && form && row && methodCombo && explain);
    QVERIFY(!form->isVisible());

    QTest::mouseClick(toggle, Qt::LeftButton);

    QVERIFY(toggle->isChecked());
    QVERIFY(form->isVisible());
    QVERIFY(!row->isEnabled());
    const QList<QPair<const char *, QString>> edits{
        {"typedValueEdit_age", QStringLiteral(" 29 ")},
        {"typedValueEdit_gender", QStringLiteral("F")},
        {"typedValueEdit_steps_per_day", QStringLiteral("12157")}};
    for (const auto &[name, text] : edits)
    {
        auto *edit = page.findChild<QLineEdit *>(QLatin1String(name));
        QVERIFY2(edit, name);
        QVERIFY(edit->isVisible());
        QTest::keyClicks(edit, text);
    }
    QVERIFY(page.findChild<QLineEdit *>(QStringLiteral("typedValueEdit_resting_hr")));
    methodCombo->setCurrentIndex(methodCombo->findData(QStringLiteral("exact")));
    QTest::mouseClick(explain, Qt::LeftButton);

    QCOMPARE(rowRequested.count(), 1);
    auto request = rowRequested.first().first().value<ExplainRequest>();
    QCOMPARE(request.row, -1);
    QCOMPARE(request.versionId, qint64(3));
    QCOMPARE(request.method, QStringLiteral("exact"));
    // Keyed by the column's own name, trimmed; an empty field is sent as missing.
    const TypedValues expected{{QStringLiteral("age"), QStringLiteral("29")},
                               {QStringLiteral("gender"), QStringLiteral("F")},
                               {QStringLiteral("steps_per_day"), QStringLiteral("12157")},
                               {QStringLiteral("resting hr"), QString()}};
    QCOMPARE(request.typedValues, expected);

    // Typed values need no loaded file.
    page.setRowCount(0, QString());
    QVERIFY(explain->isEnabled());
    QTest::mouseClick(explain, Qt::LeftButton);
    QCOMPARE(rowRequested.count(), 2);
    QCOMPARE(rowRequested.last().first().value<ExplainRequest>().typedValues, expected);

    // New columns keep what was typed for the columns that remain.
    page.setColumns({QStringLiteral("steps_per_day"), QStringLiteral("weight_kg")});
    auto *steps = page.findChild<QLineEdit *>(QStringLiteral("typedValueEdit_steps_per_day"));
    QVERIFY(steps);
    QCOMPARE(steps->text(), QStringLiteral("12157"));
    QVERIFY(!page.findChild<QLineEdit *>(QStringLiteral("typedValueEdit_age")));

    // Back to a row of the file: without a file there is nothing to explain.
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(!form->isVisible());
    QVERIFY(!explain->isEnabled());
}

void ExplainPageTest::datasetAndCancelEmit()
{
    ExplainPage page;
    prepare(page);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy rowRequested(&page, &ExplainPage::explainRowRequested);
    QSignalSpy datasetRequested(&page, &ExplainPage::explainDatasetRequested);
    QSignalSpy cancelRequested(&page, &ExplainPage::cancelRequested);
    auto *version = page.findChild<QComboBox *>(QStringLiteral("explainVersionCombo"));
    auto *toggle = page.findChild<QPushButton *>(QStringLiteral("typeValuesToggle"));
    auto *background = page.findChild<QSpinBox *>(QStringLiteral("backgroundSpin"));
    auto *dataset = page.findChild<QPushButton *>(QStringLiteral("explainDatasetButton"));
    auto *cancel = page.findChild<QPushButton *>(QStringLiteral("explainCancelButton"));
    QVERIFY(version && toggle && background && dataset && cancel);
    version->setCurrentIndex(1);
    // A refresh from the registry keeps the chosen version.
    page.setVersions({{7, QStringLiteral("v7 · new")},
                      {3, QStringLiteral("v3 · federated, round 12")},
                      {2, QStringLiteral("v2 · local")}});
    QCOMPARE(version->currentText(), QStringLiteral("v2 · local"));
    typeInto(background, QStringLiteral("120"));
    // Typed values are about one row; the dataset request ignores them.
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(!cancel->isEnabled());

    QTest::mouseClick(dataset, Qt::LeftButton);
    QTest::mouseClick(cancel, Qt::LeftButton);

    QCOMPARE(datasetRequested.count(), 1);
    QCOMPARE(cancelRequested.count(), 0);
    const auto request = datasetRequested.first().first().value<ExplainRequest>();
    QCOMPARE(request.versionId, qint64(2));
    QCOMPARE(request.row, -1);
    QCOMPARE(request.background, 120);
    QCOMPARE(request.method, QStringLiteral("auto"));
    QVERIFY(request.typedValues.isEmpty());

    page.setBusy(true);
    QTest::mouseClick(dataset, Qt::LeftButton);
    QTest::mouseClick(cancel, Qt::LeftButton);

    QCOMPARE(datasetRequested.count(), 1);
    QCOMPARE(cancelRequested.count(), 1);
    QCOMPARE(rowRequested.count(), 0);
}

void ExplainPageTest::busyDisablesInputs_data()
{
    QTest::addColumn<QString>("objectName");
    QTest::addColumn<bool>("enabledIdle");

    for (const char *name :
         {"explainVersionCombo", "explainRowSpin", "typeValuesToggle", "typedValuesForm",
          "backgroundSpin", "methodCombo", "explainRowButton", "explainDatasetButton"})
        QTest::newRow(name) << QString::fromLatin1(name) << true;
    QTest::newRow("explainCancelButton") << QStringLiteral("explainCancelButton") << false;
}

void ExplainPageTest::busyDisablesInputs()
{
    QFETCH(QString, objectName);
    QFETCH(bool, enabledIdle);

    ExplainPage page;
    prepare(page);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *widget = page.findChild<QWidget *>(objectName);
    auto *progress = page.findChild<QProgressBar *>(QStringLiteral("explainProgress"));
    QVERIFY(widget && progress);
    QCOMPARE(widget->isEnabled(), enabledIdle);
    QVERIFY(!progress->isVisible());

    page.setBusy(true);
    page.setProgress(40, 200);

    QVERIFY(page.isBusy());
    QCOMPARE(widget->isEnabled(), !enabledIdle);
    QVERIFY(progress->isVisible());
    QCOMPARE(progress->maximum(), 200);
    QCOMPARE(progress->value(), 40);
    QCOMPARE(progress->text(), QStringLiteral("40 of 200"));

    page.setBusy(false);

    QCOMPARE(widget->isEnabled(), enabledIdle);
    QVERIFY(!progress->isVisible());
}

void ExplainPageTest::noCsvDisablesRowChoice_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("fileName");

    QTest::newRow("no file") << 0 << QString();
    QTest::newRow("empty file") << 0 << QStringLiteral("empty.csv");
    QTest::newRow("rows without a name") << 120 << QString();
}

void ExplainPageTest::noCsvDisablesRowChoice()
{
    QFETCH(int, rows);
    QFETCH(QString, fileName);

    ExplainPage page;
    prepare(page);
    auto *row = page.findChild<QSpinBox *>(QStringLiteral("explainRowSpin"));
    auto *hint = page.findChild<QLabel *>(QStringLiteral("explainRowHint"));
    auto *explain = page.findChild<QPushButton *>(QStringLiteral("explainRowButton"));
    auto *dataset = page.findChild<QPushButton *>(QStringLiteral("explainDatasetButton"));
    QVERIFY(row && hint && explain && dataset);
    QVERIFY(row->isEnabled());
    QCOMPARE(hint->text(), QStringLiteral("of 200 row(s) in fitness_site_a.csv"));

    page.setRowCount(rows, fileName);

    QVERIFY(!row->isEnabled());
    QVERIFY2(hint->text().contains(QStringLiteral("Data page")), qPrintable(hint->text()));
    QVERIFY(!explain->isEnabled());
    QVERIFY(!dataset->isEnabled());
    QVERIFY2(dataset->toolTip().contains(QStringLiteral("Data page")),
             qPrintable(dataset->toolTip()));
}

void ExplainPageTest::rowExplanationHeader_data()
{
    QTest::addColumn<int>("rowNumber");
    QTest::addColumn<QString>("method");
    QTest::addColumn<double>("confidence");
    QTest::addColumn<QString>("expectedPrediction");
    QTest::addColumn<QString>("expectedSubject");

    QTest::newRow("row of the file, kernel")
        << 17 << QStringLiteral("kernel") << 0.62 << QStringLiteral("Predicted: HIIT, 62%")
        << QStringLiteral("Row 17 with v3 · federated, round 12 (Kernel SHAP estimate)");
    QTest::newRow("typed row, exact")
        << -1 << QStringLiteral("exact") << 0.996 << QStringLiteral("Predicted: HIIT, 100%")
        << QStringLiteral("Typed-in values with v3 · federated, round 12 (exact Shapley values)");
    QTest::newRow("large row number")
        << 1200 << QStringLiteral("exact") << 0.5 << QStringLiteral("Predicted: HIIT, 50%")
        << QStringLiteral("Row 1,200 with v3 · federated, round 12 "
                          "(exact Shapley values)");
}

void ExplainPageTest::rowExplanationHeader()
{
    QFETCH(int, rowNumber);
    QFETCH(QString, method);
    QFETCH(double, confidence);
    QFETCH(QString, expectedPrediction);
    QFETCH(QString, expectedSubject);

    ExplainPage page;
    prepare(page);
    auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("explainTabs"));
    auto *prediction = page.findChild<QLabel *>(QStringLiteral("predictionLabel"));
    auto *subject = page.findChild<QLabel *>(QStringLiteral("explainSubjectLabel"));
    auto *reasons = page.findChild<QLabel *>(QStringLiteral("reasonsLabel"));
    auto *banner = page.findChild<QWidget *>(QStringLiteral("errorBanner"));
    QVERIFY(tabs && prediction && subject && reasons && banner);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.showGlobalExplanation(fitnessDataset());
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("explainDatasetPanel"));
    page.showError(QStringLiteral("The previous explanation failed."));
    QVERIFY(banner->isVisible());
    RowExplanationView shown = fitnessRow();
    shown.rowNumber = rowNumber;
    shown.method = method;
    shown.confidence = confidence;

    page.showRowExplanation(shown);

    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("explainRowPanel"));
    QVERIFY(!banner->isVisible());
    QCOMPARE(prediction->text(), expectedPrediction);
    QCOMPARE(subject->text(), expectedSubject);
    // The three largest effects in words, the top column first with its value as displayed.
    const QString text = reasons->text();
    QVERIFY2(text.startsWith(
                 QStringLiteral("steps_per_day = 12,157 raised the chance of HIIT by 21 point")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("calories_burned = 612.5 raised it by 15 point")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("avg_hr = 151 raised it by 12 point")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("age")), qPrintable(text));
}

void ExplainPageTest::waterfallBars_data()
{
    QTest::addColumn<int>("columns");
    QTest::addColumn<int>("otherColumns");

    QTest::newRow("3 columns") << 3 << 0;
    QTest::newRow("kMaxBars columns") << WaterfallChartView::kMaxBars << 0;
    QTest::newRow("one past kMaxBars") << WaterfallChartView::kMaxBars + 1 << 1;
    QTest::newRow("15 columns") << 15 << 5;
    QTest::newRow("40 columns") << 40 << 30;
}

void ExplainPageTest::waterfallBars()
{
    QFETCH(int, columns);
    QFETCH(int, otherColumns);

    ExplainPage page;
    prepare(page);
    auto *waterfall = page.findChild<WaterfallChartView *>(QStringLiteral("waterfallChart"));
    auto *classCombo = page.findChild<QComboBox *>(QStringLiteral("explainClassCombo"));
    QVERIFY(waterfall && classCombo);
    QCOMPARE(waterfall->barCount(), 0);
    const RowExplanationView shown = generatedRow(columns);
    const int columnBars = columns - otherColumns;
    QVERIFY(columnBars <= WaterfallChartView::kMaxBars);

    page.showRowExplanation(shown);

    QCOMPARE(waterfall->barCount(), columnBars + (otherColumns > 0 ? 1 : 0));
    for (int i = 0; i < columnBars; ++i)
    {
        QCOMPARE(waterfall->barLabel(i), QStringLiteral("%1 = %2").arg(generatedName(i)).arg(i));
        QCOMPARE(waterfall->barContribution(i), shown.contributions.at(i).contribution);
        if (i > 0)
            QVERIFY(std::abs(waterfall->barContribution(i - 1))
                    >= std::abs(waterfall->barContribution(i)));
    }
    if (otherColumns > 0)
    {
        double rest = 0.0;
        for (int i = columnBars; i < columns; ++i)
            rest += shown.contributions.at(i).contribution;
        QCOMPARE(waterfall->barLabel(columnBars),
                 QStringLiteral("%1 other column(s)").arg(otherColumns));
        QVERIFY2(std::abs(waterfall->barContribution(columnBars) - rest) < kTolerance,
                 qPrintable(QString::number(waterfall->barContribution(columnBars))));
    }
    // Efficiency: the bars lead from the average prediction to this row's prediction.
    QCOMPARE(waterfall->baseValue(), shown.baseValue);
    QCOMPARE(waterfall->outputValue(), shown.outputValue);
    QVERIFY(std::abs(waterfall->baseValue() + barSum(waterfall) - waterfall->outputValue())
            < kTolerance);

    // Yoga's contributions grow with the column number, so its bars run from the last column.
    QTest::keyClick(classCombo, Qt::Key_Down);
    QCOMPARE(classCombo->currentText(), QStringLiteral("Yoga"));

    QCOMPARE(waterfall->barCount(), columnBars + (otherColumns > 0 ? 1 : 0));
    for (int i = 0; i < columnBars; ++i)
    {
        const int column = columns - 1 - i;
        QVERIFY2(waterfall->barLabel(i).startsWith(generatedName(column) + QStringLiteral(" =")),
                 qPrintable(waterfall->barLabel(i)));
        QCOMPARE(waterfall->barContribution(i), shown.contributionsByClass.at(column).at(1));
    }
    if (otherColumns > 0)
    {
        double rest = 0.0;
        for (int column = 0; column < otherColumns; ++column)
            rest += shown.contributionsByClass.at(column).at(1);
        QVERIFY(std::abs(waterfall->barContribution(columnBars) - rest) < kTolerance);
    }
    QCOMPARE(waterfall->baseValue(), shown.baseByClass.at(1));
    QCOMPARE(waterfall->outputValue(), shown.outputByClass.at(1));
    QVERIFY(std::abs(waterfall->baseValue() + barSum(waterfall) - waterfall->outputValue())
            < kTolerance);
}

void ExplainPageTest::classComboShowsOtherClass_data()
{
    QTest::addColumn<int>("classIndex");
    QTest::addColumn<QStringList>("expectedLabels");
    QTest::addColumn<QVector<double>>("expectedContributions");
    QTest::addColumn<double>("expectedBase");
    QTest::addColumn<double>("expectedOutput");
    QTest::addColumn<QString>("expectedReasons");

    const QString steps = QStringLiteral("steps_per_day = 12,157");
    const QString calories = QStringLiteral("calories_burned = 612.5");
    const QString heartRate = QStringLiteral("avg_hr = 151");
    const QString age = QStringLiteral("age = 29");
    const QString sleep = QStringLiteral("sleep_hours = 7.5");
    const QString gender = QStringLiteral("gender = F");
    QTest::newRow("HIIT, the predicted class")
        << 0 << QStringList{steps, calories, heartRate, age, sleep, gender}
        << QVector<double>{0.21, 0.15, 0.12, -0.08, 0.03, -0.01} << 0.20 << 0.62
        << QStringLiteral("steps_per_day = 12,157 raised the chance of HIIT by 21 point");
    QTest::newRow("Yoga") << 1 << QStringList{calories, age, steps, gender, heartRate, sleep}
                          << QVector<double>{-0.12, 0.09, -0.05, 0.04, 0.02, 0.01} << 0.35 << 0.34
                          << QStringLiteral(
                                 "calories_burned = 612.5 lowered the chance of Yoga by 12 point");
    QTest::newRow("Running") << 2 << QStringList{steps, heartRate, sleep, calories, gender, age}
                             << QVector<double>{-0.16, -0.14, -0.04, -0.03, -0.02, -0.01} << 0.45
                             << 0.05
                             << QStringLiteral(
                                    "steps_per_day = 12,157 lowered the chance of Running by 16 "
                                    "point");
}

void ExplainPageTest::classComboShowsOtherClass()
{
    QFETCH(int, classIndex);
    QFETCH(QStringList, expectedLabels);
    QFETCH(QVector<double>, expectedContributions);
    QFETCH(double, expectedBase);
    QFETCH(double, expectedOutput);
    QFETCH(QString, expectedReasons);

    ExplainPage page;
    prepare(page);
    auto *classCombo = page.findChild<QComboBox *>(QStringLiteral("explainClassCombo"));
    auto *waterfall = page.findChild<WaterfallChartView *>(QStringLiteral("waterfallChart"));
    auto *reasons = page.findChild<QLabel *>(QStringLiteral("reasonsLabel"));
    auto *prediction = page.findChild<QLabel *>(QStringLiteral("predictionLabel"));
    auto *table = page.findChild<QTableView *>(QStringLiteral("contributionsTable"));
    QVERIFY(classCombo && waterfall && reasons && prediction && table);
    page.showRowExplanation(fitnessRow());
    QCOMPARE(comboItems(classCombo), kClasses);
    QCOMPARE(classCombo->currentIndex(), 0);
    QVERIFY(classCombo->isEnabled());

    classCombo->setCurrentIndex(classIndex);

    QCOMPARE(barLabels(waterfall), expectedLabels);
    for (int i = 0; i < expectedContributions.size(); ++i)
        QVERIFY2(std::abs(waterfall->barContribution(i) - expectedContributions.at(i)) < kTolerance,
                 qPrintable(waterfall->barLabel(i)));
    QVERIFY(std::abs(waterfall->baseValue() - expectedBase) < kTolerance);
    QVERIFY(std::abs(waterfall->outputValue() - expectedOutput) < kTolerance);
    QVERIFY(std::abs(waterfall->baseValue() + barSum(waterfall) - waterfall->outputValue())
            < kTolerance);
    QVERIFY2(reasons->text().startsWith(expectedReasons), qPrintable(reasons->text()));
    // The values table follows the class; the prediction itself does not change.
    QCOMPARE(table->model()->rowCount(), int(expectedLabels.size()));
    QCOMPARE(table->model()->index(0, 0).data().toString(),
             expectedLabels.first().section(QStringLiteral(" = "), 0, 0));
    QCOMPARE(prediction->text(), QStringLiteral("Predicted: HIIT, 62%"));
}

void ExplainPageTest::classComboNeedsEveryClass()
{
    ExplainPage page;
    auto *classCombo = page.findChild<QComboBox *>(QStringLiteral("explainClassCombo"));
    auto *waterfall = page.findChild<WaterfallChartView *>(QStringLiteral("waterfallChart"));
    QVERIFY(classCombo && waterfall);
    RowExplanationView shown = fitnessRow();
    // Only the shown class's values are known.
    shown.contributionsByClass.clear();

    page.showRowExplanation(shown);

    QVERIFY(!classCombo->isEnabled());
    QCOMPARE(classCombo->currentText(), QStringLiteral("HIIT"));
    QCOMPARE(waterfall->barCount(), int(shown.contributions.size()));
    QCOMPARE(waterfall->outputValue(), shown.outputValue);
}

void ExplainPageTest::globalExplanationOrdersColumns()
{
    ExplainPage page;
    prepare(page);
    page.resize(1100, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *importance = page.findChild<QChartView *>(QStringLiteral("importanceChart"));
    auto *beeswarm = page.findChild<BeeswarmChartView *>(QStringLiteral("beeswarmChart"));
    auto *dependence = page.findChild<QChartView *>(QStringLiteral("dependenceChart"));
    auto *column = page.findChild<QComboBox *>(QStringLiteral("dependenceColumnCombo"));
    auto *summary = page.findChild<QLabel *>(QStringLiteral("datasetSummaryLabel"));
    auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("explainTabs"));
    QVERIFY(importance && beeswarm && dependence && column && summary && tabs);
    QVERIFY(!column->isEnabled());
    const GlobalExplanationView dataset = fitnessDataset();

    page.showGlobalExplanation(dataset);

    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("explainDatasetPanel"));
    QCOMPARE(summary->text(),
             QStringLiteral("How much each column moves the chance of HIIT, over 3 row(s)."));
    const QStringList order{QStringLiteral("steps_per_day"), QStringLiteral("calories_burned"),
                            QStringLiteral("gender"), QStringLiteral("avg_hr"),
                            QStringLiteral("age")};
    QCOMPARE(importanceColumns(importance), order);
    const QVector<double> values = importanceValues(importance);
    QCOMPARE(int(values.size()), 5);
    for (int i = 0; i < values.size(); ++i)
        QVERIFY(std::abs(values.at(i) - dataset.importance.at(i).meanAbs * 100.0) < kTolerance);
    QCOMPARE(beeswarm->rowCount(), 5);
    for (int row = 0; row < beeswarm->rowCount(); ++row)
    {
        QCOMPARE(beeswarm->rowColumn(row), order.at(row));
        QCOMPARE(beeswarm->pointCount(row), 3);
    }
    // Numeric columns only, most important first; the most important is plotted.
    QVERIFY(column->isEnabled());
    QCOMPARE(comboItems(column),
             (QStringList{QStringLiteral("steps_per_day"), QStringLiteral("calories_burned"),
                          QStringLiteral("avg_hr"), QStringLiteral("age")}));
    QCOMPARE(column->currentText(), QStringLiteral("steps_per_day"));
    const QScatterSeries *scatter = scatterOf(dependence);
    QVERIFY(scatter);
    QCOMPARE(scatter->count(), 3);
    QCOMPARE(scatter->at(0), QPointF(14200, 21.0));

    column->setCurrentIndex(column->findText(QStringLiteral("avg_hr")));

    scatter = scatterOf(dependence);
    QVERIFY(scatter);
    QCOMPARE(scatter->count(), 3);
    QCOMPARE(scatter->at(1), QPointF(118, -3.0));
    QCOMPARE(dependence->chart()->axes(Qt::Horizontal).first()->titleText(),
             QStringLiteral("avg_hr"));

    // A new explanation keeps the chosen column.
    page.showGlobalExplanation(dataset);
    QCOMPARE(column->currentText(), QStringLiteral("avg_hr"));
}

void ExplainPageTest::datasetChartsLimitColumns_data()
{
    QTest::addColumn<int>("columns");

    QTest::newRow("5 columns") << 5;
    QTest::newRow("beeswarm's limit") << BeeswarmChartView::kMaxRows;
    QTest::newRow("12 columns") << 12;
    QTest::newRow("importance's limit") << ExplainDatasetPanel::kMaxImportanceBars;
    QTest::newRow("20 columns") << 20;
}

void ExplainPageTest::datasetChartsLimitColumns()
{
    QFETCH(int, columns);

    ExplainPage page;
    auto *importance = page.findChild<QChartView *>(QStringLiteral("importanceChart"));
    auto *beeswarm = page.findChild<BeeswarmChartView *>(QStringLiteral("beeswarmChart"));
    auto *column = page.findChild<QComboBox *>(QStringLiteral("dependenceColumnCombo"));
    QVERIFY(importance && beeswarm && column);

    page.showGlobalExplanation(generatedDataset(columns));

    QStringList mostImportant;
    for (int k = 0; k < std::min(columns, ExplainDatasetPanel::kMaxImportanceBars); ++k)
        mostImportant << generatedName(k);
    QCOMPARE(importanceColumns(importance), mostImportant);
    QCOMPARE(beeswarm->rowCount(), std::min(columns, BeeswarmChartView::kMaxRows));
    for (int row = 0; row < beeswarm->rowCount(); ++row)
    {
        QCOMPARE(beeswarm->rowColumn(row), generatedName(row));
        QCOMPARE(beeswarm->pointCount(row), 2 + row % 4);
    }
    // The dependence chart offers every numeric column, past the charts' limits too.
    QStringList numeric;
    for (int k = 0; k < columns; k += 2)
        numeric << generatedName(k);
    QCOMPARE(comboItems(column), numeric);
}

void ExplainPageTest::csvExportMatchesText_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("expected");

    // RFC 4180: CRLF after each record; "12,157" is quoted for its group separator.
    QTest::newRow("values table") << QStringLiteral("contributionsTableExportButton")
                                  << QStringLiteral("Column,Value,Effect (points),± Error\r\n"
                                                    "steps_per_day,\"12,157\",+21.00,0.40\r\n"
                                                    "calories_burned,612.5,+15.00,0.60\r\n"
                                                    "avg_hr,151,+12.00,0.50\r\n"
                                                    "age,29,-8.00,0.40\r\n"
                                                    "sleep_hours,7.5,+3.00,0.30\r\n"
                                                    "gender,F,-1.00,0.20\r\n");
    QTest::newRow("importance") << QStringLiteral("importanceChartCsvButton")
                                << QStringLiteral("Column,Mean |SHAP| (points)\r\n"
                                                  "steps_per_day,12.34\r\n"
                                                  "calories_burned,9.15\r\n"
                                                  "gender,5.02\r\n"
                                                  "avg_hr,4.37\r\n"
                                                  "age,2.08\r\n");
    QTest::newRow("beeswarm") << QStringLiteral("beeswarmChartCsvButton")
                              << QStringLiteral("Column,SHAP value (points),Feature value rank "
                                                "(0–1)\r\n"
                                                "steps_per_day,21.00,1.000\r\n"
                                                "steps_per_day,-10.00,0.000\r\n"
                                                "steps_per_day,6.00,0.500\r\n"
                                                "calories_burned,15.00,1.000\r\n"
                                                "calories_burned,-8.00,0.500\r\n"
                                                "calories_burned,-4.50,0.000\r\n"
                                                "gender,5.00,–\r\n"
                                                "gender,-5.00,–\r\n"
                                                "gender,5.00,–\r\n"
                                                "avg_hr,7.00,1.000\r\n"
                                                "avg_hr,-3.00,0.000\r\n"
                                                "avg_hr,3.00,0.500\r\n"
                                                "age,-2.00,1.000\r\n"
                                                "age,2.00,0.000\r\n"
                                                "age,2.00,0.500\r\n");
    QTest::newRow("dependence") << QStringLiteral("dependenceChartCsvButton")
                                << QStringLiteral("steps_per_day,SHAP value (points)\r\n"
                                                  "\"14,200\",21.00\r\n"
                                                  "\"3,100\",-10.00\r\n"
                                                  "\"9,050.5\",6.00\r\n");
}

void ExplainPageTest::csvExportMatchesText()
{
    QFETCH(QString, button);
    QFETCH(QString, expected);

    ExplainPage page;
    prepare(page);
    page.resize(1100, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.showRowExplanation(fitnessRow());
    page.showGlobalExplanation(fitnessDataset());
    auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("explainTabs"));
    auto *exportButton = page.findChild<QPushButton *>(button);
    QVERIFY(tabs && exportButton);
    // Show the tab holding the button, as a user would.
    for (int tab = 0; tab < tabs->count(); ++tab)
    {
        if (tabs->widget(tab)->isAncestorOf(exportButton))
            tabs->setCurrentIndex(tab);
    }
    QVERIFY(exportButton->isVisible());
    const QString path = m_dir.filePath(button + QStringLiteral(".csv"));
    QFile::remove(path);

    // The file dialog runs its own event loop, so its answer is queued before the click.
    bool answered = false;
    QMetaObject::invokeMethod(
        this,
        [&]
        {
            QTRY_VERIFY(QApplication::activeModalWidget());
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!dialog)
            {
                QApplication::activeModalWidget()->close();
                QFAIL("The export opened a modal window that is not a file dialog.");
            }
            dialog->selectFile(path);
            // QFileDialog::accept() is protected; through QDialog it still checks the name.
            static_cast<QDialog *>(dialog)->accept();
            answered = true;
        },
        Qt::QueuedConnection);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QTRY_VERIFY(answered);

    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    QCOMPARE(QString::fromUtf8(file.readAll()), expected);
}

void ExplainPageTest::languageChangeKeepsContent()
{
    ExplainPage page;
    prepare(page);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *version = page.findChild<QComboBox *>(QStringLiteral("explainVersionCombo"));
    auto *row = page.findChild<QSpinBox *>(QStringLiteral("explainRowSpin"));
    auto *hint = page.findChild<QLabel *>(QStringLiteral("explainRowHint"));
    auto *methodCombo = page.findChild<QComboBox *>(QStringLiteral("methodCombo"));
    auto *prediction = page.findChild<QLabel *>(QStringLiteral("predictionLabel"));
    auto *subject = page.findChild<QLabel *>(QStringLiteral("explainSubjectLabel"));
    auto *reasons = page.findChild<QLabel *>(QStringLiteral("reasonsLabel"));
    auto *classCombo = page.findChild<QComboBox *>(QStringLiteral("explainClassCombo"));
    auto *waterfall = page.findChild<WaterfallChartView *>(QStringLiteral("waterfallChart"));
    auto *table = page.findChild<QTableView *>(QStringLiteral("contributionsTable"));
    auto *importance = page.findChild<QChartView *>(QStringLiteral("importanceChart"));
    auto *beeswarm = page.findChild<BeeswarmChartView *>(QStringLiteral("beeswarmChart"));
    auto *dependence = page.findChild<QChartView *>(QStringLiteral("dependenceChart"));
    auto *column = page.findChild<QComboBox *>(QStringLiteral("dependenceColumnCombo"));
    auto *summary = page.findChild<QLabel *>(QStringLiteral("datasetSummaryLabel"));
    auto *age = page.findChild<QLineEdit *>(QStringLiteral("typedValueEdit_age"));
    QVERIFY(version && row && hint && methodCombo && prediction && subject && reasons);
    QVERIFY(classCombo && waterfall && table && importance && beeswarm && dependence);
    QVERIFY(column && summary && age);
    version->setCurrentIndex(1);
    typeInto(row, QStringLiteral("17"));
    methodCombo->setCurrentIndex(methodCombo->findData(QStringLiteral("kernel")));
    age->setText(QStringLiteral("29"));
    page.showRowExplanation(fitnessRow());
    classCombo->setCurrentIndex(1);
    page.showGlobalExplanation(fitnessDataset());
    column->setCurrentIndex(column->findText(QStringLiteral("avg_hr")));
    const QString hintBefore = hint->text();
    const QString predictionBefore = prediction->text();
    const QString subjectBefore = subject->text();
    const QString reasonsBefore = reasons->text();
    const QStringList barsBefore = barLabels(waterfall);
    const double yogaOutput = waterfall->outputValue();
    const QString summaryBefore = summary->text();
    const QStringList importanceBefore = importanceColumns(importance);
    QCOMPARE(barsBefore.first(), QStringLiteral("calories_burned = 612.5"));

    // What installing a translator sends; every widget passes it on to its children.
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&page, &change);

    QCOMPARE(version->currentData().toLongLong(), qint64(2));
    QCOMPARE(row->value(), 17);
    QCOMPARE(hint->text(), hintBefore);
    QCOMPARE(methodCombo->currentData().toString(), QStringLiteral("kernel"));
    QCOMPARE(methodCombo->currentText(), QStringLiteral("Kernel SHAP"));
    QCOMPARE(age->text(), QStringLiteral("29"));
    QCOMPARE(prediction->text(), predictionBefore);
    QCOMPARE(subject->text(), subjectBefore);
    QCOMPARE(classCombo->currentText(), QStringLiteral("Yoga"));
    QCOMPARE(reasons->text(), reasonsBefore);
    QCOMPARE(barLabels(waterfall), barsBefore);
    QCOMPARE(waterfall->outputValue(), yogaOutput);
    QCOMPARE(table->model()->rowCount(), 6);
    QCOMPARE(table->model()->headerData(3, Qt::Horizontal).toString(), QStringLiteral("± Error"));
    QCOMPARE(summary->text(), summaryBefore);
    QCOMPARE(importanceColumns(importance), importanceBefore);
    QCOMPARE(beeswarm->rowCount(), 5);
    QCOMPARE(beeswarm->rowColumn(0), QStringLiteral("steps_per_day"));
    QCOMPARE(column->currentText(), QStringLiteral("avg_hr"));
    const QScatterSeries *scatter = scatterOf(dependence);
    QVERIFY(scatter);
    QCOMPARE(scatter->count(), 3);
}

QTEST_MAIN(ExplainPageTest)
#include "explain_page_test.moc"
