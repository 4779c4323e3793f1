// Who took part in each round: one row per site, one column per round, green when the site
// answered, red when it was dropped, grey when it was not sampled; the newest rounds that fit.
#pragma once

#include "widgets/federation_views.h"

#include <QSet>
#include <QStringList>
#include <QVector>
#include <QWidget>

namespace cohort::ui
{

class RoundTimelineView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoundTimelineView)

public:
    enum class Cell
    {
        NotSampled,
        Answered,
        Dropped
    };
    static constexpr int kMaxRounds = 500;

    explicit RoundTimelineView(QWidget *parent = nullptr);

    /// Adds the round as a column (replacing a column with the same round number).
    void addRound(const RoundView &round);
    /// Adds a row for a site that has not answered or dropped yet.
    void addSite(const QString &name);
    void clear();

    [[nodiscard]] QStringList siteNames() const { return m_sites; }
    [[nodiscard]] int roundCount() const { return static_cast<int>(m_rounds.size()); }
    [[nodiscard]] Cell cell(const QString &site, int round) const;

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Column
    {
        int round = 0;
        QSet<QString> answered;
        QSet<QString> dropped;
    };
    struct Geometry
    {
        QRect grid;
        int labelWidth = 0;
        int firstColumn = 0;
        int cellWidth = 0;
        int cellHeight = 0;
        QRect legend;
    };

    [[nodiscard]] Geometry geometry() const;
    [[nodiscard]] static Cell cellOf(const Column &column, const QString &site);
    [[nodiscard]] static QColor colour(Cell cell);
    [[nodiscard]] static QString cellText(Cell cell);
    void paintGrid(QPainter &painter, const Geometry &geometry) const;
    void paintLegend(QPainter &painter, const QRect &area) const;
    [[nodiscard]] int legendLines(int width) const;
    [[nodiscard]] int legendItemWidth(Cell cell) const;
    void updateAccessibleDescription();

    QStringList m_sites;
    QVector<Column> m_rounds;
};

} // namespace cohort::ui
