#include "widgets/demo_panel.h"

#include "widgets/form_fields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace cohort::ui
{

namespace
{

// The one accent colour of the page: this is where a first-time user should click.
constexpr char kAccentStyle[] =
    "QGroupBox#demoPanel { font-weight: bold; border: 1px solid #7fb08a; border-radius: 4px;"
    " background: #f1f8f2; margin-top: 1.4ex; padding-top: 4px; }"
    "QGroupBox#demoPanel::title { subcontrol-origin: margin; left: 8px; padding: 0 3px; }"
    "QGroupBox#demoPanel > QLabel, QGroupBox#demoPanel > QComboBox,"
    " QGroupBox#demoPanel > QSpinBox { font-weight: normal; }"
    "QPushButton#demoButton { background: #2e7d32; color: white; border: none;"
    " border-radius: 4px; padding: 6px; }"
    "QPushButton#demoButton:hover { background: #388e3c; }"
    "QPushButton#demoButton:focus { border: 2px solid #1b4d1f; }"
    "QPushButton#demoButton:disabled { background: #a9c9ab; color: #f4f4f4; }";

} // namespace

DemoPanel::DemoPanel(QWidget *parent)
    : QGroupBox(parent)
    , m_description(new QLabel(this))
    , m_domain(new QComboBox(this))
    , m_sites(new QSpinBox(this))
    , m_rounds(new QSpinBox(this))
    , m_strategy(new QComboBox(this))
    , m_pace(new QDoubleSpinBox(this))
    , m_stepByStep(new QCheckBox(this))
    , m_start(new QPushButton(this))
{
    setObjectName(QStringLiteral("demoPanel"));
    m_description->setWordWrap(true);
    m_domain->setObjectName(QStringLiteral("demoDomainCombo"));
    fillDomains();
    m_sites->setObjectName(QStringLiteral("demoSitesSpin"));
    m_sites->setRange(2, 10);
    m_sites->setValue(4);
    m_rounds->setObjectName(QStringLiteral("demoRoundsSpin"));
    m_rounds->setRange(1, 500);
    m_rounds->setValue(10);
    m_strategy->setObjectName(QStringLiteral("demoStrategyCombo"));
    m_strategyKeys = kDefaultStrategyKeys;
    fillStrategyCombo(m_strategy, m_strategyKeys);
    // Rounds of a demo take milliseconds: paced, a room can follow them on the charts.
    m_pace->setObjectName(QStringLiteral("demoPaceSpin"));
    m_pace->setRange(0.0, 30.0);
    m_pace->setSingleStep(0.5);
    m_pace->setDecimals(1);
    m_pace->setValue(2.0);
    m_stepByStep->setObjectName(QStringLiteral("demoStepCheck"));
    m_start->setObjectName(QStringLiteral("demoButton"));
    m_start->setMinimumHeight(32);

    setStyleSheet(QString::fromLatin1(kAccentStyle));

    auto *grid = new QGridLayout(this);
    grid->addWidget(m_description, 0, 0, 1, 4);
    // Domain and strategy take a whole row; sites and rounds share one.
    const QList<QWidget *> fields{m_domain, m_sites, m_strategy, m_rounds, m_pace};
    const int rows[] = {1, 2, 3, 2, 4};
    const int columns[] = {0, 0, 0, 2, 0};
    for (int i = 0; i < fields.size(); ++i)
    {
        m_labels << new QLabel(this);
        m_labels.last()->setBuddy(fields.at(i));
        const int span = (i == 0 || i == 2 || i == 4) ? 3 : 1;
        grid->addWidget(m_labels.last(), rows[i], columns[i]);
        grid->addWidget(fields.at(i), rows[i], columns[i] + 1, 1, span);
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->addWidget(m_stepByStep, 5, 0, 1, 4);
    grid->addWidget(m_start, 6, 0, 1, 4);
    connect(m_start, &QPushButton::clicked, this, [this] { Q_EMIT demoRequested(settings()); });
    connect(m_sites, &QSpinBox::valueChanged, this, &DemoPanel::retranslate);
    retranslate();
}

void DemoPanel::fillDomains()
{
    const QList<QPair<QString, QString>> domains{
        {QStringLiteral("fitness"), tr("Fitness (workout type)")},
        {QStringLiteral("vitals"), tr("Vitals (risk level)")},
        {QStringLiteral("hospital"), tr("Hospital (readmission)")}};
    for (const auto &[key, label] : domains)
    {
        if (const int index = m_domain->findData(key); index >= 0)
            m_domain->setItemText(index, label);
        else
            m_domain->addItem(label, key);
    }
}

DemoSettings DemoPanel::settings() const
{
    return {m_domain->currentData().toString(),   m_sites->value(), m_rounds->value(),
            m_strategy->currentData().toString(), m_pace->value(),  m_stepByStep->isChecked()};
}

void DemoPanel::setSettings(const DemoSettings &settings)
{
    selectComboKey(m_domain, settings.domain);
    selectComboKey(m_strategy, settings.strategy);
    m_sites->setValue(settings.sites);
    m_rounds->setValue(settings.rounds);
    m_pace->setValue(settings.secondsPerRound);
    m_stepByStep->setChecked(settings.stepByStep);
}

void DemoPanel::setStartEnabled(bool enabled)
{
    m_start->setEnabled(enabled);
}

void DemoPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void DemoPanel::retranslate()
{
    setTitle(tr("Start a demo federation"));
    m_description->setText(tr("Runs a hub and %n site(s) on this computer with synthetic "
                              "health data. No files needed.",
                              nullptr, m_sites->value()));
    fillDomains();
    fillStrategyCombo(m_strategy, m_strategyKeys);
    m_labels.at(0)->setText(tr("D&omain:"));
    m_labels.at(1)->setText(tr("S&ites:"));
    m_labels.at(2)->setText(tr("Strate&gy:"));
    m_labels.at(3)->setText(tr("Ro&unds:"));
    m_labels.at(4)->setText(tr("Seconds &per round:"));
    m_pace->setAccessibleName(tr("Seconds per round at least"));
    m_pace->setToolTip(tr("Demo rounds take a fraction of a second; each round lasts at least "
                          "this long so that people can follow it. 0 runs at full speed."));
    m_stepByStep->setText(tr("Step &by step"));
    m_stepByStep->setToolTip(tr("The demo starts paused and runs one round each time you click "
                                "Next round, so that you can explain each round. Resume runs "
                                "the remaining rounds by themselves."));
    m_domain->setAccessibleName(tr("Demo domain"));
    m_domain->setToolTip(tr("Which synthetic data the demo sites get: fitness, hospital or "
                            "vitals records, different at every site."));
    m_sites->setToolTip(tr("How many sites the demo starts on this computer."));
    m_rounds->setToolTip(tr("How many rounds the demo federation runs."));
    m_strategy->setToolTip(tr("How the hub combines the sites' models: FedAvg weights them by "
                              "rows; the robust ones resist a site that sends bad updates."));
    m_sites->setAccessibleName(tr("Demo sites"));
    m_rounds->setAccessibleName(tr("Demo rounds"));
    m_strategy->setAccessibleName(tr("Demo strategy"));
    m_start->setText(tr("▶ Start d&emo"));
    m_start->setAccessibleName(tr("Start a demo federation"));
}

void DemoPanel::setStrategies(const QStringList &keys)
{
    m_strategyKeys = keys;
    fillStrategyCombo(m_strategy, m_strategyKeys);
}

} // namespace cohort::ui
