// A titled frame around one chart, painted view or table with its "Export" button: charts
// save as PNG or SVG, tables (when a model is set) as CSV. The button is <content>ExportButton.
#pragma once

#include <QWidget>

class QAbstractItemModel;
class QHBoxLayout;
class QLabel;
class QPushButton;

namespace cohort::ui
{

class ViewFrame final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ViewFrame)

public:
    /// `exportName` is the suggested file name without suffix.
    ViewFrame(QWidget *content, const QString &exportName, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    /// Export the model as CSV instead of the content as an image.
    void setTableModel(const QAbstractItemModel *model);
    /// Adds a widget to the header row, before the export button.
    void addHeaderWidget(QWidget *widget);
    [[nodiscard]] QWidget *content() const { return m_content; }
    [[nodiscard]] QPushButton *exportButton() const { return m_export; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void exportContent();

    QWidget *m_content = nullptr;
    QString m_exportName;
    QLabel *m_title = nullptr;
    QPushButton *m_export = nullptr;
    QHBoxLayout *m_header = nullptr;
    const QAbstractItemModel *m_model = nullptr;
};

} // namespace cohort::ui
