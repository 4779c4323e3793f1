#include "bridge/explain_controller.h"

#include "bridge/reason_text.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QPointer>
#include <QThreadPool>

#include <algorithm>
#include <cmath>
#include <numeric>

#include "bridge/gui_thread.h"
#include "bridge/typed_values.h"
#include "data/cell_parsing.h"
#include "explain/background_summary.h"
#include "explain/global_explanation.h"
#include "explain/shapley_explainer.h"
#include "model/trained_model.h"
#include "store/model_registry.h"
#include "store/stored_model.h"

namespace cohort::app
{

namespace
{

QString text(const std::string &value)
{
    return QString::fromStdString(value);
}

// Whether the model saw no value in the cell and filled it in, as Preprocessor::transform does:
// a number or yes/no column's unreadable text counts as missing there, too.
bool filledIn(const engine::Preprocessor &preprocessor, const std::string &column,
              const engine::FeatureValue &value)
{
    for (const engine::ColumnTransform &t : preprocessor.columns())
    {
        if (t.name == column)
            return t.kind == engine::ColumnKind::Categorical ? engine::isMissingToken(value.text)
                                                             : !value.number.has_value();
    }
    return false;
}

ui::RowExplanationView rowView(const engine::Explanation &e, const engine::Preprocessor &pre,
                               int rowNumber, qint64 version)
{
    const std::size_t k = engine::predictedClass(e);
    ui::RowExplanationView view;
    view.versionLabel =
        QCoreApplication::translate("cohort::app::ExplainController", "Version %1").arg(version);
    view.rowNumber = rowNumber;
    for (const std::string &name : e.classNames)
        view.classNames << text(name);
    view.predictedClass = view.classNames.value(static_cast<int>(k));
    view.confidence = e.output[k];
    view.shownClass = static_cast<int>(k);
    view.baseValue = e.baseValue[k];
    view.outputValue = e.output[k];
    view.method = text(e.method);
    const std::vector<std::size_t> order = engine::columnsByImpact(e, k);
    for (const std::size_t c : order)
    {
        const bool known = c < e.featureValues.size();
        view.contributions.append(
            {text(e.columns[c]), known ? text(e.featureValues[c].text) : QString(), e.values[c][k],
             e.standardError[c][k], known && filledIn(pre, e.columns[c], e.featureValues[c])});
        view.contributionsByClass.append(QVector<double>(e.values[c].begin(), e.values[c].end()));
        view.standardErrorByClass.append(
            QVector<double>(e.standardError[c].begin(), e.standardError[c].end()));
    }
    view.baseByClass = QVector<double>(e.baseValue.begin(), e.baseValue.end());
    view.outputByClass = QVector<double>(e.output.begin(), e.output.end());
    return view;
}

// Ranks of the column's numbers scaled to 0..1 (for colouring a beeswarm); NaN without one.
QVector<double> normalizedRanks(const std::vector<engine::DependencePoint> &points)
{
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < points.size(); ++i)
        if (points[i].value.number)
            order.push_back(i);
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b)
              { return *points[a].value.number < *points[b].value.number; });
    QVector<double> ranks(static_cast<qsizetype>(points.size()), std::nan(""));
    for (std::size_t r = 0; r < order.size(); ++r)
        ranks[static_cast<qsizetype>(order[r])] =
            order.size() > 1 ? static_cast<double>(r) / static_cast<double>(order.size() - 1) : 0.5;
    return ranks;
}

// The dataset views for the class the model predicts most often among the explained rows.
ui::GlobalExplanationView globalView(const engine::GlobalExplanation &g)
{
    std::vector<int> predicted(g.classNames.size(), 0);
    for (const engine::Explanation &e : g.explanations)
        ++predicted[engine::predictedClass(e)];
    const std::size_t k = static_cast<std::size_t>(
        std::max_element(predicted.begin(), predicted.end()) - predicted.begin());
    ui::GlobalExplanationView view;
    view.className = text(g.classNames[k]);
    view.rows = static_cast<int>(g.explanations.size());
    const std::vector<double> importance = engine::meanAbsoluteValues(g, k);
    for (const std::size_t c : engine::importanceOrder(g, k))
        view.importance.append({text(g.columns[c]), importance[c]});
    for (std::size_t c = 0; c < g.columns.size(); ++c)
    {
        const std::vector<engine::DependencePoint> points = engine::dependencePoints(g, c, k);
        const QVector<double> ranks = normalizedRanks(points);
        QVector<ui::BeeswarmPointView> swarm;
        QVector<QPointF> dependence;
        for (std::size_t i = 0; i < points.size(); ++i)
        {
            swarm.append({points[i].shap, ranks[static_cast<qsizetype>(i)]});
            if (points[i].value.number)
                dependence.append({*points[i].value.number, points[i].shap});
        }
        view.beeswarm.insert(text(g.columns[c]), swarm);
        if (!dependence.isEmpty())
            view.dependence.insert(text(g.columns[c]), dependence);
    }
    return view;
}

} // namespace

ExplainController::ExplainController(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
{
}

ExplainController::~ExplainController()
{
    cancel();
    if (m_worker.joinable())
        m_worker.join();
}

void ExplainController::setTable(std::shared_ptr<const engine::RawTable> table)
{
    m_table = std::move(table);
}

void ExplainController::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

// Runs `job(model, table, background, cancel)` on the worker; it returns what to post back.
template <typename Job> void ExplainController::run(Job job)
{
    if (m_running)
        return;
    if (!m_table)
        return Q_EMIT failed(tr("Open a CSV file on the Data page first: its rows are the "
                                "background the explanations compare with."));
    if (m_worker.joinable())
        m_worker.join();
    m_running = true;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    Q_EMIT busyChanged(true);
    m_worker = std::thread(
        [guard = QPointer<ExplainController>(this), job, table = m_table, cancel = m_cancel,
         db = m_databasePath.toStdString()]
        {
            std::function<void(ExplainController *)> done = job(db, *table, *cancel);
            postToGui(guard,
                      [done](ExplainController *self)
                      {
                          self->m_running = false;
                          Q_EMIT self->busyChanged(false);
                          done(self);
                      });
        });
}

namespace
{

using Posted = std::function<void(ExplainController *)>;

Posted failure(const QString &message)
{
    return [message](ExplainController *self) { Q_EMIT self->failed(message); };
}

Posted failure(const engine::Error &error)
{
    return failure(errorText(error));
}

// The input columns of a stored version, or why it cannot be read.
Posted inputsOf(const std::string &db, qint64 versionId)
{
    engine::Result<engine::ModelRegistry> registry = engine::ModelRegistry::open(db);
    if (!registry)
        return failure(registry.error());
    engine::Result<engine::TrainedModel> model =
        engine::loadTrainedModel(registry.value(), versionId);
    if (!model)
        return failure(model.error());
    QVector<ui::ColumnInputView> inputs;
    for (const engine::ColumnTransform &column : model->preprocessor().columns())
        inputs.append(inputView(column));
    return [versionId, inputs](ExplainController *self)
    { Q_EMIT self->inputsDescribed(versionId, inputs); };
}

// Why the request's typed values or row cannot be explained, in words; empty when they can.
QString subjectProblem(const engine::TrainedModel &model, const engine::RawTable &table,
                       const ui::ExplainRequest &request)
{
    if (request.row < 0)
        return typedValueProblems(model.preprocessor(), request.typedValues)
            .join(QLatin1Char('\n'));
    // Rows are counted as the user picks them: 1 is the first row after the header.
    if (static_cast<std::size_t>(request.row) < table.rowCount())
        return {};
    return ExplainController::tr("Row %1 is not in %2: it has %n data row(s).", nullptr,
                                 static_cast<int>(table.rowCount()))
        .arg(QLocale().toString(request.row + 1), QFileInfo(text(table.file)).fileName());
}

// The model and the background summary of the site's own rows, shared by both jobs.
struct Prepared
{
    std::optional<engine::TrainedModel> model;
    engine::WeightedBackground background;
    engine::ExplainOptions options;
};

engine::Result<Prepared> prepare(const std::string &db, const engine::RawTable &table,
                                 const ui::ExplainRequest &request)
{
    engine::Result<engine::ModelRegistry> registry = engine::ModelRegistry::open(db);
    if (!registry)
        return registry.error();
    engine::Result<engine::TrainedModel> model =
        engine::loadTrainedModel(registry.value(), request.versionId);
    if (!model)
        return model.error();
    engine::Result<engine::ExplainMethod> method =
        engine::explainMethodFromString(request.method.toStdString());
    if (!method)
        return method.error();
    engine::BackgroundOptions options;
    options.maxRows = static_cast<std::size_t>(std::max(1, request.background));
    engine::Result<engine::WeightedBackground> background =
        engine::backgroundFromTable(model->preprocessor(), table, options);
    if (!background)
        return background.error();
    Prepared prepared;
    prepared.model = std::move(model).value();
    prepared.background = std::move(background).value();
    prepared.options.method = method.value();
    return prepared;
}

} // namespace

void ExplainController::describeInputs(qint64 versionId)
{
    QThreadPool::globalInstance()->start(
        [guard = QPointer<ExplainController>(this), db = m_databasePath.toStdString(), versionId]
        { postToGui(guard, inputsOf(db, versionId)); });
}

void ExplainController::explainRow(const ui::ExplainRequest &request)
{
    run(
        [request](const std::string &db, const engine::RawTable &table,
                  const std::atomic<bool> &cancel) -> Posted
        {
            engine::Result<Prepared> prepared = prepare(db, table, request);
            if (!prepared)
                return failure(prepared.error());
            const engine::TrainedModel &model = *prepared->model;
            if (const QString problem = subjectProblem(model, table, request); !problem.isEmpty())
                return failure(problem);
            const engine::RawTable typed = request.row < 0
                                               ? typedRow(model.preprocessor(), request.typedValues)
                                               : engine::RawTable{};
            const engine::RawTable &source = request.row < 0 ? typed : table;
            const std::size_t row = request.row < 0 ? 0 : static_cast<std::size_t>(request.row);
            engine::Result<engine::Explanation> e = engine::explainTableRow(
                model, source, row, prepared->background, prepared->options, &cancel);
            if (!e)
                return failure(e.error());
            const int shownRow = request.row < 0 ? -1 : request.row + 1;
            return [view = rowView(e.value(), model.preprocessor(), shownRow, request.versionId)](
                       ExplainController *self) { Q_EMIT self->rowExplained(view); };
        });
}

void ExplainController::explainDataset(const ui::ExplainRequest &request)
{
    const QPointer<ExplainController> guard(this);
    run(
        [request, guard](const std::string &db, const engine::RawTable &table,
                         const std::atomic<bool> &cancel) -> Posted
        {
            engine::Result<Prepared> prepared = prepare(db, table, request);
            if (!prepared)
                return failure(prepared.error());
            // Evenly spread rows: the views need a fair sample, not every row of a big file.
            const std::size_t total = table.rowCount();
            const std::size_t count = std::min<std::size_t>(total, kMaxDatasetRows);
            std::vector<std::size_t> rows(count);
            for (std::size_t i = 0; i < count; ++i)
                rows[i] = i * total / count;
            engine::Result<engine::GlobalExplanation> global = engine::explainRows(
                *prepared->model, table, rows, prepared->background, prepared->options,
                [guard](std::size_t done, std::size_t all)
                {
                    postToGui(guard,
                              [done, all](ExplainController *self) {
                                  Q_EMIT self->progressed(static_cast<int>(done),
                                                          static_cast<int>(all));
                              });
                },
                &cancel);
            if (!global)
                return failure(global.error());
            return [view = globalView(global.value())](ExplainController *self)
            { Q_EMIT self->datasetExplained(view); };
        });
}

} // namespace cohort::app
