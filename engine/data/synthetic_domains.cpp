#include "data/synthetic_domains.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <string_view>
#include <system_error>

#include "data/synthetic_domain_model.h"
#include "data/synthetic_sampler.h"

namespace cohort::engine
{

namespace
{

using synthetic::SiteShift;
using synthetic::SyntheticDomainModel;
using synthetic::SyntheticSampler;

// Stream numbers of the independent random streams; sites use 1..N. Row counts, class mixes
// and shifts have a stream each, so that changing alpha or featureShift changes nothing else.
constexpr std::uint64_t kRowCountStream = 0;
constexpr std::uint64_t kTestStream = 0xFFFF'0001ULL;
constexpr std::uint64_t kBenchmarkStream = 0xFFFF'0002ULL;
constexpr std::uint64_t kClassMixStream = 0xFFFF'0003ULL;
constexpr std::uint64_t kShiftStream = 0xFFFF'0004ULL;

// Beyond this scale the shifted values only hit their clamps.
constexpr double kMaxFeatureShift = 10.0;
// Dirichlet concentrations above this are IID for any practical row count; the cap keeps the
// gamma draws finite for huge alphas.
constexpr double kMaxConcentration = 1e6;

// One site's draw: how many rows, which class mix and which feature shift.
struct SiteLayout
{
    int rows = 0;
    std::vector<double> classMix;
    SiteShift shift;
};

const std::vector<const SyntheticDomainModel *> &models()
{
    static const std::vector<const SyntheticDomainModel *> all = {
        &synthetic::fitnessModel(), &synthetic::vitalsModel(), &synthetic::hospitalModel()};
    return all;
}

std::string domainNames()
{
    std::string names;
    for (const SyntheticDomainModel *model : models())
        names += (names.empty() ? "" : ", ") + model->info().name;
    return names;
}

Result<const SyntheticDomainModel *> findModel(const std::string &domain)
{
    for (const SyntheticDomainModel *model : models())
        if (model->info().name == domain)
            return model;
    return makeError(ErrorCode::InvalidInput, "unknown synthetic domain '" + domain + "'",
                     "valid domains: " + domainNames());
}

std::string numberText(double value)
{
    char buffer[64];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return ec == std::errc() ? std::string(buffer, end) : std::string("?");
}

Result<void> validate(const SyntheticOptions &options)
{
    auto invalid = [](std::string message, std::string hint = {})
    { return makeError(ErrorCode::InvalidInput, std::move(message), std::move(hint)); };
    if (options.sites < 1)
        return invalid("sites must be at least 1 (got " + std::to_string(options.sites) + ")");
    if (!(options.alpha > 0.0) || !std::isfinite(options.alpha))
        return invalid("alpha must be a finite number greater than 0 (got "
                           + numberText(options.alpha) + ")",
                       "smaller alpha means more label skew; try 0.1 (strong) to 100 (almost IID)");
    if (options.minRowsPerSite < 1)
        return invalid("minRowsPerSite must be at least 1 (got "
                       + std::to_string(options.minRowsPerSite) + ")");
    if (options.maxRowsPerSite < options.minRowsPerSite)
        return invalid("maxRowsPerSite (" + std::to_string(options.maxRowsPerSite)
                       + ") must not be less than minRowsPerSite ("
                       + std::to_string(options.minRowsPerSite) + ")");
    if (!(options.featureShift >= 0.0 && options.featureShift <= kMaxFeatureShift))
        return invalid("featureShift must be between 0 and 10 (got "
                           + numberText(options.featureShift) + ")",
                       "0 turns the per-site feature shift off, 1 is the default");
    if (options.testRows < 10)
        return invalid("testRows must be at least 10 (got " + std::to_string(options.testRows)
                       + ")");
    return {};
}

// A class mix drawn from Dirichlet(alpha * K * prior): its mean is the global prior, and
// alpha alone sets how far sites stray from it.
std::vector<double> drawClassMix(SyntheticSampler &sampler, const std::vector<double> &prior,
                                 double alpha)
{
    const double classes = static_cast<double>(prior.size());
    std::vector<double> mix(prior.size());
    double total = 0.0;
    for (std::size_t i = 0; i < prior.size(); ++i)
    {
        mix[i] = sampler.gamma(std::min(alpha * classes * prior[i], kMaxConcentration), 1.0);
        total += mix[i];
    }
    if (!(total > 0.0) || !std::isfinite(total))
    {
        // With a tiny alpha every gamma draw can underflow to 0: the limit is one class.
        std::fill(mix.begin(), mix.end(), 0.0);
        mix[static_cast<std::size_t>(sampler.categorical(prior))] = 1.0;
        return mix;
    }
    for (double &weight : mix)
        weight /= total;
    return mix;
}

std::vector<SiteLayout> drawLayout(const SyntheticOptions &options,
                                   const SyntheticDomainModel &model)
{
    SyntheticSampler rowCounts(options.seed, kRowCountStream);
    SyntheticSampler classMixes(options.seed, kClassMixStream);
    SyntheticSampler shifts(options.seed, kShiftStream);
    const std::vector<double> prior = model.classPrior();
    std::vector<SiteLayout> layout(static_cast<std::size_t>(options.sites));
    for (SiteLayout &site : layout)
    {
        site.rows = rowCounts.uniformInt(options.minRowsPerSite, options.maxRowsPerSite);
        site.classMix = drawClassMix(classMixes, prior, options.alpha);
        site.shift = model.drawSiteShift(shifts, options.featureShift);
    }
    return layout;
}

std::string headerLine(const SyntheticDomainModel &model)
{
    std::string line;
    for (const std::string &column : model.info().columns)
        synthetic::appendText(line, column);
    line += '\n';
    return line;
}

// Writes the header and `rows` rows whose classes are drawn from `classMix`.
bool writeRows(std::ostream &out, const SyntheticDomainModel &model, long rows,
               const std::vector<double> &classMix, const SiteShift &shift,
               SyntheticSampler &sampler)
{
    const std::string header = headerLine(model);
    out.write(header.data(), static_cast<std::streamsize>(header.size()));
    std::string line;
    for (long row = 0; row < rows && out; ++row)
    {
        line.clear();
        model.appendRow(sampler.categorical(classMix), shift, sampler, line);
        line += '\n';
        out.write(line.data(), static_cast<std::streamsize>(line.size()));
    }
    out.flush();
    return static_cast<bool>(out);
}

Result<void> writeFile(const std::string &path, const SyntheticDomainModel &model, long rows,
                       const std::vector<double> &classMix, const SiteShift &shift,
                       SyntheticSampler &sampler)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (out && writeRows(out, model, rows, classMix, shift, sampler))
    {
        out.close();
        if (out)
            return {};
    }
    Error error = makeError(ErrorCode::Io, "cannot write synthetic data file",
                            "check that the folder is writable and the disk is not full");
    error.file = path;
    return error;
}

} // namespace

const std::vector<SyntheticDomainInfo> &syntheticDomains()
{
    static const std::vector<SyntheticDomainInfo> domains = []
    {
        std::vector<SyntheticDomainInfo> all;
        for (const SyntheticDomainModel *model : models())
            all.push_back(model->info());
        return all;
    }();
    return domains;
}

Result<GeneratedDomain> generateSyntheticDomain(const SyntheticOptions &options,
                                                const std::string &outDir)
{
    Result<const SyntheticDomainModel *> found = findModel(options.domain);
    if (!found)
        return found.error();
    if (Result<void> valid = validate(options); !valid)
        return valid.error();
    if (outDir.empty())
        return makeError(ErrorCode::InvalidInput, "the output folder is empty",
                         "choose a folder for the site and test files");

    const std::filesystem::path folder(outDir);
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    if (ec || !std::filesystem::is_directory(folder, ec))
    {
        Error error = makeError(ErrorCode::Io, "cannot create the output folder",
                                ec ? ec.message() : std::string("a file of that name exists"));
        error.file = outDir;
        return error;
    }

    const SyntheticDomainModel &model = *found.value();
    const std::vector<SiteLayout> layout = drawLayout(options, model);
    GeneratedDomain generated;
    generated.target = model.info().target;
    for (std::size_t site = 0; site < layout.size(); ++site)
    {
        const std::string path = (folder / ("site_" + std::to_string(site + 1) + ".csv")).string();
        SyntheticSampler sampler(options.seed, site + 1);
        Result<void> written = writeFile(path, model, layout[site].rows, layout[site].classMix,
                                         layout[site].shift, sampler);
        if (!written)
            return written.error();
        generated.siteFiles.push_back(path);
        generated.siteRows.push_back(layout[site].rows);
    }

    generated.testFile = (folder / "test.csv").string();
    SyntheticSampler testSampler(options.seed, kTestStream);
    Result<void> written = writeFile(generated.testFile, model, options.testRows,
                                     model.classPrior(), SiteShift{}, testSampler);
    if (!written)
        return written.error();
    return generated;
}

Result<void> writeSyntheticRows(const std::string &domain, long rows, std::uint64_t seed,
                                std::ostream &out)
{
    Result<const SyntheticDomainModel *> found = findModel(domain);
    if (!found)
        return found.error();
    if (rows < 0)
        return makeError(ErrorCode::InvalidInput,
                         "rows must not be negative (got " + std::to_string(rows) + ")");
    SyntheticSampler sampler(seed, kBenchmarkStream);
    const SyntheticDomainModel &model = *found.value();
    if (!writeRows(out, model, rows, model.classPrior(), SiteShift{}, sampler))
        return makeError(ErrorCode::Io, "cannot write synthetic rows to the output stream",
                         "check that the disk is not full");
    return {};
}

namespace synthetic
{

void appendNumber(std::string &line, double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    double rounded = std::round(value * scale) / scale;
    if (rounded == 0.0)
        rounded = 0.0; // turns -0.0 into 0.0
    char buffer[64];
    const auto [end, ec] =
        std::to_chars(buffer, buffer + sizeof buffer, rounded, std::chars_format::fixed, decimals);
    if (!line.empty())
        line += ',';
    line.append(buffer, ec == std::errc() ? end : buffer);
}

void appendText(std::string &line, std::string_view text)
{
    if (!line.empty())
        line += ',';
    line += text;
}

double clampValue(double value, double low, double high)
{
    return std::clamp(value, low, high);
}

double siteOffset(SyntheticSampler &sampler, double sd, double scale)
{
    return std::clamp(sampler.normal(0.0, 1.0), -2.5, 2.5) * sd * scale;
}

double logistic(double x)
{
    return 1.0 / (1.0 + std::exp(-x));
}

} // namespace synthetic

} // namespace cohort::engine
