// Every setting the user can change in the window says what it is for: each spin box, combo
// box, text field and check box of every page has a tooltip, in English and in German.
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "gui/language.h"
#include "gui/main_window.h"

using cohort::app::MainWindow;

class SettingsTooltipsTest final : public QObject
{
    Q_OBJECT

private:
    // The settings without a tooltip, named by object name (or class and text).
    static QStringList settingsWithoutTooltip(const QWidget &window)
    {
        QStringList missing;
        const auto check = [&](QWidget *widget, const QString &what)
        {
            // A field inside a composite (a file field's text box) may take its tooltip from it.
            const QWidget *parent = widget->parentWidget();
            if (widget->toolTip().trimmed().isEmpty()
                && (parent == nullptr || parent->toolTip().trimmed().isEmpty()))
                missing << (widget->objectName().isEmpty() ? what : widget->objectName());
        };
        for (QAbstractSpinBox *spin : window.findChildren<QAbstractSpinBox *>())
            check(spin, QStringLiteral("spin box"));
        for (QComboBox *combo : window.findChildren<QComboBox *>())
            check(combo, QStringLiteral("combo box"));
        for (QCheckBox *box : window.findChildren<QCheckBox *>())
            check(box, QStringLiteral("check box '%1'").arg(box->text()));
        for (QLineEdit *edit : window.findChildren<QLineEdit *>())
        {
            // The editors inside spin and combo boxes belong to them; read-only fields (the
            // hub's address shown to copy) are no settings.
            QWidget *parent = edit->parentWidget();
            if (qobject_cast<QAbstractSpinBox *>(parent) || qobject_cast<QComboBox *>(parent)
                || edit->isReadOnly())
                continue;
            check(edit, QStringLiteral("text field '%1'").arg(edit->placeholderText()));
        }
        return missing;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everySettingHasATooltip_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("German") << QStringLiteral("de");
    }

    void everySettingHasATooltip()
    {
        QFETCH(QString, language);
        QTemporaryDir dir;
        cohort::app::MainWindowOptions options;
        options.databasePath = dir.filePath(QStringLiteral("registry.db"));
        MainWindow window(options);
        window.resize(1280, 760);
        window.show();
        if (language != QLatin1String("en"))
            QVERIFY(cohort::app::applyLanguage(language));
        const QStringList missing = settingsWithoutTooltip(window);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    }
};

QTEST_MAIN(SettingsTooltipsTest)
#include "settings_tooltips_test.moc"
