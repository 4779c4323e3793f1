// The "Join" way into a federation: the hub's address and join code, this site's CSV file and
// the name other sites see.
#pragma once

#include "widgets/federation_views.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cohort::ui
{

class FilePathField;

class JoinForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JoinForm)

public:
    explicit JoinForm(QWidget *parent = nullptr);

    [[nodiscard]] JoinSettings settings() const;
    void setStartEnabled(bool enabled);

Q_SIGNALS:
    void joinRequested(const cohort::ui::JoinSettings &settings);

protected:
    void changeEvent(QEvent *event) override;

private:
    QLineEdit *addTextRow(const QString &objectName, QLabel **error);
    void retranslate();
    void requestJoin();
    [[nodiscard]] bool validate();

    QFormLayout *m_form = nullptr;
    QLineEdit *m_address = nullptr;
    QLabel *m_addressError = nullptr;
    QLineEdit *m_joinCode = nullptr;
    QLabel *m_joinCodeError = nullptr;
    FilePathField *m_csv = nullptr;
    QLineEdit *m_siteName = nullptr;
    QLabel *m_siteNameError = nullptr;
    QPushButton *m_join = nullptr;
    QList<QLabel *> m_labels;
};

} // namespace cohort::ui
