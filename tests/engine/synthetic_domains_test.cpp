// Tests of the synthetic non-IID demo data: files and headers, quantity and label skew, feature
// shift, determinism, option validation and the streaming writer.

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <QTemporaryDir>
#include <QTest>

#include "data/synthetic_domains.h"

using namespace cohort::engine;

namespace {

struct CsvTable
{
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
};

std::vector<std::string> splitLine(const std::string &line)
{
    std::vector<std::string> fields;
    std::stringstream stream(line);
    std::string field;
    while (std::getline(stream, field, ','))
        fields.push_back(field);
    return fields;
}

CsvTable readCsv(const std::string &path)
{
    CsvTable table;
    std::ifstream in(path);
    std::string line;
    if (std::getline(in, line))
        table.header = splitLine(line);
    while (std::getline(in, line))
        table.rows.push_back(splitLine(line));
    return table;
}

std::string readBytes(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

const SyntheticDomainInfo &domainInfo(const std::string &name)
{
    const auto &domains = syntheticDomains();
    return *std::find_if(domains.begin(), domains.end(),
                         [&](const SyntheticDomainInfo &info) { return info.name == name; });
}

std::string joined(const std::vector<std::string> &columns)
{
    std::string line;
    for (const std::string &column : columns)
        line += (line.empty() ? "" : ",") + column;
    return line;
}

// Mean over site pairs of the total variation distance between their label distributions.
double meanLabelDistance(const GeneratedDomain &generated, const SyntheticDomainInfo &info)
{
    std::vector<std::vector<double>> shares;
    for (const std::string &file : generated.siteFiles)
    {
        const CsvTable table = readCsv(file);
        std::vector<double> share(info.classes.size(), 0.0);
        for (const auto &row : table.rows)
        {
            const auto found = std::find(info.classes.begin(), info.classes.end(), row.back());
            share[static_cast<std::size_t>(found - info.classes.begin())] +=
                1.0 / static_cast<double>(table.rows.size());
        }
        shares.push_back(share);
    }
    double total = 0.0;
    int pairs = 0;
    for (std::size_t a = 0; a < shares.size(); ++a)
        for (std::size_t b = a + 1; b < shares.size(); ++b, ++pairs)
            for (std::size_t k = 0; k < info.classes.size(); ++k)
                total += 0.5 * std::abs(shares[a][k] - shares[b][k]);
    return total / pairs;
}

// Mean of one column per site file.
std::vector<double> siteMeans(const GeneratedDomain &generated, const std::string &column)
{
    std::vector<double> means;
    for (const std::string &file : generated.siteFiles)
    {
        const CsvTable table = readCsv(file);
        const auto index = static_cast<std::size_t>(
            std::find(table.header.begin(), table.header.end(), column) - table.header.begin());
        double sum = 0.0;
        for (const auto &row : table.rows)
            sum += std::stod(row.at(index));
        means.push_back(sum / static_cast<double>(table.rows.size()));
    }
    return means;
}

double spread(const std::vector<double> &values)
{
    const auto [low, high] = std::minmax_element(values.begin(), values.end());
    return *high - *low;
}

} // namespace

class SyntheticDomainsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsThreeDomains();
    void writesFilesWithDocumentedColumns_data();
    void writesFilesWithDocumentedColumns();
    void fitnessNumbersHaveSensiblePrecision();
    void rowCountsStayWithinBounds();
    void sameSeedGivesIdenticalBytes();
    void smallAlphaSkewsLabelsMore();
    void hospitalSitesDifferInClimate();
    void rejectsBadOptions_data();
    void rejectsBadOptions();
    void unwritableFolderIsAnIoError();
    void writeSyntheticRowsWritesExactlyTheRows_data();
    void writeSyntheticRowsWritesExactlyTheRows();
    void writeSyntheticRowsRejectsBadInput();

private:
    [[nodiscard]] std::string path(const QString &name) const
    {
        return m_dir.filePath(name).toStdString();
    }

    QTemporaryDir m_dir;
};

void SyntheticDomainsTest::listsThreeDomains()
{
    const auto &domains = syntheticDomains();
    QCOMPARE(domains.size(), std::size_t(3));
    QCOMPARE(domains[0].name, std::string("fitness"));
    QCOMPARE(domains[1].name, std::string("vitals"));
    QCOMPARE(domains[2].name, std::string("hospital"));
    for (const SyntheticDomainInfo &info : domains)
    {
        QCOMPARE(info.columns.back(), info.target);
        QVERIFY(!info.description.empty());
        QCOMPARE(info.multiClass, info.classes.size() > 2);
    }
    QCOMPARE(domainInfo("fitness").classes,
             (std::vector<std::string>{"HIIT", "Cardio", "Strength", "Yoga", "Pilates"}));
    QCOMPARE(domainInfo("vitals").target, std::string("healthy"));
    QCOMPARE(domainInfo("hospital").target, std::string("risk"));
}

void SyntheticDomainsTest::writesFilesWithDocumentedColumns_data()
{
    QTest::addColumn<QString>("domain");
    QTest::newRow("fitness") << "fitness";
    QTest::newRow("vitals") << "vitals";
    QTest::newRow("hospital") << "hospital";
}

void SyntheticDomainsTest::writesFilesWithDocumentedColumns()
{
    QFETCH(QString, domain);
    SyntheticOptions options;
    options.domain = domain.toStdString();
    options.sites = 3;
    options.testRows = 100;
    const std::string outDir = path("files_" + domain + "/nested");

    const Result<GeneratedDomain> generated = generateSyntheticDomain(options, outDir);
    QVERIFY2(generated.ok(), generated.ok() ? "" : generated.error().toString().c_str());
    const SyntheticDomainInfo &info = domainInfo(options.domain);
    QCOMPARE(generated->target, info.target);
    QCOMPARE(generated->siteFiles.size(), std::size_t(3));
    QCOMPARE(generated->siteRows.size(), std::size_t(3));
    QCOMPARE(generated->testFile, (std::filesystem::path(outDir) / "test.csv").string());

    std::vector<std::string> files = generated->siteFiles;
    files.push_back(generated->testFile);
    for (std::size_t i = 0; i < files.size(); ++i)
    {
        if (i < generated->siteFiles.size())
            QCOMPARE(files[i], (std::filesystem::path(outDir)
                                / ("site_" + std::to_string(i + 1) + ".csv"))
                                   .string());
        const CsvTable table = readCsv(files[i]);
        QCOMPARE(joined(table.header), joined(info.columns));
        const std::size_t expectedRows = i < generated->siteRows.size()
            ? static_cast<std::size_t>(generated->siteRows[i])
            : std::size_t(100);
        QCOMPARE(table.rows.size(), expectedRows);
        for (const auto &row : table.rows)
        {
            QCOMPARE(row.size(), info.columns.size());
            QVERIFY(std::find(info.classes.begin(), info.classes.end(), row.back())
                    != info.classes.end());
        }
    }
}

void SyntheticDomainsTest::fitnessNumbersHaveSensiblePrecision()
{
    SyntheticOptions options;
    options.domain = "fitness";
    options.sites = 1;
    const Result<GeneratedDomain> generated = generateSyntheticDomain(options, path("precision"));
    QVERIFY(generated.ok());
    const CsvTable table = readCsv(generated->siteFiles.front());
    for (const auto &row : table.rows)
    {
        QVERIFY(row[0].find('.') == std::string::npos);        // age
        QVERIFY(row[1] == "Male" || row[1] == "Female");         // gender
        QVERIFY(row[2].find('.') == std::string::npos);        // steps_per_day
        QCOMPARE(row[3].find('.'), row[3].size() - 2);          // resting_hr
        QCOMPARE(row[4].find('.'), row[4].size() - 2);          // avg_hr
        QVERIFY(std::stod(row[4]) > std::stod(row[3]));          // working above resting
        QVERIFY(row[5].find('.') == std::string::npos);        // calories_burned
    }
}

void SyntheticDomainsTest::rowCountsStayWithinBounds()
{
    SyntheticOptions options;
    options.domain = "vitals";
    options.sites = 12;
    options.minRowsPerSite = 20;
    options.maxRowsPerSite = 35;
    options.testRows = 10;
    const Result<GeneratedDomain> generated = generateSyntheticDomain(options, path("bounds"));
    QVERIFY(generated.ok());
    QCOMPARE(generated->siteRows.size(), std::size_t(12));
    for (int rows : generated->siteRows)
    {
        QVERIFY(rows >= 20);
        QVERIFY(rows <= 35);
    }
    // Quantity skew: the sites do not all get the same size.
    QVERIFY(spread(std::vector<double>(generated->siteRows.begin(), generated->siteRows.end()))
            > 0.0);
    QCOMPARE(readCsv(generated->testFile).rows.size(), std::size_t(10));
}

void SyntheticDomainsTest::sameSeedGivesIdenticalBytes()
{
    SyntheticOptions options;
    options.domain = "hospital";
    const Result<GeneratedDomain> first = generateSyntheticDomain(options, path("seed_a"));
    const Result<GeneratedDomain> second = generateSyntheticDomain(options, path("seed_b"));
    options.seed = 43;
    const Result<GeneratedDomain> other = generateSyntheticDomain(options, path("seed_c"));
    QVERIFY(first.ok() && second.ok() && other.ok());

    QCOMPARE(first->siteRows, second->siteRows);
    for (std::size_t i = 0; i < first->siteFiles.size(); ++i)
        QCOMPARE(readBytes(first->siteFiles[i]), readBytes(second->siteFiles[i]));
    QCOMPARE(readBytes(first->testFile), readBytes(second->testFile));

    QVERIFY(readBytes(first->siteFiles[0]) != readBytes(other->siteFiles[0]));
    QVERIFY(readBytes(first->testFile) != readBytes(other->testFile));
}

void SyntheticDomainsTest::smallAlphaSkewsLabelsMore()
{
    SyntheticOptions options;
    options.domain = "fitness";
    options.sites = 8;
    options.minRowsPerSite = 150;
    options.maxRowsPerSite = 200;
    options.alpha = 0.1;
    const Result<GeneratedDomain> skewed = generateSyntheticDomain(options, path("alpha_small"));
    options.alpha = 100.0;
    const Result<GeneratedDomain> balanced = generateSyntheticDomain(options, path("alpha_big"));
    QVERIFY(skewed.ok() && balanced.ok());

    const double skewedDistance = meanLabelDistance(skewed.value(), domainInfo("fitness"));
    const double balancedDistance = meanLabelDistance(balanced.value(), domainInfo("fitness"));
    QVERIFY2(skewedDistance > 0.5, std::to_string(skewedDistance).c_str());
    QVERIFY2(balancedDistance < 0.2, std::to_string(balancedDistance).c_str());
    QVERIFY(skewedDistance > 3.0 * balancedDistance);
}

void SyntheticDomainsTest::hospitalSitesDifferInClimate()
{
    SyntheticOptions options;
    options.domain = "hospital";
    options.sites = 6;
    options.minRowsPerSite = 150;
    options.alpha = 1000.0; // near-IID labels, so that only the feature shift moves the means
    const Result<GeneratedDomain> shifted = generateSyntheticDomain(options, path("climate"));
    options.featureShift = 0.0;
    const Result<GeneratedDomain> unshifted = generateSyntheticDomain(options, path("no_shift"));
    QVERIFY(shifted.ok() && unshifted.ok());

    const std::vector<double> temperatures = siteMeans(shifted.value(), "temp");
    const std::vector<double> pm25 = siteMeans(shifted.value(), "pm25");
    QVERIFY2(spread(temperatures) > 3.0, std::to_string(spread(temperatures)).c_str());
    QVERIFY(*std::max_element(pm25.begin(), pm25.end())
            > 1.5 * *std::min_element(pm25.begin(), pm25.end()));

    const std::vector<double> flatTemperatures = siteMeans(unshifted.value(), "temp");
    const std::vector<double> flatPm25 = siteMeans(unshifted.value(), "pm25");
    QVERIFY2(spread(flatTemperatures) < 1.5, std::to_string(spread(flatTemperatures)).c_str());
    QVERIFY(*std::max_element(flatPm25.begin(), flatPm25.end())
            < 1.3 * *std::min_element(flatPm25.begin(), flatPm25.end()));
}

void SyntheticDomainsTest::rejectsBadOptions_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<int>("sites");
    QTest::addColumn<double>("alpha");
    QTest::addColumn<int>("minRows");
    QTest::addColumn<int>("maxRows");
    QTest::addColumn<double>("featureShift");
    QTest::addColumn<int>("testRows");
    QTest::addColumn<QString>("expected");

    QTest::newRow("unknown domain") << "weather" << 4 << 0.5 << 50 << 200 << 1.0 << 1000
                                    << "valid domains: fitness, vitals, hospital";
    QTest::newRow("empty domain") << "" << 4 << 0.5 << 50 << 200 << 1.0 << 1000
                                  << "unknown synthetic domain ''";
    QTest::newRow("no sites") << "fitness" << 0 << 0.5 << 50 << 200 << 1.0 << 1000
                              << "sites must be at least 1 (got 0)";
    QTest::newRow("zero alpha") << "vitals" << 4 << 0.0 << 50 << 200 << 1.0 << 1000
                                << "alpha must be a finite number greater than 0 (got 0)";
    QTest::newRow("negative alpha") << "vitals" << 4 << -1.0 << 50 << 200 << 1.0 << 1000
                                    << "alpha must be a finite number greater than 0 (got -1)";
    QTest::newRow("infinite alpha") << "vitals" << 4 << HUGE_VAL << 50 << 200 << 1.0 << 1000
                                    << "alpha must be a finite number";
    QTest::newRow("zero min rows") << "hospital" << 4 << 0.5 << 0 << 200 << 1.0 << 1000
                                   << "minRowsPerSite must be at least 1 (got 0)";
    QTest::newRow("max below min") << "hospital" << 4 << 0.5 << 60 << 59 << 1.0 << 1000
                                   << "maxRowsPerSite (59) must not be less than "
                                      "minRowsPerSite (60)";
    QTest::newRow("negative shift") << "fitness" << 4 << 0.5 << 50 << 200 << -0.5 << 1000
                                    << "featureShift must be a finite number of at least 0";
    QTest::newRow("few test rows") << "fitness" << 4 << 0.5 << 50 << 200 << 1.0 << 9
                                   << "testRows must be at least 10 (got 9)";
}

void SyntheticDomainsTest::rejectsBadOptions()
{
    QFETCH(QString, domain);
    QFETCH(int, sites);
    QFETCH(double, alpha);
    QFETCH(int, minRows);
    QFETCH(int, maxRows);
    QFETCH(double, featureShift);
    QFETCH(int, testRows);
    QFETCH(QString, expected);

    SyntheticOptions options;
    options.domain = domain.toStdString();
    options.sites = sites;
    options.alpha = alpha;
    options.minRowsPerSite = minRows;
    options.maxRowsPerSite = maxRows;
    options.featureShift = featureShift;
    options.testRows = testRows;
    const std::string outDir = path("rejected");

    const Result<GeneratedDomain> generated = generateSyntheticDomain(options, outDir);
    QVERIFY(!generated.ok());
    QCOMPARE(generated.error().code, ErrorCode::InvalidInput);
    const std::string text = generated.error().toString();
    QVERIFY2(text.find(expected.toStdString()) != std::string::npos, text.c_str());
    // Nothing is written for rejected options.
    QVERIFY(!std::filesystem::exists(outDir));
}

void SyntheticDomainsTest::unwritableFolderIsAnIoError()
{
    const std::string blocker = path("blocker");
    std::ofstream(blocker) << "a file, not a folder\n";
    SyntheticOptions options;
    options.domain = "fitness";

    const Result<GeneratedDomain> generated =
        generateSyntheticDomain(options, (std::filesystem::path(blocker) / "out").string());
    QVERIFY(!generated.ok());
    QCOMPARE(generated.error().code, ErrorCode::Io);
    QVERIFY(generated.error().file.find("blocker") != std::string::npos);

    const Result<GeneratedDomain> onFile = generateSyntheticDomain(options, blocker);
    QVERIFY(!onFile.ok());
    QCOMPARE(onFile.error().code, ErrorCode::Io);

    const Result<GeneratedDomain> empty = generateSyntheticDomain(options, "");
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().code, ErrorCode::InvalidInput);
}

void SyntheticDomainsTest::writeSyntheticRowsWritesExactlyTheRows_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<int>("rows");
    QTest::newRow("fitness, none") << "fitness" << 0;
    QTest::newRow("fitness, one") << "fitness" << 1;
    QTest::newRow("fitness, many") << "fitness" << 5000;
    QTest::newRow("vitals, many") << "vitals" << 5000;
    QTest::newRow("hospital, many") << "hospital" << 5000;
}

void SyntheticDomainsTest::writeSyntheticRowsWritesExactlyTheRows()
{
    QFETCH(QString, domain);
    QFETCH(int, rows);
    const SyntheticDomainInfo &info = domainInfo(domain.toStdString());

    std::ostringstream out;
    const Result<void> written = writeSyntheticRows(info.name, rows, 7, out);
    QVERIFY(written.ok());
    const std::string text = out.str();
    QCOMPARE(std::count(text.begin(), text.end(), '\n'), static_cast<long>(rows) + 1);
    QCOMPARE(text.back(), '\n');
    QCOMPARE(text.substr(0, text.find('\n')), joined(info.columns));

    std::ostringstream again;
    QVERIFY(writeSyntheticRows(info.name, rows, 7, again).ok());
    QCOMPARE(again.str(), text);
}

void SyntheticDomainsTest::writeSyntheticRowsRejectsBadInput()
{
    std::ostringstream out;
    const Result<void> unknown = writeSyntheticRows("weather", 10, 1, out);
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().code, ErrorCode::InvalidInput);
    QVERIFY(unknown.error().toString().find("fitness, vitals, hospital") != std::string::npos);

    const Result<void> negative = writeSyntheticRows("vitals", -1, 1, out);
    QVERIFY(!negative.ok());
    QCOMPARE(negative.error().code, ErrorCode::InvalidInput);
    QVERIFY(out.str().empty());

    std::ostringstream broken;
    broken.setstate(std::ios::badbit);
    const Result<void> failed = writeSyntheticRows("hospital", 10, 1, broken);
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().code, ErrorCode::Io);
}

QTEST_APPLESS_MAIN(SyntheticDomainsTest)

#include "synthetic_domains_test.moc"
