#include "widgets/file_path_field.h"

#include "widgets/form_fields.h"

#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace cohort::ui
{

FilePathField::FilePathField(const QString &baseName, QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_error(createErrorLabel(baseName + QStringLiteral("Error"), this))
{
    m_edit->setObjectName(baseName + QStringLiteral("Edit"));
    m_edit->setClearButtonEnabled(true);
    m_browse->setObjectName(baseName + QStringLiteral("BrowseButton"));
    m_browse->setAutoDefault(false);
    setFocusProxy(m_edit);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(4);
    layout->setVerticalSpacing(2);
    layout->addWidget(m_edit, 0, 0);
    layout->addWidget(m_browse, 0, 1);
    layout->addWidget(m_error, 1, 0, 1, 2);

    connect(m_browse, &QPushButton::clicked, this, &FilePathField::browse);
    connect(m_edit, &QLineEdit::textChanged, this,
            [this](const QString &text)
            {
                clearError();
                Q_EMIT pathChanged(text);
            });
    retranslate();
}

QString FilePathField::path() const
{
    return m_edit->text().trimmed();
}

void FilePathField::setPath(const QString &path)
{
    m_edit->setText(path);
}

void FilePathField::setFieldName(const QString &name)
{
    m_fieldName = name;
    retranslate();
}

void FilePathField::showError(const QString &message)
{
    showFieldError(m_error, m_edit, message);
}

void FilePathField::clearError()
{
    clearFieldError(m_error);
}

bool FilePathField::validateNotEmpty()
{
    if (!path().isEmpty())
        return true;
    showError(tr("Choose a CSV file."));
    return false;
}

void FilePathField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FilePathField::retranslate()
{
    m_browse->setText(tr("Browse…"));
    m_edit->setPlaceholderText(tr("Path to a .csv file"));
    m_edit->setAccessibleName(m_fieldName);
    m_browse->setAccessibleName(tr("Browse for %1").arg(m_fieldName));
    m_browse->setToolTip(tr("Choose the file in a dialog"));
}

void FilePathField::browse()
{
    const QString start = path().isEmpty() ? QString() : QFileInfo(path()).absolutePath();
    const QString chosen = QFileDialog::getOpenFileName(this, tr("Choose a CSV file"), start,
                                                        tr("CSV files (*.csv);;All files (*)"));
    if (!chosen.isEmpty())
        m_edit->setText(chosen);
}

} // namespace cohort::ui
