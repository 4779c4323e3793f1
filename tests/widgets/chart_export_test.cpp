// The chart and table export on its own: a chart widget saved as PNG or SVG and a table
// model saved as CSV, into a temporary folder, checked by reading the files back.
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

#include "widgets/chart_export.h"
#include "widgets/live_line_chart.h"

using cohort::ui::LiveLineChart;

class ChartExportTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void exportImage_data();
    void exportImage();
    void exportImageRefusesOtherSuffix();
    void exportTableCsvQuotes();

private:
    QTemporaryDir m_dir;
};

void ChartExportTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Number formats in spin boxes and tables must not depend on the machine running the tests.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void ChartExportTest::exportImage_data()
{
    QTest::addColumn<QString>("fileName");

    QTest::newRow("png") << QStringLiteral("chart.png");
    QTest::newRow("svg") << QStringLiteral("chart.svg");
    QTest::newRow("upper-case PNG") << QStringLiteral("CHART2.PNG");
}

void ChartExportTest::exportImage()
{
    QFETCH(QString, fileName);

    LiveLineChart chart;
    chart.addSeries(QStringLiteral("loss"), QStringLiteral("Loss"));
    for (int epoch = 1; epoch <= 5; ++epoch)
        chart.appendPoint(QStringLiteral("loss"), epoch, 1.0 / epoch);
    chart.resize(400, 300);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const QString path = m_dir.filePath(fileName);
    QFile::remove(path);

    const QString error = cohort::ui::exportWidgetImage(&chart, path);

    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QFileInfo info(path);
    QVERIFY(info.exists());
    QVERIFY(info.size() > 0);
    if (fileName.endsWith(QLatin1String(".svg")))
    {
        QFile svg(path);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray drawing = svg.readAll();
        QVERIFY(drawing.contains("<svg"));
        QVERIFY(drawing.contains("viewBox=\"0 0 400 300\""));
        // The chart itself is drawn, not only the background.
        QVERIFY(drawing.contains("<polyline"));
    }
    else
    {
        const QImage image(path, "PNG");
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), chart.size() * chart.devicePixelRatio());
        QImage blank(image.size(), image.format());
        blank.fill(image.pixel(0, 0));
        QVERIFY(image != blank);
    }
}

void ChartExportTest::exportImageRefusesOtherSuffix()
{
    LiveLineChart chart;
    chart.resize(200, 150);
    const QString path = m_dir.filePath(QStringLiteral("chart.jpg"));

    const QString error = cohort::ui::exportWidgetImage(&chart, path);

    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(QStringLiteral(".png")) && error.contains(QStringLiteral(".svg")),
             qPrintable(error));
    QVERIFY(!QFileInfo::exists(path));

    // A folder that does not exist is reported too, not a silent success.
    const QString nowhere = m_dir.filePath(QStringLiteral("no/such/folder/chart.png"));
    QVERIFY(!cohort::ui::exportWidgetImage(&chart, nowhere).isEmpty());
}

void ChartExportTest::exportTableCsvQuotes()
{
    QStandardItemModel model(3, 3);
    model.setHorizontalHeaderLabels(
        {QStringLiteral("site"), QStringLiteral("note, short"), QStringLiteral("accuracy")});
    const QList<QStringList> rows{
        {QStringLiteral("clinic-a"), QStringLiteral("He said \"fine\", then left"),
         QStringLiteral("0.71")},
        {QStringLiteral("clinic-b"), QStringLiteral("plain"), QStringLiteral("0.80")},
        {QStringLiteral("clinic-c"), QStringLiteral("two\nlines"), QString()}};
    for (int row = 0; row < rows.size(); ++row)
        for (int column = 0; column < 3; ++column)
            model.setItem(row, column, new QStandardItem(rows.at(row).at(column)));
    const QString path = m_dir.filePath(QStringLiteral("table.csv"));

    const QString error = cohort::ui::exportTableCsv(model, path);

    QVERIFY2(error.isEmpty(), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    // RFC 4180: CRLF ends each record; a newline inside a quoted field stays as it is.
    const QString expected = QStringLiteral("site,\"note, short\",accuracy\r\n"
                                            "clinic-a,\"He said \"\"fine\"\", then left\",0.71\r\n"
                                            "clinic-b,plain,0.80\r\n"
                                            "clinic-c,\"two\nlines\",\r\n");
    QCOMPARE(QString::fromUtf8(file.readAll()), expected);

    QVERIFY(!cohort::ui::exportTableCsv(model, m_dir.filePath(QStringLiteral("no/such.csv")))
                 .isEmpty());
}

QTEST_MAIN(ChartExportTest)
#include "chart_export_test.moc"
