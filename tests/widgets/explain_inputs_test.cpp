// The Explain page's inputs on their own: version, row or typed-in values, background and
// method, driven with QTest, checked through the requests it emits and its busy state.
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMap>
#include <QPair>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include "widgets/explain_page.h"

#include "explain_page_test_support.h"
#include "page_test_support.h"

using cohort::ui::ExplainPage;
using cohort::ui::ExplainRequest;
using namespace cohort::ui::test;

using TypedValues = QMap<QString, QString>;

class ExplainInputsTest final : public QObject
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
};

void ExplainInputsTest::initTestCase()
{
    // Number formats in spin boxes, labels and exports must not depend on the machine.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void ExplainInputsTest::explainRowEmitsRequest_data()
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

void ExplainInputsTest::explainRowEmitsRequest()
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

void ExplainInputsTest::typedValuesEmitTypedRow()
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
        {"typedValueEdit_steps_per_day", QStringLiteral("12157")}};
    for (const auto &[name, text] : edits)
    {
        auto *edit = page.findChild<QLineEdit *>(QLatin1String(name));
        QVERIFY2(edit, name);
        QVERIFY(edit->isVisible());
        QTest::keyClicks(edit, text);
    }
    // gender is a category: chosen from the model's list by typing its first letter.
    auto *gender = page.findChild<QComboBox *>(QStringLiteral("typedValueCombo_gender"));
    QVERIFY(gender);
    QVERIFY(gender->isVisible());
    QVERIFY(!page.findChild<QLineEdit *>(QStringLiteral("typedValueEdit_gender")));
    gender->setFocus();
    QTest::keyClicks(gender, QStringLiteral("F"));
    QCOMPARE(gender->currentText(), QStringLiteral("F"));
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
    page.setInputs(3, {numberInput(QStringLiteral("steps_per_day"), 1000.0, 30000.0),
                       numberInput(QStringLiteral("weight_kg"), 45.0, 130.0)});
    auto *steps = page.findChild<QLineEdit *>(QStringLiteral("typedValueEdit_steps_per_day"));
    QVERIFY(steps);
    QCOMPARE(steps->text(), QStringLiteral("12157"));
    QVERIFY(!page.findChild<QLineEdit *>(QStringLiteral("typedValueEdit_age")));

    // Back to a row of the file: without a file there is nothing to explain.
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(!form->isVisible());
    QVERIFY(!explain->isEnabled());
}

void ExplainInputsTest::datasetAndCancelEmit()
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

void ExplainInputsTest::busyDisablesInputs_data()
{
    QTest::addColumn<QString>("objectName");
    QTest::addColumn<bool>("enabledIdle");

    for (const char *name :
         {"explainVersionCombo", "explainRowSpin", "typeValuesToggle", "typedValuesForm",
          "backgroundSpin", "methodCombo", "explainRowButton", "explainDatasetButton"})
        QTest::newRow(name) << QString::fromLatin1(name) << true;
    QTest::newRow("explainCancelButton") << QStringLiteral("explainCancelButton") << false;
}

void ExplainInputsTest::busyDisablesInputs()
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

void ExplainInputsTest::noCsvDisablesRowChoice_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("fileName");

    QTest::newRow("no file") << 0 << QString();
    QTest::newRow("empty file") << 0 << QStringLiteral("empty.csv");
    QTest::newRow("rows without a name") << 120 << QString();
}

void ExplainInputsTest::noCsvDisablesRowChoice()
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

QTEST_MAIN(ExplainInputsTest)
#include "explain_inputs_test.moc"
