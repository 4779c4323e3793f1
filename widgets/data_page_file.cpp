// DataPage's file handling: choosing, dropping and remembering files, and the line that says
// which file is open, its size, encoding and delimiter.
#include "widgets/data_page.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QToolButton>
#include <QUrl>

namespace cohort::ui
{

namespace
{

// The local path of a single dropped .csv file, else empty.
QString droppedCsv(const QMimeData *mime)
{
    const QList<QUrl> urls = mime->urls();
    const QString path = urls.size() == 1 ? urls.first().toLocalFile() : QString();
    return path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? path : QString();
}

} // namespace

void DataPage::setFile(const QString &path, qint64 rows, int columns)
{
    m_path = path;
    m_rows = rows;
    m_columns = columns;
    showLoadError(QString());
    updateFileLabel();
    updateTrainability();
}

void DataPage::setFileFormat(const QString &encoding, const QChar &delimiter)
{
    const QString separator = delimiter == QLatin1Char(',')   ? tr("comma-separated")
                              : delimiter == QLatin1Char(';') ? tr("semicolon-separated")
                              : delimiter == QLatin1Char('\t')
                                  ? tr("tab-separated")
                                  : tr("separated by “%1”").arg(delimiter);
    m_format = tr("%1, %2", "encoding, separator").arg(encoding, separator);
    updateFileLabel();
}

void DataPage::setRecentFiles(const QStringList &paths)
{
    m_recentFiles = paths;
    rebuildRecentMenu();
}

void DataPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_loading && !droppedCsv(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void DataPage::dropEvent(QDropEvent *event)
{
    const QString path = droppedCsv(event->mimeData());
    if (m_loading || path.isEmpty())
        return;
    event->acceptProposedAction();
    Q_EMIT openRequested(path);
}

void DataPage::chooseFile()
{
    const QString start = m_path.isEmpty() ? QString() : QFileInfo(m_path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open CSV file"), start,
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        Q_EMIT openRequested(path);
}

void DataPage::rebuildRecentMenu()
{
    m_recentMenu->clear();
    for (int i = 0; i < m_recentFiles.size(); ++i)
    {
        const QString path = m_recentFiles.at(i);
        const QString name = QFileInfo(path).fileName();
        QAction *action = m_recentMenu->addAction(
            i < 9 ? tr("&%1  %2", "recent file number, file name").arg(i + 1).arg(name) : name);
        action->setToolTip(path);
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT openRequested(path); });
    }
    m_recentButton->setEnabled(!m_loading && !m_recentFiles.isEmpty());
    m_recentButton->setToolTip(m_recentFiles.isEmpty() ? tr("No recent files yet.")
                                                       : tr("Open a recently used file."));
}

void DataPage::updateFileLabel()
{
    if (m_path.isEmpty())
    {
        m_fileLabel->setText(tr("No file open. Open a CSV file or drop one here."));
        m_fileLabel->setToolTip(QString());
        return;
    }
    const int rows = static_cast<int>(std::min<qint64>(m_rows, INT_MAX));
    QString text = tr("<b>%1</b> — %2, %3", "file name, row count, column count")
                       .arg(QFileInfo(m_path).fileName().toHtmlEscaped(),
                            tr("%Ln row(s)", "", rows), tr("%Ln column(s)", "", m_columns));
    if (!m_format.isEmpty())
        text += QStringLiteral(" (%1)").arg(m_format.toHtmlEscaped());
    m_fileLabel->setText(text);
    m_fileLabel->setToolTip(m_path);
}

} // namespace cohort::ui
