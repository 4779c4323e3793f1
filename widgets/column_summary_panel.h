// The Data page's column panel: one row per CSV column (type, missing share, range, role), the
// target selector, and a bar chart of the selected column's distribution.
#pragma once

#include <QString>
#include <QVector>
#include <QWidget>

#include "widgets/data_views.h"

class QChartView;
class QComboBox;
class QLabel;
class QTableWidget;
class QTableWidgetItem;

namespace cohort::ui
{

class ColumnSummaryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnSummaryPanel)

public:
    explicit ColumnSummaryPanel(QWidget *parent = nullptr);
    ~ColumnSummaryPanel() override;

    [[nodiscard]] QString target() const { return m_target; }
    /// Number of bars in the distribution chart (0 when nothing is shown).
    [[nodiscard]] int barCount() const { return m_barCount; }

public Q_SLOTS:
    void setSchema(const QVector<cohort::ui::ColumnSummaryView> &columns, const QString &target);
    /// Selects the column called `name` and shows its distribution, if there is one.
    void selectColumn(const QString &name);

Q_SIGNALS:
    /// The user chose another target column.
    void targetChanged(const QString &column);
    /// The user left these columns out of the features (all of them, not just the last).
    void excludedColumnsChanged(const QStringList &columns);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void populateTable();
    void populateTargetCombo();
    void showDistribution(int row);
    void handleTargetActivated(int index);
    void handleRoleToggled(QTableWidgetItem *item);

    QLabel *m_targetLabel = nullptr;
    QComboBox *m_targetCombo = nullptr;
    QLabel *m_schemaLabel = nullptr;
    QTableWidget *m_schemaTable = nullptr;
    QChartView *m_chart = nullptr;
    QVector<ColumnSummaryView> m_schema;
    QString m_target;
    int m_barCount = 0;
};

} // namespace cohort::ui
