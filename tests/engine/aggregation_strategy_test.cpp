#include <cmath>
#include <cstdint>
#include <limits>
#include <memory>
#include <string>
#include <vector>

#include <QString>
#include <QTest>

#include "fl/adaptive_server_strategy.h"
#include "fl/aggregation_benchmark.h"
#include "fl/aggregation_strategy.h"

using cohort::engine::AdaptiveServerStrategy;
using cohort::engine::AggregationStrategy;
using cohort::engine::aggregationStrategyNames;
using cohort::engine::ClientFailure;
using cohort::engine::Reason;
using cohort::engine::ReasonCode;
using cohort::engine::ClientUpdate;
using cohort::engine::ErrorCode;
using cohort::engine::makeAggregationStrategy;
using cohort::engine::measureAggregation;
using cohort::engine::StrategyConfig;

using Parameters = std::vector<float>;
using Updates = std::vector<ClientUpdate>;

Q_DECLARE_METATYPE(Parameters)
Q_DECLARE_METATYPE(Updates)

namespace
{

constexpr float kNaN = std::numeric_limits<float>::quiet_NaN();
constexpr float kInfinity = std::numeric_limits<float>::infinity();

ClientUpdate update(const std::string &site, Parameters parameters, std::int64_t samples = 1)
{
    return {site, std::move(parameters), samples};
}

// A site that missed the round: every aggregate() call gets one, to show it changes nothing.
const std::vector<ClientFailure> kFailures = {{"late-site", Reason{ReasonCode::MissedDeadline, {}}}};

// Null (with the reason logged) when the factory refuses; callers QVERIFY the pointer.
std::unique_ptr<AggregationStrategy> strategyFor(const StrategyConfig &config)
{
    auto made = makeAggregationStrategy(config);
    if (!made)
    {
        qWarning("%s", made.error().toString().c_str());
        return nullptr;
    }
    return std::move(made).value();
}

std::unique_ptr<AggregationStrategy> strategyNamed(const QString &name)
{
    StrategyConfig config;
    config.name = name.toStdString();
    return strategyFor(config);
}

// Empty when equal within `tolerance`; otherwise the first differing coordinate.
QString difference(const Parameters &actual, const Parameters &expected, float tolerance = 1e-6f)
{
    if (actual.size() != expected.size())
        return QStringLiteral("size %1 != %2").arg(actual.size()).arg(expected.size());
    for (std::size_t i = 0; i < actual.size(); ++i)
        if (!(std::abs(actual[i] - expected[i]) <= tolerance))
            return QStringLiteral("[%1]: %2 != %3")
                .arg(i)
                .arg(double(actual[i]), 0, 'g', 9)
                .arg(double(expected[i]), 0, 'g', 9);
    return {};
}

#define COMPARE_PARAMETERS(actual, expected)                                                       \
    do                                                                                             \
    {                                                                                              \
        const QString mismatch = difference((actual), (expected));                                 \
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));                                        \
    } while (false)

} // namespace

class AggregationStrategyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void weightedMean_data()
    {
        QTest::addColumn<QString>("strategy");
        QTest::addColumn<Parameters>("global");
        QTest::addColumn<Updates>("results");
        QTest::addColumn<Parameters>("expected");

        // (1*1 + 3*4) / 4 = 13/4 = 3.25; (1*2 + 3*(-1)) / 4 = -1/4. The global model plays no part.
        const Updates weighted = {update("a", {1, 2}, 1), update("b", {4, -1}, 3)};
        QTest::newRow("fedavg weights by samples")
            << "fedavg" << Parameters{9, 9} << weighted << Parameters{3.25f, -0.25f};
        QTest::newRow("fedprox aggregates like fedavg")
            << "fedprox" << Parameters{9, 9} << weighted << Parameters{3.25f, -0.25f};
        // Equal counts: (1 + 2 + 6) / 3 = 3; (10 + 20 + 0) / 3 = 10.
        QTest::newRow("fedavg equal samples is the plain mean")
            << "fedavg" << Parameters{0, 0}
            << Updates{update("a", {1, 10}, 5), update("b", {2, 20}, 5), update("c", {6, 0}, 5)}
            << Parameters{3, 10};
        // (0*100 + 2*3) / 2 = 3; (0*100 + 2*5) / 2 = 5.
        QTest::newRow("fedavg zero-sample site has no weight")
            << "fedavg" << Parameters{0, 0}
            << Updates{update("a", {100, 100}, 0), update("b", {3, 5}, 2)} << Parameters{3, 5};
        QTest::newRow("fedavg single result is the result")
            << "fedavg" << Parameters{0, 0, 0} << Updates{update("a", {1.5f, -2, 7}, 42)}
            << Parameters{1.5f, -2, 7};

        // 2500 coordinates: two whole blocks of 1024 and a tail. Site k sends i + k with
        // weights 1, 1, 2: (1*(i + 0) + 1*(i + 1) + 2*(i + 2)) / 4 = i + 5/4.
        constexpr std::size_t kLong = 2500;
        Updates shifted;
        for (int k = 0; k < 3; ++k)
        {
            Parameters values(kLong);
            for (std::size_t i = 0; i < kLong; ++i)
                values[i] = static_cast<float>(i) + static_cast<float>(k);
            shifted.push_back(update("site-" + std::to_string(k), values, k == 2 ? 2 : 1));
        }
        Parameters shiftedMean(kLong);
        for (std::size_t i = 0; i < kLong; ++i)
            shiftedMean[i] = static_cast<float>(i) + 1.25f;
        QTest::newRow("fedavg across blocks")
            << "fedavg" << Parameters(kLong, 0.0f) << shifted << shiftedMean;
    }

    void weightedMean()
    {
        QFETCH(QString, strategy);
        QFETCH(Parameters, global);
        QFETCH(Updates, results);
        QFETCH(Parameters, expected);
        const auto aggregation = strategyNamed(strategy);
        QVERIFY(aggregation);
        const auto aggregated = aggregation->aggregate(global, results, kFailures);
        QVERIFY2(aggregated.ok(), aggregated.ok() ? "" : aggregated.error().toString().c_str());
        COMPARE_PARAMETERS(aggregated.value(), expected);
    }

    void proximalMu_data()
    {
        QTest::addColumn<QString>("strategy");
        QTest::addColumn<double>("expected");
        // The config below always carries mu = 0.05; only FedProx hands it to the sites.
        QTest::newRow("fedprox passes mu") << "fedprox" << 0.05;
        QTest::newRow("fedavg has none") << "fedavg" << 0.0;
        QTest::newRow("fedadam has none") << "fedadam" << 0.0;
        QTest::newRow("median has none") << "median" << 0.0;
    }

    void proximalMu()
    {
        QFETCH(QString, strategy);
        QFETCH(double, expected);
        StrategyConfig config;
        config.name = strategy.toStdString();
        config.proximalMu = 0.05;
        const auto aggregation = strategyFor(config);
        QVERIFY(aggregation);
        QCOMPARE(aggregation->proximalMu(), expected);
    }

    void everyNameMakesItsStrategy()
    {
        const std::vector<std::string> names = aggregationStrategyNames();
        QCOMPARE(names.size(), std::size_t{7});
        for (const std::string &name : names)
        {
            const auto aggregation = strategyNamed(QString::fromStdString(name));
            QVERIFY(aggregation);
            QCOMPARE(QString::fromStdString(aggregation->name()), QString::fromStdString(name));
        }
    }

    void adaptiveTwoRounds_data()
    {
        QTest::addColumn<QString>("strategy");
        QTest::addColumn<double>("eta");
        QTest::addColumn<double>("beta1");
        QTest::addColumn<double>("beta2");
        QTest::addColumn<double>("tau");
        QTest::addColumn<Parameters>("global");
        QTest::addColumn<Updates>("round1");
        QTest::addColumn<Parameters>("expected1");
        QTest::addColumn<Updates>("round2");
        QTest::addColumn<Parameters>("expected2");

        // FedAdam, eta 0.75, b1 0.5, b2 0.5, tau 1 (v starts at 1), x0 = [1, 2].
        // Round 1: mean = [(2 + 3*10)/4, 3] = [8, 3], delta = [7, 1]; m = [3.5, 0.5];
        //   v = 0.5*1 + 0.5*[49, 1] = [25, 1];
        //   x1 = [1 + 0.75*3.5/(5 + 1), 2 + 0.75*0.5/(1 + 1)] = [1.4375, 2.1875].
        // Round 2: delta = [-3.5625 - 1.4375, 3.1875 - 2.1875] = [-5, 1];
        //   m = [0.5*3.5 + 0.5*(-5), 0.5*0.5 + 0.5*1] = [-0.75, 0.75];
        //   v = 0.5*[25, 1] + 0.5*[25, 1] = [25, 1];
        //   x2 = [1.4375 + 0.75*(-0.75)/6, 2.1875 + 0.75*0.75/2] = [1.34375, 2.46875].
        QTest::newRow("fedadam") << "fedadam" << 0.75 << 0.5 << 0.5 << 1.0 << Parameters{1, 2}
                                 << Updates{update("a", {2, 3}, 1), update("b", {10, 3}, 3)}
                                 << Parameters{1.4375f, 2.1875f}
                                 << Updates{update("a", {-3.5625f, 3.1875f}, 5)}
                                 << Parameters{1.34375f, 2.46875f};

        // FedYogi, eta 1, b1 0.5, b2 0.5, tau 0.75 (v starts at 0.5625), x0 = [1, -1].
        // Round 1: delta = [3, 3]; 9 > 0.5625 so v = 0.5625 + 0.5*9 = 5.0625 (sqrt 2.25);
        //   m = [1.5, 1.5]; x1 = [1 + 1.5/(2.25 + 0.75), -1 + 1.5/3] = [1.5, -0.5].
        // Round 2: delta = [-7.5 - 1.5, 1.5 + 0.5] = [-9, 2].
        //   v0: 81 > 5.0625, v = 5.0625 + 0.5*81 = 45.5625 (sqrt 6.75);
        //   v1: 4 < 5.0625, v shrinks: 5.0625 - 0.5*4 = 3.0625 (sqrt 1.75; Adam's would grow).
        //   m = [0.75 - 4.5, 0.75 + 1] = [-3.75, 1.75];
        //   x2 = [1.5 - 3.75/(6.75 + 0.75), -0.5 + 1.75/(1.75 + 0.75)] = [1, 0.2].
        QTest::newRow("fedyogi") << "fedyogi" << 1.0 << 0.5 << 0.5 << 0.75 << Parameters{1, -1}
                                 << Updates{update("a", {4, 2}, 3)} << Parameters{1.5f, -0.5f}
                                 << Updates{update("a", {-7.5f, 1.5f}, 3)}
                                 << Parameters{1.0f, 0.2f};

        // FedAdagrad, eta 1, b1 0.5, tau 0.75 (v starts at 0.5625; beta2 unused), x0 = [0, 0].
        // Round 1: mean = [(4 + 3*0)/4, (-1 + 3*(-1))/4] = [1, -1] = delta; m = [0.5, -0.5];
        //   v = 0.5625 + 1 = 1.5625 (sqrt 1.25); x1 = [0.5/(1.25 + 0.75), -0.5/2] = [0.25, -0.25].
        // Round 2: delta = [3.25 - 0.25, 2.75 + 0.25] = [3, 3]; m = [0.25 + 1.5, -0.25 + 1.5]
        //   = [1.75, 1.25]; v = 1.5625 + 9 = 10.5625 (sqrt 3.25);
        //   x2 = [0.25 + 1.75/(3.25 + 0.75), -0.25 + 1.25/4] = [0.6875, 0.0625].
        QTest::newRow("fedadagrad")
            << "fedadagrad" << 1.0 << 0.5 << 0.5 << 0.75 << Parameters{0, 0}
            << Updates{update("a", {4, -1}, 1), update("b", {0, -1}, 3)}
            << Parameters{0.25f, -0.25f} << Updates{update("b", {3.25f, 2.75f}, 2)}
            << Parameters{0.6875f, 0.0625f};
    }

    void adaptiveTwoRounds()
    {
        QFETCH(QString, strategy);
        QFETCH(double, eta);
        QFETCH(double, beta1);
        QFETCH(double, beta2);
        QFETCH(double, tau);
        QFETCH(Parameters, global);
        QFETCH(Updates, round1);
        QFETCH(Parameters, expected1);
        QFETCH(Updates, round2);
        QFETCH(Parameters, expected2);
        StrategyConfig config;
        config.name = strategy.toStdString();
        config.serverLearningRate = eta;
        config.beta1 = beta1;
        config.beta2 = beta2;
        config.tau = tau;
        const auto server = strategyFor(config);
        QVERIFY(server);

        const auto first = server->aggregate(global, round1, kFailures);
        QVERIFY(first.ok());
        COMPARE_PARAMETERS(first.value(), expected1);
        // A rejected round must leave m and v untouched, so round 2 still matches by hand.
        const auto rejected =
            server->aggregate(first.value(), {update("bad", {kNaN, 1.0f})}, kFailures);
        QVERIFY(!rejected.ok());
        const auto second = server->aggregate(first.value(), round2, kFailures);
        QVERIFY(second.ok());
        COMPARE_PARAMETERS(second.value(), expected2);
    }

    void adaptiveStateRestarts()
    {
        // The FedAdagrad round 1 above: x1 = [0.25, -0.25] from x0 = [0, 0] and delta [1, -1].
        StrategyConfig config;
        config.name = "fedadagrad";
        config.serverLearningRate = 1.0;
        config.beta1 = 0.5;
        config.tau = 0.75;
        AdaptiveServerStrategy server(cohort::engine::ServerOptimizer::Adagrad, config);
        const Updates round1 = {update("a", {1, -1})};
        QVERIFY(server.aggregate({0, 0}, round1, {}).ok());
        // reset() forgets the moments: the same round again gives [0.25, -0.25] (kept moments
        // would give m = 0.25 + 0.5 = 0.75 and v = 1.5625 + 1 = 2.5625 instead).
        server.reset();
        const auto again = server.aggregate({0, 0}, round1, {});
        QVERIFY(again.ok());
        COMPARE_PARAMETERS(again.value(), (Parameters{0.25f, -0.25f}));
        // Three parameters: fresh m = 0 and v = 0.5625, so [1, -1, 0] gives [0.25, -0.25, 0]
        // (the third delta is 0, so m stays 0 there).
        const auto grown = server.aggregate({0, 0, 0}, {update("a", {1, -1, 0})}, {});
        QVERIFY(grown.ok());
        COMPARE_PARAMETERS(grown.value(), (Parameters{0.25f, -0.25f, 0.0f}));
    }

    void median_data()
    {
        QTest::addColumn<Updates>("results");
        QTest::addColumn<Parameters>("expected");
        // Sorted: 1, 3, 100 -> 3 and -2, 0, 5 -> 0; site a's 100 samples change nothing.
        QTest::newRow("odd count")
            << Updates{update("a", {1, 5}, 100), update("b", {3, -2}), update("c", {100, 0})}
            << Parameters{3, 0};
        // Sorted: 1, 2, 4, 100 -> (2 + 4)/2 = 3 and -4, -3, -2, -1 -> (-3 - 2)/2 = -2.5.
        QTest::newRow("even count averages the middle two")
            << Updates{update("a", {1, -1}), update("b", {4, -3}), update("c", {2, -2}),
                       update("d", {100, -4})}
            << Parameters{3, -2.5f};
        QTest::newRow("single result") << Updates{update("a", {7, -7})} << Parameters{7, -7};
        // (1 + 4)/2 = 2.5, (2 + 8)/2 = 5.
        QTest::newRow("two results")
            << Updates{update("a", {1, 2}), update("b", {4, 8})} << Parameters{2.5f, 5};

        // 600 coordinates: two blocks of 256 and a tail. Site k sends i + c_k with
        // c = 5, -1, 0, 1000, 2; sorted c: -1, 0, 2, 5, 1000, so the median is i + 2.
        constexpr std::size_t kLong = 600;
        const float offsets[] = {5, -1, 0, 1000, 2};
        Updates shifted;
        for (int k = 0; k < 5; ++k)
        {
            Parameters values(kLong);
            for (std::size_t i = 0; i < kLong; ++i)
                values[i] = static_cast<float>(i) + offsets[k];
            shifted.push_back(update("site-" + std::to_string(k), values));
        }
        Parameters middle(kLong);
        for (std::size_t i = 0; i < kLong; ++i)
            middle[i] = static_cast<float>(i) + 2.0f;
        QTest::newRow("median across blocks") << shifted << middle;
    }

    void median()
    {
        QFETCH(Updates, results);
        QFETCH(Parameters, expected);
        const Parameters global(expected.size(), 0.0f);
        const auto aggregation = strategyNamed("median");
        QVERIFY(aggregation);
        const auto aggregated = aggregation->aggregate(global, results, kFailures);
        QVERIFY(aggregated.ok());
        COMPARE_PARAMETERS(aggregated.value(), expected);
    }

    void trimmedMean_data()
    {
        QTest::addColumn<double>("trimFraction");
        QTest::addColumn<Updates>("results");
        QTest::addColumn<Parameters>("expected");

        // Ten sites: coordinate 0 holds 1..9 and 1000, coordinate 1 holds -1000 and 1..9.
        // floor(0.1 * 10) = 1 cut at each end: (2 + ... + 9)/8 = 44/8 = 5.5 and
        // (1 + ... + 8)/8 = 36/8 = 4.5.
        Updates ten;
        for (int k = 1; k <= 10; ++k)
            ten.push_back(update("site-" + std::to_string(k),
                                 {k == 10 ? 1000.0f : float(k), k == 10 ? -1000.0f : float(k)}));
        QTest::newRow("a tenth of ten cuts one each end") << 0.1 << ten << Parameters{5.5f, 4.5f};
        // floor(0.2 * 5) = 1: -50 and 60 go, (1 + 2 + 3)/3 = 2.
        QTest::newRow("a fifth of five")
            << 0.2
            << Updates{update("a", {-50}), update("b", {2}), update("c", {60}), update("d", {1}),
                       update("e", {3})}
            << Parameters{2};
        // Nothing cut, samples ignored: (1 + 2 + 6)/3 = 3.
        QTest::newRow("fraction 0 is the unweighted mean")
            << 0.0 << Updates{update("a", {1}, 1), update("b", {2}, 100), update("c", {6}, 1)}
            << Parameters{3};
        // floor(0.3 * 3) = floor(0.9) = 0: (0 + 3 + 30)/3 = 11.
        QTest::newRow("floor rounds the cut down")
            << 0.3 << Updates{update("a", {0}), update("b", {3}), update("c", {30})}
            << Parameters{11};
        // floor(0.49 * 4) = floor(1.96) = 1: 1 and 10 go, (2 + 3)/2 = 2.5.
        QTest::newRow("just under half of four")
            << 0.49
            << Updates{update("a", {10}), update("b", {2}), update("c", {1}), update("d", {3})}
            << Parameters{2.5f};
        // 0.29 * 100 is 28.999999999999996 in double; the cut must still be 29. Sites 1..71
        // send 0, sites 72..100 send 1: cutting 29 at each end removes every 1, mean 0
        // (a cut of 28 would leave one 1 among 44 values: 1/44).
        Updates hundred;
        for (int k = 1; k <= 100; ++k)
            hundred.push_back(update("site-" + std::to_string(k), {k <= 71 ? 0.0f : 1.0f}));
        QTest::newRow("decimal fraction cuts the exact share") << 0.29 << hundred << Parameters{0};
    }

    void trimmedMean()
    {
        QFETCH(double, trimFraction);
        QFETCH(Updates, results);
        QFETCH(Parameters, expected);
        StrategyConfig config;
        config.name = "trimmed_mean";
        config.trimFraction = trimFraction;
        const Parameters global(expected.size(), 0.0f);
        const auto aggregation = strategyFor(config);
        QVERIFY(aggregation);
        const auto aggregated = aggregation->aggregate(global, results, kFailures);
        QVERIFY(aggregated.ok());
        COMPARE_PARAMETERS(aggregated.value(), expected);
    }

    void rejectedResults_data()
    {
        QTest::addColumn<QString>("strategy");
        QTest::addColumn<Parameters>("global");
        QTest::addColumn<Updates>("results");
        QTest::addColumn<QString>("mentions");

        const Parameters two = {0, 0};
        const ClientUpdate fine = update("clinic-a", {1, 2});
        for (const char *name : {"fedavg", "fedadam", "median", "trimmed_mean"})
        {
            const QString strategy = QString::fromLatin1(name);
            const auto row = [&](const char *what) -> QTestData &
            { return QTest::newRow(qPrintable(strategy + ": " + what)) << strategy; };
            row("no results") << two << Updates{} << "no results";
            row("short result names the site")
                << two << Updates{fine, update("clinic-b", {1})} << "clinic-b";
            row("long result names the site")
                << two << Updates{fine, update("clinic-b", {1, 2, 3})} << "clinic-b";
            row("NaN names the site")
                << two << Updates{fine, update("clinic-c", {1, kNaN})} << "clinic-c";
            row("infinity names the site")
                << two << Updates{update("clinic-d", {-kInfinity, 0}), fine} << "clinic-d";
            row("negative samples name the site")
                << two << Updates{fine, update("clinic-e", {1, 2}, -3)} << "clinic-e";
            row("two results from one site")
                << two << Updates{fine, update("clinic-a", {3, 4})} << "clinic-a";
            row("empty global model")
                << Parameters{} << Updates{update("clinic-a", {})} << "no parameters";
        }
        // A zero-weight site still may not send NaN (0 * NaN would poison the sum anyway).
        QTest::newRow("fedavg: NaN at zero weight")
            << "fedavg" << two << Updates{fine, update("clinic-f", {kNaN, 0}, 0)} << "clinic-f";
        QTest::newRow("fedavg: no samples at all")
            << "fedavg" << two << Updates{update("clinic-a", {1, 2}, 0)} << "no training samples";
        // The last of 3000 coordinates sits in the tail after two whole blocks of 1024.
        Parameters tail(3000, 1.0f);
        tail.back() = kInfinity;
        QTest::newRow("fedavg: infinity in the tail")
            << "fedavg" << Parameters(3000, 0.0f)
            << Updates{update("clinic-a", Parameters(3000, 1.0f)), update("clinic-g", tail)}
            << "clinic-g";
        QTest::newRow("fedavg: index of the bad value")
            << "fedavg" << Parameters(3000, 0.0f) << Updates{update("clinic-g", tail)}
            << "index 2999";
    }

    void rejectedResults()
    {
        QFETCH(QString, strategy);
        QFETCH(Parameters, global);
        QFETCH(Updates, results);
        QFETCH(QString, mentions);
        const auto aggregation = strategyNamed(strategy);
        QVERIFY(aggregation);
        const auto aggregated = aggregation->aggregate(global, results, kFailures);
        QVERIFY(!aggregated.ok());
        QVERIFY(aggregated.error().code == ErrorCode::InvalidInput);
        const QString text = QString::fromStdString(aggregated.error().toString());
        QVERIFY2(text.contains(mentions), qPrintable(text));
    }

    void rejectedConfig_data()
    {
        QTest::addColumn<QString>("strategy");
        QTest::addColumn<QString>("setting");
        QTest::addColumn<double>("value");
        const double nan = std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("fedadam eta 0") << "fedadam"
                                       << "serverLearningRate" << 0.0;
        QTest::newRow("fedyogi eta negative") << "fedyogi"
                                              << "serverLearningRate" << -0.1;
        QTest::newRow("fedadagrad eta NaN") << "fedadagrad"
                                            << "serverLearningRate" << nan;
        QTest::newRow("fedadam beta1 1") << "fedadam"
                                         << "beta1" << 1.0;
        QTest::newRow("fedadagrad beta1 negative") << "fedadagrad"
                                                   << "beta1" << -0.5;
        QTest::newRow("fedadam beta2 1") << "fedadam"
                                         << "beta2" << 1.0;
        QTest::newRow("fedyogi beta2 negative") << "fedyogi"
                                                << "beta2" << -0.01;
        QTest::newRow("fedadam tau 0") << "fedadam"
                                       << "tau" << 0.0;
        QTest::newRow("trimmed mean half") << "trimmed_mean"
                                           << "trimFraction" << 0.5;
        QTest::newRow("trimmed mean negative") << "trimmed_mean"
                                               << "trimFraction" << -0.1;
        QTest::newRow("fedprox negative mu") << "fedprox"
                                             << "proximalMu" << -1.0;
    }

    void rejectedConfig()
    {
        QFETCH(QString, strategy);
        QFETCH(QString, setting);
        QFETCH(double, value);
        StrategyConfig config;
        config.name = strategy.toStdString();
        setField(config, setting, value);
        const auto made = makeAggregationStrategy(config);
        QVERIFY(!made.ok());
        QVERIFY(made.error().code == ErrorCode::InvalidInput);
        const QString text = QString::fromStdString(made.error().toString());
        QVERIFY2(text.contains(setting), qPrintable(text));
    }

    void acceptedConfig_data()
    {
        QTest::addColumn<QString>("strategy");
        QTest::addColumn<QString>("setting");
        QTest::addColumn<double>("value");
        // Edges inside the ranges, and settings the named strategy does not use.
        QTest::newRow("beta1 0") << "fedadam"
                                 << "beta1" << 0.0;
        QTest::newRow("beta2 0") << "fedyogi"
                                 << "beta2" << 0.0;
        QTest::newRow("fedadagrad ignores beta2") << "fedadagrad"
                                                  << "beta2" << 1.0;
        QTest::newRow("trim fraction 0") << "trimmed_mean"
                                         << "trimFraction" << 0.0;
        QTest::newRow("fedprox mu 0") << "fedprox"
                                      << "proximalMu" << 0.0;
        QTest::newRow("fedavg ignores eta") << "fedavg"
                                            << "serverLearningRate" << -1.0;
        QTest::newRow("median ignores trim") << "median"
                                             << "trimFraction" << 0.9;
    }

    void acceptedConfig()
    {
        QFETCH(QString, strategy);
        QFETCH(QString, setting);
        QFETCH(double, value);
        StrategyConfig config;
        config.name = strategy.toStdString();
        setField(config, setting, value);
        const auto made = makeAggregationStrategy(config);
        QVERIFY2(made.ok(), made.ok() ? "" : made.error().toString().c_str());
    }

    void unknownNameListsValidNames()
    {
        StrategyConfig config;
        config.name = "fedsgd";
        const auto made = makeAggregationStrategy(config);
        QVERIFY(!made.ok());
        QVERIFY(made.error().code == ErrorCode::InvalidInput);
        const std::string text = made.error().toString();
        QVERIFY2(text.find("fedsgd") != std::string::npos, text.c_str());
        for (const std::string &name : aggregationStrategyNames())
            QVERIFY2(text.find(name) != std::string::npos, text.c_str());
    }

    void benchmarkRunsSmall()
    {
        const auto figures = measureAggregation("trimmed_mean", 1000, 3);
        QVERIFY(figures.ok());
        QVERIFY(figures->seconds >= 0.0);
        QVERIFY(!measureAggregation("fedsgd", 1000, 3).ok());
        QVERIFY(!measureAggregation("fedavg", 0, 3).ok());
    }

private:
    static void setField(StrategyConfig &config, const QString &setting, double value)
    {
        if (setting == "serverLearningRate")
            config.serverLearningRate = value;
        else if (setting == "beta1")
            config.beta1 = value;
        else if (setting == "beta2")
            config.beta2 = value;
        else if (setting == "tau")
            config.tau = value;
        else if (setting == "trimFraction")
            config.trimFraction = value;
        else if (setting == "proximalMu")
            config.proximalMu = value;
        else
            QFAIL(qPrintable("no such setting " + setting));
    }
};

QTEST_APPLESS_MAIN(AggregationStrategyTest)
#include "aggregation_strategy_test.moc"
