#include "data/data_split.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <random>

namespace cohort::engine
{

DataSplit stratifiedSplit(const std::vector<int> &labels, double validationShare, double testShare,
                          std::uint64_t seed)
{
    std::map<int, std::vector<std::size_t>> byClass;
    for (std::size_t row = 0; row < labels.size(); ++row)
    {
        if (labels[row] >= 0)
            byClass[labels[row]].push_back(row);
    }
    std::mt19937_64 generator(seed);
    DataSplit split;
    const auto share = [](std::size_t n, double fraction)
    {
        auto count = static_cast<std::size_t>(std::llround(static_cast<double>(n) * fraction));
        if (fraction > 0.0 && n >= 3)
            count = std::max<std::size_t>(count, 1);
        return count;
    };
    for (auto &[label, rows] : byClass)
    {
        std::shuffle(rows.begin(), rows.end(), generator);
        const std::size_t testCount = share(rows.size(), testShare);
        const std::size_t validationCount =
            std::min(share(rows.size(), validationShare), rows.size() - testCount);
        const auto testEnd = rows.begin() + static_cast<std::ptrdiff_t>(testCount);
        const auto validationEnd = testEnd + static_cast<std::ptrdiff_t>(validationCount);
        split.test.insert(split.test.end(), rows.begin(), testEnd);
        split.validation.insert(split.validation.end(), testEnd, validationEnd);
        split.train.insert(split.train.end(), validationEnd, rows.end());
    }
    for (auto *part : {&split.train, &split.validation, &split.test})
        std::sort(part->begin(), part->end());
    return split;
}

std::vector<int> labelsAt(const std::vector<int> &labels, const std::vector<std::size_t> &rows)
{
    std::vector<int> selected;
    selected.reserve(rows.size());
    for (const std::size_t row : rows)
        selected.push_back(labels[row]);
    return selected;
}

} // namespace cohort::engine
