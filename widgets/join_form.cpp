#include "widgets/join_form.h"

#include "widgets/file_path_field.h"
#include "widgets/form_fields.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

namespace cohort::ui
{

JoinForm::JoinForm(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout)
{
    m_address = addTextRow(QStringLiteral("joinAddress"), &m_addressError);
    m_joinCode = addTextRow(QStringLiteral("joinCode"), &m_joinCodeError);
    m_csv = new FilePathField(QStringLiteral("joinCsv"), this);
    m_labels << new QLabel(this);
    m_labels.last()->setBuddy(m_csv);
    m_form->addRow(m_labels.last(), m_csv);
    m_siteName = addTextRow(QStringLiteral("joinSiteName"), &m_siteNameError);
    m_siteName->setText(QSysInfo::machineHostName());
    m_join = new QPushButton(this);
    m_join->setObjectName(QStringLiteral("joinButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_join, 0, Qt::AlignRight);
    layout->addStretch(1);
    connect(m_join, &QPushButton::clicked, this, &JoinForm::requestJoin);
    retranslate();
}

QLineEdit *JoinForm::addTextRow(const QString &objectName, QLabel **error)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName + QStringLiteral("Edit"));
    *error = createErrorLabel(objectName + QStringLiteral("Error"), this);
    QLabel *errorLabel = *error;
    connect(edit, &QLineEdit::textChanged, this, [errorLabel] { clearFieldError(errorLabel); });
    m_labels << new QLabel(this);
    m_labels.last()->setBuddy(edit);
    m_form->addRow(m_labels.last(), edit);
    m_form->addRow(QString(), errorLabel);
    return edit;
}

JoinSettings JoinForm::settings() const
{
    return {m_address->text().trimmed(), m_joinCode->text().trimmed(), m_csv->path(),
            m_siteName->text().trimmed()};
}

void JoinForm::setStartEnabled(bool enabled)
{
    m_join->setEnabled(enabled);
}

void JoinForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void JoinForm::retranslate()
{
    m_labels.at(0)->setText(tr("Hub &address:"));
    m_labels.at(1)->setText(tr("Join &code:"));
    m_labels.at(2)->setText(tr("Our &file:"));
    m_labels.at(3)->setText(tr("Site &name:"));
    m_address->setAccessibleName(tr("Hub address"));
    m_address->setPlaceholderText(tr("hub.example.org:7400"));
    m_joinCode->setAccessibleName(tr("Join code"));
    m_joinCode->setPlaceholderText(tr("As given by the hub"));
    m_csv->setFieldName(tr("Our data file"));
    m_csv->setToolTip(tr("Rows stay on this computer; only model updates and summary "
                         "statistics are sent."));
    m_siteName->setAccessibleName(tr("Site name"));
    m_siteName->setPlaceholderText(tr("e.g. clinic-a"));
    m_address->setToolTip(tr("The hub's address and port, as the host shows them."));
    m_joinCode->setToolTip(tr("The code the host shows; without it the hub refuses the site."));
    m_siteName->setToolTip(tr("How this site appears to the hub and the other sites; it "
                              "starts as this computer's name."));
    m_join->setText(tr("&Join federation"));
    m_join->setAccessibleName(tr("Join federation"));
}

bool JoinForm::validate()
{
    QWidget *firstBad = nullptr;
    const auto fail = [&firstBad](QLabel *label, QWidget *field, const QString &message)
    {
        showFieldError(label, firstBad ? nullptr : field, message);
        if (!firstBad)
            firstBad = field;
    };
    if (!isHostAndPort(m_address->text()))
        fail(m_addressError, m_address,
             tr("Enter the hub as host:port, for example hub.example.org:7400."));
    if (m_joinCode->text().trimmed().isEmpty())
        fail(m_joinCodeError, m_joinCode, tr("Enter the join code the hub shows."));
    if (m_csv->path().isEmpty())
    {
        if (!firstBad)
            firstBad = m_csv;
        m_csv->showError(tr("Choose the CSV file with this site's rows."));
    }
    if (m_siteName->text().trimmed().isEmpty())
        fail(m_siteNameError, m_siteName, tr("Give this site a name the hub can show."));
    if (firstBad)
        firstBad->setFocus(Qt::OtherFocusReason);
    return firstBad == nullptr;
}

void JoinForm::requestJoin()
{
    if (validate())
        Q_EMIT joinRequested(settings());
}

} // namespace cohort::ui
