// The "Host" way into a federation: hub settings, the file that defines the columns, and,
// once hosting, the address and join code to hand to the sites with Copy buttons.
#pragma once

#include "widgets/federation_views.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace cohort::ui
{

class FilePathField;

class HostForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostForm)

public:
    explicit HostForm(QWidget *parent = nullptr);

    [[nodiscard]] HostSettings settings() const;
    void setHostAddress(const QString &address, const QString &joinCode);
    void setStartEnabled(bool enabled);
    /// The strategies to offer, as the engine lists them.
    void setStrategies(const QStringList &keys);

Q_SIGNALS:
    void hostRequested(const cohort::ui::HostSettings &settings);

protected:
    void changeEvent(QEvent *event) override;

private:
    QStringList m_strategyKeys;

    void buildFields();
    void buildShareBox();
    void retranslate();
    void requestHost();
    [[nodiscard]] bool validate();

    QFormLayout *m_form = nullptr;
    QSpinBox *m_port = nullptr;
    QSpinBox *m_rounds = nullptr;
    QSpinBox *m_minSites = nullptr;
    QDoubleSpinBox *m_fraction = nullptr;
    QComboBox *m_strategy = nullptr;
    QDoubleSpinBox *m_deadline = nullptr;
    FilePathField *m_csv = nullptr;
    QLineEdit *m_target = nullptr;
    QLabel *m_targetError = nullptr;
    QLineEdit *m_excluded = nullptr;
    QList<QWidget *> m_fields; // the form's fields, in the order of their rows
    QPushButton *m_host = nullptr;
    QGroupBox *m_share = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_joinCode = nullptr;
    QPushButton *m_copyAddress = nullptr;
    QPushButton *m_copyJoinCode = nullptr;
    QLabel *m_addressLabel = nullptr;
    QLabel *m_joinCodeLabel = nullptr;
};

} // namespace cohort::ui
