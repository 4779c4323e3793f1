// ExplainController on its own, against a model trained on a small file: what each input column
// accepts, typed values the model cannot read refused with the column named, an empty typed
// value filled in exactly as training fills a missing cell (and shown as missing), and rows
// named as the user counts them.
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <memory>

#include "bridge/explain_controller.h"
#include "data/csv_reader.h"
#include "store/model_registry.h"
#include "store/stored_model.h"
#include "train/training_job.h"

using namespace cohort;
using ui::ColumnInputView;
using TypedValues = QMap<QString, QString>;

namespace
{

constexpr int kWaitMs = 60000;
constexpr int kRows = 90;
// Data row 5 (0-based 4) has no age.
constexpr int kRowWithoutAge = 4;

const ui::ContributionView *contribution(const ui::RowExplanationView &view, const char *column)
{
    for (const ui::ContributionView &c : view.contributions)
        if (c.column == QLatin1String(column))
            return &c;
    return nullptr;
}

} // namespace

class ExplainControllerTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::int64_t m_version = 0;
    std::shared_ptr<const engine::RawTable> m_table;
    std::optional<engine::TrainedModel> m_model;

    QString database() const { return m_dir.filePath(QStringLiteral("explain.db")); }

    // The first explanation or failure of `request`.
    std::pair<std::optional<ui::RowExplanationView>, QString>
    explain(const ui::ExplainRequest &request)
    {
        app::ExplainController controller(database());
        controller.setTable(m_table);
        QSignalSpy explained(&controller, &app::ExplainController::rowExplained);
        QSignalSpy failed(&controller, &app::ExplainController::failed);
        controller.explainRow(request);
        if (!QTest::qWaitFor([&] { return explained.size() + failed.size() > 0; }, kWaitMs))
            return {std::nullopt, QStringLiteral("no answer")};
        if (!failed.isEmpty())
            return {std::nullopt, failed.first().first().toString()};
        return {explained.first().first().value<ui::RowExplanationView>(), QString()};
    }

    ui::ExplainRequest typedRequest(const TypedValues &values) const
    {
        ui::ExplainRequest request;
        request.versionId = m_version;
        request.method = QStringLiteral("exact");
        request.background = 10;
        request.typedValues = values;
        return request;
    }

    // The value the model fills in for a missing cell of `column`, as a typed value.
    QString fillOf(const std::string &column) const
    {
        for (const engine::ColumnTransform &t : m_model->preprocessor().columns())
        {
            if (t.name != column)
                continue;
            if (t.kind == engine::ColumnKind::Categorical)
                return QString::fromStdString(t.categories.at(static_cast<std::size_t>(t.fill)));
            return QString::number(t.fill, 'g', 17);
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase();
    void inputsDescribeTheVersionsColumns();
    void unreadableTypedValuesAreRefused_data();
    void unreadableTypedValuesAreRefused();
    void emptyTypedValuesAreFilledInAsInTraining_data();
    void emptyTypedValuesAreFilledInAsInTraining();
    void aMissingCellOfTheFileIsShownAsMissing();
    void aRowPastTheEndIsNamedAsTheUserCountsIt();
};

void ExplainControllerTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const std::string csvPath = m_dir.filePath(QStringLiteral("vitals.csv")).toStdString();
    {
        std::ofstream csv(csvPath);
        csv << "age,gender,smoker,label\n";
        for (int i = 0; i < kRows; ++i)
        {
            const int age = 20 + (i * 7) % 60;
            csv << (i == kRowWithoutAge ? std::string() : std::to_string(age)) << ","
                << (i % 3 == 0 ? "F" : "M") << "," << (i % 4 == 0 ? "yes" : "no") << ","
                << (age > 50 ? "high" : "low") << "\n";
        }
    }
    engine::Result<engine::ModelRegistry> registry =
        engine::ModelRegistry::open(database().toStdString());
    QVERIFY(registry.ok());
    engine::TrainingRequest request;
    request.csvPath = csvPath;
    request.inference.target = "label";
    request.hiddenLayers = {8};
    request.train.epochs = 5;
    engine::ValidationReport report;
    engine::Result<engine::TrainingResult> trained =
        engine::runTrainingJob(request, registry.value(), report);
    QVERIFY2(trained.ok(), trained.ok() ? "" : trained.error().toString().c_str());
    m_version = trained->versionId;
    engine::Result<engine::TrainedModel> model =
        engine::loadTrainedModel(registry.value(), m_version);
    QVERIFY(model.ok());
    m_model = std::move(model).value();
    engine::ValidationReport readReport;
    engine::Result<engine::RawTable> table = engine::readCsv(csvPath, {}, readReport);
    QVERIFY(table.ok());
    m_table = std::make_shared<const engine::RawTable>(std::move(table).value());
}

void ExplainControllerTest::inputsDescribeTheVersionsColumns()
{
    app::ExplainController controller(database());
    QSignalSpy described(&controller, &app::ExplainController::inputsDescribed);
    controller.describeInputs(m_version);
    QTRY_COMPARE_WITH_TIMEOUT(described.size(), 1, kWaitMs);
    QCOMPARE(described.first().at(0).toLongLong(), qint64(m_version));
    const auto inputs = described.first().at(1).value<QVector<ColumnInputView>>();
    QCOMPARE(inputs.size(), 3);
    QCOMPARE(inputs[0].name, QStringLiteral("age"));
    QCOMPARE(inputs[0].kind, ColumnInputView::Kind::Number);
    // The range the model clips to lies within the training ages, 20 to 79.
    QVERIFY2(inputs[0].low >= 20.0 && inputs[0].low < 30.0,
             qPrintable(QString::number(inputs[0].low)));
    QVERIFY2(inputs[0].high > 70.0 && inputs[0].high <= 79.0,
             qPrintable(QString::number(inputs[0].high)));
    QCOMPARE(inputs[1].name, QStringLiteral("gender"));
    QCOMPARE(inputs[1].kind, ColumnInputView::Kind::Category);
    QCOMPARE(inputs[1].categories, QStringList({QStringLiteral("F"), QStringLiteral("M")}));
    QCOMPARE(inputs[2].name, QStringLiteral("smoker"));
    QCOMPARE(inputs[2].kind, ColumnInputView::Kind::YesNo);

    // An unknown version is a failure, not an empty form.
    QSignalSpy failed(&controller, &app::ExplainController::failed);
    controller.describeInputs(m_version + 100);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kWaitMs);
    QCOMPARE(described.size(), 1);
}

void ExplainControllerTest::unreadableTypedValuesAreRefused_data()
{
    QTest::addColumn<TypedValues>("values");
    QTest::addColumn<QString>("expectedMessage");

    const TypedValues fine{{QStringLiteral("age"), QStringLiteral("41")},
                           {QStringLiteral("gender"), QStringLiteral("F")},
                           {QStringLiteral("smoker"), QStringLiteral("1")}};
    TypedValues forty = fine;
    forty.insert(QStringLiteral("age"), QStringLiteral("forty"));
    QTest::newRow("text for a number") << forty << QStringLiteral("age: “forty” is not a number");
    TypedValues female = fine;
    female.insert(QStringLiteral("gender"), QStringLiteral("female"));
    QTest::newRow("a category the model does not know")
        << female << QStringLiteral("gender: “female” is not one of the model's categories (F, M)");
    TypedValues maybe = fine;
    maybe.insert(QStringLiteral("smoker"), QStringLiteral("maybe"));
    QTest::newRow("neither yes nor no")
        << maybe << QStringLiteral("smoker: “maybe” is neither yes nor no");
    TypedValues stale = fine;
    stale.remove(QStringLiteral("gender"));
    QTest::newRow("a form of another version")
        << stale << QStringLiteral("gender: there is no field for this column");
}

void ExplainControllerTest::unreadableTypedValuesAreRefused()
{
    QFETCH(TypedValues, values);
    QFETCH(QString, expectedMessage);

    const auto [view, message] = explain(typedRequest(values));

    QVERIFY(!view);
    QVERIFY2(message.startsWith(expectedMessage), qPrintable(message));
}

void ExplainControllerTest::emptyTypedValuesAreFilledInAsInTraining_data()
{
    QTest::addColumn<QString>("column");

    QTest::newRow("number") << QStringLiteral("age");
    QTest::newRow("category") << QStringLiteral("gender");
}

void ExplainControllerTest::emptyTypedValuesAreFilledInAsInTraining()
{
    QFETCH(QString, column);

    TypedValues values{{QStringLiteral("age"), QStringLiteral("63")},
                       {QStringLiteral("gender"), QStringLiteral("M")},
                       {QStringLiteral("smoker"), QStringLiteral("0")}};
    values.insert(column, QString());
    const auto [missing, missingError] = explain(typedRequest(values));
    QVERIFY2(missing, qPrintable(missingError));
    values.insert(column, fillOf(column.toStdString()));
    const auto [filled, filledError] = explain(typedRequest(values));
    QVERIFY2(filled, qPrintable(filledError));

    // The model's answer for a missing value is its answer for the training fill value.
    QCOMPARE(missing->outputByClass.size(), filled->outputByClass.size());
    for (qsizetype k = 0; k < missing->outputByClass.size(); ++k)
        QCOMPARE(missing->outputByClass[k], filled->outputByClass[k]);
    QCOMPARE(missing->rowNumber, -1);
    const ui::ContributionView *shown = contribution(*missing, qPrintable(column));
    QVERIFY(shown);
    QVERIFY(shown->missing);
    QVERIFY(shown->valueText.isEmpty());
    const ui::ContributionView *typed = contribution(*filled, qPrintable(column));
    QVERIFY(typed);
    QVERIFY(!typed->missing);
    QCOMPARE(typed->valueText, fillOf(column.toStdString()));
    QVERIFY(!contribution(*missing, "smoker")->missing);
}

void ExplainControllerTest::aMissingCellOfTheFileIsShownAsMissing()
{
    ui::ExplainRequest request = typedRequest({});
    request.row = kRowWithoutAge;

    const auto [view, message] = explain(request);

    QVERIFY2(view, qPrintable(message));
    QCOMPARE(view->rowNumber, kRowWithoutAge + 1);
    QVERIFY(contribution(*view, "age")->missing);
    QVERIFY(!contribution(*view, "gender")->missing);
}

void ExplainControllerTest::aRowPastTheEndIsNamedAsTheUserCountsIt()
{
    ui::ExplainRequest request = typedRequest({});
    request.row = kRows; // one past the last data row, which the user calls row 90

    const auto [view, message] = explain(request);

    QVERIFY(!view);
    QCOMPARE(message, QStringLiteral("Row 91 is not in %1: it has 90 data row(s).")
                          .arg(QFileInfo(QString::fromStdString(m_table->file)).fileName()));
}

QTEST_GUILESS_MAIN(ExplainControllerTest)

#include "explain_controller_test.moc"
