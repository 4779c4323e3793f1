// The layering of DESIGN.md, checked on the sources: engine/ and network/ include no Qt and no
// widgets; widgets/ include no engine, network, LibTorch or Boost; only engine/model may
// include LibTorch. A file that breaks a rule fails the test with its name and line.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace
{

struct Rule
{
    QString folder;
    QRegularExpression forbidden;
    QString allowedFolder; // files under this subfolder are exempt; empty: none
};

// Every "#include" line of the C++ files under `folder` that matches `forbidden`.
QStringList violations(const Rule &rule)
{
    QStringList found;
    const QString root = QStringLiteral(COHORT_SOURCE_DIR "/") + rule.folder;
    QDirIterator files(root, {"*.h", "*.cpp"}, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext())
    {
        const QString path = files.next();
        if (!rule.allowedFolder.isEmpty() && path.contains(rule.allowedFolder))
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
        {
            found << path + QStringLiteral(": cannot be read");
            continue;
        }
        int line = 0;
        while (!file.atEnd())
        {
            const QString text = QString::fromUtf8(file.readLine());
            ++line;
            if (text.startsWith(QLatin1String("#include")) && rule.forbidden.match(text).hasMatch())
                found << QStringLiteral("%1:%2: %3").arg(path).arg(line).arg(text.trimmed());
        }
    }
    return found;
}

} // namespace

class LayeringTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void includesFollowTheLayers_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("forbidden");
        QTest::addColumn<QString>("allowedFolder");
        QTest::newRow("engine: no Qt, widgets or network") << "engine"
                                                           << "[<\"](Q[A-Z]|Qt|widgets/|network/)"
                                                           << "";
        QTest::newRow("network: no Qt or widgets") << "network"
                                                   << "[<\"](Q[A-Z]|Qt|widgets/)"
                                                   << "";
        QTest::newRow("widgets: no engine, network, LibTorch or Boost")
            << "widgets"
            << "[<\"](torch/|ATen/|boost/|network/|data/|model/|train/|eval/|store/|fl/|core/)"
            << "";
        QTest::newRow("LibTorch only in engine/model") << "engine"
                                                       << "[<\"](torch/|ATen/)"
                                                       << "/engine/model/";
        QTest::newRow("app: no LibTorch") << "app"
                                          << "[<\"](torch/|ATen/)"
                                          << "";
    }

    void includesFollowTheLayers()
    {
        QFETCH(QString, folder);
        QFETCH(QString, forbidden);
        QFETCH(QString, allowedFolder);
        const QStringList found =
            violations({folder, QRegularExpression(forbidden), allowedFolder});
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    void theCheckSeesAViolation()
    {
        // The rule must match a real offending line, or the checks above prove nothing.
        const QRegularExpression qtInEngine("[<\"](Q[A-Z]|Qt|widgets/|network/)");
        QVERIFY(qtInEngine.match(QStringLiteral("#include <QString>")).hasMatch());
        QVERIFY(qtInEngine.match(QStringLiteral("#include \"widgets/data_page.h\"")).hasMatch());
        QVERIFY(!qtInEngine.match(QStringLiteral("#include <queue>")).hasMatch());
        QVERIFY(!violations({QStringLiteral("widgets"), QRegularExpression("<Q"), {}}).isEmpty());
    }
};

QTEST_APPLESS_MAIN(LayeringTest)
#include "layering_test.moc"
