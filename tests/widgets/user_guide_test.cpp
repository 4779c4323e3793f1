// The user guide inside the app: a topic per page, each explaining the page's terms (the
// settings a clinician meets: strategy, sampled fraction, deadline, background rows, method).
#include <QListWidget>
#include <QTest>
#include <QTextBrowser>

#include "widgets/user_guide.h"

using namespace cohort::ui;

class UserGuideTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyPageHasATopicWithItsTerms()
    {
        UserGuideDialog guide;
        auto *topics = guide.findChild<QListWidget *>(QStringLiteral("guideTopics"));
        auto *text = guide.findChild<QTextBrowser *>(QStringLiteral("guideText"));
        QVERIFY(topics && text);
        QCOMPARE(topics->count(), UserGuideDialog::kTopicCount);
        const QList<QPair<int, QStringList>> terms{
            {0, {QStringLiteral("Target"), QStringLiteral("warnings")}},
            {1, {QStringLiteral("Epochs"), QStringLiteral("majority baseline"),
                 QStringLiteral("Balanced accuracy")}},
            {2, {QStringLiteral("Strategy"), QStringLiteral("Sampled fraction"),
                 QStringLiteral("Deadline"), QStringLiteral("join code")}},
            {5, {QStringLiteral("background rows"), QStringLiteral("Method")}}};
        for (const auto &[topic, words] : terms)
        {
            guide.showTopic(topic);
            QCOMPARE(guide.currentTopic(), topic);
            for (const QString &word : words)
                QVERIFY2(text->toPlainText().contains(word),
                         qPrintable(QStringLiteral("topic %1 lacks %2").arg(topic).arg(word)));
        }
    }
};

QTEST_MAIN(UserGuideTest)
#include "user_guide_test.moc"
