// A non-modal strip at the top of a page for the result of an action or an error; it stays
// until the user closes it or the page shows another message.
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace cohort::ui
{

class MessageBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBanner)

public:
    enum class Kind
    {
        Info,
        Error
    };

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(const QString &text, Kind kind);
    [[nodiscard]] QString text() const;
    [[nodiscard]] Kind kind() const { return m_kind; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyPalette();

    QLabel *m_text = nullptr;
    QToolButton *m_close = nullptr;
    Kind m_kind = Kind::Info;
};

} // namespace cohort::ui
