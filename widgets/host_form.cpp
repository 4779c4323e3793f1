#include "widgets/host_form.h"

#include "widgets/file_path_field.h"
#include "widgets/form_fields.h"

#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cohort::ui
{

namespace
{

// The form's fields in order (an error line follows the target's).
enum Row
{
    PortRow,
    RoundsRow,
    MinSitesRow,
    FractionRow,
    StrategyRow,
    DeadlineRow,
    CsvRow,
    TargetRow,
    ExcludedRow
};

} // namespace

HostForm::HostForm(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout)
{
    buildFields();
    buildShareBox();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_host, 0, Qt::AlignRight);
    layout->addWidget(m_share);
    layout->addStretch(1);
    connect(m_host, &QPushButton::clicked, this, &HostForm::requestHost);
    retranslate();
}

void HostForm::buildFields()
{
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("hostPortSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(7400);
    m_rounds = new QSpinBox(this);
    m_rounds->setObjectName(QStringLiteral("roundsSpin"));
    m_rounds->setRange(1, 10000);
    m_rounds->setValue(20);
    m_minSites = new QSpinBox(this);
    m_minSites->setObjectName(QStringLiteral("minSitesSpin"));
    m_minSites->setRange(1, 1000);
    m_minSites->setValue(2);
    m_fraction = new QDoubleSpinBox(this);
    m_fraction->setObjectName(QStringLiteral("fractionSpin"));
    m_fraction->setRange(0.05, 1.0);
    m_fraction->setSingleStep(0.05);
    m_fraction->setValue(1.0);
    m_strategy = new QComboBox(this);
    m_strategy->setObjectName(QStringLiteral("strategyCombo"));
    m_strategyKeys = kDefaultStrategyKeys;
    fillStrategyCombo(m_strategy, m_strategyKeys);
    m_deadline = new QDoubleSpinBox(this);
    m_deadline->setObjectName(QStringLiteral("deadlineSpin"));
    m_deadline->setRange(1.0, 86400.0);
    m_deadline->setDecimals(0);
    m_deadline->setValue(60.0);
    m_csv = new FilePathField(QStringLiteral("hostCsv"), this);
    m_target = new QLineEdit(this);
    m_target->setObjectName(QStringLiteral("hostTargetEdit"));
    m_targetError = createErrorLabel(QStringLiteral("hostTargetError"), this);
    connect(m_target, &QLineEdit::textChanged, this, [this] { clearFieldError(m_targetError); });
    m_excluded = new QLineEdit(this);
    m_excluded->setObjectName(QStringLiteral("hostExcludedEdit"));
    m_host = new QPushButton(this);
    m_host->setObjectName(QStringLiteral("hostButton"));

    m_fields = {m_port, m_rounds, m_minSites, m_fraction, m_strategy,
                m_deadline, m_csv, m_target, m_excluded};
    for (QWidget *field : m_fields)
    {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_form->addRow(label, field);
        if (field == m_target)
            m_form->addRow(QString(), m_targetError);
    }
}

void HostForm::buildShareBox()
{
    m_share = new QGroupBox(this);
    m_share->setObjectName(QStringLiteral("hostShareBox"));
    m_address = new QLineEdit(m_share);
    m_address->setObjectName(QStringLiteral("hostAddressEdit"));
    m_address->setReadOnly(true);
    m_joinCode = new QLineEdit(m_share);
    m_joinCode->setObjectName(QStringLiteral("hostJoinCodeEdit"));
    m_joinCode->setReadOnly(true);
    m_copyAddress = new QPushButton(m_share);
    m_copyAddress->setObjectName(QStringLiteral("copyAddressButton"));
    m_copyJoinCode = new QPushButton(m_share);
    m_copyJoinCode->setObjectName(QStringLiteral("copyJoinCodeButton"));
    m_addressLabel = new QLabel(m_share);
    m_addressLabel->setBuddy(m_address);
    m_joinCodeLabel = new QLabel(m_share);
    m_joinCodeLabel->setBuddy(m_joinCode);

    auto *grid = new QGridLayout(m_share);
    grid->addWidget(m_addressLabel, 0, 0);
    grid->addWidget(m_address, 0, 1);
    grid->addWidget(m_copyAddress, 0, 2);
    grid->addWidget(m_joinCodeLabel, 1, 0);
    grid->addWidget(m_joinCode, 1, 1);
    grid->addWidget(m_copyJoinCode, 1, 2);
    connect(m_copyAddress, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_address->text()); });
    connect(m_copyJoinCode, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_joinCode->text()); });
    m_share->hide();
}

HostSettings HostForm::settings() const
{
    HostSettings settings;
    settings.port = static_cast<quint16>(m_port->value());
    settings.rounds = m_rounds->value();
    settings.minSites = m_minSites->value();
    settings.fraction = m_fraction->value();
    settings.strategy = m_strategy->currentData().toString();
    settings.deadlineSeconds = m_deadline->value();
    settings.featuresCsv = m_csv->path();
    settings.target = m_target->text().trimmed();
    for (const QString &column : m_excluded->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
    {
        if (!column.trimmed().isEmpty())
            settings.excluded << column.trimmed();
    }
    return settings;
}

void HostForm::setHostAddress(const QString &address, const QString &joinCode)
{
    m_address->setText(address);
    m_joinCode->setText(joinCode);
    m_share->setVisible(!address.isEmpty() || !joinCode.isEmpty());
}

void HostForm::setStartEnabled(bool enabled)
{
    m_host->setEnabled(enabled);
}

void HostForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HostForm::retranslate()
{
    const QStringList labels{
        tr("&Port:"),     tr("&Rounds:"),   tr("&Minimum sites:"), tr("Sampled &fraction:"),
        tr("&Strategy:"), tr("&Deadline:"), tr("&Columns from:"),  tr("&Target column:"),
        tr("&Leave out:")};
    const QStringList names{
        tr("Port"),     tr("Rounds"),   tr("Minimum sites"), tr("Sampled fraction"),
        tr("Strategy"), tr("Deadline"), tr("Columns file"),  tr("Target column"),
        tr("Columns to leave out")};
    for (int row = PortRow; row <= ExcludedRow; ++row)
    {
        QWidget *field = m_fields.at(row);
        if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(field)))
            label->setText(labels.at(row));
        field->setAccessibleName(names.at(row));
    }
    m_csv->setFieldName(names.at(CsvRow));
    m_csv->setToolTip(tr("A CSV file with the federation's columns; the hub reads its header, "
                         "types and classes and trains on nothing."));
    m_fraction->setToolTip(tr("Share of the connected sites asked to train in each round"));
    m_port->setToolTip(tr("The TCP port the hub listens on; sites connect to this machine's "
                          "address and this port."));
    m_rounds->setToolTip(tr("How many rounds the federation runs; each round stores a model "
                            "version."));
    m_minSites->setToolTip(tr("The first round starts once this many sites have joined."));
    m_strategy->setToolTip(tr("How the hub combines the sites' models: FedAvg weights them by "
                              "rows; the robust ones resist a site that sends bad updates."));
    m_target->setToolTip(tr("The column the model learns to predict; every site's file must "
                            "have it."));
    m_deadline->setSuffix(tr(" s", "seconds"));
    m_deadline->setToolTip(tr("How long a round waits for sites before it drops the late ones"));
    m_target->setPlaceholderText(tr("e.g. workout_type"));
    m_excluded->setPlaceholderText(tr("e.g. patient_id, ward"));
    m_excluded->setToolTip(tr("Columns of the file that the model must not learn from, separated "
                              "by commas (an ID, a column that gives the answer away). Sites keep "
                              "them in their files; the federation ignores them."));
    fillStrategyCombo(m_strategy, m_strategyKeys);
    m_host->setText(tr("&Host federation"));
    m_host->setAccessibleName(tr("Host federation"));
    m_share->setTitle(tr("Give the sites"));
    m_addressLabel->setText(tr("&Address:"));
    m_joinCodeLabel->setText(tr("&Join code:"));
    m_address->setAccessibleName(tr("Hub address"));
    m_joinCode->setAccessibleName(tr("Join code"));
    m_copyAddress->setText(tr("Copy"));
    m_copyAddress->setAccessibleName(tr("Copy address"));
    m_copyJoinCode->setText(tr("Copy"));
    m_copyJoinCode->setAccessibleName(tr("Copy join code"));
}

bool HostForm::validate()
{
    bool valid = m_csv->validateNotEmpty();
    if (m_target->text().trimmed().isEmpty())
    {
        showFieldError(m_targetError, valid ? m_target : nullptr,
                       tr("Name the column the model should predict."));
        valid = false;
    }
    return valid;
}

void HostForm::requestHost()
{
    if (validate())
        Q_EMIT hostRequested(settings());
}

void HostForm::setStrategies(const QStringList &keys)
{
    m_strategyKeys = keys;
    fillStrategyCombo(m_strategy, m_strategyKeys);
}

} // namespace cohort::ui
