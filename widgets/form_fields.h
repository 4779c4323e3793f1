// Small shared pieces of the federation and evaluation forms: inline error labels next to a
// field, and the aggregation strategy choices with their stable keys.
#pragma once

#include <QString>

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

/// Fills `combo` with the aggregation strategies (item data: fedavg, fedprox, ... keys), or
/// re-labels the existing items after a language change.
void fillStrategyCombo(QComboBox *combo);

/// Selects the item whose data is `key`; keeps the current item when no item matches.
void selectComboKey(QComboBox *combo, const QString &key);

/// True for "host:port" or "[ipv6]:port" with a port in 1..65535.
[[nodiscard]] bool isHostAndPort(const QString &text);

} // namespace cohort::ui
