// A confusion matrix as a heat map: counts in the cells, colour by the share of each actual
// class (row-normalised), actual classes down the side and predicted classes across the top.
#pragma once

#include <QStringList>
#include <QVector>
#include <QWidget>

namespace cohort::ui
{

class ConfusionMatrixView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfusionMatrixView)

public:
    explicit ConfusionMatrixView(QWidget *parent = nullptr);

    /// `counts[actual][predicted]`; rows or columns missing from `counts` count as zero.
    void setMatrix(const QStringList &classNames, const QVector<QVector<qint64>> &counts);
    void clear();
    [[nodiscard]] qint64 count(int actual, int predicted) const;
    /// The share of row `actual` predicted as `predicted` (0 for an empty row).
    [[nodiscard]] double rowShare(int actual, int predicted) const;

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Geometry
    {
        QRect cells;
        int cellWidth = 0;
        int cellHeight = 0;
        int rowLabelWidth = 0;
    };

    [[nodiscard]] Geometry geometry() const;
    void paintAxes(QPainter &painter, const Geometry &g) const;
    void paintCells(QPainter &painter, const Geometry &g) const;
    void updateAccessibleDescription();

    QStringList m_classes;
    QVector<QVector<qint64>> m_counts;
};

} // namespace cohort::ui
