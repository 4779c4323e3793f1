// Federated preprocessing: three sites' summaries merge into the statistics of their pooled
// rows (exactly for counts and sums, within a stated tolerance for sketched quantiles), and
// into a Preprocessor that agrees with Preprocessor::fit on the pooled rows.
#include <QTest>

#include <algorithm>
#include <map>
#include <cmath>
#include <numbers>
#include <numeric>
#include <random>
#include <string>

#include "data/csv_reader.h"
#include "data/preprocessor.h"
#include "data/schema_inference.h"
#include "fl/federated_preprocessing.h"

using namespace cohort::engine;

namespace
{

const std::string kHeader = "age,score,income,smoker,sex,label\n";
const std::vector<int> kSiteRows = {1800, 2600, 2200};

// std::mt19937's output is fixed by the standard (its distributions are not).
class Generator
{
public:
    explicit Generator(unsigned seed)
        : m_engine(seed)
    {
    }
    double uniform() { return (static_cast<double>(m_engine()) + 0.5) / 4294967296.0; }
    double normal()
    {
        return std::sqrt(-2.0 * std::log(uniform())) * std::cos(2.0 * std::numbers::pi * uniform());
    }

private:
    std::mt19937 m_engine;
};

// Multiples of 1/8 below 2^17: their sums and sums of squares over a few thousand rows are
// exact in double whatever the order of addition, so merged sums can be compared with ==.
std::string onGrid(double value)
{
    const double rounded = std::round(value * 8.0) / 8.0;
    char buffer[32];
    std::snprintf(buffer, sizeof(buffer), "%.3f", rounded);
    return buffer;
}

// Site `site`'s rows without the header. The sites differ (not identically distributed): the
// older, richer, more often smoking sites come later.
std::string siteRows(int site, int rows)
{
    Generator g(17u + static_cast<unsigned>(site));
    std::string text;
    for (int i = 0; i < rows; ++i)
    {
        const double age =
            std::clamp(std::round(40.0 + 6.0 * site + 12.0 * g.normal()), 18.0, 95.0);
        const double score = 50.0 + 8.0 * site + 15.0 * g.normal();
        const double income =
            g.uniform() < 0.002 ? 99999.0 : 2000.0 * std::exp(0.6 * g.normal() + 0.2 * site);
        const double u = g.uniform();
        text += (g.uniform() < 0.03 ? std::string("NA") : onGrid(age)) + ",";
        text += (u < 0.01 ? std::string("?") : u < 0.015 ? "unreadable" : onGrid(score)) + ",";
        text += onGrid(income) + ",";
        text += std::string(g.uniform() < 0.2 + 0.3 * site ? "yes" : "no") + ",";
        const double s = g.uniform();
        text += std::string(s < 0.02 ? "" : s < 0.5 ? "F" : s < 0.95 ? "M" : "O") + ",";
        text += std::string(score + 10.0 * g.normal() > 60.0 ? "b" : "a") + "\n";
    }
    return text;
}

RawTable tableOf(const std::string &text, const std::string &name)
{
    ValidationReport report;
    Result<RawTable> table = readCsvText(text, name, {}, report);
    if (!table)
        qFatal("%s", report.toText().c_str());
    return std::move(table).value();
}

std::vector<std::size_t> allRows(const RawTable &table)
{
    std::vector<std::size_t> rows(table.rowCount());
    std::iota(rows.begin(), rows.end(), std::size_t{0});
    return rows;
}

// Pooled values of a numeric column, sorted: the reference the sketches are judged against.
std::vector<double> sortedValues(const RawTable &table, const std::string &column)
{
    std::vector<double> values;
    const TextColumn &cells = table.columns[static_cast<std::size_t>(table.columnIndex(column))];
    for (std::size_t row = 0; row < cells.size(); ++row)
    {
        char *end = nullptr;
        const std::string cell(cells.at(row));
        const double value = std::strtod(cell.c_str(), &end);
        if (!cell.empty() && *end == '\0')
            values.push_back(value);
    }
    std::sort(values.begin(), values.end());
    return values;
}

// How far `q` lies outside the range of shares of pooled values below / at most `estimate`.
double rankError(const std::vector<double> &sorted, double estimate, double q)
{
    const auto n = static_cast<double>(sorted.size());
    const double below =
        static_cast<double>(std::lower_bound(sorted.begin(), sorted.end(), estimate)
                            - sorted.begin())
        / n;
    const double atMost =
        static_cast<double>(std::upper_bound(sorted.begin(), sorted.end(), estimate)
                            - sorted.begin())
        / n;
    return std::max({0.0, below - q, q - atMost});
}

} // namespace

class FederatedPreprocessingTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        std::string pooled = kHeader;
        for (int site = 0; site < 3; ++site)
        {
            const std::string rows = siteRows(site, kSiteRows[static_cast<std::size_t>(site)]);
            m_sites.push_back(tableOf(kHeader + rows, "site" + std::to_string(site + 1) + ".csv"));
            pooled += rows;
        }
        m_pooled = tableOf(pooled, "pooled.csv");
        ValidationReport report;
        InferenceOptions options;
        options.target = "label";
        m_hubSchema = inferSchema(m_pooled, options, report);
        QVERIFY2(!report.hasErrors(), report.toText().c_str());
        m_schema = federationSchemaFrom(m_hubSchema);
        QCOMPARE(m_schema.features.size(), std::size_t(5));
    }

    void mergedMomentsEqualThePooledOnes()
    {
        Result<SiteSummary> merged = mergeSummaries(summaries(), m_schema);
        QVERIFY(merged.ok());
        const SiteSummary pooled = summarizeSite(m_pooled, m_schema, allRows(m_pooled));
        QCOMPARE(merged->rows, std::int64_t(6600));
        QCOMPARE(merged->rows, pooled.rows);
        QCOMPARE(merged->numeric.size(), std::size_t(3));
        for (std::size_t i = 0; i < pooled.numeric.size(); ++i)
        {
            const NumericSummary &m = merged->numeric[i];
            const NumericSummary &p = pooled.numeric[i];
            QCOMPARE(m.name, p.name);
            QCOMPARE(m.count, p.count);
            // Exact equality: grid values make every order of addition exact (see onGrid).
            QVERIFY2(m.sum == p.sum, m.name.c_str());
            QVERIFY2(m.sumOfSquares == p.sumOfSquares, m.name.c_str());
            QVERIFY(m.minimum == p.minimum);
            QVERIFY(m.maximum == p.maximum);
        }
        QCOMPARE(merged->categorical.size(), std::size_t(2));
        for (std::size_t i = 0; i < pooled.categorical.size(); ++i)
            QCOMPARE(merged->categorical[i].counts, pooled.categorical[i].counts);
        QCOMPARE(merged->categorical[0].name, std::string("smoker"));
    }

    void classCountsAddUpToThePooledMajority()
    {
        // Second method: count the pooled labels directly.
        const std::vector<int> labels =
            encodeLabels(m_pooled, m_schema.target, m_schema.classNames);
        std::vector<std::int64_t> direct(m_schema.classNames.size(), 0);
        for (const int label : labels)
            ++direct[static_cast<std::size_t>(label)];
        std::map<std::string, std::int64_t> summed;
        for (const SiteSummary &site : summaries())
            for (const auto &[name, count] : site.classCounts)
                summed[name] += count;
        for (std::size_t k = 0; k < direct.size(); ++k)
            QCOMPARE(summed[m_schema.classNames[k]], direct[k]);
        const int expected =
            static_cast<int>(std::max_element(direct.begin(), direct.end()) - direct.begin());
        QCOMPARE(majorityClass(summaries(), m_schema.classNames), expected);

        // By hand: x 5 + 1 = 6, y 4 + 4 = 8, z 7 at one site only; a class no site holds counts 0.
        SiteSummary first;
        first.classCounts = {{"x", 5}, {"y", 4}, {"z", 7}};
        SiteSummary second;
        second.classCounts = {{"x", 1}, {"y", 4}};
        QCOMPARE(majorityClass({first, second}, {"w", "x", "y", "z"}), 2);
        QCOMPARE(majorityClass({first}, {"w", "x", "y", "z"}), 3);
        QCOMPARE(majorityClass({}, {"w", "x"}), 0);
    }

    void sketchesAreBoundedAndWeighTheirCounts()
    {
        for (const int points : {256, 8, 1})
        {
            for (const SiteSummary &site : summaries(points))
            {
                for (const NumericSummary &column : site.numeric)
                {
                    QVERIFY(column.sketch.size() <= static_cast<std::size_t>(points));
                    QVERIFY(std::is_sorted(column.sketch.begin(), column.sketch.end()));
                    double weight = 0.0;
                    for (const auto &point : column.sketch)
                        weight += point.second;
                    QVERIFY(weight == static_cast<double>(column.count));
                }
            }
        }
        // Ages are whole years: fewer than 256 distinct values, so that sketch is exact. Scores
        // and incomes are compressed.
        const SiteSummary site = summaries().front();
        QVERIFY(site.numeric[0].sketch.size() < 80);
        QVERIFY(site.numeric[1].sketch.size() > 200 && site.numeric[1].sketch.size() < 256);
        QVERIFY(site.numeric[2].count > 1500);
    }

    void exactWhenEverySketchIsExact()
    {
        // With room for every distinct value, combining is fit on the pooled rows.
        Result<Preprocessor> combined = combineSummaries(summaries(100000), m_schema);
        QVERIFY(combined.ok());
        const Preprocessor fit = Preprocessor::fit(m_pooled, m_hubSchema, allRows(m_pooled));
        QCOMPARE(combined->columns().size(), fit.columns().size());
        for (std::size_t i = 0; i < fit.columns().size(); ++i)
        {
            const ColumnTransform &c = combined->columns()[i];
            const ColumnTransform &f = fit.columns()[i];
            QCOMPARE(c.name, f.name);
            QVERIFY(c.kind == f.kind);
            QVERIFY2(c.fill == f.fill && c.low == f.low && c.high == f.high, c.name.c_str());
            // The moments differ only in the order of floating-point sums.
            QVERIFY2(std::abs(c.mean - f.mean) <= 1e-9 * std::abs(f.scale), c.name.c_str());
            QVERIFY2(std::abs(c.scale / f.scale - 1.0) <= 1e-9, c.name.c_str());
            QCOMPARE(c.categories, f.categories);
        }
    }

    void sketchedQuantilesAreCloseToThePooledFit()
    {
        // Tolerance: a compressed sketch stands for each value by the mean of its bin, so a
        // quantile's rank among the pooled values is off by at most the share of the bin that
        // holds it at each site. With the k1 scale and 256 points a bin around a site's own
        // quantile q holds at most 2*pi*sqrt(q(1 - q))/255 of the site's values: 1.23% around
        // the median, and 0.35% beyond a site's 2% and 98% quantiles, where the pooled 0.5% and
        // 99.5% bounds fall at every site here (checked below). So the median's rank may be off
        // by 1.3 points, the bounds' by 0.4. In the column's units the bounds move more than
        // the median, as values are sparse in the tails.
        Result<Preprocessor> combined = combineSummaries(summaries(), m_schema);
        QVERIFY(combined.ok());
        const PreprocessingOptions options;
        const Preprocessor fit = Preprocessor::fit(m_pooled, m_hubSchema, allRows(m_pooled));
        for (std::size_t i : {0u, 1u, 2u})
        {
            const ColumnTransform &c = combined->columns()[i];
            const ColumnTransform &f = fit.columns()[i];
            const std::vector<double> pooled = sortedValues(m_pooled, c.name);
            const double medianError = rankError(pooled, c.fill, 0.5);
            const double lowError = rankError(pooled, c.low, options.lowerQuantile);
            const double highError = rankError(pooled, c.high, options.upperQuantile);
            const std::string detail = c.name + ": median, bounds, mean and scale "
                                       + std::to_string(c.fill) + " " + std::to_string(c.low) + " "
                                       + std::to_string(c.high) + " " + std::to_string(c.mean) + " "
                                       + std::to_string(c.scale) + "; fit's "
                                       + std::to_string(f.fill) + " " + std::to_string(f.low) + " "
                                       + std::to_string(f.high) + " " + std::to_string(f.mean) + " "
                                       + std::to_string(f.scale);
            QVERIFY2(medianError <= 0.013, detail.c_str());
            QVERIFY2(lowError <= 0.004, detail.c_str());
            QVERIFY2(highError <= 0.004, detail.c_str());
            for (const RawTable &site : m_sites)
            {
                const std::vector<double> local = sortedValues(site, c.name);
                const auto share = [&](double bound)
                {
                    return static_cast<double>(std::lower_bound(local.begin(), local.end(), bound)
                                               - local.begin())
                           / static_cast<double>(local.size());
                };
                QVERIFY(share(c.low) <= 0.02 && share(c.high) >= 0.98);
            }
            QVERIFY2(std::abs(c.low - f.low) <= 0.1 * f.scale, detail.c_str());
            QVERIFY2(std::abs(c.high - f.high) <= 0.1 * f.scale, detail.c_str());
            // In the column's own units: the standardised inputs of the two differ by little.
            QVERIFY2(std::abs(c.fill - f.fill) <= 0.02 * f.scale, detail.c_str());
            QVERIFY2(std::abs(c.mean - f.mean) <= 0.02 * f.scale, detail.c_str());
            QVERIFY2(std::abs(c.scale / f.scale - 1.0) <= 0.02, detail.c_str());
        }
    }

    void valuesTooLargeToSquareAreClippedInTheSummary()
    {
        // 1e200 squared overflows; the summary clips it to 1e100 (as the Preprocessor does),
        // so its sums stay finite and a hub accepts them: 1 + 1e100 and 1 + 1e200.
        FederationSchema schema;
        schema.features = {{"x", ColumnKind::Numeric, {}}};
        schema.target = "label";
        schema.classNames = {"a", "b"};
        const RawTable table = tableOf("x,label\n1,a\n1e200,b\n", "huge.csv");
        const SiteSummary summary = summarizeSite(table, schema, allRows(table));
        QCOMPARE(summary.numeric[0].maximum, 1e100);
        QVERIFY(std::isfinite(summary.numeric[0].sumOfSquares));
        QCOMPARE(summary.numeric[0].sumOfSquares, 1.0 + 1e200);
        QVERIFY(mergeSummaries({summary}, schema).ok());
    }

    void categoriesAndBooleanModesFollowTheMergedCounts()
    {
        // Two of three sites mostly smoke, but the merged counts (5 yes, 6 no) say no. Sex has
        // F 3, M 4 and a category 'Z' the hub never saw (5): the mode among the hub's is M.
        FederationSchema schema;
        schema.features = {{"smoker", ColumnKind::Boolean, {"0", "1"}},
                           {"sex", ColumnKind::Categorical, {"F", "M"}}};
        schema.target = "label";
        schema.classNames = {"a", "b"};
        const std::vector<RawTable> tables = {
            tableOf("smoker,sex,label\nyes,F,a\nyes,F,b\ntrue,F,a\nno,Z,b\n,Z,a\nNA,Z,a\n"
                    ",Z,a\n,Z,b\n",
                    "a.csv"),
            tableOf("smoker,sex,label\nno,M,a\n0,M,b\nfalse,,a\nno,,b\n", "b.csv"),
            tableOf("smoker,sex,label\n1,M,a\nyes,M,b\nno,NA,a\n", "c.csv")};
        std::vector<SiteSummary> sites;
        for (const RawTable &table : tables)
            sites.push_back(summarizeSite(table, schema, allRows(table)));
        QCOMPARE(sites[0].categorical[0].counts,
                 (std::map<std::string, std::int64_t>{{"0", 1}, {"1", 3}}));
        Result<SiteSummary> merged = mergeSummaries(sites, schema);
        QVERIFY(merged.ok());
        QCOMPARE(merged->categorical[1].counts,
                 (std::map<std::string, std::int64_t>{{"F", 3}, {"M", 4}, {"Z", 5}}));
        Result<Preprocessor> combined = combineSummaries(sites, schema);
        QVERIFY(combined.ok());
        QCOMPARE(combined->columns()[0].fill, 0.0);
        QVERIFY(combined->columns()[0].kind == ColumnKind::Boolean);
        QCOMPARE(combined->columns()[1].categories, (std::vector<std::string>{"F", "M"}));
        QCOMPARE(combined->columns()[1].fill, 1.0);
        QCOMPARE(combined->outputNames(), (std::vector<std::string>{"smoker", "sex=F", "sex=M"}));
        // Site a: missing smoker cells take the merged mode 0 and the unseen Z is all zeros.
        Result<FeatureMatrix> a = combined->transform(tables[0]);
        QVERIFY(a.ok());
        QCOMPARE(a->values, (std::vector<float>{1, 1, 0, 1, 1, 0, 1, 1, 0, 0, 0, 0,
                                                0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}));
        // Site b: missing sex cells take the merged mode M.
        Result<FeatureMatrix> b = combined->transform(tables[1]);
        QVERIFY(b.ok());
        QCOMPARE(b->values, (std::vector<float>{0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1}));
        // A tie gives 0, as Preprocessor::fit decides.
        sites[2].categorical[0].counts = {{"0", 0}, {"1", 2}};
        QCOMPARE(combineSummaries(sites, schema)->columns()[0].fill, 0.0);
        sites[2].categorical[0].counts = {{"0", 0}, {"1", 3}};
        QCOMPARE(combineSummaries(sites, schema)->columns()[0].fill, 1.0);
    }

    void transformsASiteTableLikeThePooledFit()
    {
        Result<Preprocessor> combined = combineSummaries(summaries(), m_schema);
        QVERIFY(combined.ok());
        const Preprocessor fit = Preprocessor::fit(m_pooled, m_hubSchema, allRows(m_pooled));
        QCOMPARE(combined->outputWidth(), fit.outputWidth());
        QCOMPARE(combined->outputWidth(), std::size_t(3 + 1 + 3));
        QCOMPARE(combined->outputNames(), fit.outputNames());
        const RawTable &site = m_sites[1];
        Result<FeatureMatrix> federated = combined->transform(site);
        Result<FeatureMatrix> pooled = fit.transform(site);
        QVERIFY(federated.ok() && pooled.ok());
        QCOMPARE(federated->rows, site.rowCount());
        QCOMPARE(federated->cols, pooled->cols);
        // Standardised inputs differ by the sketch's small error in mean, scale and bounds.
        double largest = 0.0;
        for (std::size_t k = 0; k < pooled->values.size(); ++k)
            largest = std::max(
                largest, static_cast<double>(std::abs(federated->values[k] - pooled->values[k])));
        // The largest gap is an income above both upper bounds: (12043 - 3001) / 1977 against
        // (11957 - 3001) / 1975, 0.04.
        QVERIFY2(largest < 0.05, std::to_string(largest).c_str());
    }

    void unusableSummariesAreErrors()
    {
        QVERIFY(!combineSummaries({}, m_schema).ok());

        // A site whose table lacks a column leaves it out; the hub names the site and column.
        const RawTable lacking = tableOf("age,score,smoker,sex,label\n40,50,yes,F,a\n", "x.csv");
        std::vector<SiteSummary> sites = summaries();
        sites[1] = summarizeSite(lacking, m_schema, allRows(lacking));
        Result<Preprocessor> combined = combineSummaries(sites, m_schema);
        QVERIFY(!combined.ok());
        QVERIFY(combined.error().code == ErrorCode::InvalidInput);
        QCOMPARE(combined.error().column, std::string("income"));
        QVERIFY(combined.error().message.find("site 2") != std::string::npos);

        // No site has a value: nothing to take a median of.
        FederationSchema schema = m_schema;
        schema.features.push_back({"blank", ColumnKind::Numeric, {}});
        schema.features.push_back({"unknown", ColumnKind::Categorical, {"p", "q"}});
        const RawTable blank = tableOf("blank,unknown,label\nNA,,a\n,NA,b\n", "blank.csv");
        FederationSchema blankOnly = schema;
        blankOnly.features.erase(blankOnly.features.begin(), blankOnly.features.end() - 2);
        combined = combineSummaries({summarizeSite(blank, blankOnly, {0, 1})}, blankOnly);
        QVERIFY(!combined.ok());
        QCOMPARE(combined.error().column, std::string("blank"));
        blankOnly.features.erase(blankOnly.features.begin());
        combined = combineSummaries({summarizeSite(blank, blankOnly, {0, 1})}, blankOnly);
        QVERIFY(!combined.ok());
        QCOMPARE(combined.error().column, std::string("unknown"));

        PreprocessingOptions reversed;
        reversed.lowerQuantile = 0.9;
        reversed.upperQuantile = 0.1;
        QVERIFY(!combineSummaries(summaries(), m_schema, reversed).ok());

        FederationSchema identifier = m_schema;
        identifier.features[0].kind = ColumnKind::Identifier;
        QCOMPARE(combineSummaries(summaries(), identifier).error().column, std::string("age"));
    }

    void malformedSummariesAreErrors_data()
    {
        QTest::addColumn<int>("damage");
        QTest::addColumn<QString>("column");
        QTest::newRow("sketch out of order") << 0 << "score";
        QTest::newRow("sketch does not weigh its count") << 1 << "score";
        QTest::newRow("negative weight") << 2 << "score";
        QTest::newRow("more values than rows") << 3 << "income";
        QTest::newRow("boolean value that is not 0 or 1") << 4 << "smoker";
        QTest::newRow("negative category count") << 5 << "sex";
        QTest::newRow("negative row count") << 6 << "";
    }

    void malformedSummariesAreErrors()
    {
        QFETCH(int, damage);
        QFETCH(QString, column);
        std::vector<SiteSummary> sites = summaries();
        SiteSummary &site = sites[2];
        auto &sketch = site.numeric[1].sketch;
        switch (damage)
        {
        case 0:
            std::swap(sketch[3], sketch[4]);
            break;
        case 1:
            sketch[3].second += 1.0;
            break;
        case 2:
            sketch[3].second = -sketch[3].second;
            break;
        case 3:
            site.numeric[2].count = site.rows + 1;
            break;
        case 4:
            site.categorical[0].counts["2"] = 1;
            break;
        case 5:
            site.categorical[1].counts["F"] = -1;
            break;
        default:
            site.rows = -1;
            break;
        }
        Result<Preprocessor> combined = combineSummaries(sites, m_schema);
        QVERIFY(!combined.ok());
        QVERIFY(combined.error().code == ErrorCode::InvalidInput);
        QCOMPARE(combined.error().column, column.toStdString());
        QVERIFY2(combined.error().message.find("site 3") != std::string::npos,
                 combined.error().message.c_str());
    }

private:
    std::vector<SiteSummary> summaries(int maxSketchPoints = 256) const
    {
        std::vector<SiteSummary> sites;
        for (const RawTable &site : m_sites)
            sites.push_back(summarizeSite(site, m_schema, allRows(site), maxSketchPoints));
        return sites;
    }

    std::vector<RawTable> m_sites;
    RawTable m_pooled;
    DatasetSchema m_hubSchema;
    FederationSchema m_schema;
};

QTEST_APPLESS_MAIN(FederatedPreprocessingTest)
#include "federated_preprocessing_test.moc"
