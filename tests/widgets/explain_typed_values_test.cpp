// The Explain page's typed values: each field is what the chosen version's column accepts (a
// list of its categories, or a number in the user's locale), an empty field is sent as an
// explicit missing value, and the form follows the chosen version.
#include <QComboBox>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include "widgets/explain_page.h"
#include "widgets/message_banner.h"

#include "explain_page_test_support.h"

using cohort::ui::ColumnInputView;
using cohort::ui::ExplainPage;
using cohort::ui::ExplainRequest;
using cohort::ui::MessageBanner;
using namespace cohort::ui::test;

namespace
{

// Shows the page with the typed-values form open.
bool openTypedForm(ExplainPage &page)
{
    prepare(page);
    page.show();
    if (!QTest::qWaitForWindowExposed(&page))
        return false;
    auto *toggle = page.findChild<QPushButton *>(QStringLiteral("typeValuesToggle"));
    if (!toggle)
        return false;
    QTest::mouseClick(toggle, Qt::LeftButton);
    return toggle->isChecked();
}

void clickExplainRow(ExplainPage &page)
{
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("explainRowButton")),
                      Qt::LeftButton);
}

QString bannerText(const ExplainPage &page)
{
    const auto *banner = page.findChild<MessageBanner *>(QStringLiteral("errorBanner"));
    return banner && banner->isVisible() ? banner->text() : QString();
}

} // namespace

class ExplainTypedValuesTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void categoryFieldListsTheModelsCategories_data();
    void categoryFieldListsTheModelsCategories();
    void textInANumberFieldIsRefused_data();
    void textInANumberFieldIsRefused();
    void numbersAreReadInTheUsersLocale_data();
    void numbersAreReadInTheUsersLocale();
    void placeholderShowsTheTrainingRange_data();
    void placeholderShowsTheTrainingRange();
    void emptyFieldsAreSentAsMissing();
    void formFollowsTheChosenVersion();
};

void ExplainTypedValuesTest::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void ExplainTypedValuesTest::categoryFieldListsTheModelsCategories_data()
{
    QTest::addColumn<ColumnInputView>("input");
    QTest::addColumn<QStringList>("expectedItems");
    QTest::addColumn<QStringList>("expectedData");

    QTest::newRow("two categories")
        << categoryInput(QStringLiteral("gender"), {QStringLiteral("F"), QStringLiteral("M")})
        << QStringList{QStringLiteral("(missing)"), QStringLiteral("F"), QStringLiteral("M")}
        << QStringList{QString(), QStringLiteral("F"), QStringLiteral("M")};
    QTest::newRow("model's order, spaces kept")
        << categoryInput(QStringLiteral("smoking"),
                         {QStringLiteral("never"), QStringLiteral("former smoker"),
                          QStringLiteral("current")})
        << QStringList{QStringLiteral("(missing)"), QStringLiteral("never"),
                       QStringLiteral("former smoker"), QStringLiteral("current")}
        << QStringList{QString(), QStringLiteral("never"), QStringLiteral("former smoker"),
                       QStringLiteral("current")};
    ColumnInputView yesNo;
    yesNo.name = QStringLiteral("smoking");
    yesNo.kind = ColumnInputView::Kind::YesNo;
    QTest::newRow("yes or no") << yesNo
                               << QStringList{QStringLiteral("(missing)"), QStringLiteral("yes"),
                                              QStringLiteral("no")}
                               << QStringList{QString(), QStringLiteral("1"), QStringLiteral("0")};
}

void ExplainTypedValuesTest::categoryFieldListsTheModelsCategories()
{
    QFETCH(ColumnInputView, input);
    QFETCH(QStringList, expectedItems);
    QFETCH(QStringList, expectedData);

    ExplainPage page;
    QVERIFY(openTypedForm(page));
    page.setInputs(3, {numberInput(QStringLiteral("age"), 18.0, 90.0), input});
    QSignalSpy rowRequested(&page, &ExplainPage::explainRowRequested);

    const QString objectName = QStringLiteral("typedValueCombo_") + input.name;
    auto *list = page.findChild<QComboBox *>(objectName);
    QVERIFY(list);
    QVERIFY(!list->isEditable());
    QVERIFY(!page.findChild<QLineEdit *>(QStringLiteral("typedValueEdit_") + input.name));
    QCOMPARE(comboItems(list), expectedItems);
    QStringList data;
    for (int i = 0; i < list->count(); ++i)
        data << list->itemData(i).toString();
    QCOMPARE(data, expectedData);
    // Nothing is chosen for the user: the list starts at "(missing)".
    QCOMPARE(list->currentIndex(), 0);

    for (int i = 0; i < list->count(); ++i)
    {
        list->setCurrentIndex(i);
        clickExplainRow(page);
        QCOMPARE(rowRequested.size(), i + 1);
        const auto request = rowRequested.last().first().value<ExplainRequest>();
        QCOMPARE(request.typedValues.value(input.name), expectedData.at(i));
    }
}

void ExplainTypedValuesTest::textInANumberFieldIsRefused_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expectedMessage");

    QTest::newRow("a word") << QStringLiteral("typedValueEdit_age") << QStringLiteral("forty")
                            << QStringLiteral("age: “forty” is not a number");
    QTest::newRow("a unit after the number")
        << QStringLiteral("typedValueEdit_steps_per_day") << QStringLiteral("12000 steps")
        << QStringLiteral("steps_per_day: “12000 steps” is not a number");
    QTest::newRow("two decimal points")
        << QStringLiteral("typedValueEdit_resting_hr") << QStringLiteral("7.2.5")
        << QStringLiteral("resting hr: “7.2.5” is not a number");
    QTest::newRow("infinity") << QStringLiteral("typedValueEdit_age") << QStringLiteral("inf")
                              << QStringLiteral("age: “inf” is not a number");
}

void ExplainTypedValuesTest::textInANumberFieldIsRefused()
{
    QFETCH(QString, field);
    QFETCH(QString, typed);
    QFETCH(QString, expectedMessage);

    ExplainPage page;
    QVERIFY(openTypedForm(page));
    QSignalSpy rowRequested(&page, &ExplainPage::explainRowRequested);
    auto *edit = page.findChild<QLineEdit *>(field);
    QVERIFY(edit);
    QTest::keyClicks(edit, typed);
    QCOMPARE(edit->text(), typed);
    page.findChild<QComboBox *>(QStringLiteral("methodCombo"))->setFocus();

    clickExplainRow(page);

    QCOMPARE(rowRequested.size(), 0);
    const QString message = bannerText(page);
    QVERIFY2(message.startsWith(expectedMessage), qPrintable(message));
    // The field is marked and the cursor goes back into it.
    QTRY_VERIFY(edit->hasFocus());
    QCOMPARE(edit->accessibleDescription(), expectedMessage);

    // Once fixed, the same click explains.
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("40"));
    QVERIFY(edit->accessibleDescription().isEmpty());
    clickExplainRow(page);
    QCOMPARE(rowRequested.size(), 1);
}

void ExplainTypedValuesTest::numbersAreReadInTheUsersLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expectedValue");
    QTest::addColumn<bool>("accepted");

    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QLocale german(QLocale::German, QLocale::Germany);
    QTest::newRow("English decimal point")
        << english << QStringLiteral("72.5") << QStringLiteral("72.5") << true;
    QTest::newRow("English thousands")
        << english << QStringLiteral("12,157") << QStringLiteral("12157") << true;
    QTest::newRow("German decimal comma")
        << german << QStringLiteral("72,5") << QStringLiteral("72.5") << true;
    QTest::newRow("German thousands and comma")
        << german << QStringLiteral("12.157,25") << QStringLiteral("12157.25") << true;
    QTest::newRow("German negative")
        << german << QStringLiteral("-0,5") << QStringLiteral("-0.5") << true;
    // "72.5" is no German number; reading it as 725 or 72.5 would be a guess.
    QTest::newRow("German with a point") << german << QStringLiteral("72.5") << QString() << false;
}

void ExplainTypedValuesTest::numbersAreReadInTheUsersLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, typed);
    QFETCH(QString, expectedValue);
    QFETCH(bool, accepted);

    QLocale::setDefault(locale);
    ExplainPage page;
    QVERIFY(openTypedForm(page));
    QSignalSpy rowRequested(&page, &ExplainPage::explainRowRequested);
    auto *age = page.findChild<QLineEdit *>(QStringLiteral("typedValueEdit_age"));
    QVERIFY(age);
    QTest::keyClicks(age, typed);

    clickExplainRow(page);

    QCOMPARE(rowRequested.size(), accepted ? 1 : 0);
    if (!accepted)
    {
        QVERIFY2(bannerText(page).contains(QStringLiteral("age: “%1”").arg(typed)),
                 qPrintable(bannerText(page)));
        // The message shows how this locale writes a number.
        QVERIFY2(bannerText(page).contains(locale.toString(72.5)), qPrintable(bannerText(page)));
        return;
    }
    const auto request = rowRequested.first().first().value<ExplainRequest>();
    QCOMPARE(request.typedValues.value(QStringLiteral("age")), expectedValue);
    QCOMPARE(request.typedValues.value(QStringLiteral("age")).toDouble(), locale.toDouble(typed));
}

void ExplainTypedValuesTest::placeholderShowsTheTrainingRange_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expectedPlaceholder");

    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QLocale german(QLocale::German, QLocale::Germany);
    QTest::newRow("whole numbers")
        << english << QStringLiteral("typedValueEdit_age") << QStringLiteral("18 to 90");
    // A range 22,590 wide needs no decimals, and never an exponent ("2.411e+04").
    QTest::newRow("thousands") << english << QStringLiteral("typedValueEdit_steps_per_day")
                               << QStringLiteral("1,520 to 24,110");
    QTest::newRow("German thousands") << german << QStringLiteral("typedValueEdit_steps_per_day")
                                      << QStringLiteral("1.520 to 24.110");
    QTest::newRow("German decimals")
        << german << QStringLiteral("typedValueEdit_resting_hr") << QStringLiteral("41 to 98,5");
}

void ExplainTypedValuesTest::placeholderShowsTheTrainingRange()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, field);
    QFETCH(QString, expectedPlaceholder);

    QLocale::setDefault(locale);
    ExplainPage page;
    QVERIFY(openTypedForm(page));
    auto *edit = page.findChild<QLineEdit *>(field);
    QVERIFY(edit);
    QCOMPARE(edit->placeholderText(), expectedPlaceholder);
    QVERIFY2(edit->toolTip().contains(expectedPlaceholder), qPrintable(edit->toolTip()));
}

void ExplainTypedValuesTest::emptyFieldsAreSentAsMissing()
{
    ExplainPage page;
    QVERIFY(openTypedForm(page));
    QSignalSpy rowRequested(&page, &ExplainPage::explainRowRequested);
    QTest::keyClicks(page.findChild<QLineEdit *>(QStringLiteral("typedValueEdit_age")),
                     QStringLiteral("52"));
    // Spaces alone are nothing typed.
    QTest::keyClicks(page.findChild<QLineEdit *>(QStringLiteral("typedValueEdit_resting_hr")),
                     QStringLiteral("   "));

    clickExplainRow(page);

    QCOMPARE(rowRequested.size(), 1);
    QVERIFY(bannerText(page).isEmpty());
    const auto request = rowRequested.first().first().value<ExplainRequest>();
    // Every column is in the request; the missing ones explicitly, as empty values.
    QCOMPARE(request.typedValues.keys(),
             QStringList({QStringLiteral("age"), QStringLiteral("gender"),
                          QStringLiteral("resting hr"), QStringLiteral("steps_per_day")}));
    QCOMPARE(request.typedValues.value(QStringLiteral("age")), QStringLiteral("52"));
    for (const char *missing : {"gender", "steps_per_day", "resting hr"})
    {
        QVERIFY2(request.typedValues.contains(QLatin1String(missing)), missing);
        QVERIFY2(request.typedValues.value(QLatin1String(missing)).isEmpty(), missing);
    }
}

void ExplainTypedValuesTest::formFollowsTheChosenVersion()
{
    ExplainPage page;
    QSignalSpy versionChosen(&page, &ExplainPage::versionChosen);
    QVERIFY(openTypedForm(page));
    // Choosing version 3 (the first) asked for its inputs once; a refresh asks for nothing.
    QCOMPARE(versionChosen.size(), 1);
    QCOMPARE(versionChosen.first().first().toLongLong(), qint64(3));
    page.setVersions(
        {{3, QStringLiteral("v3 · federated, round 12")}, {2, QStringLiteral("v2 · local")}});
    QCOMPARE(versionChosen.size(), 1);
    auto *explain = page.findChild<QPushButton *>(QStringLiteral("explainRowButton"));
    auto *version = page.findChild<QComboBox *>(QStringLiteral("explainVersionCombo"));
    QVERIFY(explain && version);
    QVERIFY(explain->isEnabled());
    QTest::keyClicks(page.findChild<QLineEdit *>(QStringLiteral("typedValueEdit_age")),
                     QStringLiteral("33"));

    version->setCurrentIndex(1);

    QCOMPARE(versionChosen.size(), 2);
    QCOMPARE(versionChosen.last().first().toLongLong(), qint64(2));
    // Until version 2's inputs arrive, typed values cannot be explained with it.
    QVERIFY(!explain->isEnabled());
    // A late answer for version 3 changes nothing.
    page.setInputs(3, fitnessInputs());
    QVERIFY(!explain->isEnabled());

    page.setInputs(2, {numberInput(QStringLiteral("age"), 20.0, 80.0),
                       categoryInput(QStringLiteral("gender"),
                                     {QStringLiteral("female"), QStringLiteral("male"),
                                      QStringLiteral("other")}),
                       numberInput(QStringLiteral("bmi"), 16.5, 41.25)});

    QVERIFY(explain->isEnabled());
    auto *gender = page.findChild<QComboBox *>(QStringLiteral("typedValueCombo_gender"));
    QVERIFY(gender);
    QCOMPARE(comboItems(gender), QStringList({QStringLiteral("(missing)"), QStringLiteral("female"),
                                              QStringLiteral("male"), QStringLiteral("other")}));
    QVERIFY(page.findChild<QLineEdit *>(QStringLiteral("typedValueEdit_bmi")));
    QVERIFY(!page.findChild<QLineEdit *>(QStringLiteral("typedValueEdit_steps_per_day")));
    QVERIFY(!page.findChild<QLineEdit *>(QStringLiteral("typedValueEdit_resting_hr")));
    auto *age = page.findChild<QLineEdit *>(QStringLiteral("typedValueEdit_age"));
    QVERIFY(age);
    QCOMPARE(age->placeholderText(), QStringLiteral("20 to 80"));
    // A number column of the same name keeps what was typed.
    QCOMPARE(age->text(), QStringLiteral("33"));

    QSignalSpy rowRequested(&page, &ExplainPage::explainRowRequested);
    clickExplainRow(page);
    QCOMPARE(rowRequested.size(), 1);
    const auto request = rowRequested.first().first().value<ExplainRequest>();
    QCOMPARE(request.versionId, qint64(2));
    QCOMPARE(request.typedValues.keys(),
             QStringList({QStringLiteral("age"), QStringLiteral("bmi"), QStringLiteral("gender")}));
}

QTEST_MAIN(ExplainTypedValuesTest)
#include "explain_typed_values_test.moc"
