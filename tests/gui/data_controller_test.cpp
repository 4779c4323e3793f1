// The Data page's controller keeps what reading a file reported: a Latin-1 file's notice (the
// command line prints it; the window used to drop it) and the encoding and delimiter it was
// read with.
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "bridge/data_controller.h"

using namespace cohort;

class DataControllerTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void latinOneNoticeAndFormatAreShown()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("clinic.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // "Zürich" in Latin-1 (0xFC), semicolon-separated.
        QByteArray bytes = "city;age;outcome\n";
        for (int row = 0; row < 30; ++row)
            bytes += QByteArray("Z\xFCrich;") + QByteArray::number(30 + row % 40) + ";"
                     + (row % 2 ? "yes" : "no") + "\n";
        file.write(bytes);
        file.close();

        app::DataController controller;
        QSignalSpy format(&controller, &app::DataController::fileFormatChanged);
        QSignalSpy issues(&controller, &app::DataController::issuesChanged);
        controller.open(path);
        QVERIFY(issues.wait(30000));
        QCOMPARE(format.count(), 1);
        QCOMPARE(format.at(0).at(0).toString(), QStringLiteral("Latin-1"));
        QCOMPARE(format.at(0).at(1).value<QChar>(), QLatin1Char(';'));
        const auto shown = issues.last().at(0).value<QVector<ui::IssueView>>();
        const bool latin = std::any_of(shown.begin(), shown.end(), [](const ui::IssueView &issue)
                                       { return issue.message.contains(QStringLiteral("Latin-1")); });
        QVERIFY(latin);
        // Choosing another target keeps the notice.
        controller.setTarget(QStringLiteral("city"));
        QVERIFY(issues.wait(30000));
        const auto again = issues.last().at(0).value<QVector<ui::IssueView>>();
        QVERIFY(std::any_of(again.begin(), again.end(), [](const ui::IssueView &issue)
                            { return issue.message.contains(QStringLiteral("Latin-1")); }));
    }

    // A file with one ragged row shows the rows that did parse, with the problem at its data
    // row (rows count from 1; the file's line is given beside it), and cannot be trained on.
    void raggedRowKeepsThePreview()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("ragged.csv"),
                                       "age,weight,label\n30,70,a\n40,80,b\n50,90\n60,100,a\n");
        app::DataController controller;
        QSignalSpy opened(&controller, &app::DataController::fileOpened);
        QSignalSpy issues(&controller, &app::DataController::issuesChanged);
        QSignalSpy trainable(&controller, &app::DataController::trainabilityChanged);
        QSignalSpy failed(&controller, &app::DataController::loadFailed);
        controller.open(path);
        QVERIFY(issues.wait(30000));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.at(0).at(1).toLongLong(), 4);
        QCOMPARE(opened.at(0).at(2).toInt(), 3);
        QVERIFY(controller.previewModel() != nullptr);
        QCOMPARE(controller.previewModel()->rowCount(), 4);
        QCOMPARE(controller.previewModel()->headerData(2, Qt::Vertical).toString(),
                 QStringLiteral("3"));
        const auto shown = issues.last().at(0).value<QVector<ui::IssueView>>();
        const auto ragged = std::find_if(shown.begin(), shown.end(), [](const ui::IssueView &i)
                                         { return i.severity == ui::IssueSeverity::Error; });
        QVERIFY(ragged != shown.end());
        QCOMPARE(ragged->row, 2); // the third data row, 0-based in the preview
        QCOMPARE(ragged->location, QStringLiteral("row 3 (line 4)"));
        QVERIFY(!trainable.isEmpty());
        QCOMPARE(trainable.last().at(0).toBool(), false);
        QVERIFY(!controller.canTrain());
    }

    // A file that cannot be read at all still fails as before, with nothing to preview.
    void unreadableFileFails()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("one.csv"), "only\n1\n2\n");
        app::DataController controller;
        QSignalSpy failed(&controller, &app::DataController::loadFailed);
        controller.open(path);
        QVERIFY(failed.wait(30000));
        QVERIFY(controller.previewModel() == nullptr);
    }

    // Dates are their own kind and no feature; a column the user leaves out is no feature
    // either, marked as the user's choice, until another file is opened.
    void datesAndExcludedColumns()
    {
        QTemporaryDir dir;
        QByteArray text = "visit,age,weight,label\n";
        for (int i = 0; i < 40; ++i)
            text += "2024-0" + QByteArray::number(1 + i % 3) + "-1" + QByteArray::number(i % 9)
                    + "," + QByteArray::number(30 + i) + "," + QByteArray::number(60 + i % 7) + ","
                    + (i % 2 ? "sick" : "well") + "\n";
        const QString path = writeFile(dir, QStringLiteral("visits.csv"), text);
        app::DataController controller;
        QSignalSpy schema(&controller, &app::DataController::schemaChanged);
        controller.open(path);
        QVERIFY(schema.wait(30000));
        const auto columnNamed = [&](const QString &name)
        {
            const auto columns = schema.last().at(0).value<QVector<ui::ColumnSummaryView>>();
            for (const ui::ColumnSummaryView &column : columns)
                if (column.name == name)
                    return column;
            return ui::ColumnSummaryView{};
        };
        QCOMPARE(columnNamed(QStringLiteral("visit")).kind, QStringLiteral("datetime"));
        QVERIFY(!columnNamed(QStringLiteral("visit")).isFeature);
        QVERIFY(!columnNamed(QStringLiteral("visit")).excludedByUser);
        QVERIFY(columnNamed(QStringLiteral("age")).isFeature);
        QVERIFY(controller.canTrain());

        controller.setExcludedColumns({QStringLiteral("age")});
        QVERIFY(schema.wait(30000));
        QVERIFY(!columnNamed(QStringLiteral("age")).isFeature);
        QVERIFY(columnNamed(QStringLiteral("age")).excludedByUser);
        QVERIFY(columnNamed(QStringLiteral("weight")).isFeature);
        QCOMPARE(controller.excludedColumns(), QStringList{QStringLiteral("age")});
        QVERIFY(controller.canTrain());

        // Another target keeps the choice; another file drops it.
        controller.setTarget(QStringLiteral("weight"));
        QVERIFY(schema.wait(30000));
        QVERIFY(!columnNamed(QStringLiteral("age")).isFeature);
        controller.open(path);
        QVERIFY(schema.wait(30000));
        QVERIFY(controller.excludedColumns().isEmpty());
        QVERIFY(columnNamed(QStringLiteral("age")).isFeature);
    }

private:
    static QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(text);
        return path;
    }
};

QTEST_GUILESS_MAIN(DataControllerTest)
#include "data_controller_test.moc"
