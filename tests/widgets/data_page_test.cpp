// The Data page on its own: fed plain values, driven with QTest like a user would, checked
// through the widgets' object names and the signals they emit.
#include <memory>

#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QChartView>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>

#include "widgets/column_summary_panel.h"
#include "widgets/data_page.h"

using cohort::ui::ColumnSummaryPanel;
using cohort::ui::ColumnSummaryView;
using cohort::ui::DataPage;
using cohort::ui::IssueSeverity;
using cohort::ui::IssueView;

namespace
{

constexpr int kPreviewRows = 20;
const QStringList kColumns{QStringLiteral("patient_id"), QStringLiteral("age"),
                           QStringLiteral("bmi"), QStringLiteral("outcome")};

// A preview like the one the app builds from a CSV file: a header and kPreviewRows rows.
std::unique_ptr<QStandardItemModel> makePreview()
{
    auto model = std::make_unique<QStandardItemModel>(kPreviewRows, int(kColumns.size()));
    model->setHorizontalHeaderLabels(kColumns);
    for (int row = 0; row < kPreviewRows; ++row)
    {
        model->setItem(row, 0, new QStandardItem(QStringLiteral("P%1").arg(1000 + row)));
        model->setItem(row, 1, new QStandardItem(QString::number(30 + row)));
        model->setItem(row, 2, new QStandardItem(QString::number(20.5 + row)));
        model->setItem(
            row, 3,
            new QStandardItem(row % 2 ? QStringLiteral("healthy") : QStringLiteral("disease")));
    }
    return model;
}

QVector<ColumnSummaryView> makeSchema()
{
    QVector<ColumnSummaryView> schema;
    for (const QString &name : kColumns)
    {
        ColumnSummaryView column;
        column.name = name;
        column.kind = name == QLatin1String("patient_id") || name == QLatin1String("outcome")
                          ? QStringLiteral("categorical")
                          : QStringLiteral("numeric");
        column.isFeature = name != QLatin1String("outcome");
        schema << column;
    }
    return schema;
}

IssueView issue(IssueSeverity severity, int row, int column, const QString &location)
{
    IssueView view;
    view.severity = severity;
    view.row = row;
    view.column = column;
    view.location = location;
    view.message = QStringLiteral("Something is wrong at %1.").arg(location);
    view.hint = QStringLiteral("Fix it in the file.");
    return view;
}

QTreeWidgetItem *itemAt(QTreeWidget *list, const QString &location)
{
    const QList<QTreeWidgetItem *> found = list->findItems(location, Qt::MatchExactly, 1);
    return found.size() == 1 ? found.first() : nullptr;
}

} // namespace

class DataPageTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void issueClickRevealsPreview_data();
    void issueClickRevealsPreview();
    void errorsListedBeforeWarnings();
    void trainabilityBanner_data();
    void trainabilityBanner();
    void choosingTargetMakesFileTrainable();
    void identifierColumnsGetNoHistogram();
    void untickingAColumnLeavesItOut();
    void rangesAreReadableInTheUsersLocale_data();
    void rangesAreReadableInTheUsersLocale();
    void dateColumnsGetNoHistogram();
    void droppingFile_data();
    void droppingFile();
};

void DataPageTest::initTestCase()
{
    // Number formats in spin boxes and labels must not depend on the machine running the tests.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void DataPageTest::issueClickRevealsPreview_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");

    QTest::newRow("cell") << 11 << 1;
    QTest::newRow("column only") << -1 << 2;
    QTest::newRow("row only") << 5 << -1;
    QTest::newRow("last cell") << kPreviewRows - 1 << int(kColumns.size()) - 1;
}

void DataPageTest::issueClickRevealsPreview()
{
    QFETCH(int, row);
    QFETCH(int, column);

    DataPage page;
    const auto preview = makePreview();
    page.setPreviewModel(preview.get());
    page.setFile(QStringLiteral("/data/heart.csv"), kPreviewRows, int(kColumns.size()));
    page.setSchema(makeSchema(), QStringLiteral("outcome"));
    const QString location = QStringLiteral("the issue under test");
    page.setIssues({issue(IssueSeverity::Warning, -1, -1, QStringLiteral("whole file")),
                    issue(IssueSeverity::Error, row, column, location)});
    page.resize(1100, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    auto *issueList = page.findChild<QTreeWidget *>(QStringLiteral("issueList"));
    auto *table = page.findChild<QTableView *>(QStringLiteral("previewTable"));
    auto *schema = page.findChild<QTableWidget *>(QStringLiteral("schemaTable"));
    QVERIFY(issueList && table && schema);
    QTreeWidgetItem *item = itemAt(issueList, location);
    QVERIFY(item);
    QVERIFY(table->selectionModel()->selectedIndexes().isEmpty());

    QTest::mouseClick(issueList->viewport(), Qt::LeftButton, {},
                      issueList->visualItemRect(item).center());

    const QItemSelectionModel *selection = table->selectionModel();
    if (row >= 0 && column >= 0)
    {
        QCOMPARE(table->currentIndex(), preview->index(row, column));
        QCOMPARE(selection->selectedIndexes(), QModelIndexList{preview->index(row, column)});
    }
    else if (column >= 0)
    {
        QVERIFY(selection->isColumnSelected(column, {}));
        QCOMPARE(selection->selectedIndexes().size(), kPreviewRows);
    }
    else
    {
        QVERIFY(selection->isRowSelected(row, {}));
        QCOMPARE(selection->selectedIndexes().size(), kColumns.size());
    }
    // The column panel follows to the issue's column, so its distribution is in view.
    if (column >= 0)
        QCOMPARE(schema->currentRow(), column);
}

void DataPageTest::errorsListedBeforeWarnings()
{
    DataPage page;
    page.setIssues({issue(IssueSeverity::Warning, -1, -1, QStringLiteral("w1")),
                    issue(IssueSeverity::Error, 3, 1, QStringLiteral("e1")),
                    issue(IssueSeverity::Warning, -1, 2, QStringLiteral("w2")),
                    issue(IssueSeverity::Error, -1, 0, QStringLiteral("e2"))});

    auto *issueList = page.findChild<QTreeWidget *>(QStringLiteral("issueList"));
    QVERIFY(issueList);
    QStringList order;
    for (int i = 0; i < issueList->topLevelItemCount(); ++i)
        order << issueList->topLevelItem(i)->text(1);
    // Errors first, each group in the order the app gave.
    QCOMPARE(order, (QStringList{QStringLiteral("e1"), QStringLiteral("e2"), QStringLiteral("w1"),
                                 QStringLiteral("w2")}));
}

void DataPageTest::trainabilityBanner_data()
{
    QTest::addColumn<qint64>("rows");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QVector<IssueSeverity>>("issues");
    QTest::addColumn<bool>("canTrain");
    QTest::addColumn<QStringList>("expectedText");

    using enum IssueSeverity;
    const QString outcome = QStringLiteral("outcome");
    QTest::newRow("ready") << qint64(6) << outcome << QVector<IssueSeverity>{} << true
                           << QStringList{QStringLiteral("Ready to train"),
                                          QStringLiteral("target 'outcome'")};
    QTest::newRow("warnings only") << qint64(6) << outcome << QVector<IssueSeverity>{Warning}
                                   << true << QStringList{QStringLiteral("Ready to train")};
    QTest::newRow("two errors") << qint64(6) << outcome
                                << QVector<IssueSeverity>{Warning, Error, Error} << false
                                << QStringList{QStringLiteral("2 error"),
                                               QStringLiteral("cannot be trained on")};
    QTest::newRow("no target") << qint64(6) << QString() << QVector<IssueSeverity>{} << false
                               << QStringList{QStringLiteral("Choose the target column")};
    QTest::newRow("no rows") << qint64(0) << outcome << QVector<IssueSeverity>{} << false
                             << QStringList{QStringLiteral("Open a CSV file")};
}

void DataPageTest::trainabilityBanner()
{
    QFETCH(qint64, rows);
    QFETCH(QString, target);
    QFETCH(QVector<IssueSeverity>, issues);
    QFETCH(bool, canTrain);
    QFETCH(QStringList, expectedText);

    DataPage page;
    QSignalSpy trainability(&page, &DataPage::trainabilityChanged);
    QVector<IssueView> views;
    for (int i = 0; i < issues.size(); ++i)
        views << issue(issues.at(i), i, 1, QStringLiteral("row %1").arg(i + 1));
    // Issues first, so no intermediate state of the page is trainable.
    page.setIssues(views);
    page.setFile(QStringLiteral("/data/heart.csv"), rows, int(kColumns.size()));
    page.setSchema(makeSchema(), target);

    QCOMPARE(page.canTrain(), canTrain);
    // A page starts untrainable, so it reports only a change to trainable.
    QCOMPARE(trainability.count(), canTrain ? 1 : 0);
    if (canTrain)
        QCOMPARE(trainability.first().first().toBool(), true);
    auto *banner = page.findChild<QLabel *>(QStringLiteral("trainabilityLabel"));
    QVERIFY(banner);
    for (const QString &fragment : expectedText)
        QVERIFY2(banner->text().contains(fragment), qPrintable(banner->text()));
}

void DataPageTest::choosingTargetMakesFileTrainable()
{
    DataPage page;
    QSignalSpy trainability(&page, &DataPage::trainabilityChanged);
    QSignalSpy targetChanged(&page, &DataPage::targetChanged);
    page.setFile(QStringLiteral("/data/heart.csv"), 6, int(kColumns.size()));
    page.setSchema(makeSchema(), QString());
    page.setIssues({});
    QVERIFY(!page.canTrain());

    auto *combo = page.findChild<QComboBox *>(QStringLiteral("targetCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->currentIndex(), -1);
    QTest::keyClick(combo, Qt::Key_End);

    QCOMPARE(targetChanged.count(), 1);
    QCOMPARE(targetChanged.first().first().toString(), QStringLiteral("outcome"));
    QCOMPARE(page.target(), QStringLiteral("outcome"));
    QVERIFY(page.canTrain());
    QCOMPARE(trainability.count(), 1);
    QCOMPARE(trainability.first().first().toBool(), true);
}

void DataPageTest::identifierColumnsGetNoHistogram()
{
    ColumnSummaryPanel panel;
    ColumnSummaryView id;
    id.name = QStringLiteral("patient_id");
    id.kind = QStringLiteral("identifier");
    id.isFeature = false;
    id.topCategories = {{QStringLiteral("p1"), 1}, {QStringLiteral("p2"), 1}};
    ColumnSummaryView age;
    age.name = QStringLiteral("age");
    age.kind = QStringLiteral("numeric");
    age.hasRange = true;
    age.minimum = 20;
    age.maximum = 80;
    age.histogram = {1, 4, 2};
    panel.setSchema({id, age}, QString());
    panel.selectColumn(QStringLiteral("age"));
    QCOMPARE(panel.barCount(), 3);
    panel.selectColumn(QStringLiteral("patient_id"));
    QCOMPARE(panel.barCount(), 0);
    auto *view = panel.findChild<QChartView *>();
    QVERIFY(view);
    QVERIFY2(view->chart()->title().contains(QStringLiteral("identifies rows")),
             qPrintable(view->chart()->title()));
}

// A feature column has a check box in its Role cell; unticking it asks for the schema without
// it. The target and columns the app left out (ids) have none.
void DataPageTest::untickingAColumnLeavesItOut()
{
    DataPage page;
    QSignalSpy excluded(&page, &DataPage::excludedColumnsChanged);
    QVector<ColumnSummaryView> schema = makeSchema();
    schema[0].kind = QStringLiteral("identifier");
    schema[0].isFeature = false;
    page.setSchema(schema, QStringLiteral("outcome"));
    auto *table = page.findChild<QTableWidget *>(QStringLiteral("schemaTable"));
    QVERIFY(table);
    constexpr int kName = 0; // the check box sits on the column's name
    constexpr int kRole = 4;
    QVERIFY(!(table->item(0, kName)->flags() & Qt::ItemIsUserCheckable)); // patient_id
    QVERIFY(!(table->item(3, kName)->flags() & Qt::ItemIsUserCheckable)); // the target
    QTableWidgetItem *age = table->item(1, kName);
    QVERIFY(age->flags() & Qt::ItemIsUserCheckable);
    QCOMPARE(age->checkState(), Qt::Checked);
    age->setCheckState(Qt::Unchecked);
    QCOMPARE(excluded.count(), 1);
    QCOMPARE(excluded.last().first().toStringList(), QStringList{QStringLiteral("age")});

    // The controller answers with the column left out by the user: it stays choosable, so it
    // can be taken back, and reads "Left out".
    schema[1].isFeature = false;
    schema[1].excludedByUser = true;
    page.setSchema(schema, QStringLiteral("outcome"));
    age = table->item(1, kName);
    QVERIFY(age->flags() & Qt::ItemIsUserCheckable);
    QCOMPARE(age->checkState(), Qt::Unchecked);
    QCOMPARE(table->item(1, kRole)->text(), QStringLiteral("Left out"));
    age->setCheckState(Qt::Checked);
    QCOMPARE(excluded.last().first().toStringList(), QStringList());
}

void DataPageTest::rangesAreReadableInTheUsersLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<double>("minimum");
    QTest::addColumn<double>("maximum");
    QTest::addColumn<QString>("expected");
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QLocale german(QLocale::German, QLocale::Germany);
    QTest::newRow("thousands, English")
        << english << 2908.0 << 24110.0 << QStringLiteral("2,908 to 24,110");
    QTest::newRow("thousands, German")
        << german << 2908.0 << 24110.0 << QStringLiteral("2.908 to 24.110");
    QTest::newRow("decimals, German")
        << german << 0.5 << 163.59999999999997 << QStringLiteral("0,5 to 163,6");
    QTest::newRow("small") << english << 0.000123 << 0.0456 << QStringLiteral("0.000123 to 0.0456");
}

void DataPageTest::rangesAreReadableInTheUsersLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(double, minimum);
    QFETCH(double, maximum);
    QFETCH(QString, expected);
    QLocale::setDefault(locale);
    ColumnSummaryPanel panel;
    ColumnSummaryView steps;
    steps.name = QStringLiteral("steps");
    steps.kind = QStringLiteral("numeric");
    steps.hasRange = true;
    steps.minimum = minimum;
    steps.maximum = maximum;
    steps.histogram = {3, 1, 2, 5};
    panel.setSchema({steps}, QString());
    auto *table = panel.findChild<QTableWidget *>(QStringLiteral("schemaTable"));
    QCOMPARE(table->item(0, 3)->text(), expected);
    // The histogram's axis names its edges in the same format, minimum and maximum included,
    // upright and never in exponent notation.
    const auto histogramLabels = [&]
    {
        auto *view = panel.findChild<QChartView *>();
        const auto axes = view->chart()->axes(Qt::Horizontal);
        auto *axis = axes.size() == 1 ? qobject_cast<QCategoryAxis *>(axes.first()) : nullptr;
        return axis != nullptr && axis->labelsAngle() == 0 ? axis->categoriesLabels()
                                                           : QStringList();
    };
    QStringList labels = histogramLabels();
    QVERIFY(labels.size() >= 2);
    QCOMPARE(labels.first(), expected.section(QStringLiteral(" to "), 0, 0));
    QCOMPARE(labels.last(), expected.section(QStringLiteral(" to "), 1, 1));
    for (const QString &label : labels)
        QVERIFY2(!label.contains(QLatin1Char('e')), qPrintable(label));

    // Twelve bins name five edges at most: each label has room for its whole text.
    steps.histogram = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
    panel.setSchema({steps}, QString());
    labels = histogramLabels();
    QVERIFY2(labels.size() >= 3 && labels.size() <= 5, qPrintable(labels.join(u'|')));
    QCOMPARE(labels.first(), expected.section(QStringLiteral(" to "), 0, 0));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void DataPageTest::dateColumnsGetNoHistogram()
{
    ColumnSummaryPanel panel;
    ColumnSummaryView visit;
    visit.name = QStringLiteral("visit_date");
    visit.kind = QStringLiteral("datetime");
    visit.isFeature = false;
    panel.setSchema({visit}, QString());
    panel.selectColumn(QStringLiteral("visit_date"));
    QCOMPARE(panel.barCount(), 0);
    auto *table = panel.findChild<QTableWidget *>(QStringLiteral("schemaTable"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Date/time"));
    QVERIFY(!(table->item(0, 0)->flags() & Qt::ItemIsUserCheckable));
    auto *view = panel.findChild<QChartView *>();
    QVERIFY2(view->chart()->title().contains(QStringLiteral("dates or times")),
             qPrintable(view->chart()->title()));
}

void DataPageTest::droppingFile_data()
{
    QTest::addColumn<QStringList>("paths");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("one csv") << QStringList{QStringLiteral("/tmp/heart study.csv")} << true;
    QTest::newRow("upper-case suffix") << QStringList{QStringLiteral("/tmp/HEART.CSV")} << true;
    QTest::newRow("not a csv") << QStringList{QStringLiteral("/tmp/notes.txt")} << false;
    QTest::newRow("two csv files")
        << QStringList{QStringLiteral("/tmp/a.csv"), QStringLiteral("/tmp/b.csv")} << false;
}

void DataPageTest::droppingFile()
{
    QFETCH(QStringList, paths);
    QFETCH(bool, accepted);

    DataPage page;
    QSignalSpy openRequested(&page, &DataPage::openRequested);
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls << QUrl::fromLocalFile(path);
    mime.setUrls(urls);

    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(false);
    QCoreApplication::sendEvent(&page, &enter);
    QCOMPARE(enter.isAccepted(), accepted);
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&page, &drop);

    QCOMPARE(openRequested.count(), accepted ? 1 : 0);
    if (accepted)
        QCOMPARE(openRequested.first().first().toString(), paths.first());
}

QTEST_MAIN(DataPageTest)
#include "data_page_test.moc"
