// The Train page's settings: a preset (Quick, Balanced, Thorough) and the advanced fields it
// fills. Editing a field turns the preset into "Custom".
#pragma once

#include <QWidget>

#include "widgets/train_views.h"

class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace cohort::ui
{

class TrainSettingsForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainSettingsForm)

public:
    explicit TrainSettingsForm(QWidget *parent = nullptr);
    ~TrainSettingsForm() override;

    /// The settings the fields show now; hiddenLayers is empty if that field is invalid.
    [[nodiscard]] TrainSettings settings() const;
    /// False while the hidden-layers field cannot be read.
    [[nodiscard]] bool isValid() const { return m_layersValid; }

Q_SIGNALS:
    void validityChanged(bool valid);

protected:
    void changeEvent(QEvent *event) override;

private:
    static constexpr int kFieldCount = 7;

    QWidget *createAdvancedForm();
    void retranslate();
    void applyPreset(int index);
    void handleFieldEdited();
    void validateHiddenLayers();
    void updatePresetSummary();

    QLabel *m_presetLabel = nullptr;
    QComboBox *m_presetCombo = nullptr;
    QLabel *m_presetSummary = nullptr;
    QGroupBox *m_advancedBox = nullptr;
    QWidget *m_advancedForm = nullptr;
    QLabel *m_fieldLabels[kFieldCount] = {};
    QLineEdit *m_hiddenLayersEdit = nullptr;
    QLabel *m_hiddenLayersError = nullptr;
    QSpinBox *m_epochsSpin = nullptr;
    QDoubleSpinBox *m_learningRateSpin = nullptr;
    QSpinBox *m_batchSizeSpin = nullptr;
    QDoubleSpinBox *m_dropoutSpin = nullptr;
    QDoubleSpinBox *m_weightDecaySpin = nullptr;
    QSpinBox *m_seedSpin = nullptr;
    bool m_layersValid = true;
    bool m_applyingPreset = false;
};

} // namespace cohort::ui
