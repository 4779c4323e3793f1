// The federation log as the app shows it: every code the network can log has a line of its own
// (the network's English, so an untranslated line reads as the CLI prints it), arguments land in
// their places with numbers in the user's locale, and with the German translation loaded the
// translated lines read in German with every argument kept.
#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

#include <string>

#include "bridge/federation_log_text.h"
#include "network/log_event.h"

using namespace cohort;
using net::LogCode;

namespace
{

// An event for `code` with text arguments "<1>", "<2>", ... in each place.
net::LogEvent sampleEvent(LogCode code)
{
    net::LogEvent event;
    event.code = code;
    for (int i = 1; i <= net::argumentCount(code); ++i)
        event.args.emplace_back("<" + std::to_string(i) + ">");
    return event;
}

QString nameOf(LogCode code)
{
    return QString::fromUtf8(net::logCodeName(code).data(),
                             static_cast<qsizetype>(net::logCodeName(code).size()));
}

} // namespace

class FederationLogTextTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCodeHasItsOwnLine()
    {
        QVERIFY(!net::allLogCodes().empty());
        for (const LogCode code : net::allLogCodes())
        {
            const QString source = app::federationLogSource(code);
            QVERIFY2(!source.isEmpty(), qPrintable(nameOf(code) + " has no line in the app"));
            // The app's source line is the network's English: untranslated, nothing changes.
            QCOMPARE(source, QString::fromStdString(std::string(net::englishTemplate(code))));
            const net::LogEvent event = sampleEvent(code);
            QCOMPARE(app::federationLogText(event, QLocale::c()),
                     QString::fromStdString(net::englishText(event)));
        }
    }

    void argumentsLandInTheirPlaces_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<QList<qlonglong>>("numbers"); // replace texts[i] where not empty
        QTest::addColumn<QString>("source");
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("expected");
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        const QLocale german(QLocale::German, QLocale::Germany);
        QTest::newRow("three in order")
            << static_cast<int>(LogCode::SiteModelKept) << QStringList{"", "17", "site.db"}
            << QList<qlonglong>{12, 0, 0} << QString() << english
            << QStringLiteral("kept the final global model (round 12) as version 17 in site.db");
        QTest::newRow("counts in the locale's format")
            << static_cast<int>(LogCode::SiteJoined) << QStringList{"clinic", "", ""}
            << QList<qlonglong>{0, 12345, 678} << QString() << german
            << QStringLiteral("joined as clinic with 12.345 training and 678 evaluation rows");
        QTest::newRow("english grouping")
            << static_cast<int>(LogCode::SiteReconnecting) << QStringList{"", "refused"}
            << QList<qlonglong>{4000, 0} << QString() << english
            << QStringLiteral("reconnecting in 4,000 ms (refused)");
        QTest::newRow("identifiers are text, never grouped")
            << static_cast<int>(LogCode::PeerListening) << QStringList{"0.0.0.0", "44775"}
            << QList<qlonglong>{0, 0} << QString() << german
            << QStringLiteral("listening on 0.0.0.0:44775");
        QTest::newRow("a placeholder inside an argument stays")
            << static_cast<int>(LogCode::HubSiteLeft) << QStringList{"evil%2", "gone %1"}
            << QList<qlonglong>{0, 0} << QString() << english
            << QStringLiteral("evil%2 left: gone %1");
        QTest::newRow("who said it")
            << static_cast<int>(LogCode::SiteConnected) << QStringList{"127.0.0.1:7400"}
            << QList<qlonglong>{0} << QStringLiteral("site_3") << english
            << QStringLiteral("site_3: connected to the hub at 127.0.0.1:7400");
        QTest::newRow("no arguments")
            << static_cast<int>(LogCode::SiteAllRoundsDone) << QStringList{} << QList<qlonglong>{}
            << QString() << english << QStringLiteral("the federation finished: all rounds done");
    }

    void argumentsLandInTheirPlaces()
    {
        QFETCH(int, code);
        QFETCH(QStringList, texts);
        QFETCH(QList<qlonglong>, numbers);
        QFETCH(QString, source);
        QFETCH(QLocale, locale);
        QFETCH(QString, expected);
        net::LogEvent event;
        event.code = static_cast<LogCode>(code);
        event.source = source.toStdString();
        for (qsizetype i = 0; i < texts.size(); ++i)
        {
            if (texts[i].isEmpty())
                event.args.emplace_back(static_cast<std::int64_t>(numbers[i]));
            else
                event.args.emplace_back(texts[i].toStdString());
        }
        QCOMPARE(app::federationLogText(event, locale), expected);
    }

    void anEventThatDoesNotFitItsLineReadsAsEnglish()
    {
        // One argument short: the app does not guess, it shows what the network would print.
        const net::LogEvent event = net::logEvent(LogCode::HubSiteJoined, "clinic");
        QCOMPARE(app::federationLogText(event), QString::fromStdString(net::englishText(event)));
        QCOMPARE(app::federationLogText(event), QStringLiteral("clinic joined from "));
    }

    void germanLinesKeepTheirArguments()
    {
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/cohort_de.qm")));
        QCoreApplication::installTranslator(&german);
        const QLocale locale(QLocale::German, QLocale::Germany);
        int translated = 0;
        for (const LogCode code : net::allLogCodes())
        {
            const QString source = app::federationLogSource(code);
            QString line =
                german.translate(app::kFederationLogContext, source.toUtf8().constData());
            if (line.isEmpty())
                line = german.translate(app::kFederationLogContext, source.toUtf8().constData(),
                                        nullptr, 2);
            const net::LogEvent event = sampleEvent(code);
            const QString shown = app::federationLogText(event, locale);
            // Every argument is still there, whether the line is translated or not.
            for (int i = 1; i <= net::argumentCount(code); ++i)
                QVERIFY2(shown.contains(QStringLiteral("<%1>").arg(i)),
                         qPrintable(nameOf(code) + ": " + shown));
            if (line.isEmpty())
            {
                QCOMPARE(shown, QString::fromStdString(net::englishText(event)));
                continue;
            }
            ++translated;
            for (int i = 1; i <= net::argumentCount(code); ++i)
                QVERIFY2(line.contains(QStringLiteral("%%1").arg(i)),
                         qPrintable(nameOf(code) + " lost %" + QString::number(i) + ": " + line));
            QVERIFY2(!shown.contains(QLatin1Char('%')), qPrintable(shown));
            // A line with words of its own reads in German, not as the English (a plural line
            // looked up as a plain one once fell back to English unnoticed).
            const bool hasWords = QString(source)
                                      .remove(QRegularExpression(QStringLiteral("%\\d")))
                                      .contains(QRegularExpression(QStringLiteral("[A-Za-z]")));
            if (hasWords)
                QVERIFY2(shown != QString::fromStdString(net::englishText(event)),
                         qPrintable(nameOf(code) + " reads in English: " + shown));
        }
        if (translated == 0)
        {
            qInfo("The federation log has no German lines yet; the lines read as English.");
        }
        else
        {
            // A German line: once "%1 joined from %2" is translated, the app shows that.
            const QString joined = german.translate(
                app::kFederationLogContext,
                app::federationLogSource(LogCode::HubSiteJoined).toUtf8().constData());
            const net::LogEvent event =
                net::logEvent(LogCode::HubSiteJoined, "clinic", "10.0.0.5:7");
            if (!joined.isEmpty())
            {
                QCOMPARE(app::federationLogText(event, locale),
                         joined.arg(QStringLiteral("clinic"), QStringLiteral("10.0.0.5:7")));
                QVERIFY(app::federationLogText(event, locale)
                        != QStringLiteral("clinic joined from 10.0.0.5:7"));
            }
        }
        QCoreApplication::removeTranslator(&german);
    }
};

QTEST_GUILESS_MAIN(FederationLogTextTest)
#include "federation_log_text_test.moc"
