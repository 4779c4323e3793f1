// LocalParticipant: a site's whole local side of a federation, the same for a hub's site, a peer
// and the simulator: its rows split into training and evaluation rows, the agreed preprocessing
// applied, local fits from a global model, evaluation, and keeping the final global model.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "data/preprocessor.h"
#include "data/raw_table.h"
#include "fl/federated_evaluation.h"
#include "fl/federated_preprocessing.h"
#include "fl/federation_schema.h"
#include "model/mlp_spec.h"
#include "train/flat_optimizer.h"

namespace cohort::engine
{

class MlpClassifier;

/// How a site trains in one round; the hub sends it with every fit request.
struct LocalTrainingConfig
{
    int epochs = 5;
    int batchSize = 32;
    double learningRate = 0.05;
    // Plain SGD is FedAvg's local optimiser: a fresh Adam each round takes full-size steps even
    // on a site whose rows hold one class only, and drags the average towards it.
    OptimizerKind optimizer = OptimizerKind::Sgd;
    double proximalMu = 0.0; // FedProx; 0 for every other strategy

    /// Checks the settings (a hub's request) against the bounds of TrainOptions: at most
    /// kMaxEpochs epochs and kMaxBatchSize rows per batch, a finite learning rate in
    /// (0, kMaxLearningRate]; the message names the setting, its value and the bounds.
    [[nodiscard]] Result<void> validate() const;
};

/// One local fit: the trained parameters and what the hub weighs them by.
struct LocalFit
{
    std::vector<float> parameters;
    std::int64_t samples = 0;
    double trainLoss = 0.0;
};

class LocalParticipant final
{
public:
    /// Splits the rows (stratified on `splitSchema`'s classes, seeded) into training rows and
    /// `testShare` evaluation rows. The table stays here; only summaries and models leave.
    LocalParticipant(RawTable table, const FederationSchema &splitSchema, double testShare,
                     std::uint64_t seed);
    ~LocalParticipant();
    LocalParticipant(LocalParticipant &&) noexcept;
    LocalParticipant &operator=(LocalParticipant &&) noexcept;

    [[nodiscard]] std::size_t trainRowCount() const { return m_trainRows.size(); }
    [[nodiscard]] std::size_t testRowCount() const { return m_testRows.size(); }
    /// Statistics of the training rows for the federated preprocessing.
    [[nodiscard]] SiteSummary summarize(const FederationSchema &schema,
                                        int maxSketchPoints = 256) const;

    /// Applies the federation's preprocessing and builds its model; InvalidInput when they do
    /// not fit this table or each other or the spec is out of bounds (checked before anything
    /// is allocated), Internal when memory runs out.
    [[nodiscard]] Result<void> prepare(const FederationSchema &agreed,
                                       const Preprocessor &preprocessor, const MlpSpec &spec,
                                       int baselineClass);
    [[nodiscard]] bool isPrepared() const { return m_model != nullptr; }
    /// The federation's majority class given to prepare(), kept with the models.
    [[nodiscard]] int baselineClass() const { return m_baselineClass; }

    /// Trains from `global` on the training rows; the seed follows the round so that every
    /// round draws other batches, and a batch larger than the rows is cut to the rows.
    /// InvalidInput for a model of the wrong size, settings out of bounds or a diverged fit.
    [[nodiscard]] Result<LocalFit> fit(const std::vector<float> &global,
                                       const LocalTrainingConfig &config, int round);
    /// Scores `model` on the evaluation rows, and remembers it as the newest global model.
    [[nodiscard]] Result<SiteEvaluation> evaluate(const std::vector<float> &model, int round,
                                                  const std::string &siteId);
    /// Sets the local model (a peer adopting or mixing models).
    [[nodiscard]] Result<void> setModel(const std::vector<float> &model);
    [[nodiscard]] std::vector<float> model() const;
    /// Accuracy of the local model on the evaluation rows.
    [[nodiscard]] double localAccuracy() const;

    /// Stores the newest evaluated global model (or the local one when none was evaluated) in
    /// the registry at `databasePath` as a federated version called `name` of `round`, with
    /// its metrics on this site's evaluation rows.
    [[nodiscard]] Result<std::int64_t> keepFinalModel(const std::string &databasePath,
                                                      const std::string &name, int round) const;
    [[nodiscard]] int lastEvaluatedRound() const { return m_lastRound; }

private:
    // prepare() once the spec is known to be within bounds; may throw on allocation failure.
    [[nodiscard]] Result<void> build(const FederationSchema &agreed,
                                     const Preprocessor &preprocessor, const MlpSpec &spec,
                                     int baselineClass);
    [[nodiscard]] SiteEvaluation score(const MlpClassifier &model, const std::string &siteId) const;

    RawTable m_table;
    std::uint64_t m_seed = 42;
    std::vector<std::size_t> m_trainRows;
    std::vector<std::size_t> m_testRows;
    FederationSchema m_agreed;
    std::optional<Preprocessor> m_preprocessor;
    int m_baselineClass = 0;
    std::unique_ptr<MlpClassifier> m_model;
    struct Encoded; // the preprocessed training and evaluation rows
    std::unique_ptr<Encoded> m_encoded;
    std::vector<float> m_lastGlobal; // the newest global model evaluated here
    int m_lastRound = 0;
};

} // namespace cohort::engine
