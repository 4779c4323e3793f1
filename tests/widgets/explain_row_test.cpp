// The Explain page's one-row results on their own: fed plain row explanations, checked
// through the prediction header, the waterfall chart, the values table and the class combo.
#include <cmath>

#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include "widgets/explain_page.h"
#include "widgets/waterfall_chart_view.h"

#include "explain_page_test_support.h"

using cohort::ui::ContributionView;
using cohort::ui::ExplainPage;
using cohort::ui::RowExplanationView;
using cohort::ui::WaterfallChartView;
using namespace cohort::ui::test;

namespace
{

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

double barSum(const WaterfallChartView *waterfall)
{
    double sum = 0.0;
    for (int i = 0; i < waterfall->barCount(); ++i)
        sum += waterfall->barContribution(i);
    return sum;
}

} // namespace

class ExplainRowTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void rowExplanationHeader_data();
    void rowExplanationHeader();
    void waterfallBars_data();
    void waterfallBars();
    void classComboShowsOtherClass_data();
    void classComboShowsOtherClass();
    void classComboNeedsEveryClass();
    void missingValuesAreShownAsMissing();
};

void ExplainRowTest::initTestCase()
{
    // Number formats in spin boxes, labels and exports must not depend on the machine.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void ExplainRowTest::rowExplanationHeader_data()
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

void ExplainRowTest::rowExplanationHeader()
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

void ExplainRowTest::waterfallBars_data()
{
    QTest::addColumn<int>("columns");
    QTest::addColumn<int>("otherColumns");

    QTest::newRow("3 columns") << 3 << 0;
    QTest::newRow("kMaxBars columns") << WaterfallChartView::kMaxBars << 0;
    QTest::newRow("one past kMaxBars") << WaterfallChartView::kMaxBars + 1 << 1;
    QTest::newRow("15 columns") << 15 << 5;
    QTest::newRow("40 columns") << 40 << 30;
}

void ExplainRowTest::waterfallBars()
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

void ExplainRowTest::classComboShowsOtherClass_data()
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

void ExplainRowTest::classComboShowsOtherClass()
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

void ExplainRowTest::classComboNeedsEveryClass()
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

void ExplainRowTest::missingValuesAreShownAsMissing()
{
    ExplainPage page;
    prepare(page);
    RowExplanationView row = fitnessRow();
    row.rowNumber = -1;
    // age was left empty; gender was "NA" in a file; both were filled in by the model.
    for (ContributionView &c : row.contributions)
    {
        if (c.column == QLatin1String("age"))
            c = ContributionView{c.column, QString(), c.contribution, c.standardError, true};
        if (c.column == QLatin1String("gender"))
            c = ContributionView{c.column, QStringLiteral("NA"), c.contribution, c.standardError,
                                 true};
    }

    page.showRowExplanation(row);

    auto *table = page.findChild<QTableView *>(QStringLiteral("contributionsTable"));
    auto *waterfall = page.findChild<WaterfallChartView *>();
    auto *subject = page.findChild<QLabel *>(QStringLiteral("explainSubjectLabel"));
    QVERIFY(table && waterfall && subject);
    QMap<QString, QString> shown;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        shown.insert(table->model()->index(r, 0).data().toString(),
                     table->model()->index(r, 1).data().toString());
    QCOMPARE(shown.value(QStringLiteral("age")), QStringLiteral("missing"));
    QCOMPARE(shown.value(QStringLiteral("gender")), QStringLiteral("missing (“NA”)"));
    QCOMPARE(shown.value(QStringLiteral("steps_per_day")), QStringLiteral("12,157"));
    QVERIFY2(barLabels(waterfall).contains(QStringLiteral("age = missing")),
             qPrintable(barLabels(waterfall).join(QLatin1Char('|'))));
    QVERIFY2(subject->text().contains(QStringLiteral("2 value(s) missing")),
             qPrintable(subject->text()));
}

QTEST_MAIN(ExplainRowTest)
#include "explain_row_test.moc"
