#include "explain/kernel_shap.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include "explain/seeded_random.h"

namespace cohort::engine
{

namespace
{

// The distinct coalitions drawn (each M bytes; index 0 is the empty one, 1 the full one) and,
// per sampled pair, the indices of a coalition and of its complement.
struct CoalitionSample
{
    std::vector<std::uint8_t> masks;
    std::vector<std::size_t> pairs;
    std::size_t distinct = 0;
};

class CoalitionSampler
{
public:
    CoalitionSampler(std::size_t columns, std::uint64_t seed)
        : m_columns(columns)
        , m_random(seed)
        , m_order(columns)
        , m_mask(columns)
    {
        // Sizes 1..M-1 with probability proportional to the Shapley kernel's total weight
        // for that size, (M-1) / (s (M-s)); the constant factor cancels.
        double total = 0.0;
        for (std::size_t s = 1; s < columns; ++s)
        {
            total += 1.0 / static_cast<double>(s * (columns - s));
            m_cumulative.push_back(total);
        }
        for (double &c : m_cumulative)
            c /= total;
    }

    CoalitionSample sample(std::size_t pairCount)
    {
        CoalitionSample result;
        std::fill(m_mask.begin(), m_mask.end(), 0);
        add(result);
        std::fill(m_mask.begin(), m_mask.end(), 1);
        add(result);
        for (std::size_t p = 0; p < pairCount; ++p)
        {
            drawMask();
            result.pairs.push_back(add(result));
            for (std::uint8_t &bit : m_mask)
                bit ^= 1u;
            result.pairs.push_back(add(result));
        }
        return result;
    }

private:
    // A size from the kernel distribution, then a uniform subset of that size (partial
    // Fisher-Yates shuffle).
    void drawMask()
    {
        const double u = uniform01(m_random);
        const auto found = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), u);
        const std::size_t size =
            std::min<std::size_t>(m_columns - 1, 1 + (found - m_cumulative.begin()));
        std::iota(m_order.begin(), m_order.end(), std::size_t{0});
        std::fill(m_mask.begin(), m_mask.end(), 0);
        for (std::size_t i = 0; i < size; ++i)
        {
            const std::size_t j = i + uniformIndex(m_random, m_columns - i);
            std::swap(m_order[i], m_order[j]);
            m_mask[m_order[i]] = 1;
        }
    }

    // The index of the current mask among the distinct ones, adding it when new.
    std::size_t add(CoalitionSample &result)
    {
        std::string key((m_columns + 7) / 8, '\0');
        for (std::size_t i = 0; i < m_columns; ++i)
            key[i / 8] = static_cast<char>(key[i / 8] | (m_mask[i] << (i % 8)));
        const auto [entry, inserted] = m_index.emplace(std::move(key), result.distinct);
        if (inserted)
        {
            result.masks.insert(result.masks.end(), m_mask.begin(), m_mask.end());
            ++result.distinct;
        }
        return entry->second;
    }

    std::size_t m_columns;
    std::mt19937_64 m_random;
    std::vector<double> m_cumulative;
    std::vector<std::size_t> m_order;
    std::vector<std::uint8_t> m_mask;
    std::unordered_map<std::string, std::size_t> m_index;
};

// In-place Cholesky factor (lower triangle) of a symmetric n x n matrix; false when it is not
// clearly positive definite, i.e. the sampled coalitions do not pin every column down.
bool choleskyFactor(std::vector<double> &a, std::size_t n)
{
    for (std::size_t j = 0; j < n; ++j)
    {
        double diagonal = a[j * n + j];
        for (std::size_t k = 0; k < j; ++k)
            diagonal -= a[j * n + k] * a[j * n + k];
        if (!(diagonal > 1e-10))
            return false;
        a[j * n + j] = std::sqrt(diagonal);
        for (std::size_t i = j + 1; i < n; ++i)
        {
            double sum = a[i * n + j];
            for (std::size_t k = 0; k < j; ++k)
                sum -= a[i * n + k] * a[j * n + k];
            a[i * n + j] = sum / a[j * n + j];
        }
    }
    return true;
}

// Solves L L^T x = b in place, with L from choleskyFactor.
void choleskySolve(const std::vector<double> &l, std::size_t n, double *b)
{
    for (std::size_t i = 0; i < n; ++i)
    {
        for (std::size_t k = 0; k < i; ++k)
            b[i] -= l[i * n + k] * b[k];
        b[i] /= l[i * n + i];
    }
    for (std::size_t i = n; i-- > 0;)
    {
        for (std::size_t k = i + 1; k < n; ++k)
            b[i] -= l[k * n + i] * b[k];
        b[i] /= l[i * n + i];
    }
}

// The normal equations over the sampled pairs, each pair one observation:
// A = mean (z z' + zc zc')/2 and b = mean (z d_z + zc d_zc)/2 with d = v - v(empty);
// z z' + zc zc' is 1 where two columns are both in or both out of the coalition.
void normalEquations(const CoalitionSample &sample, const std::vector<double> &d, std::size_t m,
                     std::size_t classes, std::vector<double> &a, std::vector<double> &b)
{
    a.assign(m * m, 0.0);
    b.assign(m * classes, 0.0); // [column][class]
    const std::size_t pairs = sample.pairs.size() / 2;
    const double scale = 1.0 / (2.0 * static_cast<double>(pairs));
    for (std::size_t p = 0; p < pairs; ++p)
    {
        const std::uint8_t *z = sample.masks.data() + sample.pairs[2 * p] * m;
        for (std::size_t i = 0; i < m; ++i)
        {
            for (std::size_t j = 0; j < m; ++j)
                a[i * m + j] += z[i] == z[j] ? scale : 0.0;
        }
        for (const std::size_t index : {sample.pairs[2 * p], sample.pairs[2 * p + 1]})
        {
            const std::uint8_t *mask = sample.masks.data() + index * m;
            for (std::size_t i = 0; i < m; ++i)
            {
                for (std::size_t k = 0; mask[i] && k < classes; ++k)
                    b[i * classes + k] += scale * d[index * classes + k];
            }
        }
    }
}

// Q = A^-1 - A^-1 1 1' A^-1 / (1' A^-1 1): how the constrained solution moves with b - A phi.
std::vector<double> constrainedInverse(const std::vector<double> &factor,
                                       const std::vector<double> &ainvOnes, double onesTotal)
{
    const std::size_t m = ainvOnes.size();
    std::vector<double> q(m * m);
    std::vector<double> column(m);
    for (std::size_t j = 0; j < m; ++j)
    {
        std::fill(column.begin(), column.end(), 0.0);
        column[j] = 1.0;
        choleskySolve(factor, m, column.data());
        for (std::size_t i = 0; i < m; ++i)
            q[i * m + j] = column[i] - ainvOnes[i] * ainvOnes[j] / onesTotal;
    }
    return q;
}

// Sandwich standard errors. Linearising phi in the pair means gives dphi = Q (db - dA phi),
// so pair p contributes Q (z e_z + zc e_zc)/2 with residuals e = d - z'phi. As Q 1 = 0 that
// is (e_z - e_zc)/2 Q z; a value's error is the spread of these over the pairs / sqrt(pairs).
std::vector<std::vector<double>> sandwichErrors(const std::vector<double> &q,
                                                const CoalitionSample &sample,
                                                const std::vector<double> &d,
                                                const std::vector<std::vector<double>> &phi)
{
    const std::size_t m = phi.size();
    const std::size_t classes = phi.front().size();
    const std::size_t pairs = sample.pairs.size() / 2;
    std::vector<double> sums(m * classes, 0.0);
    std::vector<double> squares(m * classes, 0.0);
    std::vector<double> qz(m);
    const auto residual = [&](std::size_t index, std::size_t k)
    {
        const std::uint8_t *mask = sample.masks.data() + index * m;
        double fitted = 0.0;
        for (std::size_t i = 0; i < m; ++i)
            fitted += mask[i] ? phi[i][k] : 0.0;
        return d[index * classes + k] - fitted;
    };
    for (std::size_t p = 0; p < pairs; ++p)
    {
        const std::uint8_t *z = sample.masks.data() + sample.pairs[2 * p] * m;
        for (std::size_t i = 0; i < m; ++i)
        {
            double sum = 0.0;
            for (std::size_t j = 0; j < m; ++j)
                sum += z[j] ? q[i * m + j] : 0.0;
            qz[i] = sum;
        }
        for (std::size_t k = 0; k < classes; ++k)
        {
            const double half =
                0.5 * (residual(sample.pairs[2 * p], k) - residual(sample.pairs[2 * p + 1], k));
            for (std::size_t i = 0; i < m; ++i)
            {
                sums[i * classes + k] += half * qz[i];
                squares[i * classes + k] += half * qz[i] * half * qz[i];
            }
        }
    }
    std::vector<std::vector<double>> errors(m, std::vector<double>(classes, 0.0));
    const auto n = static_cast<double>(pairs);
    for (std::size_t i = 0; i < m * classes; ++i)
    {
        const double mean = sums[i] / n;
        const double variance = std::max(0.0, (squares[i] - n * mean * mean) / (n - 1.0));
        errors[i / classes][i % classes] = std::sqrt(variance / n);
    }
    return errors;
}

} // namespace

Result<ShapleyEstimate> kernelShap(CoalitionValues &values, int samples, std::uint64_t seed,
                                   const std::atomic<bool> *cancel)
{
    const std::size_t m = values.columnCount();
    const std::size_t classes = values.classCount();
    if (m < 2)
        return makeError(ErrorCode::InvalidInput, "Kernel SHAP needs at least two columns");
    if (samples < 4)
        return makeError(
            ErrorCode::InvalidInput,
            "Kernel SHAP needs at least four samples (two pairs) for an error estimate");
    const std::size_t pairs = static_cast<std::size_t>(samples) / 2;

    CoalitionSampler sampler(m, seed);
    const CoalitionSample sample = sampler.sample(pairs);
    std::vector<double> v(sample.distinct * classes);
    if (auto done = values.evaluate(sample.masks.data(), sample.distinct, v.data(), cancel); !done)
        return done.error();
    ShapleyEstimate estimate;
    estimate.base.assign(v.begin(), v.begin() + static_cast<long>(classes));
    estimate.coalitionsEvaluated = static_cast<int>(sample.distinct);
    // Values relative to the empty coalition, which the regression's intercept fixes.
    for (std::size_t c = sample.distinct; c-- > 0;)
    {
        for (std::size_t k = 0; k < classes; ++k)
            v[c * classes + k] -= v[k];
    }
    std::vector<double> a;
    std::vector<double> b;
    normalEquations(sample, v, m, classes, a, b);
    if (!choleskyFactor(a, m))
        return makeError(ErrorCode::InvalidInput,
                         "too few coalition samples for " + std::to_string(m) + " columns",
                         "use more samples or the exact method");

    // Efficiency as a constraint: phi = A^-1 (b - lambda 1) with lambda such that the values
    // add up to v(all) - v(empty).
    std::vector<double> ones(m, 1.0);
    choleskySolve(a, m, ones.data());
    const double onesTotal = std::accumulate(ones.begin(), ones.end(), 0.0);
    estimate.output.resize(classes);
    estimate.values.assign(m, std::vector<double>(classes, 0.0));
    std::vector<double> x(m);
    for (std::size_t k = 0; k < classes; ++k)
    {
        for (std::size_t i = 0; i < m; ++i)
            x[i] = b[i * classes + k];
        choleskySolve(a, m, x.data());
        const double gap = v[classes + k]; // v(all) - v(empty)
        const double lambda = (std::accumulate(x.begin(), x.end(), 0.0) - gap) / onesTotal;
        for (std::size_t i = 0; i < m; ++i)
            estimate.values[i][k] = x[i] - lambda * ones[i];
        estimate.output[k] = estimate.base[k] + gap;
    }
    estimate.standardError =
        sandwichErrors(constrainedInverse(a, ones, onesTotal), sample, v, estimate.values);
    return estimate;
}

} // namespace cohort::engine
