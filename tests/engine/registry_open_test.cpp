// ModelRegistry's two ways in: open() for writing refuses a damaged file before writing a byte,
// and openReadOnly() reads without creating, migrating or changing anything.
#include <string>
#include <vector>

#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include "store/model_registry.h"
#include "store/sqlite_database.h"

#include "registry_test_support.h"

using namespace cohort::engine;

namespace
{

ModelVersionRecord makeVersion(const std::string &name, std::size_t weights)
{
    ModelVersionRecord version;
    version.name = name;
    version.specJson = R"({"layers":[4,2]})";
    version.metricsJson = R"({"accuracy":0.5})";
    for (std::size_t i = 0; i < weights; ++i)
        version.weights.push_back(static_cast<float>(i % 97) / 97.0f);
    return version;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class RegistryOpenTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A registry with `versions` versions of 4000 weights each (about 4 pages per version),
    // closed again so that everything is in the main file.
    QString makeRegistry(const QString &name, int versions)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).path());
        Result<ModelRegistry> registry = ModelRegistry::open(path.toStdString());
        if (!registry)
            qFatal("%s", registry.error().toString().c_str());
        for (int i = 0; i < versions; ++i)
            (void)registry->saveVersion(makeVersion("v" + std::to_string(i), 4000));
        return path;
    }

private Q_SLOTS:
    // 4 KB of garbage in the middle of the file: train used to write into it, and versions
    // then refused the file as malformed.
    void damagedRegistryIsRefusedBeforeWriting()
    {
        const QString path = makeRegistry("damaged/registry.db", 12);
        QVERIFY(!QFile::exists(path + "-wal"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 middle = file.size() / 2 / 4096 * 4096;
        QVERIFY(middle > 4096);
        QByteArray garbage(4096, '\0');
        for (int i = 0; i < garbage.size(); ++i)
            garbage[i] = static_cast<char>((i * 167 + 13) % 256);
        QVERIFY(file.seek(middle));
        QCOMPARE(file.write(garbage), qint64(4096));
        file.close();
        const QByteArray before = fileBytes(path);

        const Result<ModelRegistry> opened = ModelRegistry::open(path.toStdString());
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, ErrorCode::InvalidInput);
        QCOMPARE(opened.error().file, path.toStdString());
        QVERIFY2(opened.error().message.find("the database file is damaged") != std::string::npos,
                 opened.error().toString().c_str());
        QVERIFY2(opened.error().message.find("writes nothing") != std::string::npos,
                 opened.error().toString().c_str());
        QVERIFY(fileBytes(path) == before);

        // An intact registry still opens for writing.
        const QString intact = makeRegistry("intact/registry.db", 12);
        VERIFY_OK(ModelRegistry::open(intact.toStdString()));
    }

    // Reading commands must not create anything: no folder, no file, no empty registry.
    void readingCreatesNothing()
    {
        const QString missing = m_dir.filePath("missing/sub/registry.db");
        const Result<ModelRegistry> opened = ModelRegistry::openReadOnly(missing.toStdString());
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, ErrorCode::NotFound);
        QCOMPARE(opened.error().message, "no registry at " + missing.toStdString());
        QVERIFY(!QFileInfo::exists(m_dir.filePath("missing")));

        const QString empty = m_dir.filePath("empty.db");
        QFile file(empty);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const Result<ModelRegistry> emptyOpened = ModelRegistry::openReadOnly(empty.toStdString());
        QVERIFY(!emptyOpened.ok());
        QCOMPARE(emptyOpened.error().code, ErrorCode::NotFound);
        QVERIFY2(emptyOpened.error().message.find("empty database") != std::string::npos,
                 emptyOpened.error().message.c_str());
        QCOMPARE(QFileInfo(empty).size(), qint64(0));
    }

    void readOnlyOpenReadsAndNeverWrites()
    {
        const QString path = makeRegistry("reading/registry.db", 3);
        const QByteArray before = fileBytes(path);
        {
            Result<ModelRegistry> registry = ModelRegistry::openReadOnly(path.toStdString());
            VERIFY_OK(registry);
            QCOMPARE(registry->schemaVersion(), ModelRegistry::kSchemaVersion);
            Result<std::vector<ModelVersionSummary>> versions = registry->listVersions();
            VERIFY_OK(versions);
            QCOMPARE(versions->size(), std::size_t(3));
            Result<ModelVersionRecord> loaded = registry->loadVersion(versions->front().id);
            VERIFY_OK(loaded);
            QVERIFY(sameBits(loaded->weights, makeVersion("v2", 4000).weights));

            const Result<std::int64_t> saved = registry->saveVersion(makeVersion("new", 10));
            QVERIFY(!saved.ok());
            QCOMPARE(saved.error().code, ErrorCode::Io);
            QCOMPARE(saved.error().file, path.toStdString());
        }
        QVERIFY(fileBytes(path) == before);
    }

    // A registry in a read-only folder (or mount) can be listed: SQLite cannot create the WAL
    // index there. Root ignores permissions; cli_test runs the same case as another user.
    void readOnlyFolderCanBeListed()
    {
        if (::geteuid() == 0)
            QSKIP("root ignores file permissions (cli_test covers this case with setpriv)");
        const QString path = makeRegistry("locked/registry.db", 2);
        const QString folder = QFileInfo(path).path();
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        Result<ModelRegistry> registry = ModelRegistry::openReadOnly(path.toStdString());
        const Result<std::vector<ModelVersionSummary>> versions =
            registry ? registry->listVersions()
                     : Result<std::vector<ModelVersionSummary>>(registry.error());
        QVERIFY(
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        VERIFY_OK(versions);
        QCOMPARE(versions->size(), std::size_t(2));
    }
};

QTEST_GUILESS_MAIN(RegistryOpenTest)
#include "registry_open_test.moc"
