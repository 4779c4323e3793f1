#include "widgets/peer_form.h"

#include "widgets/file_path_field.h"
#include "widgets/form_fields.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cohort::ui
{

PeerForm::PeerForm(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout)
    , m_listenPort(new QSpinBox(this))
    , m_peers(new QLineEdit(this))
    , m_peersError(createErrorLabel(QStringLiteral("peerPeersError"), this))
    , m_csv(new FilePathField(QStringLiteral("peerCsv"), this))
    , m_target(new QLineEdit(this))
    , m_targetError(createErrorLabel(QStringLiteral("peerTargetError"), this))
    , m_rounds(new QSpinBox(this))
    , m_start(new QPushButton(this))
{
    m_listenPort->setObjectName(QStringLiteral("peerListenPortSpin"));
    m_listenPort->setRange(1, 65535);
    m_listenPort->setValue(7500);
    m_peers->setObjectName(QStringLiteral("peerPeersEdit"));
    m_target->setObjectName(QStringLiteral("peerTargetEdit"));
    m_rounds->setObjectName(QStringLiteral("peerRoundsSpin"));
    m_rounds->setRange(1, 10000);
    m_rounds->setValue(20);
    m_start->setObjectName(QStringLiteral("peerButton"));
    connect(m_peers, &QLineEdit::textChanged, this, [this] { clearFieldError(m_peersError); });
    connect(m_target, &QLineEdit::textChanged, this, [this] { clearFieldError(m_targetError); });

    addRow(m_listenPort);
    addRow(m_peers);
    m_form->addRow(QString(), m_peersError);
    addRow(m_csv);
    addRow(m_target);
    m_form->addRow(QString(), m_targetError);
    addRow(m_rounds);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_start, 0, Qt::AlignRight);
    layout->addStretch(1);
    connect(m_start, &QPushButton::clicked, this, &PeerForm::requestPeer);
    retranslate();
}

void PeerForm::addRow(QWidget *field)
{
    m_labels << new QLabel(this);
    m_labels.last()->setBuddy(field);
    m_form->addRow(m_labels.last(), field);
}

PeerSettings PeerForm::settings() const
{
    PeerSettings settings;
    settings.listenPort = static_cast<quint16>(m_listenPort->value());
    const QStringList parts = m_peers->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts)
    {
        if (const QString peer = part.trimmed(); !peer.isEmpty())
            settings.peers << peer;
    }
    settings.csvPath = m_csv->path();
    settings.target = m_target->text().trimmed();
    settings.rounds = m_rounds->value();
    return settings;
}

void PeerForm::setStartEnabled(bool enabled)
{
    m_start->setEnabled(enabled);
}

void PeerForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PeerForm::retranslate()
{
    m_labels.at(0)->setText(tr("&Listen on port:"));
    m_labels.at(1)->setText(tr("&Neighbours:"));
    m_labels.at(2)->setText(tr("Our &file:"));
    m_labels.at(3)->setText(tr("&Target column:"));
    m_labels.at(4)->setText(tr("&Rounds:"));
    m_listenPort->setAccessibleName(tr("Listen port"));
    m_peers->setAccessibleName(tr("Neighbours"));
    m_peers->setPlaceholderText(tr("host:port, host:port, …"));
    m_peers->setToolTip(tr("Peers to connect to, separated by commas. Leave empty when the "
                           "others connect to this peer."));
    m_csv->setFieldName(tr("Our data file"));
    m_target->setAccessibleName(tr("Target column"));
    m_target->setPlaceholderText(tr("e.g. workout_type"));
    m_rounds->setAccessibleName(tr("Rounds"));
    m_rounds->setToolTip(tr("How many rounds of training and averaging with the neighbours."));
    m_listenPort->setToolTip(tr("The TCP port other peers connect to on this computer."));
    m_target->setToolTip(tr("The column the model learns to predict; every peer's file must "
                            "have it."));
    m_csv->setToolTip(tr("Rows stay on this computer; only model updates are sent to the "
                         "neighbours."));
    m_start->setText(tr("&Start peer"));
    m_start->setAccessibleName(tr("Start peer"));
}

bool PeerForm::validate()
{
    QWidget *firstBad = nullptr;
    for (const QString &peer : settings().peers)
    {
        if (!isHostAndPort(peer))
        {
            showFieldError(
                m_peersError, m_peers,
                tr("\"%1\" is not host:port. Separate neighbours with commas.").arg(peer));
            firstBad = m_peers;
            break;
        }
    }
    if (m_csv->path().isEmpty())
    {
        m_csv->showError(tr("Choose the CSV file with this peer's rows."));
        firstBad = firstBad ? firstBad : m_csv;
    }
    if (m_target->text().trimmed().isEmpty())
    {
        showFieldError(m_targetError, nullptr, tr("Name the column the model should predict."));
        firstBad = firstBad ? firstBad : m_target;
    }
    if (firstBad)
        firstBad->setFocus(Qt::OtherFocusReason);
    return firstBad == nullptr;
}

void PeerForm::requestPeer()
{
    if (validate())
        Q_EMIT peerRequested(settings());
}

} // namespace cohort::ui
