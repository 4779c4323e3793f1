// A federation's certificate authority and its invitations: the authority is made once and
// kept (key mode 0600), its certificates verify with OpenSSL's own `openssl` command and its
// fingerprint is the one that command prints, a site's certificate names the site and serves
// no other role, and an invitation is good for its uses and its time only. Published test
// vectors check the base32 and HMAC underneath.
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "network/federation_authority.h"
#include "network/invitation.h"
#include "network/private_file.h"

using namespace cohort;
using net::CertificateRole;

namespace
{

std::filesystem::path pathIn(const QTemporaryDir &dir, const char *name)
{
    return std::filesystem::path(dir.path().toStdString()) / name;
}

unsigned permissions(const std::filesystem::path &path)
{
    struct stat status
    {
    };
    return ::stat(path.c_str(), &status) == 0 ? (status.st_mode & 0777U) : 0U;
}

// What the `openssl` command says, stdout and stderr together; its exit status in `status`.
QString openssl(const QStringList &args, int *status = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("openssl"), args);
    if (!process.waitForFinished(20000))
        return QStringLiteral("(openssl did not finish)");
    if (status)
        *status = process.exitCode();
    return QString::fromUtf8(process.readAll()).trimmed();
}

void writeFile(const std::filesystem::path &path, const std::string &text)
{
    std::ofstream(path, std::ios::binary) << text;
}

} // namespace

class FederationAuthorityTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void publishedVectors()
    {
        // RFC 4648, section 10.
        QCOMPARE(net::base32(""), std::string(""));
        QCOMPARE(net::base32("f"), std::string("MY"));
        QCOMPARE(net::base32("fo"), std::string("MZXQ"));
        QCOMPARE(net::base32("foobar"), std::string("MZXW6YTBOI"));
        // RFC 4231, test case 2.
        QCOMPARE(net::hmacSha256Hex("Jefe", "what do ya want for nothing?").value(),
                 std::string("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
    }

    void theAuthorityIsMadeOnceAndItsKeyKeptPrivate()
    {
        QTemporaryDir dir;
        const std::filesystem::path folder = pathIn(dir, "federation");
        engine::Result<net::FederationAuthority> made =
            net::FederationAuthority::openOrCreate(folder, "north");
        QVERIFY2(made, made ? "" : made.error().toString().c_str());
        QCOMPARE(permissions(folder / "authority.key"), 0600U);
        QCOMPARE(permissions(folder), 0700U);
        QVERIFY(made->certificatePem().find("PRIVATE KEY") == std::string::npos);
        // The fingerprint is the one OpenSSL's command prints for the stored certificate.
        QString printed = openssl({QStringLiteral("x509"), QStringLiteral("-noout"),
                                   QStringLiteral("-fingerprint"), QStringLiteral("-sha256"),
                                   QStringLiteral("-in"),
                                   QString::fromStdString((folder / "authority.pem").string())});
        printed = printed.section(QLatin1Char('='), 1).remove(QLatin1Char(':')).toLower();
        QCOMPARE(printed, QString::fromStdString(made->fingerprint()));
        QVERIFY(openssl({QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-text"),
                         QStringLiteral("-in"),
                         QString::fromStdString((folder / "authority.pem").string())})
                    .contains(QStringLiteral("ED25519")));
        // Opened again: the same authority, not a new one.
        engine::Result<net::FederationAuthority> again =
            net::FederationAuthority::openOrCreate(folder, "ignored");
        QVERIFY(again);
        QCOMPARE(again->fingerprint(), made->fingerprint());
    }

    void halfAnAuthorityIsNeverCompleted()
    {
        QTemporaryDir dir;
        const std::filesystem::path folder = pathIn(dir, "federation");
        QVERIFY(net::FederationAuthority::openOrCreate(folder, "north"));
        std::filesystem::remove(folder / "authority.pem");
        engine::Result<net::FederationAuthority> half =
            net::FederationAuthority::openOrCreate(folder, "north");
        QVERIFY(!half);
        QVERIFY(half.error().message.find("incomplete") != std::string::npos);
        QVERIFY(!std::filesystem::exists(folder / "authority.pem"));
        // Another authority's certificate beside this key: refused, not mixed.
        const std::filesystem::path other = pathIn(dir, "other");
        QVERIFY(net::FederationAuthority::openOrCreate(other, "south"));
        std::filesystem::copy_file(other / "authority.pem", folder / "authority.pem");
        engine::Result<net::FederationAuthority> mixed =
            net::FederationAuthority::openOrCreate(folder, "north");
        QVERIFY(!mixed);
        QVERIFY(mixed.error().message.find("do not belong together") != std::string::npos);
    }

    void aSiteCertificateNamesTheSiteAndServesOnlyItsRole()
    {
        QTemporaryDir dir;
        const engine::Result<net::FederationAuthority> authority =
            net::FederationAuthority::openOrCreate(pathIn(dir, "federation"), "north");
        QVERIFY(authority);
        const engine::Result<net::KeyAndRequest> site = net::makeKeyAndRequest("asked-name");
        QVERIFY(site);
        // The hub names the certificate; the request's own subject does not count.
        const engine::Result<std::string> certificate =
            authority->issue(site->requestPem, "clinic-a", CertificateRole::Site);
        QVERIFY2(certificate, certificate ? "" : certificate.error().toString().c_str());
        QCOMPARE(net::certificateName(certificate.value()).value(), std::string("clinic-a"));
        QVERIFY(net::verifyIssuedBy(certificate.value(), authority->certificatePem(),
                                    CertificateRole::Site));
        // A site's certificate cannot pass for the hub's.
        const engine::Result<void> asHub = net::verifyIssuedBy(
            certificate.value(), authority->certificatePem(), CertificateRole::Hub);
        QVERIFY(!asHub);
        QVERIFY(asHub.error().message.find("not valid for this federation") != std::string::npos);
        // OpenSSL's command agrees, as an independent check.
        const std::filesystem::path ca = pathIn(dir, "federation") / "authority.pem";
        const std::filesystem::path leaf = pathIn(dir, "site.pem");
        writeFile(leaf, certificate.value());
        int status = -1;
        const QString verified =
            openssl({QStringLiteral("verify"), QStringLiteral("-CAfile"),
                     QString::fromStdString(ca.string()), QStringLiteral("-purpose"),
                     QStringLiteral("sslclient"), QString::fromStdString(leaf.string())},
                    &status);
        QVERIFY2(status == 0 && verified.endsWith(QStringLiteral("OK")), qPrintable(verified));
        openssl({QStringLiteral("verify"), QStringLiteral("-CAfile"),
                 QString::fromStdString(ca.string()), QStringLiteral("-purpose"),
                 QStringLiteral("sslserver"), QString::fromStdString(leaf.string())},
                &status);
        QVERIFY(status != 0);
        // Another federation's authority did not issue it.
        const engine::Result<net::FederationAuthority> foreign =
            net::FederationAuthority::openOrCreate(pathIn(dir, "foreign"), "south");
        QVERIFY(foreign);
        QVERIFY(!net::verifyIssuedBy(certificate.value(), foreign->certificatePem(),
                                     CertificateRole::Site));
        // The hub's own credentials serve as a hub.
        const engine::Result<net::Credentials> hub =
            authority->issueCredentials("hub", CertificateRole::Hub);
        QVERIFY(hub);
        QVERIFY(net::verifyIssuedBy(hub->certificatePem, authority->certificatePem(),
                                    CertificateRole::Hub));
    }

    void requestsAreChecked()
    {
        QTemporaryDir dir;
        const engine::Result<net::FederationAuthority> authority =
            net::FederationAuthority::openOrCreate(pathIn(dir, "federation"), "north");
        QVERIFY(authority);
        QVERIFY(!authority->issue("not a request", "clinic", CertificateRole::Site));
        const engine::Result<net::KeyAndRequest> site = net::makeKeyAndRequest("clinic");
        QVERIFY(site);
        QVERIFY(!authority->issue(site->requestPem, "", CertificateRole::Site));
        QVERIFY(!authority->issue(site->requestPem, "two\nlines", CertificateRole::Site));
        QVERIFY(!authority->issue(site->requestPem, std::string(65, 'a'), CertificateRole::Site));
        // A request whose signature does not match its key (one byte of it changed).
        std::string request = site->requestPem;
        const std::size_t middle = request.find("\n", 40) + 10;
        request[middle] = request[middle] == 'A' ? 'B' : 'A';
        QVERIFY(!authority->issue(request, "clinic", CertificateRole::Site));
    }

    void invitationsReadAsWritten_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("problem");
        const QString secret = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
        const QString print = QString(64, QLatin1Char('a'));
        QTest::newRow("ok") << QStringLiteral("cohort://hub.example.org:7400/%1/%2").arg(secret, print)
                            << QString();
        QTest::newRow("spaces, lower-case secret")
            << QStringLiteral("  cohort://10.0.0.5:7400/%1/%2\n").arg(secret.toLower(), print)
            << QString();
        QTest::newRow("v6") << QStringLiteral("cohort://[fe80::1]:7400/%1/%2").arg(secret, print)
                            << QString();
        QTest::newRow("scheme") << QStringLiteral("http://hub:7400/%1/%2").arg(secret, print)
                                << QStringLiteral("does not start with cohort://");
        QTest::newRow("cut") << QStringLiteral("cohort://hub:7400/%1").arg(secret)
                             << QStringLiteral("is cut short");
        QTest::newRow("port") << QStringLiteral("cohort://hub:99999/%1/%2").arg(secret, print)
                              << QStringLiteral("port");
        QTest::newRow("no port") << QStringLiteral("cohort://hub/%1/%2").arg(secret, print)
                                 << QStringLiteral("no port");
        QTest::newRow("secret") << QStringLiteral("cohort://hub:7400/ABC/%1").arg(print)
                                << QStringLiteral("secret");
        QTest::newRow("secret alphabet")
            << QStringLiteral("cohort://hub:7400/%1/%2").arg(QString(26, QLatin1Char('1')), print)
            << QStringLiteral("secret");
        QTest::newRow("fingerprint")
            << QStringLiteral("cohort://hub:7400/%1/%2").arg(secret, print.left(63))
            << QStringLiteral("fingerprint");
    }

    void invitationsReadAsWritten()
    {
        QFETCH(QString, text);
        QFETCH(QString, problem);
        const engine::Result<net::Invitation> parsed = net::parseInvitation(text.toStdString());
        if (!problem.isEmpty())
        {
            QVERIFY(!parsed);
            QVERIFY2(QString::fromStdString(parsed.error().message).contains(problem),
                     parsed.error().message.c_str());
            return;
        }
        QVERIFY2(parsed, parsed ? "" : parsed.error().message.c_str());
        QCOMPARE(parsed->port, static_cast<unsigned short>(7400));
        QCOMPARE(parsed->secret, std::string("ABCDEFGHIJKLMNOPQRSTUVWXYZ"));
        // Written again, it reads the same.
        const engine::Result<net::Invitation> again =
            net::parseInvitation(net::invitationText(parsed.value()));
        QVERIFY(again);
        QCOMPARE(again->host, parsed->host);
        QCOMPARE(again->fingerprint, parsed->fingerprint);
    }

    void anInvitationIsGoodForItsUsesAndItsTimeOnly()
    {
        QTemporaryDir dir;
        const std::filesystem::path file = pathIn(dir, "invitations.json");
        engine::Result<net::InvitationBook> book = net::InvitationBook::open(file);
        QVERIFY(book);
        const auto now = net::InvitationBook::Clock::now();
        const std::string fingerprint(64, 'b');
        const engine::Result<net::Invitation> once =
            book->issue("10.0.0.5", 7400, fingerprint, std::chrono::hours(24), 1, now);
        QVERIFY(once);
        QCOMPARE(once->secret.size(), net::kInvitationSecretLength);
        // Kept private, and without the secret in it.
        QCOMPARE(permissions(file), 0600U);
        const std::string stored = net::readWholeFile(file).value();
        QVERIFY(stored.find(once->secret) == std::string::npos);
        QCOMPARE(book->usableCount(now), 1);

        const std::string channel = "keying material of one TLS connection";
        // What redeeming says: nothing (accepted) or the reason's code.
        const auto redeem = [&](const std::string &secret, const std::string &provenOn,
                                net::InvitationBook::Clock::time_point when)
        {
            const engine::Result<std::optional<engine::Reason>> outcome = book->redeem(
                channel, net::enrolmentProof(secret, provenOn).value(), when);
            return outcome.value() ? std::optional<engine::ReasonCode>(outcome.value()->code)
                                   : std::optional<engine::ReasonCode>();
        };
        using engine::ReasonCode;
        // A proof made on another connection is worth nothing on this one.
        QCOMPARE(redeem(once->secret, "another connection", now),
                 std::optional(ReasonCode::WrongInvitationSecret));
        std::string wrong = once->secret;
        wrong[0] = wrong[0] == 'A' ? 'B' : 'A';
        QCOMPARE(redeem(wrong, channel, now), std::optional(ReasonCode::WrongInvitationSecret));
        QCOMPARE(redeem(once->secret, channel, now), std::optional<ReasonCode>()); // accepted
        QCOMPARE(redeem(once->secret, channel, now), std::optional(ReasonCode::InvitationUsedUp));
        QCOMPARE(book->usableCount(now), 0);

        // Twice, within a day: the uses survive reopening the book; past the day it is expired.
        const engine::Result<net::Invitation> twice =
            book->issue("10.0.0.5", 7400, fingerprint, std::chrono::hours(24), 2, now);
        QVERIFY(twice);
        QCOMPARE(redeem(twice->secret, channel, now), std::optional<ReasonCode>());
        book = net::InvitationBook::open(file);
        QVERIFY(book);
        QCOMPARE(book->usableCount(now), 1);
        QCOMPARE(redeem(twice->secret, channel, now + std::chrono::hours(25)),
                 std::optional(ReasonCode::InvitationExpired));
        QCOMPARE(redeem(twice->secret, channel, now + std::chrono::hours(23)),
                 std::optional<ReasonCode>());
        QVERIFY(!book->issue("10.0.0.5", 7400, fingerprint, std::chrono::hours(24), 0, now));
    }
};

QTEST_GUILESS_MAIN(FederationAuthorityTest)
#include "federation_authority_test.moc"
