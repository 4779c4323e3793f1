#include "widgets/train_settings_form.h"

#include <algorithm>
#include <iterator>
#include <optional>
#include <utility>

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace cohort::ui
{

namespace
{

struct Preset
{
    const char *key;
    const char *name;
    const char *summary;
    QVector<int> hiddenLayers;
    int epochs;
    double learningRate;
    int batchSize;
    double dropout;
};

// clang-format off
const Preset kPresets[] = {
    {"quick", QT_TRANSLATE_NOOP("cohort::ui::TrainSettingsForm", "Quick"),
     QT_TRANSLATE_NOOP("cohort::ui::TrainSettingsForm",
                       "A small network and few epochs: a first look in seconds."),
     {32}, 15, 0.01, 64, 0.1},
    {"balanced", QT_TRANSLATE_NOOP("cohort::ui::TrainSettingsForm", "Balanced"),
     QT_TRANSLATE_NOOP("cohort::ui::TrainSettingsForm", "A good default for most files."),
     {64, 32}, 40, 0.005, 64, 0.2},
    {"thorough", QT_TRANSLATE_NOOP("cohort::ui::TrainSettingsForm", "Thorough"),
     QT_TRANSLATE_NOOP("cohort::ui::TrainSettingsForm",
                       "A larger network trained for longer: slower, sometimes better."),
     {128, 64, 32}, 100, 0.002, 32, 0.3},
};
// clang-format on
constexpr int kPresetCount = static_cast<int>(std::size(kPresets));
constexpr int kDefaultPreset = 1;
constexpr double kWeightDecay = 1e-4;
constexpr int kSeed = 42;
constexpr int kMaxLayers = 8;
constexpr int kMaxUnits = 4096;

// "64, 32" -> {64, 32}; nothing if any part is not a whole number in range.
std::optional<QVector<int>> parseLayers(const QString &text)
{
    QVector<int> layers;
    for (const QString &part : text.split(QLatin1Char(',')))
    {
        bool ok = false;
        const int units = part.trimmed().toInt(&ok);
        if (!ok || units < 1 || units > kMaxUnits)
            return std::nullopt;
        layers.append(units);
    }
    if (layers.size() > kMaxLayers)
        return std::nullopt;
    return layers;
}

QString layersText(const QVector<int> &layers)
{
    QStringList parts;
    for (const int units : layers)
        parts << QString::number(units);
    return parts.join(QLatin1Char(','));
}

template <typename Spin>
Spin *createSpin(const char *objectName, double low, double high, QWidget *parent)
{
    using Value = decltype(std::declval<Spin>().value());
    auto *box = new Spin(parent);
    box->setObjectName(QLatin1String(objectName));
    box->setRange(static_cast<Value>(low), static_cast<Value>(high));
    return box;
}

} // namespace

TrainSettingsForm::TrainSettingsForm(QWidget *parent)
    : QWidget(parent)
    , m_presetLabel(new QLabel(this))
    , m_presetCombo(new QComboBox(this))
    , m_presetSummary(new QLabel(this))
    , m_advancedBox(new QGroupBox(this))
{
    m_presetCombo->setObjectName(QStringLiteral("presetCombo"));
    for (const Preset &preset : kPresets)
        m_presetCombo->addItem(QString(), QLatin1String(preset.key));
    m_presetCombo->addItem(QString(), QStringLiteral("custom"));
    m_presetLabel->setBuddy(m_presetCombo);
    m_presetSummary->setWordWrap(true);

    m_advancedBox->setObjectName(QStringLiteral("advancedBox"));
    m_advancedBox->setCheckable(true);
    m_advancedBox->setChecked(false);
    m_advancedForm = createAdvancedForm();
    m_advancedForm->hide();
    auto *boxLayout = new QVBoxLayout(m_advancedBox);
    boxLayout->addWidget(m_advancedForm);
    // Collapsed, the box is only its check box title: flat, without margins, so no empty frame
    // is drawn under it.
    const auto collapse = [this, boxLayout](bool open)
    {
        m_advancedForm->setVisible(open);
        m_advancedBox->setFlat(!open);
        const int margin = open ? style()->pixelMetric(QStyle::PM_LayoutLeftMargin) : 0;
        boxLayout->setContentsMargins(margin, margin, margin, margin);
        const int title =
            std::max(fontMetrics().height(), style()->pixelMetric(QStyle::PM_IndicatorHeight));
        m_advancedBox->setMaximumHeight(open ? QWIDGETSIZE_MAX : title + 2);
    };
    collapse(false);
    connect(m_advancedBox, &QGroupBox::toggled, this, collapse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_presetLabel);
    layout->addWidget(m_presetCombo);
    layout->addWidget(m_presetSummary);
    layout->addWidget(m_advancedBox);
    applyPreset(kDefaultPreset);
    connect(m_presetCombo, &QComboBox::currentIndexChanged, this, &TrainSettingsForm::applyPreset);
    retranslate();
}

TrainSettingsForm::~TrainSettingsForm() = default;

QWidget *TrainSettingsForm::createAdvancedForm()
{
    auto *form = new QWidget(m_advancedBox);
    m_hiddenLayersEdit = new QLineEdit(form);
    m_hiddenLayersEdit->setObjectName(QStringLiteral("hiddenLayersEdit"));
    m_hiddenLayersError = new QLabel(form);
    m_hiddenLayersError->setObjectName(QStringLiteral("hiddenLayersError"));
    m_hiddenLayersError->setWordWrap(true);
    m_hiddenLayersError->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_hiddenLayersError->hide();
    m_epochsSpin = createSpin<QSpinBox>("epochsSpin", 1, 10000, form);
    m_learningRateSpin = createSpin<QDoubleSpinBox>("learningRateSpin", 0.00001, 1.0, form);
    m_learningRateSpin->setDecimals(5);
    m_learningRateSpin->setSingleStep(0.001);
    m_batchSizeSpin = createSpin<QSpinBox>("batchSizeSpin", 1, 65536, form);
    m_dropoutSpin = createSpin<QDoubleSpinBox>("dropoutSpin", 0.0, 0.9, form);
    m_dropoutSpin->setSingleStep(0.05);
    m_weightDecaySpin = createSpin<QDoubleSpinBox>("weightDecaySpin", 0.0, 0.1, form);
    m_weightDecaySpin->setDecimals(5);
    m_weightDecaySpin->setSingleStep(0.0001);
    m_seedSpin = createSpin<QSpinBox>("seedSpin", 0, 2147483647, form);

    QWidget *const fields[kFieldCount] = {m_hiddenLayersEdit, m_epochsSpin,  m_learningRateSpin,
                                          m_batchSizeSpin,    m_dropoutSpin, m_weightDecaySpin,
                                          m_seedSpin};
    auto *layout = new QFormLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < kFieldCount; ++i)
    {
        m_fieldLabels[i] = new QLabel(form);
        m_fieldLabels[i]->setBuddy(fields[i]);
        layout->addRow(m_fieldLabels[i], fields[i]);
        if (fields[i] == m_hiddenLayersEdit)
            layout->addRow(m_hiddenLayersError);
    }
    for (QSpinBox *box : {m_epochsSpin, m_batchSizeSpin, m_seedSpin})
        connect(box, &QSpinBox::valueChanged, this, &TrainSettingsForm::handleFieldEdited);
    for (QDoubleSpinBox *box : {m_learningRateSpin, m_dropoutSpin, m_weightDecaySpin})
        connect(box, &QDoubleSpinBox::valueChanged, this, &TrainSettingsForm::handleFieldEdited);
    connect(m_hiddenLayersEdit, &QLineEdit::textChanged, this,
            &TrainSettingsForm::handleFieldEdited);
    return form;
}

TrainSettings TrainSettingsForm::settings() const
{
    TrainSettings result;
    result.preset = m_presetCombo->currentData().toString();
    result.hiddenLayers = parseLayers(m_hiddenLayersEdit->text()).value_or(QVector<int>());
    result.epochs = m_epochsSpin->value();
    result.learningRate = m_learningRateSpin->value();
    result.batchSize = m_batchSizeSpin->value();
    result.dropout = m_dropoutSpin->value();
    result.weightDecay = m_weightDecaySpin->value();
    result.seed = static_cast<quint64>(m_seedSpin->value());
    return result;
}

void TrainSettingsForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TrainSettingsForm::retranslate()
{
    m_presetLabel->setText(tr("&Preset:"));
    m_presetCombo->setAccessibleName(tr("Training preset"));
    for (int i = 0; i < kPresetCount; ++i)
        m_presetCombo->setItemText(i, tr(kPresets[i].name));
    m_presetCombo->setItemText(kPresetCount, tr("Custom"));
    m_advancedBox->setTitle(tr("&Advanced settings"));
    m_advancedBox->setAccessibleName(tr("Advanced settings"));
    const QString names[kFieldCount] = {tr("Hidden layers"), tr("Epochs"),  tr("Learning rate"),
                                        tr("Batch size"),    tr("Dropout"), tr("Weight decay"),
                                        tr("Seed")};
    const QString labels[kFieldCount] = {
        tr("&Hidden layers:"), tr("&Epochs:"),       tr("&Learning rate:"), tr("&Batch size:"),
        tr("&Dropout:"),       tr("&Weight decay:"), tr("&Seed:")};
    for (int i = 0; i < kFieldCount; ++i)
    {
        m_fieldLabels[i]->setText(labels[i]);
        m_fieldLabels[i]->buddy()->setAccessibleName(names[i]);
    }
    m_hiddenLayersEdit->setPlaceholderText(tr("e.g. 64,32"));
    m_hiddenLayersEdit->setToolTip(tr("Units per hidden layer, separated by commas."));
    m_epochsSpin->setToolTip(tr("How many times training goes through the whole file."));
    m_seedSpin->setToolTip(tr("The same seed and data give the same model."));
    m_presetCombo->setToolTip(tr("Quick trains a small model in seconds; Thorough a larger "
                                 "one for longer. Custom keeps your own settings."));
    m_learningRateSpin->setToolTip(tr("How big each training step is: too high and training "
                                      "jumps around, too low and it crawls."));
    m_batchSizeSpin->setToolTip(tr("Rows per training step. Larger batches are smoother and "
                                   "faster per row."));
    m_dropoutSpin->setToolTip(tr("Share of units switched off at random while training, so "
                                 "the model does not learn the rows by heart (0 = none)."));
    m_weightDecaySpin->setToolTip(tr("Keeps the weights small, another guard against learning "
                                     "the rows by heart (0 = none)."));
    m_hiddenLayersError->setText(tr("Write up to %1 whole numbers from 1 to %2, separated by "
                                    "commas, e.g. 64,32.")
                                     .arg(kMaxLayers)
                                     .arg(kMaxUnits));
    updatePresetSummary();
}

void TrainSettingsForm::applyPreset(int index)
{
    if (index < 0 || index >= kPresetCount)
    {
        // "Custom" keeps the fields as they are and shows them.
        m_advancedBox->setChecked(true);
        updatePresetSummary();
        return;
    }
    const Preset &preset = kPresets[index];
    m_applyingPreset = true;
    {
        const QSignalBlocker blocker(m_presetCombo);
        m_presetCombo->setCurrentIndex(index);
    }
    m_hiddenLayersEdit->setText(layersText(preset.hiddenLayers));
    m_epochsSpin->setValue(preset.epochs);
    m_learningRateSpin->setValue(preset.learningRate);
    m_batchSizeSpin->setValue(preset.batchSize);
    m_dropoutSpin->setValue(preset.dropout);
    m_weightDecaySpin->setValue(kWeightDecay);
    m_seedSpin->setValue(kSeed);
    m_applyingPreset = false;
    validateHiddenLayers();
    updatePresetSummary();
}

void TrainSettingsForm::handleFieldEdited()
{
    validateHiddenLayers();
    if (m_applyingPreset || m_presetCombo->currentIndex() == kPresetCount)
        return;
    {
        const QSignalBlocker blocker(m_presetCombo);
        m_presetCombo->setCurrentIndex(kPresetCount);
    }
    updatePresetSummary();
}

void TrainSettingsForm::validateHiddenLayers()
{
    const bool valid = parseLayers(m_hiddenLayersEdit->text()).has_value();
    m_hiddenLayersError->setVisible(!valid);
    if (valid == m_layersValid)
        return;
    m_layersValid = valid;
    Q_EMIT validityChanged(valid);
}

void TrainSettingsForm::updatePresetSummary()
{
    const int index = m_presetCombo->currentIndex();
    m_presetSummary->setText(index >= 0 && index < kPresetCount
                                 ? tr(kPresets[index].summary)
                                 : tr("Your own settings, under Advanced settings."));
}

} // namespace cohort::ui
