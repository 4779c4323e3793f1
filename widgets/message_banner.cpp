#include "widgets/message_banner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace cohort::ui
{

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setObjectName(QStringLiteral("bannerText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setObjectName(QStringLiteral("bannerCloseButton"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    retranslate();
    hide();
}

void MessageBanner::showMessage(const QString &text, Kind kind)
{
    m_kind = kind;
    m_text->setText(text);
    applyPalette();
    retranslate();
    show();
}

QString MessageBanner::text() const
{
    return m_text->text();
}

void MessageBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void MessageBanner::retranslate()
{
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close message"));
    setAccessibleName(m_kind == Kind::Error ? tr("Error") : tr("Message"));
    setAccessibleDescription(m_text->text());
}

void MessageBanner::applyPalette()
{
    const bool error = m_kind == Kind::Error;
    QPalette colours = palette();
    colours.setColor(QPalette::Window, error ? QColor(0xfd, 0xe8, 0xe8) : QColor(0xe6, 0xf2, 0xfb));
    colours.setColor(QPalette::WindowText,
                     error ? QColor(0x8a, 0x1c, 0x1c) : QColor(0x1b, 0x3d, 0x5c));
    setPalette(colours);
}

} // namespace cohort::ui
