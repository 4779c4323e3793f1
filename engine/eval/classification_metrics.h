// ClassificationMetrics: how well a classifier's predicted probabilities match the true classes
// on a set of rows, compared with the baseline of always answering the majority class.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace cohort::engine
{

/// A model beats the baseline only when its accuracy is higher by more than this share
/// (0.01 = 1 percentage point), so a difference within rounding noise does not count as a win.
inline constexpr double kBaselineMargin = 0.01;

/// One point of a ROC curve: rows scoring at or above the threshold are called positive.
/// The first point of every curve is (0, 0) with an infinite threshold (nothing is positive).
struct RocPoint
{
    double falsePositiveRate = 0.0;
    double truePositiveRate = 0.0;
    double threshold = 0.0;
};

struct ClassMetrics
{
    std::string name;
    double precision = 0.0; // 0 when the class is never predicted
    double recall = 0.0;    // 0 when the class is absent from the truth
    double f1 = 0.0;        // 0 when precision + recall is 0
    long support = 0;       // rows whose true class is this one
};

/// With no rows, accuracy, balanced accuracy, AUC, log loss, recall@k and baseline accuracy are
/// NaN. Macro averages run over every class; balanced accuracy over the classes in the truth.
struct ClassificationMetrics
{
    std::vector<std::string> classNames;
    long sampleCount = 0;
    double accuracy = 0.0;
    double balancedAccuracy = 0.0;
    double macroPrecision = 0.0;
    double macroRecall = 0.0;
    double macroF1 = 0.0;
    // Binary: AUC of the positive class (index 1); multi-class: one-vs-rest macro average;
    // NaN when undefined (a class absent from the truth).
    double rocAuc = 0.0;
    // Mean negative log-likelihood of the true class, probabilities clipped to
    // [1e-15, 1 - 1e-15] (rows are not renormalised after clipping).
    double logLoss = 0.0;
    // k used for recall@k: 3, capped at the class count minus one so that recall@k never holds
    // every class (binary: 1, three classes: 2, four or more: 3).
    int topK = 1;
    // Recall@k: share of rows whose true class is among the k most probable (ties go to the
    // lower class index, as in the argmax prediction).
    double topKAccuracy = 0.0;
    std::vector<ClassMetrics> perClass;
    std::vector<std::vector<long>> confusion; // [true class][predicted class]
    // Binary: one curve for class 1; multi-class: one per class (one-vs-rest). A curve is
    // empty when it is undefined (its class is absent from the truth, or is the only class).
    std::vector<std::vector<RocPoint>> rocCurves;
    // The area under each of rocCurves; NaN for an empty curve.
    std::vector<double> rocCurveAuc;
    int baselineClass = 0;         // majority class index used by the baseline
    double baselineAccuracy = 0.0; // accuracy of always predicting baselineClass on these rows
    double baselineMacroF1 = 0.0;
    bool beatsBaseline = false; // accuracy > baselineAccuracy + kBaselineMargin
};

/// truth: class index per row in [0, K); probabilities: n x K row-major, rows sum to ~1;
/// majorityClass: the baseline's class (normally the training split's majority); -1 = majority
/// of truth. The prediction is the argmax of each row (ties go to the lowest index).
/// Throws std::invalid_argument when K < 2, the sizes disagree, a class index is out of range
/// or a probability is not finite: these are caller bugs, not data errors.
[[nodiscard]] ClassificationMetrics
computeClassificationMetrics(const std::vector<int> &truth, const std::vector<float> &probabilities,
                             const std::vector<std::string> &classNames, int majorityClass = -1);

/// snake_case keys: accuracy, balanced_accuracy, macro_precision, macro_recall, macro_f1,
/// roc_auc, log_loss, top_k, top_k_accuracy, per_class[], confusion, roc_curves[] (each a list
/// of [fpr, tpr, threshold]), roc_curve_auc[] (one per curve), baseline_class (name),
/// baseline_accuracy, baseline_macro_f1, beats_baseline, class_names, samples. NaN is written
/// as null, infinities as "inf"/"-inf".
[[nodiscard]] nlohmann::json toJson(const ClassificationMetrics &metrics);

/// Inverse of toJson (round-trips exactly). Throws nlohmann::json::exception when a key is
/// missing or has the wrong type, std::invalid_argument when baseline_class is not a class.
/// Records older than roc_curve_auc read it as NaN per curve.
[[nodiscard]] ClassificationMetrics metricsFromJson(const nlohmann::json &json);

/// One or two sentences in plain words for a clinician: the accuracy vs. the baseline of always
/// answering "<class>", and plainly "The model does not beat ..." when it doesn't.
[[nodiscard]] std::string baselineVerdict(const ClassificationMetrics &metrics);

} // namespace cohort::engine
