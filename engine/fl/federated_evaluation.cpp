#include "fl/federated_evaluation.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <set>

namespace cohort::engine
{

namespace
{

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

using Confusion = std::vector<std::vector<long>>;

double ratio(std::int64_t numerator, std::int64_t denominator)
{
    return denominator == 0 ? 0.0
                            : static_cast<double>(numerator) / static_cast<double>(denominator);
}

long trace(const Confusion &confusion)
{
    long correct = 0;
    for (std::size_t k = 0; k < confusion.size(); ++k)
        correct += confusion[k][k];
    return correct;
}

// What is wrong with a site's report, if anything: the hub trusts no peer's numbers blindly.
std::optional<std::string> problemOf(const SiteEvaluation &site, std::size_t classCount)
{
    if (site.confusion.size() != classCount)
        return "has a confusion matrix with " + std::to_string(site.confusion.size()) + " rows for "
               + std::to_string(classCount) + " classes";
    std::int64_t total = 0;
    for (const std::vector<long> &row : site.confusion)
    {
        if (row.size() != classCount)
            return "has a confusion matrix row with " + std::to_string(row.size()) + " cells for "
                   + std::to_string(classCount) + " classes";
        for (const long cell : row)
        {
            if (cell < 0)
                return "has a negative count in its confusion matrix";
            total += cell;
        }
    }
    if (total != site.samples)
        return "reports " + std::to_string(site.samples)
               + " samples but its confusion matrix holds " + std::to_string(total);
    if (site.samples > 0 && !(std::isfinite(site.loss) && site.loss >= 0.0))
        return "reports a loss that is negative or not a number";
    return std::nullopt;
}

// Accuracy, balanced accuracy and macro F1 of a summed matrix, with the conventions of
// computeClassificationMetrics (scikit-learn's zero_division=0).
void score(FederatedEvaluation &result)
{
    const Confusion &confusion = result.confusion;
    const std::size_t classCount = confusion.size();
    double recallSum = 0.0;
    double f1Sum = 0.0;
    int presentClasses = 0;
    for (std::size_t cls = 0; cls < classCount; ++cls)
    {
        std::int64_t predicted = 0;
        std::int64_t support = 0;
        for (std::size_t other = 0; other < classCount; ++other)
        {
            predicted += confusion[other][cls];
            support += confusion[cls][other];
        }
        const double precision = ratio(confusion[cls][cls], predicted);
        const double recall = ratio(confusion[cls][cls], support);
        const double sum = precision + recall;
        f1Sum += sum == 0.0 ? 0.0 : 2.0 * precision * recall / sum;
        if (support > 0)
        {
            recallSum += recall;
            ++presentClasses;
        }
    }
    result.accuracy = result.samples == 0 ? kNaN : ratio(trace(confusion), result.samples);
    result.balancedAccuracy = presentClasses == 0 ? kNaN : recallSum / presentClasses;
    result.macroF1 = f1Sum / static_cast<double>(classCount);
}

} // namespace

Result<FederatedEvaluation> combineEvaluations(const std::vector<SiteEvaluation> &sites,
                                               std::size_t classCount)
{
    if (sites.empty())
        return makeError(ErrorCode::InvalidInput, "no site sent an evaluation");
    if (classCount < 2)
        return makeError(ErrorCode::InvalidInput, "an evaluation needs at least two classes");
    FederatedEvaluation result;
    result.confusion.assign(classCount, std::vector<long>(classCount, 0));
    std::set<std::string> seen;
    double lossSum = 0.0;
    for (const SiteEvaluation &site : sites)
    {
        std::optional<std::string> problem = problemOf(site, classCount);
        if (!problem && !seen.insert(site.siteId).second)
            problem = "reported twice in one round";
        if (problem)
            return makeError(ErrorCode::InvalidInput,
                             "the evaluation of site '" + site.siteId + "' " + *problem,
                             "leave the site's evaluation out of this round");
        for (std::size_t t = 0; t < classCount; ++t)
        {
            for (std::size_t p = 0; p < classCount; ++p)
                result.confusion[t][p] += site.confusion[t][p];
        }
        result.samples += site.samples;
        if (site.samples > 0)
            lossSum += site.loss * static_cast<double>(site.samples);
        result.siteAccuracy.emplace_back(
            site.siteId, site.samples == 0 ? kNaN : ratio(trace(site.confusion), site.samples));
    }
    result.loss = result.samples == 0 ? kNaN : lossSum / static_cast<double>(result.samples);
    score(result);
    return result;
}

Confusion confusionMatrix(const std::vector<int> &truth, const std::vector<float> &probabilities,
                          std::size_t classCount)
{
    Confusion confusion(classCount, std::vector<long>(classCount, 0));
    if (classCount == 0)
        return confusion;
    const std::size_t rows = std::min(truth.size(), probabilities.size() / classCount);
    for (std::size_t row = 0; row < rows; ++row)
    {
        if (truth[row] < 0 || static_cast<std::size_t>(truth[row]) >= classCount)
            continue;
        // The first maximum wins, so ties go to the lowest class index.
        const float *scores = probabilities.data() + row * classCount;
        std::size_t best = 0;
        for (std::size_t cls = 1; cls < classCount; ++cls)
        {
            if (scores[cls] > scores[best])
                best = cls;
        }
        ++confusion[static_cast<std::size_t>(truth[row])][best];
    }
    return confusion;
}

} // namespace cohort::engine
