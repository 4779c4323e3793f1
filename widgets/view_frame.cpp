#include "widgets/view_frame.h"

#include "widgets/chart_export.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cohort::ui
{

ViewFrame::ViewFrame(QWidget *content, const QString &exportName, QWidget *parent)
    : QWidget(parent)
    , m_content(content)
    , m_exportName(exportName)
    , m_title(new QLabel(this))
    , m_export(new QPushButton(this))
    , m_header(new QHBoxLayout)
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setBuddy(content);
    // A long title (a German one, say) wraps instead of widening the window.
    m_title->setWordWrap(true);
    m_title->setMinimumWidth(80);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_export->setObjectName(content->objectName() + QStringLiteral("ExportButton"));
    m_export->setAutoDefault(false);
    connect(m_export, &QPushButton::clicked, this, &ViewFrame::exportContent);

    m_header->setContentsMargins(0, 0, 0, 0);
    m_header->addWidget(m_title, 1);
    m_header->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(m_header);
    layout->addWidget(content, 1);
    retranslate();
}

void ViewFrame::setTitle(const QString &title)
{
    m_title->setText(title);
    retranslate();
}

void ViewFrame::setTableModel(const QAbstractItemModel *model)
{
    m_model = model;
    retranslate();
}

void ViewFrame::addHeaderWidget(QWidget *widget)
{
    m_header->insertWidget(m_header->count() - 1, widget);
}

void ViewFrame::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ViewFrame::retranslate()
{
    // The title is plain text set by the owner; strip any mnemonic marker for the names.
    const QString title = QString(m_title->text()).remove(QLatin1Char('&'));
    if (m_model)
    {
        m_export->setText(tr("Export CSV…"));
        m_export->setAccessibleName(tr("Export %1 as CSV").arg(title));
        m_export->setToolTip(tr("Save this table as a CSV file"));
    }
    else
    {
        m_export->setText(tr("Export…"));
        m_export->setAccessibleName(tr("Export %1 as an image").arg(title));
        m_export->setToolTip(tr("Save this chart as a PNG or SVG file"));
    }
}

void ViewFrame::exportContent()
{
    if (m_model)
        exportTableWithDialog(this, *m_model, m_exportName);
    else
        exportImageWithDialog(m_content, m_exportName);
}

} // namespace cohort::ui
