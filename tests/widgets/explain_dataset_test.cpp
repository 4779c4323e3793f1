// The Explain page's dataset results on their own: fed plain dataset explanations, checked
// through its charts' accessors, its CSV exports and a language change that keeps them.
#include <algorithm>
#include <cmath>

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
#include <QPushButton>
#include <QScatterSeries>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "widgets/beeswarm_chart_view.h"
#include "widgets/explain_dataset_panel.h"
#include "widgets/explain_page.h"
#include "widgets/waterfall_chart_view.h"

#include "explain_page_test_support.h"
#include "page_test_support.h"

using cohort::ui::BeeswarmChartView;
using cohort::ui::BeeswarmPointView;
using cohort::ui::ColumnImportanceView;
using cohort::ui::ExplainDatasetPanel;
using cohort::ui::ExplainPage;
using cohort::ui::GlobalExplanationView;
using cohort::ui::WaterfallChartView;
using namespace cohort::ui::test;

namespace
{

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

} // namespace

class ExplainDatasetTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void globalExplanationOrdersColumns();
    void datasetChartsLimitColumns_data();
    void datasetChartsLimitColumns();
    void csvExportMatchesText_data();
    void csvExportMatchesText();

    void languageChangeKeepsContent();

private:
    QTemporaryDir m_dir;
};

void ExplainDatasetTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Number formats in spin boxes, labels and exports must not depend on the machine.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void ExplainDatasetTest::globalExplanationOrdersColumns()
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

void ExplainDatasetTest::datasetChartsLimitColumns_data()
{
    QTest::addColumn<int>("columns");

    QTest::newRow("5 columns") << 5;
    QTest::newRow("beeswarm's limit") << BeeswarmChartView::kMaxRows;
    QTest::newRow("12 columns") << 12;
    QTest::newRow("importance's limit") << ExplainDatasetPanel::kMaxImportanceBars;
    QTest::newRow("20 columns") << 20;
}

void ExplainDatasetTest::datasetChartsLimitColumns()
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

void ExplainDatasetTest::csvExportMatchesText_data()
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

void ExplainDatasetTest::csvExportMatchesText()
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

void ExplainDatasetTest::languageChangeKeepsContent()
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

QTEST_MAIN(ExplainDatasetTest)
#include "explain_dataset_test.moc"
