// The Train page, its settings form and its live charts on their own: fed plain values,
// driven with QTest like a user would, checked through object names and emitted signals.
#include <cmath>

#include <QChart>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QLocale>
#include <QPair>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include "widgets/live_line_chart.h"
#include "widgets/train_page.h"
#include "widgets/train_settings_form.h"

#include "page_test_support.h"

using cohort::ui::EpochPointView;
using cohort::ui::LiveLineChart;
using cohort::ui::TrainPage;
using cohort::ui::TrainResultView;
using cohort::ui::TrainSettings;
using cohort::ui::TrainSettingsForm;
using namespace cohort::ui::test;

namespace
{

EpochPointView epochPoint(int epoch, int total)
{
    EpochPointView point;
    point.epoch = epoch;
    point.totalEpochs = total;
    point.trainLoss = 1.0 / epoch;
    point.validationLoss = 1.5 / epoch;
    point.trainAccuracy = 0.5 + 0.1 * epoch;
    point.validationAccuracy = 0.45 + 0.1 * epoch;
    point.secondsElapsed = 2.0 * epoch;
    return point;
}

} // namespace

class TrainPageTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void presetFillsAdvancedFields_data();
    void presetFillsAdvancedFields();
    void editingFieldSwitchesToCustom_data();
    void editingFieldSwitchesToCustom();
    void hiddenLayersValidation_data();
    void hiddenLayersValidation();
    void trainButtonEmitsFieldValues();
    void epochsReachCharts();
    void finishedTrainingShowsResultCard();

    void liveChartKeepsBoundedBuffer_data();
    void liveChartKeepsBoundedBuffer();
};

void TrainPageTest::initTestCase()
{
    // Number formats in spin boxes and labels must not depend on the machine running the tests.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TrainPageTest::presetFillsAdvancedFields_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<QString>("hiddenLayers");
    QTest::addColumn<int>("epochs");
    QTest::addColumn<double>("learningRate");
    QTest::addColumn<int>("batchSize");
    QTest::addColumn<double>("dropout");

    QTest::newRow("Quick") << QStringLiteral("quick") << QStringLiteral("32") << 15 << 0.01 << 64
                           << 0.1;
    QTest::newRow("Balanced") << QStringLiteral("balanced") << QStringLiteral("64,32") << 40
                              << 0.005 << 64 << 0.2;
    QTest::newRow("Thorough") << QStringLiteral("thorough") << QStringLiteral("128,64,32") << 100
                              << 0.002 << 32 << 0.3;
}

void TrainPageTest::presetFillsAdvancedFields()
{
    QFETCH(QString, preset);
    QFETCH(QString, hiddenLayers);
    QFETCH(int, epochs);
    QFETCH(double, learningRate);
    QFETCH(int, batchSize);
    QFETCH(double, dropout);

    TrainSettingsForm form;
    auto *combo = form.findChild<QComboBox *>(QStringLiteral("presetCombo"));
    auto *layers = form.findChild<QLineEdit *>(QStringLiteral("hiddenLayersEdit"));
    auto *epochsSpin = form.findChild<QSpinBox *>(QStringLiteral("epochsSpin"));
    auto *rate = form.findChild<QDoubleSpinBox *>(QStringLiteral("learningRateSpin"));
    auto *batch = form.findChild<QSpinBox *>(QStringLiteral("batchSizeSpin"));
    auto *dropoutSpin = form.findChild<QDoubleSpinBox *>(QStringLiteral("dropoutSpin"));
    auto *decay = form.findChild<QDoubleSpinBox *>(QStringLiteral("weightDecaySpin"));
    auto *seed = form.findChild<QSpinBox *>(QStringLiteral("seedSpin"));
    QVERIFY(combo && layers && epochsSpin && rate && batch && dropoutSpin && decay && seed);

    // Start from odd custom values, so every field has to be filled by the preset.
    layers->setText(QStringLiteral("7"));
    epochsSpin->setValue(3);
    rate->setValue(0.5);
    batch->setValue(5);
    dropoutSpin->setValue(0.85);
    decay->setValue(0.05);
    seed->setValue(1234);
    QCOMPARE(combo->currentData().toString(), QStringLiteral("custom"));

    const int index = combo->findData(preset);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);

    QCOMPARE(layers->text(), hiddenLayers);
    QCOMPARE(epochsSpin->value(), epochs);
    QCOMPARE(rate->value(), learningRate);
    QCOMPARE(batch->value(), batchSize);
    QCOMPARE(dropoutSpin->value(), dropout);
    QCOMPARE(decay->value(), 1e-4);
    QCOMPARE(seed->value(), 42);
    // Filling the fields is not an edit: the preset stays selected.
    QCOMPARE(combo->currentData().toString(), preset);
    const TrainSettings settings = form.settings();
    QCOMPARE(settings.preset, preset);
    QCOMPARE(settings.epochs, epochs);
    QVERIFY(form.isValid());
}

void TrainPageTest::editingFieldSwitchesToCustom_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("typed");

    QTest::newRow("hidden layers") << QStringLiteral("hiddenLayersEdit") << QStringLiteral("16,8");
    QTest::newRow("epochs") << QStringLiteral("epochsSpin") << QStringLiteral("77");
    QTest::newRow("learning rate")
        << QStringLiteral("learningRateSpin") << QStringLiteral("0.0123");
    QTest::newRow("batch size") << QStringLiteral("batchSizeSpin") << QStringLiteral("128");
    QTest::newRow("dropout") << QStringLiteral("dropoutSpin") << QStringLiteral("0.45");
    QTest::newRow("weight decay") << QStringLiteral("weightDecaySpin") << QStringLiteral("0.001");
    QTest::newRow("seed") << QStringLiteral("seedSpin") << QStringLiteral("7");
}

void TrainPageTest::editingFieldSwitchesToCustom()
{
    QFETCH(QString, field);
    QFETCH(QString, typed);

    TrainSettingsForm form;
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    auto *combo = form.findChild<QComboBox *>(QStringLiteral("presetCombo"));
    auto *advanced = form.findChild<QGroupBox *>(QStringLiteral("advancedBox"));
    auto *edited = form.findChild<QWidget *>(field);
    QVERIFY(combo && advanced && edited);
    combo->setCurrentIndex(combo->findData(QStringLiteral("quick")));
    advanced->setChecked(true);
    QVERIFY(edited->isVisible());

    typeInto(edited, typed);

    QCOMPARE(combo->currentData().toString(), QStringLiteral("custom"));
    QCOMPARE(form.settings().preset, QStringLiteral("custom"));
    if (auto *line = qobject_cast<QLineEdit *>(edited))
        QCOMPARE(line->text(), typed);
    else if (auto *spin = qobject_cast<QSpinBox *>(edited))
        QCOMPARE(spin->value(), typed.toInt());
    else if (auto *doubleSpin = qobject_cast<QDoubleSpinBox *>(edited))
        QCOMPARE(doubleSpin->value(), typed.toDouble());
    else
        QFAIL("unexpected field type");
}

void TrainPageTest::hiddenLayersValidation_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QVector<int>>("layers");

    QTest::newRow("two layers") << QStringLiteral("64,32") << true << QVector<int>{64, 32};
    QTest::newRow("spaces") << QStringLiteral(" 16 , 8 ") << true << QVector<int>{16, 8};
    QTest::newRow("letter") << QStringLiteral("64,x") << false << QVector<int>{};
    QTest::newRow("empty") << QString() << false << QVector<int>{};
    QTest::newRow("empty part") << QStringLiteral("64,,32") << false << QVector<int>{};
    QTest::newRow("zero units") << QStringLiteral("0") << false << QVector<int>{};
    QTest::newRow("too many units") << QStringLiteral("4097") << false << QVector<int>{};
    QTest::newRow("nine layers") << QStringLiteral("1,2,3,4,5,6,7,8,9") << false << QVector<int>{};
}

void TrainPageTest::hiddenLayersValidation()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QVector<int>, layers);

    TrainPage page;
    page.setDatasetReady(true);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *edit = page.findChild<QLineEdit *>(QStringLiteral("hiddenLayersEdit"));
    auto *error = page.findChild<QLabel *>(QStringLiteral("hiddenLayersError"));
    auto *train = page.findChild<QPushButton *>(QStringLiteral("trainButton"));
    auto *readiness = page.findChild<QLabel *>(QStringLiteral("readinessLabel"));
    auto *advanced = page.findChild<QGroupBox *>(QStringLiteral("advancedBox"));
    QVERIFY(edit && error && train && readiness && advanced);
    QVERIFY(train->isEnabled());
    advanced->setChecked(true);
    QVERIFY(edit->isVisible());

    edit->clear();
    QTest::keyClicks(edit, text);
    QCOMPARE(edit->text(), text);

    QCOMPARE(train->isEnabled(), valid);
    QCOMPARE(error->isHidden(), valid);
    QCOMPARE(readiness->text().isEmpty(), valid);
    QCOMPARE(page.settings().hiddenLayers, layers);
    QSignalSpy trainRequested(&page, &TrainPage::trainRequested);
    QTest::mouseClick(train, Qt::LeftButton);
    QCOMPARE(trainRequested.count(), valid ? 1 : 0);
}

void TrainPageTest::trainButtonEmitsFieldValues()
{
    TrainPage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy trainRequested(&page, &TrainPage::trainRequested);
    auto *train = page.findChild<QPushButton *>(QStringLiteral("trainButton"));
    auto *combo = page.findChild<QComboBox *>(QStringLiteral("presetCombo"));
    auto *advanced = page.findChild<QGroupBox *>(QStringLiteral("advancedBox"));
    QVERIFY(train && combo && advanced);
    QVERIFY(!train->isEnabled());
    QTest::mouseClick(train, Qt::LeftButton);
    QCOMPARE(trainRequested.count(), 0);

    page.setDatasetReady(true);
    QVERIFY(train->isEnabled());
    combo->setCurrentIndex(combo->findData(QStringLiteral("thorough")));
    advanced->setChecked(true);
    const QList<QPair<const char *, QString>> edits{{"hiddenLayersEdit", QStringLiteral("48, 24")},
                                                    {"epochsSpin", QStringLiteral("77")},
                                                    {"learningRateSpin", QStringLiteral("0.0123")},
                                                    {"seedSpin", QStringLiteral("7")}};
    for (const auto &[name, text] : edits)
    {
        auto *field = page.findChild<QWidget *>(QLatin1String(name));
        QVERIFY2(field, name);
        typeInto(field, text);
    }
    QTest::mouseClick(train, Qt::LeftButton);

    QCOMPARE(trainRequested.count(), 1);
    const auto settings = trainRequested.first().first().value<TrainSettings>();
    QCOMPARE(settings.preset, QStringLiteral("custom"));
    QCOMPARE(settings.hiddenLayers, (QVector<int>{48, 24}));
    QCOMPARE(settings.epochs, 77);
    QCOMPARE(settings.learningRate, 0.0123);
    // Untouched fields keep the Thorough preset's values.
    QCOMPARE(settings.batchSize, 32);
    QCOMPARE(settings.dropout, 0.3);
    QCOMPARE(settings.weightDecay, 1e-4);
    QCOMPARE(settings.seed, quint64(7));
}

void TrainPageTest::epochsReachCharts()
{
    TrainPage page;
    page.setDatasetReady(true);
    auto *loss = page.findChild<LiveLineChart *>(QStringLiteral("lossChart"));
    auto *accuracy = page.findChild<LiveLineChart *>(QStringLiteral("accuracyChart"));
    auto *progress = page.findChild<QProgressBar *>(QStringLiteral("trainProgress"));
    auto *train = page.findChild<QPushButton *>(QStringLiteral("trainButton"));
    auto *stop = page.findChild<QPushButton *>(QStringLiteral("stopButton"));
    QVERIFY(loss && accuracy && progress && train && stop);
    QCOMPARE(loss->seriesKeys().size(), 2);
    QCOMPARE(accuracy->seriesKeys().size(), 2);

    page.handleTrainingStarted(10);
    QVERIFY(page.isTraining());
    QVERIFY(!train->isEnabled());
    QVERIFY(stop->isEnabled());
    for (int epoch = 1; epoch <= 3; ++epoch)
        page.handleEpochFinished(epochPoint(epoch, 10));

    QCOMPARE(progress->maximum(), 10);
    QCOMPARE(progress->value(), 3);
    // The series are in order: training, then validation.
    QList<QPointF> trainLoss, validationLoss, trainAccuracy, validationAccuracy;
    for (int epoch = 1; epoch <= 3; ++epoch)
    {
        const EpochPointView point = epochPoint(epoch, 10);
        trainLoss << QPointF(epoch, point.trainLoss);
        validationLoss << QPointF(epoch, point.validationLoss);
        trainAccuracy << QPointF(epoch, point.trainAccuracy);
        validationAccuracy << QPointF(epoch, point.validationAccuracy);
    }
    const QStringList lossKeys = loss->seriesKeys();
    const QStringList accuracyKeys = accuracy->seriesKeys();
    QCOMPARE(loss->pointCount(lossKeys.at(0)), 3);
    QCOMPARE(loss->pointCount(lossKeys.at(1)), 3);
    QCOMPARE(accuracy->pointCount(accuracyKeys.at(0)), 3);
    QCOMPARE(accuracy->pointCount(accuracyKeys.at(1)), 3);
    QCOMPARE(loss->points(lossKeys.at(0)), trainLoss);
    QCOMPARE(loss->points(lossKeys.at(1)), validationLoss);
    QCOMPARE(accuracy->points(accuracyKeys.at(0)), trainAccuracy);
    QCOMPARE(accuracy->points(accuracyKeys.at(1)), validationAccuracy);

    // A new run starts with empty charts.
    page.handleTrainingStopped();
    page.handleTrainingStarted(10);
    QCOMPARE(loss->pointCount(lossKeys.at(0)), 0);
    QCOMPARE(accuracy->pointCount(accuracyKeys.at(1)), 0);
}

void TrainPageTest::finishedTrainingShowsResultCard()
{
    TrainPage page;
    page.setDatasetReady(true);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *card = page.findChild<QWidget *>(QStringLiteral("resultCard"));
    auto *train = page.findChild<QPushButton *>(QStringLiteral("trainButton"));
    QVERIFY(card && train);
    QVERIFY(!card->isVisible());

    page.handleTrainingStarted(2);
    page.handleEpochFinished(epochPoint(1, 2));
    page.handleEpochFinished(epochPoint(2, 2));
    TrainResultView result;
    result.versionId = 1234;
    result.accuracy = 0.842;
    result.macroF1 = 0.79;
    result.rocAuc = 0.881;
    result.baselineAccuracy = 0.75;
    result.verdict = QStringLiteral("Better than always guessing 'healthy'.");
    result.epochsRun = 2;
    result.seconds = 4.0;
    result.target = QStringLiteral("outcome");
    page.handleTrainingFinished(result);

    QVERIFY(card->isVisible());
    QVERIFY(!page.isTraining());
    QVERIFY(train->isEnabled());
    auto *saved = card->findChild<QLabel *>(QStringLiteral("savedLabel"));
    auto *verdict = card->findChild<QLabel *>(QStringLiteral("verdictLabel"));
    auto *accuracy = card->findChild<QLabel *>(QStringLiteral("metricValue0"));
    QVERIFY(saved && verdict && accuracy);
    QCOMPARE(saved->text(), QStringLiteral("Saved as model version 1234."));
    QCOMPARE(verdict->text(), result.verdict);
    QCOMPARE(accuracy->text(), QStringLiteral("84.2%"));

    // The next run hides the previous result.
    page.handleTrainingStarted(2);
    QVERIFY(!card->isVisible());
}

void TrainPageTest::liveChartKeepsBoundedBuffer_data()
{
    QTest::addColumn<int>("maxPoints");
    QTest::addColumn<int>("appended");
    QTest::addColumn<int>("expectedCount");

    QTest::newRow("default limit, 2500 points")
        << 0 << 2500 << int(LiveLineChart::kDefaultMaxPoints);
    QTest::newRow("under the limit") << 0 << 10 << 10;
    QTest::newRow("limit 5") << 5 << 12 << 5;
    QTest::newRow("limit below 2 is 2") << 1 << 12 << 2;
}

void TrainPageTest::liveChartKeepsBoundedBuffer()
{
    QFETCH(int, maxPoints);
    QFETCH(int, appended);
    QFETCH(int, expectedCount);

    LiveLineChart chart;
    const QString key = QStringLiteral("loss");
    chart.addSeries(key, QStringLiteral("Loss"));
    if (maxPoints > 0)
        chart.setMaxPoints(maxPoints);
    for (int i = 0; i < appended; ++i)
        chart.appendPoint(key, i, std::sqrt(double(i)));
    chart.appendPoint(QStringLiteral("no such series"), 1.0, 1.0);
    chart.appendPoint(key, qQNaN(), 1.0);

    QCOMPARE(chart.pointCount(key), expectedCount);
    const QList<QPointF> points = chart.points(key);
    // The newest points stay, the oldest go.
    QCOMPARE(points.first().x(), double(appended - expectedCount));
    QCOMPARE(points.last().x(), double(appended - 1));
    QVERIFY(!chart.hasSeries(QStringLiteral("no such series")));
    // The drawn series holds the same points as the buffer.
    const auto *series = qobject_cast<QLineSeries *>(chart.chart()->series().value(0));
    QVERIFY(series);
    QCOMPARE(series->count(), expectedCount);
    QCOMPARE(series->points(), points);
}

QTEST_MAIN(TrainPageTest)
#include "train_page_test.moc"
