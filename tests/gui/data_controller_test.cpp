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
};

QTEST_GUILESS_MAIN(DataControllerTest)
#include "data_controller_test.moc"
