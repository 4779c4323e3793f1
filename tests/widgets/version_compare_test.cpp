// Comparing two versions on the Models page: one table row per property with numbers rounded
// for people in the user's locale, differing rows marked and equal ones not.
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include "models_page_test_support.h"
#include "widgets/models_page.h"
#include "widgets/version_compare_view.h"
#include "widgets/version_details.h"

using cohort::ui::ModelsPage;
using cohort::ui::VersionCompareView;
using cohort::ui::VersionView;
using namespace cohort::ui::test;

class VersionCompareTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void numbersReadAsPeopleWriteThem_data();
    void numbersReadAsPeopleWriteThem();
    void comparisonTableRoundsAndMarksDifferences_data();
    void comparisonTableRoundsAndMarksDifferences();
};

void VersionCompareTest::initTestCase()
{
    // Number formats must not depend on the machine running the tests.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void VersionCompareTest::numbersReadAsPeopleWriteThem_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("binary noise") << "en_US" << 163.59999999999997 << "163.6";
    QTest::newRow("sum of tenths") << "en_US" << 0.1 + 0.2 << "0.3";
    QTest::newRow("small rate, no exponent") << "en_US" << 0.00001 << "0.00001";
    QTest::newRow("whole thousands") << "en_US" << 9000.0 << "9,000";
    QTest::newRow("six significant digits") << "en_US" << 1234567.891 << "1,234,568";
    QTest::newRow("negative") << "en_US" << -2.5 << "-2.5";
    QTest::newRow("German decimal comma") << "de_DE" << 163.59999999999997 << "163,6";
    QTest::newRow("German thousands") << "de_DE" << 9000.0 << "9.000";
}

void VersionCompareTest::numbersReadAsPeopleWriteThem()
{
    QFETCH(QString, locale);
    QFETCH(double, value);
    QFETCH(QString, expected);

    QLocale::setDefault(QLocale(locale));
    const QString shown = cohort::ui::humanNumber(value);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(shown, expected);
}

void VersionCompareTest::comparisonTableRoundsAndMarksDifferences_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("rate");
    QTest::addColumn<QString>("smallRate");
    QTest::addColumn<QString>("accuracy");

    QTest::newRow("English") << QStringLiteral("en_US") << QStringLiteral("163.6")
                             << QStringLiteral("0.01") << QStringLiteral("85.7%");
    QTest::newRow("German") << QStringLiteral("de_DE") << QStringLiteral("163,6")
                            << QStringLiteral("0,01") << QStringLiteral("85,7%");
}

void VersionCompareTest::comparisonTableRoundsAndMarksDifferences()
{
    QFETCH(QString, locale);
    QFETCH(QString, rate);
    QFETCH(QString, smallRate);
    QFETCH(QString, accuracy);

    QVector<VersionView> two = runVersions(2);
    two.resize(2); // the local version (3) and round 1 (20)
    for (VersionView &view : two)
    {
        view.accuracy = 0.857;
        view.epochs = 20;
        view.batchSize = 32;
        view.columns = {QStringLiteral("age"), QStringLiteral("steps")};
    }
    two[0].learningRate = 163.59999999999997;
    two[1].learningRate = 0.01;
    two[1].strategy = QStringLiteral("fedavg");

    QLocale::setDefault(QLocale(locale));
    ModelsPage page;
    page.setVersions(two);
    page.resize(1024, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *table = page.findChild<QTableView *>(QStringLiteral("versionsTable"));
    auto *compare = page.findChild<QPushButton *>(QStringLiteral("compareButton"));
    QVERIFY(table && compare);
    clickRow(table, 0);
    clickRow(table, 1, Qt::ControlModifier);
    QTest::mouseClick(compare, Qt::LeftButton);
    auto *properties = page.findChild<QTableWidget *>(QStringLiteral("compareTable"));
    QVERIFY(properties && properties->isVisible());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    QCOMPARE(properties->columnCount(), 2);
    const int column = page.selectedVersionIds().indexOf(3); // the local version's column
    QVERIFY(column >= 0);
    const auto differs = [&](const QString &label)
    {
        const int row = propertyRow(properties, label);
        if (row < 0)
            qFatal("no row %s", qPrintable(label));
        const bool marked = properties->item(row, 0)->font().bold();
        if (marked != properties->item(row, 1)->font().bold()
            || marked != properties->item(row, 0)->data(VersionCompareView::kDiffersRole).toBool())
            qFatal("row %s is marked in one place only", qPrintable(label));
        return marked;
    };
    const int rateRow = propertyRow(properties, QStringLiteral("Learning rate"));
    QVERIFY(rateRow >= 0);
    QCOMPARE(properties->item(rateRow, column)->text(), rate);
    QCOMPARE(properties->item(rateRow, 1 - column)->text(), smallRate);
    const int accuracyRow = propertyRow(properties, QStringLiteral("Accuracy"));
    QCOMPARE(properties->item(accuracyRow, column)->text(), accuracy);

    // Differences are marked; equal rows are not, nor the name, which always differs.
    QVERIFY(differs(QStringLiteral("Learning rate")));
    QVERIFY(differs(QStringLiteral("Origin")));
    QVERIFY(differs(QStringLiteral("Strategy")));
    QVERIFY(!differs(QStringLiteral("Accuracy")));
    QVERIFY(!differs(QStringLiteral("Epochs")));
    QVERIFY(!differs(QStringLiteral("Columns")));
    QVERIFY(!differs(QStringLiteral("Name")));
    QVERIFY(properties->item(propertyRow(properties, QStringLiteral("Learning rate")), 0)
                ->background()
                .style()
            != Qt::NoBrush);
    QVERIFY(properties->item(accuracyRow, 0)->background().style() == Qt::NoBrush);
    auto *note = page.findChild<QLabel *>(QStringLiteral("compareNote"));
    QVERIFY(note && !note->text().isEmpty());
}

QTEST_MAIN(VersionCompareTest)
#include "version_compare_test.moc"
