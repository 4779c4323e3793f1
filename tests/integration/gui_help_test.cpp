// `cohort --help` works on a machine without a display (it used to fail to load the xcb
// platform), and starting the window there says what to do instead of Qt's plugin message.
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

class GuiHelpTest final : public QObject
{
    Q_OBJECT

private:
    static QProcessEnvironment withoutDisplay()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            environment.remove(QString::fromLatin1(name));
        return environment;
    }

private Q_SLOTS:
    void helpNeedsNoDisplay()
    {
        QProcess process;
        process.setProcessEnvironment(withoutDisplay());
        process.start(QStringLiteral(COHORT_GUI_PATH), {QStringLiteral("--help")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        const QByteArray out = process.readAllStandardOutput();
        QVERIFY2(out.contains("--db") && out.contains("--language"), out.constData());
    }

    void windowWithoutDisplaySaysWhatToDo()
    {
        QProcess process;
        process.setProcessEnvironment(withoutDisplay());
        process.start(QStringLiteral(COHORT_GUI_PATH), {});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 1);
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(err.contains("no display") && err.contains("cohort-cli"), err.constData());
    }
};

QTEST_GUILESS_MAIN(GuiHelpTest)
#include "gui_help_test.moc"
