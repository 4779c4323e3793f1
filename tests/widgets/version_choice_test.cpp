// Which version the Evaluate and Explain pages start with for the open file: the active one if
// it reads only the file's columns, else the newest that does, else the active or the newest.
#include <QComboBox>
#include <QTest>

#include "widgets/evaluate_page.h"
#include "widgets/explain_page.h"
#include "widgets/version_choice.h"

using cohort::ui::VersionView;

namespace
{

VersionView version(qint64 id, const QStringList &columns, bool active = false)
{
    VersionView view;
    view.id = id;
    view.columns = columns;
    view.active = active;
    return view;
}

} // namespace

class VersionChoiceTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void choosesAVersionThatFitsTheFile_data()
    {
        QTest::addColumn<QVector<VersionView>>("versions");
        QTest::addColumn<QStringList>("fileColumns");
        QTest::addColumn<qint64>("expected");
        const QStringList fitness{QStringLiteral("age"), QStringLiteral("steps"),
                                  QStringLiteral("workout")};
        const QStringList vitals{QStringLiteral("pulse"), QStringLiteral("spo2")};
        const QStringList ageSteps{QStringLiteral("age"), QStringLiteral("steps")};
        QTest::newRow("none") << QVector<VersionView>{} << fitness << qint64(0);
        QTest::newRow("newest that fits, not the newest")
            << QVector<VersionView>{version(3, vitals), version(2, ageSteps), version(1, ageSteps)}
            << fitness << qint64(2);
        QTest::newRow("active that fits wins over newer")
            << QVector<VersionView>{version(5, ageSteps), version(4, ageSteps, true)} << fitness
            << qint64(4);
        QTest::newRow("active that does not fit loses to one that does")
            << QVector<VersionView>{version(5, ageSteps), version(6, vitals, true)} << fitness
            << qint64(5);
        QTest::newRow("nothing fits: the active one")
            << QVector<VersionView>{version(7, vitals), version(6, vitals, true)} << fitness
            << qint64(6);
        QTest::newRow("nothing fits, none active: the newest")
            << QVector<VersionView>{version(7, vitals), version(9, vitals)} << fitness << qint64(9);
        QTest::newRow("no file: the active one")
            << QVector<VersionView>{version(9, ageSteps), version(8, vitals, true)} << QStringList()
            << qint64(8);
        QTest::newRow("a version without its columns never fits")
            << QVector<VersionView>{version(9, {}), version(8, ageSteps)} << fitness << qint64(8);
        QTest::newRow("one missing column is no fit")
            << QVector<VersionView>{version(9, {QStringLiteral("age"), QStringLiteral("bmi")}),
                                    version(8, ageSteps)}
            << fitness << qint64(8);
    }

    void choosesAVersionThatFitsTheFile()
    {
        QFETCH(QVector<VersionView>, versions);
        QFETCH(QStringList, fileColumns);
        QFETCH(qint64, expected);
        QCOMPARE(cohort::ui::preferredVersion(versions, fileColumns), expected);
    }

    // The pages take the app's choice when the version is listed, and ignore it otherwise.
    void pagesSelectTheChosenVersion()
    {
        const QVector<QPair<qint64, QString>> choices{{1, QStringLiteral("1 — a")},
                                                      {2, QStringLiteral("2 — b")}};
        cohort::ui::EvaluatePage evaluate;
        cohort::ui::ExplainPage explain;
        evaluate.setVersions(choices);
        explain.setVersions(choices);
        auto *evaluateCombo = evaluate.findChild<QComboBox *>(QStringLiteral("evalVersionCombo"));
        auto *explainCombo = explain.findChild<QComboBox *>(QStringLiteral("explainVersionCombo"));
        QVERIFY(evaluateCombo && explainCombo);
        evaluate.selectVersion(2);
        explain.selectVersion(2);
        QCOMPARE(evaluateCombo->currentData().toLongLong(), 2);
        QCOMPARE(explainCombo->currentData().toLongLong(), 2);
        evaluate.selectVersion(99);
        explain.selectVersion(99);
        QCOMPARE(evaluateCombo->currentData().toLongLong(), 2);
        QCOMPARE(explainCombo->currentData().toLongLong(), 2);
    }
};

QTEST_MAIN(VersionChoiceTest)
#include "version_choice_test.moc"
