// Small shared pieces of the federation and evaluation forms: inline error labels next to a
// field, and the aggregation strategy choices with their stable keys.
#pragma once

#include <QString>
#include <QStringList>

class QComboBox;
class QLabel;
class QWidget;

namespace cohort::ui
{

/// A hidden red, word-wrapped label placed under a field to say what is wrong with it.
[[nodiscard]] QLabel *createErrorLabel(const QString &objectName, QWidget *parent);

/// Shows `message` in `label` and moves the keyboard focus to `field`.
void showFieldError(QLabel *label, QWidget *field, const QString &message);

/// Hides the label; a later validation shows it again when needed.
void clearFieldError(QLabel *label);

/// The strategies' keys shown before the app hands over the engine's list.
inline const QStringList kDefaultStrategyKeys{QStringLiteral("fedavg")};

/// Fills `combo` with the aggregation strategies the engine lists (item data: their keys),
/// labelled in the current language; keeps the current choice when it is still listed.
void fillStrategyCombo(QComboBox *combo, const QStringList &keys);

/// The label of a strategy key in the current language (the key itself when unknown).
[[nodiscard]] QString strategyLabel(const QString &key);

/// Selects the item whose data is `key`; keeps the current item when no item matches.
void selectComboKey(QComboBox *combo, const QString &key);

/// True for "host:port" or "[ipv6]:port" with a port in 1..65535.
[[nodiscard]] bool isHostAndPort(const QString &text);

} // namespace cohort::ui
