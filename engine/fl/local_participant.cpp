#include "fl/local_participant.h"

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

#include "data/data_split.h"
#include "data/feature_matrix.h"
#include "data/schema_inference.h"
#include "eval/version_metrics.h"
#include "model/mlp_classifier.h"
#include "store/stored_model.h"
#include "train/trainer.h"

namespace cohort::engine
{

struct LocalParticipant::Encoded
{
    FeatureMatrix trainInputs;
    std::vector<int> trainLabels;
    FeatureMatrix testInputs;
    std::vector<int> testLabels;
};

namespace
{

TrainOptions trainOptionsOf(const LocalTrainingConfig &config)
{
    TrainOptions options;
    options.epochs = config.epochs;
    options.batchSize = config.batchSize;
    options.learningRate = config.learningRate;
    options.optimizer = config.optimizer;
    options.proximalMu = config.proximalMu;
    options.patience = 0;
    return options;
}

bool allFinite(const std::vector<float> &values)
{
    return std::all_of(values.begin(), values.end(), [](float v) { return std::isfinite(v); });
}

} // namespace

Result<void> LocalTrainingConfig::validate() const
{
    return trainOptionsOf(*this).validate();
}

LocalParticipant::LocalParticipant(RawTable table, const FederationSchema &splitSchema,
                                   double testShare, std::uint64_t seed)
    : m_table(std::move(table))
    , m_seed(seed)
{
    const std::vector<int> labels =
        encodeLabels(m_table, splitSchema.target, splitSchema.classNames);
    const DataSplit split = stratifiedSplit(labels, 0.0, testShare, seed);
    m_trainRows = split.train;
    m_testRows = split.test;
}

LocalParticipant::~LocalParticipant() = default;
LocalParticipant::LocalParticipant(LocalParticipant &&) noexcept = default;
LocalParticipant &LocalParticipant::operator=(LocalParticipant &&) noexcept = default;

SiteSummary LocalParticipant::summarize(const FederationSchema &schema, int maxSketchPoints) const
{
    return summarizeSite(m_table, schema, m_trainRows, maxSketchPoints);
}

Result<void> LocalParticipant::prepare(const FederationSchema &agreed,
                                       const Preprocessor &preprocessor, const MlpSpec &spec,
                                       int baselineClass)
{
    // The spec may come from a hub: check its bounds before anything is allocated for it.
    if (auto valid = spec.validate(); !valid)
        return makeError(ErrorCode::InvalidInput,
                         "the federation's model is not usable: " + valid.error().message);
    return catchComputeErrors("prepare the federation's model",
                              [&] { return build(agreed, preprocessor, spec, baselineClass); });
}

Result<void> LocalParticipant::build(const FederationSchema &agreed,
                                     const Preprocessor &preprocessor, const MlpSpec &spec,
                                     int baselineClass)
{
    Result<FeatureMatrix> inputs = preprocessor.transform(m_table);
    if (!inputs)
        return inputs.error();
    if (spec.inputWidth != static_cast<int>(inputs->cols)
        || spec.classCount != static_cast<int>(agreed.classNames.size()))
        return makeError(ErrorCode::InvalidInput,
                         "the federation's model does not fit its preprocessing",
                         "model inputs " + std::to_string(spec.inputWidth) + ", preprocessed "
                             + std::to_string(inputs->cols));
    Result<MlpClassifier> model = MlpClassifier::create(spec, m_seed);
    if (!model)
        return model.error();
    const std::vector<int> labels = encodeLabels(m_table, agreed.target, agreed.classNames);
    auto encoded = std::make_unique<Encoded>();
    encoded->trainInputs = inputs->select(m_trainRows);
    encoded->trainLabels = labelsAt(labels, m_trainRows);
    encoded->testInputs = inputs->select(m_testRows);
    encoded->testLabels = labelsAt(labels, m_testRows);
    m_encoded = std::move(encoded);
    m_model = std::make_unique<MlpClassifier>(std::move(model).value());
    m_agreed = agreed;
    m_preprocessor = preprocessor;
    m_baselineClass =
        baselineClass >= 0 && baselineClass < static_cast<int>(agreed.classNames.size())
            ? baselineClass
            : 0;
    return {};
}

Result<void> LocalParticipant::setModel(const std::vector<float> &model)
{
    if (!m_model)
        return makeError(ErrorCode::InvalidInput, "the site has no model yet");
    return m_model->setParameters(model);
}

std::vector<float> LocalParticipant::model() const
{
    return m_model ? m_model->parameterVector() : std::vector<float>();
}

Result<LocalFit> LocalParticipant::fit(const std::vector<float> &global,
                                       const LocalTrainingConfig &config, int round)
{
    if (!m_model)
        return makeError(ErrorCode::InvalidInput, "the site has no model yet");
    if (auto valid = config.validate(); !valid)
        return makeError(ErrorCode::InvalidInput,
                         "the requested local training is not usable: " + valid.error().message);
    if (auto set = setModel(global); !set)
        return makeError(ErrorCode::InvalidInput, "the global model does not fit this site's model",
                         set.error().message);
    TrainOptions options = trainOptionsOf(config);
    options.seed = m_seed + static_cast<std::uint64_t>(std::max(0, round));
    if (options.proximalMu > 0.0)
        options.proximalCenter = global;
    return catchComputeErrors(
        "train the local model",
        [&]() -> Result<LocalFit>
        {
            Result<TrainOutcome> outcome = trainClassifier(*m_model, m_encoded->trainInputs,
                                                           m_encoded->trainLabels, {}, {}, options);
            if (!outcome)
                return outcome.error();
            LocalFit fit;
            fit.parameters = m_model->parameterVector();
            if (!allFinite(fit.parameters))
                return makeError(ErrorCode::InvalidInput,
                                 Reason{ReasonCode::LocalTrainingDiverged, {}},
                                 "lower the learning rate");
            fit.samples = static_cast<std::int64_t>(m_encoded->trainLabels.size());
            fit.trainLoss = outcome->history.empty() ? 0.0 : outcome->history.back().trainLoss;
            return fit;
        });
}

Result<SiteEvaluation> LocalParticipant::evaluate(const std::vector<float> &model, int round,
                                                  const std::string &siteId)
{
    if (auto set = setModel(model); !set)
        return makeError(ErrorCode::InvalidInput,
                         "the model to evaluate does not fit this site's model",
                         set.error().message);
    m_lastGlobal = model;
    m_lastRound = round;
    return catchComputeErrors("evaluate the model",
                              [&]() -> Result<SiteEvaluation> { return score(*m_model, siteId); });
}

SiteEvaluation LocalParticipant::score(const MlpClassifier &model, const std::string &siteId) const
{
    // One forward pass gives both the confusion counts and the loss.
    const std::vector<float> probabilities = model.predictProbabilities(m_encoded->testInputs);
    SiteEvaluation evaluation;
    evaluation.siteId = siteId;
    evaluation.confusion =
        confusionMatrix(m_encoded->testLabels, probabilities, m_agreed.classNames.size());
    evaluation.loss =
        lossAndAccuracyOf(probabilities, m_encoded->testLabels, m_agreed.classNames.size()).loss;
    for (const auto &row : evaluation.confusion)
        for (const long count : row)
            evaluation.samples += count;
    return evaluation;
}

double LocalParticipant::localAccuracy() const
{
    if (!m_model)
        return 0.0;
    return m_model->evaluate(m_encoded->testInputs, m_encoded->testLabels).accuracy;
}

Result<std::int64_t> LocalParticipant::keepFinalModel(const std::string &databasePath,
                                                      const std::string &name, int round) const
{
    if (!m_model)
        return makeError(ErrorCode::InvalidInput, "the site has no model to keep");
    const std::vector<float> weights = m_lastGlobal.empty() ? model() : m_lastGlobal;
    // A scratch copy scores the kept model on this site's evaluation rows.
    Result<MlpClassifier> scratch = MlpClassifier::create(m_model->spec(), m_seed);
    if (!scratch)
        return scratch.error();
    MlpClassifier &scorer = scratch.value();
    if (auto set = scorer.setParameters(weights); !set)
        return set.error();
    const SiteEvaluation evaluation = score(scorer, "this site");
    VersionMetrics metrics;
    metrics.scope = MetricsScope::SiteEvaluationRows;
    if (Result<FederatedEvaluation> combined =
            combineEvaluations({evaluation}, m_agreed.classNames.size());
        combined)
        metrics =
            versionMetricsOf(combined.value(), MetricsScope::SiteEvaluationRows, m_baselineClass);
    FederatedModel kept;
    kept.spec = m_model->spec();
    kept.weights = weights;
    kept.preprocessor = &*m_preprocessor;
    kept.target = m_agreed.target;
    kept.classNames = m_agreed.classNames;
    kept.baselineClass = m_baselineClass;
    kept.name = name;
    kept.round = round;
    kept.metricsJson = toJson(metrics).dump();
    return saveFederatedVersion(databasePath, kept);
}

} // namespace cohort::engine
