// "Start a demo federation": one click runs a hub and a few sites on this computer with
// synthetic data, so a first-time user sees rounds without preparing any file.
#pragma once

#include "widgets/federation_views.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace cohort::ui
{

class DemoPanel final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoPanel)

public:
    explicit DemoPanel(QWidget *parent = nullptr);

    [[nodiscard]] DemoSettings settings() const;
    void setSettings(const DemoSettings &settings);
    void setStartEnabled(bool enabled);
    /// The strategies to offer, as the engine lists them.
    void setStrategies(const QStringList &keys);

Q_SIGNALS:
    void demoRequested(const cohort::ui::DemoSettings &settings);

protected:
    void changeEvent(QEvent *event) override;

private:
    QStringList m_strategyKeys;

    void retranslate();
    void fillDomains();

    QLabel *m_description = nullptr;
    QComboBox *m_domain = nullptr;
    QSpinBox *m_sites = nullptr;
    QSpinBox *m_rounds = nullptr;
    QComboBox *m_strategy = nullptr;
    QDoubleSpinBox *m_pace = nullptr; // seconds per round at least
    QCheckBox *m_stepByStep = nullptr;
    QPushButton *m_start = nullptr;
    QList<QLabel *> m_labels;
};

} // namespace cohort::ui
