#include "widgets/form_fields.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QRegularExpression>

#include <array>

namespace cohort::ui
{

namespace
{

struct StrategyName
{
    const char *key;
    const char *label;
};

// Labels of the strategies the engine lists, translated in the context below; the keys come
// from the engine (through the app) and go back to it unchanged. A key without a label here
// is shown as it is.
constexpr std::array<StrategyName, 7> kStrategyLabels{{
    {"fedavg", QT_TRANSLATE_NOOP("cohort::ui::Strategy", "FedAvg")},
    {"fedprox", QT_TRANSLATE_NOOP("cohort::ui::Strategy", "FedProx")},
    {"fedadam", QT_TRANSLATE_NOOP("cohort::ui::Strategy", "FedAdam")},
    {"fedyogi", QT_TRANSLATE_NOOP("cohort::ui::Strategy", "FedYogi")},
    {"fedadagrad", QT_TRANSLATE_NOOP("cohort::ui::Strategy", "FedAdagrad")},
    {"median", QT_TRANSLATE_NOOP("cohort::ui::Strategy", "Median")},
    {"trimmed_mean", QT_TRANSLATE_NOOP("cohort::ui::Strategy", "Trimmed mean")},
}};

} // namespace

QLabel *createErrorLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    QPalette colours = label->palette();
    colours.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    label->setPalette(colours);
    label->hide();
    return label;
}

void showFieldError(QLabel *label, QWidget *field, const QString &message)
{
    label->setText(message);
    label->setAccessibleName(message);
    label->show();
    if (field)
        field->setFocus(Qt::OtherFocusReason);
}

void clearFieldError(QLabel *label)
{
    label->clear();
    label->hide();
}

QString strategyLabel(const QString &key)
{
    for (const StrategyName &strategy : kStrategyLabels)
    {
        if (key == QLatin1String(strategy.key))
            return QCoreApplication::translate("cohort::ui::Strategy", strategy.label);
    }
    return key;
}

void fillStrategyCombo(QComboBox *combo, const QStringList &keys)
{
    const QString current = combo->currentData().toString();
    for (int index = combo->count() - 1; index >= 0; --index)
    {
        if (!keys.contains(combo->itemData(index).toString()))
            combo->removeItem(index);
    }
    for (const QString &key : keys)
    {
        if (const int index = combo->findData(key); index >= 0)
            combo->setItemText(index, strategyLabel(key));
        else
            combo->addItem(strategyLabel(key), key);
    }
    selectComboKey(combo, current);
}

void selectComboKey(QComboBox *combo, const QString &key)
{
    if (const int index = combo->findData(key); index >= 0)
        combo->setCurrentIndex(index);
}

bool isHostAndPort(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._-]+):(\d{1,5})$)"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return false;
    const int port = match.captured(1).toInt();
    return port >= 1 && port <= 65535;
}

} // namespace cohort::ui
