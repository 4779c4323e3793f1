// The federation log's events: the English line of each code (what the CLI prints), stable and
// unique names, and the JSON line a site process hands to the app, which refuses anything that
// is not one of its events.
#include <QTest>

#include <limits>
#include <set>
#include <string>

#include "network/log_event.h"

using namespace cohort::net;

Q_DECLARE_METATYPE(cohort::net::LogEvent)

class LogEventTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void englishTextOfEachKind_data()
    {
        QTest::addColumn<LogEvent>("event");
        QTest::addColumn<QString>("expected");
        QTest::newRow("numbers and text")
            << logEvent(LogCode::SiteJoined, "clinic", 1234, std::size_t{56})
            << QStringLiteral("joined as clinic with 1234 training and 56 evaluation rows");
        QTest::newRow("no arguments") << logEvent(LogCode::SiteAllRoundsDone)
                                      << QStringLiteral("the federation finished: all rounds done");
        QTest::newRow("a placeholder inside an argument stays")
            << logEvent(LogCode::HubSiteLeft, "evil%2", "gone %1")
            << QStringLiteral("evil%2 left: gone %1");
        LogEvent sourced = logEvent(LogCode::SiteReconnectingAfterClose, 250, "end of file");
        sourced.source = "site_2";
        QTest::newRow("with its source")
            << sourced
            << QStringLiteral(
                   "site_2: reconnecting in 250 ms (the connection closed: end of file)");
        // The hub's round machine: the sentences the CLI printed before they became codes.
        QTest::newRow("round started")
            << logEvent(LogCode::HubRoundRoundStarted, 3, 4, 5)
            << QStringLiteral("round 3 started with 4 of 5 sites");
        QTest::newRow("quorum missed, one update")
            << logEvent(LogCode::HubRoundQuorumMissedSingleUpdate, 2, 1, 2)
            << QStringLiteral("round 2 missed its quorum (1 of 2 results; one site's update "
                              "alone is never sent to the others)");
        QTest::newRow("finished") << logEvent(LogCode::HubRoundFinished, 8)
                                  << QStringLiteral("the federation finished after 8 rounds");
        QTest::newRow("a wire number too large for a count")
            << logEvent(LogCode::SiteFitSkipped, std::numeric_limits<std::uint64_t>::max())
            << QStringLiteral(
                   "skipped the fit for round 18446744073709551615: the hub has moved on");
    }

    void englishTextOfEachKind()
    {
        QFETCH(LogEvent, event);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(englishText(event)), expected);
    }

    void namesAreUniqueAndFindTheirCode()
    {
        std::set<std::string> names;
        for (const LogCode code : allLogCodes())
        {
            const std::string name(logCodeName(code));
            QVERIFY2(names.insert(name).second, name.c_str());
            QVERIFY(logCodeFromName(name) == code);
            QVERIFY2(!englishTemplate(code).empty(), name.c_str());
            QVERIFY(argumentCount(code) <= 3);
        }
        QVERIFY(!logCodeFromName("site.no_such_line"));
    }

    void jsonLinesCarryEveryCode()
    {
        for (const LogCode code : allLogCodes())
        {
            LogEvent event;
            event.code = code;
            event.source = "site_1";
            for (int i = 0; i < argumentCount(code); ++i)
            {
                if (i % 2 == 0)
                    event.args.emplace_back("text \"" + std::to_string(i) + "\"\n");
                else
                    event.args.emplace_back(std::int64_t{1000} * i);
            }
            const std::string line = toJsonLine(event);
            QVERIFY2(line.find('\n') == std::string::npos, line.c_str());
            const std::optional<LogEvent> back = logEventFromJsonLine(line);
            QVERIFY2(back, line.c_str());
            QVERIFY(back->code == code);
            QVERIFY(back->args == event.args);
            QCOMPARE(back->source, event.source);
        }
    }

    void jsonLinesRefuseWhatIsNotAnEvent_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("plain text") << QByteArray("site_1: connected to the hub at x");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not json") << QByteArray("{oops");
        QTest::newRow("unknown code") << QByteArray(R"({"log":"site.no_such_line","args":[]})");
        QTest::newRow("too few arguments")
            << QByteArray(R"({"log":"hub.site_joined","args":["a"]})");
        QTest::newRow("an argument of no kind")
            << QByteArray(R"({"log":"site.connected","args":[[1]]})");
        QTest::newRow("a source that is no text")
            << QByteArray(R"({"log":"site.stopped","args":[],"source":7})");
        QTest::newRow("a json array") << QByteArray("[1,2]");
    }

    void jsonLinesRefuseWhatIsNotAnEvent()
    {
        QFETCH(QByteArray, line);
        QVERIFY(!logEventFromJsonLine(line.toStdString()));
    }

    void jsonLinesSurviveTextThatIsNotUtf8()
    {
        const LogEvent event = logEvent(LogCode::SiteModelKept, 3, "7", std::string("caf\xe9.db"));
        const std::optional<LogEvent> back = logEventFromJsonLine(toJsonLine(event));
        QVERIFY(back);
        QVERIFY(back->code == LogCode::SiteModelKept);
    }

    void englishLinesSinkPrintsTheEnglish()
    {
        std::string seen;
        const LogSink sink = englishLines([&seen](const std::string &line) { seen = line; });
        sink(logEvent(LogCode::HubSiteJoined, "clinic", "127.0.0.1:5"));
        QCOMPARE(QString::fromStdString(seen), QStringLiteral("clinic joined from 127.0.0.1:5"));
        englishLines({})(logEvent(LogCode::SiteStopped)); // an empty sink drops the line
    }
};

QTEST_APPLESS_MAIN(LogEventTest)
#include "log_event_test.moc"
