// The Evaluate page on its own: fed a plain evaluation, driven with QTest, checked through
// object names, its per-class table and confusion matrix, and the signals it emits.
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "widgets/confusion_matrix_view.h"
#include "widgets/evaluate_page.h"

using cohort::ui::ClassRowView;
using cohort::ui::ConfusionMatrixView;
using cohort::ui::EvaluatePage;
using cohort::ui::EvaluationView;

namespace
{

EvaluationView evaluation()
{
    EvaluationView view;
    view.versionLabel = QStringLiteral("#5 fitness fedavg");
    view.csvPath = QStringLiteral("/data/test.csv");
    view.rows = 60;
    view.classNames = {QStringLiteral("running"), QStringLiteral("cycling"),
                       QStringLiteral("yoga")};
    view.confusion = {{18, 2, 0}, {3, 15, 2}, {0, 1, 19}};
    view.accuracy = 0.87;
    view.macroF1 = 0.868;
    view.rocAuc = 0.95;
    view.baselineAccuracy = 0.333;
    view.verdict = QStringLiteral("Useful: well above always answering 'running'.");
    view.perClass = {ClassRowView{QStringLiteral("running"), 0.857, 0.9, 0.878, 20},
                     ClassRowView{QStringLiteral("cycling"), 0.833, 0.75, 0.789, 20},
                     ClassRowView{QStringLiteral("yoga"), 0.905, 0.95, 0.927, 20}};
    return view;
}

} // namespace

class EvaluatePageTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void showEvaluationFillsViews();
    void failedEvaluationClearsThePreviousResults();
    void evaluateButtonEmitsChoice();
    void evaluateValidation_data();
    void evaluateValidation();

private:
    QTemporaryDir m_dir;
};

void EvaluatePageTest::failedEvaluationClearsThePreviousResults()
{
    EvaluatePage page;
    auto *table = page.findChild<QTableView *>(QStringLiteral("perClassTable"));
    auto *accuracy = page.findChild<QLabel *>(QStringLiteral("metricValue0"));
    auto *verdict = page.findChild<QLabel *>(QStringLiteral("verdictLabel"));
    QVERIFY(table && accuracy && verdict);
    page.showEvaluation(evaluation());
    QCOMPARE(table->model()->rowCount(), 3);
    page.showError(QStringLiteral("other.csv has no column “activity”."));
    // Nothing of the previous file stays on screen under a heading as if it were this one's.
    QCOMPARE(table->model()->rowCount(), 0);
    QCOMPARE(accuracy->text(), QStringLiteral("–"));
    QVERIFY(verdict->text().isEmpty());
}

void EvaluatePageTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Number formats in spin boxes and tables must not depend on the machine running the tests.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void EvaluatePageTest::showEvaluationFillsViews()
{
    EvaluatePage page;
    auto *table = page.findChild<QTableView *>(QStringLiteral("perClassTable"));
    auto *confusion = page.findChild<ConfusionMatrixView *>(QStringLiteral("confusionView"));
    auto *accuracy = page.findChild<QLabel *>(QStringLiteral("metricValue0"));
    auto *verdict = page.findChild<QLabel *>(QStringLiteral("verdictLabel"));
    QVERIFY(table && confusion && accuracy && verdict);
    QCOMPARE(table->model()->rowCount(), 0);

    const EvaluationView shown = evaluation();
    page.showEvaluation(shown);

    const QAbstractItemModel *model = table->model();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->index(1, 0).data().toString(), QStringLiteral("cycling"));
    QCOMPARE(model->index(1, 1).data().toString(), QStringLiteral("0.833"));
    QCOMPARE(model->index(1, 2).data().toString(), QStringLiteral("0.750"));
    QCOMPARE(model->index(1, 3).data().toString(), QStringLiteral("0.789"));
    QCOMPARE(model->index(1, 4).data().toString(), QStringLiteral("20"));
    for (int actual = 0; actual < 3; ++actual)
        for (int predicted = 0; predicted < 3; ++predicted)
            QCOMPARE(confusion->count(actual, predicted), shown.confusion[actual][predicted]);
    QCOMPARE(confusion->rowShare(1, 0), 3.0 / 20.0);
    QCOMPARE(accuracy->text(), QStringLiteral("0.870"));
    QCOMPARE(verdict->text(), shown.verdict);

    // A smaller result replaces the previous one completely.
    EvaluationView two = shown;
    two.classNames = {QStringLiteral("yes"), QStringLiteral("no")};
    two.confusion = {{5, 1}, {2, 7}};
    two.perClass.resize(2);
    page.showEvaluation(two);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(confusion->count(1, 1), qint64(7));
    QCOMPARE(confusion->count(2, 2), qint64(0));
}

void EvaluatePageTest::evaluateButtonEmitsChoice()
{
    const QString csv = m_dir.filePath(QStringLiteral("labelled.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("a,b,label\n1,2,yes\n");
    file.close();

    EvaluatePage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy evaluateRequested(&page, &EvaluatePage::evaluateRequested);
    page.setVersions(
        {{5, QStringLiteral("#5 fitness fedavg")}, {2, QStringLiteral("#2 pooled baseline")}});
    auto *combo = page.findChild<QComboBox *>(QStringLiteral("evalVersionCombo"));
    auto *csvEdit = page.findChild<QLineEdit *>(QStringLiteral("evalCsvEdit"));
    auto *evaluate = page.findChild<QPushButton *>(QStringLiteral("evaluateButton"));
    QVERIFY(combo && csvEdit && evaluate);

    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentText(), QStringLiteral("#2 pooled baseline"));
    QTest::keyClicks(csvEdit, csv);
    QTest::mouseClick(evaluate, Qt::LeftButton);

    QCOMPARE(evaluateRequested.count(), 1);
    QCOMPARE(evaluateRequested.first().at(0).toLongLong(), qint64(2));
    QCOMPARE(evaluateRequested.first().at(1).toString(), csv);

    // New versions keep the chosen one.
    page.setVersions({{7, QStringLiteral("#7 new")},
                      {5, QStringLiteral("#5 fitness fedavg")},
                      {2, QStringLiteral("#2 pooled baseline")}});
    QCOMPARE(combo->currentData().toLongLong(), qint64(2));

    // While busy, the button is off.
    page.setBusy(true);
    QVERIFY(!evaluate->isEnabled());
    QTest::mouseClick(evaluate, Qt::LeftButton);
    QCOMPARE(evaluateRequested.count(), 1);
}

void EvaluatePageTest::evaluateValidation_data()
{
    QTest::addColumn<bool>("hasVersions");
    QTest::addColumn<QString>("csvName");
    QTest::addColumn<bool>("versionError");
    QTest::addColumn<bool>("csvError");

    QTest::newRow("no csv path") << true << QString() << false << true;
    QTest::newRow("csv file missing") << true << QStringLiteral("missing.csv") << false << true;
    QTest::newRow("csv path is a folder") << true << QStringLiteral(".") << false << true;
    QTest::newRow("no versions") << false << QStringLiteral("labelled.csv") << true << false;
}

void EvaluatePageTest::evaluateValidation()
{
    QFETCH(bool, hasVersions);
    QFETCH(QString, csvName);
    QFETCH(bool, versionError);
    QFETCH(bool, csvError);

    QFile existing(m_dir.filePath(QStringLiteral("labelled.csv")));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.close();
    EvaluatePage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy evaluateRequested(&page, &EvaluatePage::evaluateRequested);
    if (hasVersions)
        page.setVersions({{5, QStringLiteral("#5 fitness fedavg")}});
    auto *csvEdit = page.findChild<QLineEdit *>(QStringLiteral("evalCsvEdit"));
    auto *csvLabel = page.findChild<QLabel *>(QStringLiteral("evalCsvError"));
    auto *versionLabel = page.findChild<QLabel *>(QStringLiteral("evalVersionError"));
    auto *evaluate = page.findChild<QPushButton *>(QStringLiteral("evaluateButton"));
    QVERIFY(csvEdit && csvLabel && versionLabel && evaluate);
    if (!csvName.isEmpty())
        QTest::keyClicks(csvEdit, m_dir.filePath(csvName));

    QTest::mouseClick(evaluate, Qt::LeftButton);

    QCOMPARE(evaluateRequested.count(), 0);
    QCOMPARE(csvLabel->isVisible(), csvError);
    QCOMPARE(versionLabel->isVisible(), versionError);
}

QTEST_MAIN(EvaluatePageTest)
#include "evaluate_page_test.moc"
