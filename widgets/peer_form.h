// The "Peer to peer" way into a federation: a port to listen on, the neighbours to connect
// to, this peer's CSV file, the target column and the number of gossip rounds.
#pragma once

#include "widgets/federation_views.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace cohort::ui
{

class FilePathField;

class PeerForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeerForm)

public:
    explicit PeerForm(QWidget *parent = nullptr);

    [[nodiscard]] PeerSettings settings() const;
    void setStartEnabled(bool enabled);

Q_SIGNALS:
    void peerRequested(const cohort::ui::PeerSettings &settings);

protected:
    void changeEvent(QEvent *event) override;

private:
    void addRow(QWidget *field);
    void retranslate();
    void requestPeer();
    [[nodiscard]] bool validate();

    QFormLayout *m_form = nullptr;
    QSpinBox *m_listenPort = nullptr;
    QLineEdit *m_peers = nullptr;
    QLabel *m_peersError = nullptr;
    FilePathField *m_csv = nullptr;
    QLineEdit *m_target = nullptr;
    QLabel *m_targetError = nullptr;
    QSpinBox *m_rounds = nullptr;
    QPushButton *m_start = nullptr;
    QList<QLabel *> m_labels;
};

} // namespace cohort::ui
