#include "eval/classification_metrics.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <numeric>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace cohort::engine
{

namespace
{

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInfinity = std::numeric_limits<double>::infinity();
constexpr double kMinProbability = 1e-15;

using Confusion = std::vector<std::vector<long>>;

void validateInputs(const std::vector<int> &truth, const std::vector<float> &probabilities,
                    std::size_t classCount, int majorityClass)
{
    if (classCount < 2)
        throw std::invalid_argument("classification metrics need at least two classes");
    if (probabilities.size() != truth.size() * classCount)
        throw std::invalid_argument("probabilities must hold one row of class scores per row");
    const auto outOfRange = [&](int label)
    { return label < 0 || static_cast<std::size_t>(label) >= classCount; };
    if (std::any_of(truth.begin(), truth.end(), outOfRange))
        throw std::invalid_argument("a true class index is outside the class list");
    if (!std::all_of(probabilities.begin(), probabilities.end(),
                     [](float probability) { return std::isfinite(probability); }))
        throw std::invalid_argument("a predicted probability is not finite");
    if (majorityClass != -1 && outOfRange(majorityClass))
        throw std::invalid_argument("the baseline class is outside the class list");
}

// The prediction is the row's argmax; max_element keeps the first maximum, so ties go to the
// lowest class index.
[[nodiscard]] Confusion buildConfusion(const std::vector<int> &truth,
                                       const std::vector<float> &probabilities,
                                       std::size_t classCount)
{
    Confusion confusion(classCount, std::vector<long>(classCount, 0));
    for (std::size_t row = 0; row < truth.size(); ++row)
    {
        const auto begin = probabilities.begin() + static_cast<std::ptrdiff_t>(row * classCount);
        const auto best = std::max_element(begin, begin + static_cast<std::ptrdiff_t>(classCount));
        ++confusion[static_cast<std::size_t>(truth[row])][static_cast<std::size_t>(best - begin)];
    }
    return confusion;
}

[[nodiscard]] double ratio(long numerator, long denominator)
{
    return denominator == 0 ? 0.0
                            : static_cast<double>(numerator) / static_cast<double>(denominator);
}

// Zero-division convention (as scikit-learn's zero_division=0): the precision of a class that
// is never predicted is 0, the recall of a class absent from the truth is 0, and F1 is 0 when
// precision and recall are both 0.
[[nodiscard]] std::vector<ClassMetrics> scoreClasses(const Confusion &confusion,
                                                     const std::vector<std::string> &names)
{
    std::vector<ClassMetrics> scores(names.size());
    for (std::size_t cls = 0; cls < names.size(); ++cls)
    {
        long predictedCount = 0;
        for (const auto &row : confusion)
            predictedCount += row[cls];
        const long support = std::accumulate(confusion[cls].begin(), confusion[cls].end(), 0L);
        ClassMetrics &score = scores[cls];
        score.name = names[cls];
        score.support = support;
        score.precision = ratio(confusion[cls][cls], predictedCount);
        score.recall = ratio(confusion[cls][cls], support);
        const double sum = score.precision + score.recall;
        score.f1 = sum == 0.0 ? 0.0 : 2.0 * score.precision * score.recall / sum;
    }
    return scores;
}

[[nodiscard]] double macroAverage(const std::vector<ClassMetrics> &scores,
                                  double ClassMetrics::*field)
{
    double sum = 0.0;
    for (const ClassMetrics &score : scores)
        sum += score.*field;
    return sum / static_cast<double>(scores.size());
}

struct RocResult
{
    std::vector<RocPoint> curve;
    double auc = kNaN;
};

// One-vs-rest ROC of one class: sort once by score, then add one point per distinct threshold,
// so tied scores form one diagonal step. The trapezoid area over those steps equals the
// Mann-Whitney statistic with tied pairs counted as one half.
[[nodiscard]] RocResult rocForClass(const std::vector<int> &truth,
                                    const std::vector<float> &probabilities, std::size_t classCount,
                                    int cls)
{
    std::vector<double> score(truth.size());
    for (std::size_t row = 0; row < truth.size(); ++row)
        score[row] = probabilities[row * classCount + static_cast<std::size_t>(cls)];
    const long positives = std::count(truth.begin(), truth.end(), cls);
    const long negatives = static_cast<long>(truth.size()) - positives;
    RocResult result;
    if (positives == 0 || negatives == 0)
        return result;

    std::vector<std::size_t> order(truth.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return score[a] > score[b]; });

    result.curve.push_back({0.0, 0.0, kInfinity});
    long truePositives = 0;
    long falsePositives = 0;
    long previousTruePositives = 0;
    long previousFalsePositives = 0;
    // Twice the area times positives * negatives: an exact integer.
    long long doubledArea = 0;
    for (std::size_t i = 0; i < order.size(); ++i)
    {
        const double threshold = score[order[i]];
        if (truth[order[i]] == cls)
            ++truePositives;
        else
            ++falsePositives;
        if (i + 1 < order.size() && score[order[i + 1]] == threshold)
            continue;
        doubledArea += static_cast<long long>(falsePositives - previousFalsePositives)
                       * (truePositives + previousTruePositives);
        result.curve.push_back(
            {ratio(falsePositives, negatives), ratio(truePositives, positives), threshold});
        previousTruePositives = truePositives;
        previousFalsePositives = falsePositives;
    }
    result.auc = static_cast<double>(doubledArea)
                 / (2.0 * static_cast<double>(positives) * static_cast<double>(negatives));
    return result;
}

void computeRoc(const std::vector<int> &truth, const std::vector<float> &probabilities,
                ClassificationMetrics &metrics)
{
    // Binary problems score the positive class (index 1) only; multi-class ones every class
    // against the rest. A class absent from the truth makes its AUC, and so the macro average,
    // undefined (NaN).
    const int classCount = static_cast<int>(metrics.classNames.size());
    const int first = classCount == 2 ? 1 : 0;
    double aucSum = 0.0;
    for (int cls = first; cls < classCount; ++cls)
    {
        RocResult oneVsRest =
            rocForClass(truth, probabilities, static_cast<std::size_t>(classCount), cls);
        aucSum += oneVsRest.auc;
        metrics.rocCurves.push_back(std::move(oneVsRest.curve));
        metrics.rocCurveAuc.push_back(oneVsRest.auc);
    }
    metrics.rocAuc = aucSum / (classCount - first);
}

// The true class's rank counts the classes scored higher, and equal classes with a lower index,
// so that recall@1 agrees with the argmax accuracy.
[[nodiscard]] double topKShare(const std::vector<int> &truth,
                               const std::vector<float> &probabilities, std::size_t classCount,
                               int k)
{
    long hits = 0;
    for (std::size_t row = 0; row < truth.size(); ++row)
    {
        const float *scores = probabilities.data() + row * classCount;
        const int label = truth[row];
        const float trueScore = scores[label];
        int rank = 0;
        for (int cls = 0; cls < static_cast<int>(classCount); ++cls)
            rank += scores[cls] > trueScore || (scores[cls] == trueScore && cls < label) ? 1 : 0;
        if (rank < k)
            ++hits;
    }
    return truth.empty() ? kNaN : ratio(hits, static_cast<long>(truth.size()));
}

[[nodiscard]] double meanLogLoss(const std::vector<int> &truth,
                                 const std::vector<float> &probabilities, std::size_t classCount)
{
    if (truth.empty())
        return kNaN;
    double sum = 0.0;
    for (std::size_t row = 0; row < truth.size(); ++row)
    {
        const double p = probabilities[row * classCount + static_cast<std::size_t>(truth[row])];
        sum -= std::log(std::clamp(p, kMinProbability, 1.0 - kMinProbability));
    }
    return sum / static_cast<double>(truth.size());
}

void computeBaseline(int majorityClass, ClassificationMetrics &metrics)
{
    const std::vector<ClassMetrics> &classes = metrics.perClass;
    // max_element keeps the first maximum, so a tie goes to the lowest class index.
    const auto bySupport = [](const ClassMetrics &a, const ClassMetrics &b)
    { return a.support < b.support; };
    metrics.baselineClass =
        majorityClass >= 0
            ? majorityClass
            : static_cast<int>(std::max_element(classes.begin(), classes.end(), bySupport)
                               - classes.begin());
    const auto baseline = static_cast<std::size_t>(metrics.baselineClass);

    // Always answering one class puts every row in that class's predicted column.
    Confusion constant(classes.size(), std::vector<long>(classes.size(), 0));
    for (std::size_t cls = 0; cls < classes.size(); ++cls)
        constant[cls][baseline] = classes[cls].support;
    metrics.baselineMacroF1 =
        macroAverage(scoreClasses(constant, metrics.classNames), &ClassMetrics::f1);
    metrics.baselineAccuracy =
        metrics.sampleCount == 0 ? kNaN : ratio(classes[baseline].support, metrics.sampleCount);
    // NaN accuracies compare false, so an empty evaluation never beats the baseline.
    metrics.beatsBaseline = metrics.accuracy > metrics.baselineAccuracy + kBaselineMargin;
}

[[nodiscard]] nlohmann::json numberToJson(double value)
{
    if (std::isnan(value))
        return nullptr;
    if (std::isinf(value))
        return value > 0 ? "inf" : "-inf";
    return value;
}

// Strings other than the two infinities fail in get<double>() with a json::type_error.
[[nodiscard]] double numberFromJson(const nlohmann::json &value)
{
    if (value == "inf")
        return kInfinity;
    if (value == "-inf")
        return -kInfinity;
    return value.is_null() ? kNaN : value.get<double>();
}

[[nodiscard]] std::string percent(double share)
{
    return std::to_string(std::lround(share * 100.0)) + "%";
}

} // namespace

ClassificationMetrics computeClassificationMetrics(const std::vector<int> &truth,
                                                   const std::vector<float> &probabilities,
                                                   const std::vector<std::string> &classNames,
                                                   int majorityClass)
{
    const std::size_t classCount = classNames.size();
    validateInputs(truth, probabilities, classCount, majorityClass);

    ClassificationMetrics metrics;
    metrics.classNames = classNames;
    metrics.sampleCount = static_cast<long>(truth.size());
    metrics.confusion = buildConfusion(truth, probabilities, classCount);
    metrics.perClass = scoreClasses(metrics.confusion, classNames);

    long correct = 0;
    double presentRecallSum = 0.0;
    int presentClasses = 0;
    for (std::size_t cls = 0; cls < classCount; ++cls)
    {
        correct += metrics.confusion[cls][cls];
        if (metrics.perClass[cls].support > 0)
        {
            presentRecallSum += metrics.perClass[cls].recall;
            ++presentClasses;
        }
    }
    metrics.accuracy = truth.empty() ? kNaN : ratio(correct, metrics.sampleCount);
    metrics.balancedAccuracy = presentClasses == 0 ? kNaN : presentRecallSum / presentClasses;
    metrics.macroPrecision = macroAverage(metrics.perClass, &ClassMetrics::precision);
    metrics.macroRecall = macroAverage(metrics.perClass, &ClassMetrics::recall);
    metrics.macroF1 = macroAverage(metrics.perClass, &ClassMetrics::f1);

    computeRoc(truth, probabilities, metrics);
    metrics.logLoss = meanLogLoss(truth, probabilities, classCount);
    metrics.topK = std::min(3, static_cast<int>(classCount) - 1);
    metrics.topKAccuracy = topKShare(truth, probabilities, classCount, metrics.topK);
    computeBaseline(majorityClass, metrics);
    return metrics;
}

nlohmann::json toJson(const ClassificationMetrics &metrics)
{
    nlohmann::json perClass = nlohmann::json::array();
    for (const ClassMetrics &score : metrics.perClass)
        perClass.push_back({{"name", score.name},
                            {"precision", numberToJson(score.precision)},
                            {"recall", numberToJson(score.recall)},
                            {"f1", numberToJson(score.f1)},
                            {"support", score.support}});
    // Each curve is a list of [false positive rate, true positive rate, threshold] triples.
    nlohmann::json curves = nlohmann::json::array();
    for (const auto &curve : metrics.rocCurves)
    {
        curves.push_back(nlohmann::json::array());
        for (const RocPoint &point : curve)
            curves.back().push_back({numberToJson(point.falsePositiveRate),
                                     numberToJson(point.truePositiveRate),
                                     numberToJson(point.threshold)});
    }

    nlohmann::json curveAuc = nlohmann::json::array();
    for (const double auc : metrics.rocCurveAuc)
        curveAuc.push_back(numberToJson(auc));

    const auto baseline = static_cast<std::size_t>(metrics.baselineClass);
    return {{"class_names", metrics.classNames},
            {"samples", metrics.sampleCount},
            {"accuracy", numberToJson(metrics.accuracy)},
            {"balanced_accuracy", numberToJson(metrics.balancedAccuracy)},
            {"macro_precision", numberToJson(metrics.macroPrecision)},
            {"macro_recall", numberToJson(metrics.macroRecall)},
            {"macro_f1", numberToJson(metrics.macroF1)},
            {"roc_auc", numberToJson(metrics.rocAuc)},
            {"log_loss", numberToJson(metrics.logLoss)},
            {"top_k", metrics.topK},
            {"top_k_accuracy", numberToJson(metrics.topKAccuracy)},
            {"per_class", perClass},
            {"confusion", metrics.confusion},
            {"roc_curves", curves},
            {"roc_curve_auc", curveAuc},
            {"baseline_class",
             baseline < metrics.classNames.size() ? metrics.classNames[baseline] : std::string()},
            {"baseline_accuracy", numberToJson(metrics.baselineAccuracy)},
            {"baseline_macro_f1", numberToJson(metrics.baselineMacroF1)},
            {"beats_baseline", metrics.beatsBaseline}};
}

ClassificationMetrics metricsFromJson(const nlohmann::json &json)
{
    ClassificationMetrics metrics;
    metrics.classNames = json.at("class_names").get<std::vector<std::string>>();
    metrics.sampleCount = json.at("samples").get<long>();
    metrics.accuracy = numberFromJson(json.at("accuracy"));
    metrics.balancedAccuracy = numberFromJson(json.at("balanced_accuracy"));
    metrics.macroPrecision = numberFromJson(json.at("macro_precision"));
    metrics.macroRecall = numberFromJson(json.at("macro_recall"));
    metrics.macroF1 = numberFromJson(json.at("macro_f1"));
    metrics.rocAuc = numberFromJson(json.at("roc_auc"));
    metrics.logLoss = numberFromJson(json.at("log_loss"));
    metrics.topK = json.at("top_k").get<int>();
    metrics.topKAccuracy = numberFromJson(json.at("top_k_accuracy"));
    for (const nlohmann::json &score : json.at("per_class"))
        metrics.perClass.push_back(
            {score.at("name").get<std::string>(), numberFromJson(score.at("precision")),
             numberFromJson(score.at("recall")), numberFromJson(score.at("f1")),
             score.at("support").get<long>()});
    metrics.confusion = json.at("confusion").get<std::vector<std::vector<long>>>();
    for (const nlohmann::json &curve : json.at("roc_curves"))
    {
        metrics.rocCurves.emplace_back();
        for (const nlohmann::json &point : curve)
            metrics.rocCurves.back().push_back({numberFromJson(point.at(0)),
                                                numberFromJson(point.at(1)),
                                                numberFromJson(point.at(2))});
    }
    const auto curveAuc = json.find("roc_curve_auc");
    if (curveAuc == json.end())
        metrics.rocCurveAuc.assign(metrics.rocCurves.size(), kNaN);
    else
        for (const nlohmann::json &auc : *curveAuc)
            metrics.rocCurveAuc.push_back(numberFromJson(auc));

    const auto baselineName = json.at("baseline_class").get<std::string>();
    const auto found =
        std::find(metrics.classNames.begin(), metrics.classNames.end(), baselineName);
    if (found == metrics.classNames.end())
        throw std::invalid_argument("baseline class in metrics JSON is not a class name: "
                                    + baselineName);
    metrics.baselineClass = static_cast<int>(found - metrics.classNames.begin());
    metrics.baselineAccuracy = numberFromJson(json.at("baseline_accuracy"));
    metrics.baselineMacroF1 = numberFromJson(json.at("baseline_macro_f1"));
    metrics.beatsBaseline = json.at("beats_baseline").get<bool>();
    return metrics;
}

std::string baselineVerdict(const ClassificationMetrics &metrics)
{
    const auto baseline = static_cast<std::size_t>(metrics.baselineClass);
    if (metrics.sampleCount == 0 || baseline >= metrics.classNames.size())
        return "There are no cases to evaluate, so the model cannot be compared with always "
               "giving the same answer.";

    const std::string guess = "always answering \"" + metrics.classNames[baseline] + "\"";
    const std::string cases =
        std::to_string(metrics.sampleCount) + (metrics.sampleCount == 1 ? " case" : " cases");
    const std::string model = percent(metrics.accuracy);
    const std::string simple = percent(metrics.baselineAccuracy);
    if (metrics.beatsBaseline)
        return "The model is right in " + model + " of the " + cases + ", while " + guess
               + " would be right in " + simple + ", so the model does better than that simple "
               + "rule.";

    std::string verdict = "The model does not beat " + guess + ": it is right in " + model
                          + " of the " + cases + ", and " + guess + " would be right in " + simple
                          + ".";
    if (metrics.accuracy > metrics.baselineAccuracy)
    {
        const long points = std::lround(kBaselineMargin * 100.0);
        verdict += " Its lead is under " + std::to_string(points)
                   + (points == 1 ? " percentage point" : " percentage points")
                   + ", too small to count.";
    }
    return verdict;
}

} // namespace cohort::engine
