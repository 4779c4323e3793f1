#include "bridge/data_controller.h"

#include "bridge/reason_text.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QThreadPool>

#include <algorithm>
#include <map>

#include "bridge/gui_thread.h"
#include "bridge/issue_text.h"
#include "bridge/raw_table_model.h"
#include "data/cell_parsing.h"
#include "data/csv_reader.h"
#include "data/schema_inference.h"

namespace cohort::app
{

namespace
{

constexpr int kHistogramBins = 12;
constexpr int kTopCategories = 8;

QString kindName(engine::ColumnKind kind)
{
    return QString::fromStdString(engine::toString(kind));
}

// Equal-width bins between the column's minimum and maximum.
QVector<int> histogramOf(const engine::TextColumn &cells, const engine::ColumnSummary &column,
                         bool decimalComma)
{
    QVector<int> bins(kHistogramBins, 0);
    const double width = (column.maximum - column.minimum) / kHistogramBins;
    for (std::size_t row = 0; row < cells.size(); ++row)
    {
        const std::optional<double> value = engine::parseNumber(cells.at(row), decimalComma);
        if (!value)
            continue;
        const int bin = width > 0.0 ? static_cast<int>((*value - column.minimum) / width) : 0;
        ++bins[std::clamp(bin, 0, kHistogramBins - 1)];
    }
    return bins;
}

QVector<QPair<QString, int>> topValuesOf(const engine::TextColumn &cells)
{
    std::map<std::string_view, int> counts;
    for (std::size_t row = 0; row < cells.size(); ++row)
    {
        if (!cells.at(row).empty())
            ++counts[cells.at(row)];
    }
    std::vector<std::pair<std::string_view, int>> sorted(counts.begin(), counts.end());
    std::sort(sorted.begin(), sorted.end(),
              [](const auto &a, const auto &b) { return a.second > b.second; });
    QVector<QPair<QString, int>> top;
    for (std::size_t i = 0; i < sorted.size() && i < kTopCategories; ++i)
        top.append({QString::fromUtf8(sorted[i].first.data(),
                                      static_cast<qsizetype>(sorted[i].first.size())),
                    sorted[i].second});
    return top;
}

ui::ColumnSummaryView summaryOf(const engine::RawTable &table, const engine::ColumnSummary &column)
{
    ui::ColumnSummaryView view;
    view.name = QString::fromStdString(column.name);
    view.kind = kindName(column.kind);
    view.isFeature = column.isFeature;
    view.missingShare = table.rowCount() == 0 ? 0.0
                                              : static_cast<double>(column.missing + column.invalid)
                                                    / static_cast<double>(table.rowCount());
    const engine::TextColumn &cells =
        table.columns[static_cast<std::size_t>(table.columnIndex(column.name))];
    if (column.kind == engine::ColumnKind::Numeric)
    {
        view.hasRange = column.distinct > 0;
        view.minimum = column.minimum;
        view.maximum = column.maximum;
        view.histogram = histogramOf(cells, column, table.delimiter == ';');
    }
    else if (column.kind != engine::ColumnKind::Identifier // ids and dates: no distribution
             && column.kind != engine::ColumnKind::DateTime)
    {
        view.topCategories = topValuesOf(cells);
    }
    return view;
}

ui::IssueView issueOf(const engine::RawTable *table, const engine::ValidationIssue &issue)
{
    ui::IssueView view;
    view.severity = issue.severity == engine::Severity::Error ? ui::IssueSeverity::Error
                                                              : ui::IssueSeverity::Warning;
    const IssueText text = issueTextOf(issue);
    view.message = text.message;
    view.hint = text.hint;
    const QString column = QString::fromStdString(issue.column);
    if (table && issue.row >= table->firstDataRow)
        view.row = static_cast<int>(issue.row - table->firstDataRow);
    if (table && !issue.column.empty())
        view.column = table->columnIndex(issue.column);
    // Data rows count from 1 (as in the preview and on the Explain page); the file's line is
    // given beside them, since that is what an editor shows.
    const auto where = [&]() -> QString
    {
        if (view.row >= 0)
            return QCoreApplication::translate("cohort::app::DataController", "row %1 (line %2)")
                .arg(view.row + 1)
                .arg(issue.row);
        return QCoreApplication::translate("cohort::app::DataController", "line %1").arg(issue.row);
    };
    if (issue.row > 0 && !column.isEmpty())
        view.location =
            QCoreApplication::translate("cohort::app::DataController", "%1, column '%2'")
                .arg(where(), column);
    else if (issue.row > 0)
        view.location = where();
    else if (!column.isEmpty())
        view.location =
            QCoreApplication::translate("cohort::app::DataController", "column '%1'").arg(column);
    else
        view.location = QCoreApplication::translate("cohort::app::DataController", "whole file");
    return view;
}

// The column to predict when the user has not chosen one: the last categorical or boolean
// column (Cohort's files, like most exports, put the label last).
QString defaultTarget(const engine::DatasetSchema &schema)
{
    for (auto column = schema.columns.rbegin(); column != schema.columns.rend(); ++column)
    {
        if (column->kind == engine::ColumnKind::Categorical
            || column->kind == engine::ColumnKind::Boolean)
            return QString::fromStdString(column->name);
    }
    return {};
}

} // namespace

struct DataController::Analysis
{
    int generation = 0;
    QString path;
    QString target;
    std::shared_ptr<const engine::RawTable> table;
    QVector<ui::ColumnSummaryView> columns;
    QVector<ui::IssueView> issues;
    bool hasErrors = false;
    QString failure;
};

DataController::DataController(QObject *parent)
    : QObject(parent)
{
}

DataController::~DataController() = default;

void DataController::open(const QString &path)
{
    const int generation = ++m_generation;
    m_loading = true;
    Q_EMIT loadingChanged(true, tr("Reading %1…").arg(QFileInfo(path).fileName()));
    QThreadPool::globalInstance()->start(
        [guard = QPointer<DataController>(this), path, generation]
        {
            engine::ValidationReport report;
            // A file with bad rows still shows the rows that parsed, beside its problems.
            engine::CsvOptions options;
            options.keepTableWithErrors = true;
            engine::Result<engine::RawTable> table =
                engine::readCsv(path.toStdString(), options, report);
            if (!table)
            {
                Analysis failed;
                failed.generation = generation;
                failed.path = path;
                failed.hasErrors = true;
                for (const engine::ValidationIssue &issue : report.issues())
                    failed.issues.append(issueOf(nullptr, issue));
                // The first error in the user's language (the engine's summary is English).
                const auto &issues = report.issues();
                const auto error = std::find_if(issues.begin(), issues.end(), [](const auto &i)
                                                { return i.severity == engine::Severity::Error; });
                failed.failure = error != issues.end()
                                     ? issueTextOf(*error).message
                                     : errorText(table.error());
                postToGui(guard, [failed](DataController *self) { self->apply(failed); });
                return;
            }
            auto shared = std::make_shared<const engine::RawTable>(std::move(table).value());
            // Warnings from reading (a Latin-1 file, converted) are shown with the others.
            QVector<ui::IssueView> readIssues;
            for (const engine::ValidationIssue &issue : report.issues())
                readIssues.append(issueOf(shared.get(), issue));
            const bool readErrors = report.hasErrors();
            postToGui(guard,
                      [shared, path, generation, readIssues, readErrors](DataController *self)
                      {
                          if (generation != self->m_generation)
                              return;
                          self->m_readIssues = readIssues;
                          self->m_readHasErrors = readErrors;
                          self->m_excluded.clear();
                          self->analyse(shared, path, {}, {});
                      });
        });
}

void DataController::setTarget(const QString &column)
{
    if (!m_table || column == m_target)
        return;
    ++m_generation;
    m_loading = true;
    Q_EMIT loadingChanged(true, tr("Checking the target column…"));
    analyse(m_table, m_path, column, m_excluded);
}

void DataController::setExcludedColumns(const QStringList &columns)
{
    if (!m_table || columns == m_excluded)
        return;
    m_excluded = columns;
    ++m_generation;
    m_loading = true;
    Q_EMIT loadingChanged(true, tr("Checking the columns…"));
    analyse(m_table, m_path, m_target, m_excluded);
}

// Infers the schema (and, when no target is given, picks one) on a worker thread.
void DataController::analyse(std::shared_ptr<const engine::RawTable> table, const QString &path,
                             const QString &target, const QStringList &excluded)
{
    const int generation = m_generation;
    QThreadPool::globalInstance()->start(
        [guard = QPointer<DataController>(this), table, path, target, excluded, generation]
        {
            Analysis analysis;
            analysis.generation = generation;
            analysis.path = path;
            analysis.table = table;
            engine::ValidationReport report;
            engine::InferenceOptions options;
            for (const QString &column : excluded)
                options.excluded.push_back(column.toStdString());
            engine::DatasetSchema schema = engine::inferSchema(*table, options, report);
            analysis.target = target.isEmpty() ? defaultTarget(schema) : target;
            report = {};
            options.target = analysis.target.toStdString();
            schema = engine::inferSchema(*table, options, report);
            for (const engine::ColumnSummary &column : schema.columns)
            {
                analysis.columns.append(summaryOf(*table, column));
                analysis.columns.back().excludedByUser =
                    excluded.contains(QString::fromStdString(column.name)) && !column.isTarget;
            }
            for (const engine::ValidationIssue &issue : report.issues())
                analysis.issues.append(issueOf(table.get(), issue));
            analysis.hasErrors = report.hasErrors();
            postToGui(guard, [analysis](DataController *self) { self->apply(analysis); });
        });
}

void DataController::apply(const Analysis &analysis)
{
    if (analysis.generation != m_generation)
        return;
    m_loading = false;
    Q_EMIT loadingChanged(false, {});
    m_path = analysis.path;
    m_target = analysis.target;
    if (analysis.table != m_table)
    {
        m_table = analysis.table;
        QAbstractItemModel *old = m_preview;
        m_preview = m_table ? new RawTableModel(m_table, this) : nullptr;
        Q_EMIT previewChanged(m_preview);
        delete old;
        Q_EMIT fileOpened(m_path, m_table ? static_cast<qint64>(m_table->rowCount()) : 0,
                          m_table ? static_cast<int>(m_table->columns.size()) : 0);
        if (m_table)
            Q_EMIT fileFormatChanged(QString::fromStdString(m_table->encoding),
                                     QChar::fromLatin1(m_table->delimiter));
        else
        {
            m_readIssues.clear();
            m_readHasErrors = false;
        }
    }
    // What reading the file said comes first, then what the checks of its columns found.
    Q_EMIT issuesChanged(m_table ? m_readIssues + analysis.issues : analysis.issues);
    Q_EMIT schemaChanged(analysis.columns, m_target);
    if (!analysis.failure.isEmpty())
        Q_EMIT loadFailed(
            tr("%1 cannot be read: %2").arg(QFileInfo(analysis.path).fileName(), analysis.failure));
    const bool hasErrors = analysis.hasErrors || (m_table && m_readHasErrors);
    m_canTrain = m_table && !hasErrors && !m_target.isEmpty();
    const QString reason =
        !m_table             ? tr("Open a CSV file on the Data page first.")
        : hasErrors          ? tr("Fix the errors listed on the Data page first.")
        : m_target.isEmpty() ? tr("Choose the column to predict on the Data page.")
                             : QString();
    Q_EMIT trainabilityChanged(m_canTrain, reason);
}

} // namespace cohort::app
