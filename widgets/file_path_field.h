// A file name field: a line edit, a "Browse…" button and an inline error label under them.
// Object names derive from one base: <base>Edit, <base>BrowseButton, <base>Error.
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cohort::ui
{

class FilePathField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilePathField)

public:
    explicit FilePathField(const QString &baseName, QWidget *parent = nullptr);

    [[nodiscard]] QString path() const;
    void setPath(const QString &path);
    [[nodiscard]] QLineEdit *lineEdit() const { return m_edit; }
    /// The accessible name of the edit and the browse button; call again on language change.
    void setFieldName(const QString &name);

    /// Shows `message` under the field and focuses the edit.
    void showError(const QString &message);
    void clearError();
    /// Empty path: shows "Choose a CSV file." and returns false.
    [[nodiscard]] bool validateNotEmpty();

Q_SIGNALS:
    void pathChanged(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void browse();

    QLineEdit *m_edit = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_error = nullptr;
    QString m_fieldName;
};

} // namespace cohort::ui
