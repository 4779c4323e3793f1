// Tests of the synthetic non-IID demo data: files and headers, quantity and label skew, feature
// shift, determinism, option validation and the streaming writer.

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include <QTemporaryDir>
#include <QTest>

#include "data/synthetic_domains.h"

using namespace cohort::engine;

namespace
{

using Rows = std::vector<std::vector<std::string>>;

// All lines of a CSV file split at commas; the header is rows[0].
Rows readCsv(const std::string &path)
{
    Rows rows;
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line))
    {
        std::vector<std::string> fields;
        std::stringstream stream(line);
        std::string field;
        while (std::getline(stream, field, ','))
            fields.push_back(field);
        rows.push_back(fields);
    }
    return rows;
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

SyntheticOptions optionsFor(const std::string &domain, int sites = 4)
{
    SyntheticOptions options;
    options.domain = domain;
    options.sites = sites;
    return options;
}

// Mean over site pairs of the total variation distance between their label distributions.
double meanLabelDistance(const GeneratedDomain &generated, const SyntheticDomainInfo &info)
{
    std::vector<std::vector<double>> shares;
    for (const std::string &file : generated.siteFiles)
    {
        const Rows rows = readCsv(file);
        std::vector<double> share;
        for (const std::string &label : info.classes)
            share.push_back(static_cast<double>(std::count_if(rows.begin() + 1, rows.end(),
                                                              [&](const auto &row)
                                                              { return row.back() == label; }))
                            / static_cast<double>(rows.size() - 1));
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

// The mean of one column in each site file.
std::vector<double> siteMeans(const GeneratedDomain &generated, const std::string &column)
{
    std::vector<double> means;
    for (const std::string &file : generated.siteFiles)
    {
        const Rows rows = readCsv(file);
        const auto index = static_cast<std::size_t>(
            std::find(rows[0].begin(), rows[0].end(), column) - rows[0].begin());
        double sum = 0.0;
        for (std::size_t r = 1; r < rows.size(); ++r)
            sum += std::stod(rows[r].at(index));
        means.push_back(sum / static_cast<double>(rows.size() - 1));
    }
    return means;
}

// Largest minus smallest value.
double spread(const std::vector<double> &values)
{
    const auto [low, high] = std::minmax_element(values.begin(), values.end());
    return *high - *low;
}

// Largest over smallest value.
double ratio(const std::vector<double> &values)
{
    const auto [low, high] = std::minmax_element(values.begin(), values.end());
    return *high / *low;
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
    QCOMPARE(domains[0].name + "," + domains[1].name + "," + domains[2].name,
             std::string("fitness,vitals,hospital"));
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
    SyntheticOptions options = optionsFor(domain.toStdString(), 3);
    options.testRows = 100;
    const std::filesystem::path outDir = path("files_" + domain + "/nested");

    const Result<GeneratedDomain> generated = generateSyntheticDomain(options, outDir.string());
    QVERIFY2(generated.ok(), generated.ok() ? "" : generated.error().toString().c_str());
    const SyntheticDomainInfo &info = domainInfo(options.domain);
    QCOMPARE(generated->target, info.target);
    QCOMPARE(generated->siteRows.size(), std::size_t(3));
    QCOMPARE(generated->siteFiles, (std::vector<std::string>{(outDir / "site_1.csv").string(),
                                                             (outDir / "site_2.csv").string(),
                                                             (outDir / "site_3.csv").string()}));
    QCOMPARE(generated->testFile, (outDir / "test.csv").string());

    std::vector<int> expectedRows = generated->siteRows;
    expectedRows.push_back(100);
    std::vector<std::string> files = generated->siteFiles;
    files.push_back(generated->testFile);
    for (std::size_t i = 0; i < files.size(); ++i)
    {
        const Rows rows = readCsv(files[i]);
        QCOMPARE(rows.at(0), info.columns);
        QCOMPARE(rows.size(), static_cast<std::size_t>(expectedRows[i]) + 1);
        for (std::size_t r = 1; r < rows.size(); ++r)
        {
            QCOMPARE(rows[r].size(), info.columns.size());
            QVERIFY(std::count(info.classes.begin(), info.classes.end(), rows[r].back()) == 1);
        }
    }
}

void SyntheticDomainsTest::fitnessNumbersHaveSensiblePrecision()
{
    const Result<GeneratedDomain> generated =
        generateSyntheticDomain(optionsFor("fitness", 1), path("precision"));
    QVERIFY(generated.ok());
    const Rows rows = readCsv(generated->siteFiles.front());
    for (std::size_t r = 1; r < rows.size(); ++r)
    {
        const std::vector<std::string> &row = rows[r];
        QVERIFY(row[0].find('.') == std::string::npos);  // age
        QVERIFY(row[1] == "Male" || row[1] == "Female"); // gender
        QVERIFY(row[2].find('.') == std::string::npos);  // steps_per_day
        QCOMPARE(row[3].find('.'), row[3].size() - 2);   // resting_hr
        QCOMPARE(row[4].find('.'), row[4].size() - 2);   // avg_hr
        QVERIFY(std::stod(row[4]) > std::stod(row[3]));  // a workout beats resting
        QVERIFY(row[5].find('.') == std::string::npos);  // calories_burned
    }
}

void SyntheticDomainsTest::rowCountsStayWithinBounds()
{
    SyntheticOptions options = optionsFor("vitals", 12);
    options.minRowsPerSite = 20;
    options.maxRowsPerSite = 35;
    options.testRows = 10;
    const Result<GeneratedDomain> generated = generateSyntheticDomain(options, path("bounds"));
    QVERIFY(generated.ok());
    QCOMPARE(generated->siteRows.size(), std::size_t(12));
    for (int rows : generated->siteRows)
        QVERIFY(rows >= 20 && rows <= 35);
    // Quantity skew: the sites do not all get the same size.
    QVERIFY(spread({generated->siteRows.begin(), generated->siteRows.end()}) > 0.0);
    QCOMPARE(readCsv(generated->testFile).size(), std::size_t(11));
}

void SyntheticDomainsTest::sameSeedGivesIdenticalBytes()
{
    SyntheticOptions options = optionsFor("hospital");
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
    SyntheticOptions options = optionsFor("fitness", 8);
    options.minRowsPerSite = 150;
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
    SyntheticOptions options = optionsFor("hospital", 6);
    options.minRowsPerSite = 150;
    options.alpha = 1000.0; // near-IID labels, so that only the feature shift moves the means
    const Result<GeneratedDomain> shifted = generateSyntheticDomain(options, path("climate"));
    options.featureShift = 0.0;
    const Result<GeneratedDomain> unshifted = generateSyntheticDomain(options, path("no_shift"));
    QVERIFY(shifted.ok() && unshifted.ok());

    const double temperatureSpread = spread(siteMeans(shifted.value(), "temp"));
    QVERIFY2(temperatureSpread > 4.0, std::to_string(temperatureSpread).c_str());
    QVERIFY(ratio(siteMeans(shifted.value(), "pm25")) > 2.0);

    const double flatSpread = spread(siteMeans(unshifted.value(), "temp"));
    QVERIFY2(flatSpread < 2.0, std::to_string(flatSpread).c_str());
    QVERIFY(ratio(siteMeans(unshifted.value(), "pm25")) < 1.5);
}

void SyntheticDomainsTest::rejectsBadOptions_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("option"); // the option set to `value`, empty for none
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");

    const QString alpha = "alpha must be a finite number";
    QTest::newRow("unknown domain") << "weather"
                                    << "" << 0.0 << "valid domains: fitness, vitals, hospital";
    QTest::newRow("empty domain") << ""
                                  << "" << 0.0 << "unknown synthetic domain ''";
    QTest::newRow("no sites") << "fitness"
                              << "sites" << 0.0 << "sites must be at least 1 (got 0)";
    QTest::newRow("zero alpha") << "vitals"
                                << "alpha" << 0.0 << alpha + " greater than 0 (got 0)";
    QTest::newRow("negative alpha") << "vitals"
                                    << "alpha" << -1.0 << alpha + " greater than 0 (got -1)";
    QTest::newRow("infinite alpha") << "vitals"
                                    << "alpha" << HUGE_VAL << alpha;
    QTest::newRow("zero min rows")
        << "hospital"
        << "minRows" << 0.0 << "minRowsPerSite must be at least 1 (got 0)";
    QTest::newRow("max below min")
        << "hospital"
        << "maxRows" << 49.0 << "maxRowsPerSite (49) must not be less than minRowsPerSite (50)";
    QTest::newRow("negative shift")
        << "fitness"
        << "featureShift" << -0.5 << "featureShift must be between 0 and 10 (got -0.5)";
    QTest::newRow("huge shift") << "fitness"
                                << "featureShift" << 11.0 << "and 10 (got 11)";
    QTest::newRow("few test rows") << "fitness"
                                   << "testRows" << 9.0 << "testRows must be at least 10 (got 9)";
}

void SyntheticDomainsTest::rejectsBadOptions()
{
    QFETCH(QString, domain);
    QFETCH(QString, option);
    QFETCH(double, value);
    QFETCH(QString, expected);
    SyntheticOptions options = optionsFor(domain.toStdString());
    const int count = static_cast<int>(value);
    if (option == "sites")
        options.sites = count;
    else if (option == "alpha")
        options.alpha = value;
    else if (option == "minRows")
        options.minRowsPerSite = count;
    else if (option == "maxRows")
        options.maxRowsPerSite = count;
    else if (option == "featureShift")
        options.featureShift = value;
    else if (option == "testRows")
        options.testRows = count;
    const std::string outDir = path("rejected");

    const Result<GeneratedDomain> generated = generateSyntheticDomain(options, outDir);
    QVERIFY(!generated.ok());
    QVERIFY(generated.error().code == ErrorCode::InvalidInput);
    const std::string text = generated.error().toString();
    QVERIFY2(text.find(expected.toStdString()) != std::string::npos, text.c_str());
    QVERIFY(!std::filesystem::exists(outDir)); // nothing is written for rejected options
}

void SyntheticDomainsTest::unwritableFolderIsAnIoError()
{
    const std::string blocker = path("blocker");
    std::ofstream(blocker) << "a file, not a folder\n";

    const Result<GeneratedDomain> below =
        generateSyntheticDomain(optionsFor("fitness"), blocker + "/out");
    QVERIFY(!below.ok());
    QVERIFY(below.error().code == ErrorCode::Io);
    QCOMPARE(below.error().file, blocker + "/out");

    const Result<GeneratedDomain> onFile = generateSyntheticDomain(optionsFor("fitness"), blocker);
    QVERIFY(!onFile.ok());
    QVERIFY(onFile.error().code == ErrorCode::Io);

    const Result<GeneratedDomain> empty = generateSyntheticDomain(optionsFor("fitness"), "");
    QVERIFY(!empty.ok());
    QVERIFY(empty.error().code == ErrorCode::InvalidInput);
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
    QVERIFY(writeSyntheticRows(info.name, rows, 7, out).ok());
    const std::string text = out.str();
    QCOMPARE(std::count(text.begin(), text.end(), '\n'), static_cast<long>(rows) + 1);
    QCOMPARE(text.back(), '\n');
    std::string header;
    for (const std::string &column : info.columns)
        header += (header.empty() ? "" : ",") + column;
    QCOMPARE(text.substr(0, text.find('\n')), header);

    std::ostringstream again;
    QVERIFY(writeSyntheticRows(info.name, rows, 7, again).ok());
    QCOMPARE(again.str(), text);
}

void SyntheticDomainsTest::writeSyntheticRowsRejectsBadInput()
{
    std::ostringstream out;
    const Result<void> unknown = writeSyntheticRows("weather", 10, 1, out);
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.error().code == ErrorCode::InvalidInput);
    QVERIFY(unknown.error().toString().find("fitness, vitals, hospital") != std::string::npos);

    const Result<void> negative = writeSyntheticRows("vitals", -1, 1, out);
    QVERIFY(!negative.ok());
    QVERIFY(negative.error().code == ErrorCode::InvalidInput);
    QVERIFY(out.str().empty());

    std::ostringstream broken;
    broken.setstate(std::ios::badbit);
    const Result<void> failed = writeSyntheticRows("hospital", 10, 1, broken);
    QVERIFY(!failed.ok());
    QVERIFY(failed.error().code == ErrorCode::Io);
}

QTEST_APPLESS_MAIN(SyntheticDomainsTest)

#include "synthetic_domains_test.moc"
