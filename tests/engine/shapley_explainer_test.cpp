// Shapley explanations: closed-form values of a linear model (one-hot groups summed),
// efficiency on a trained MLP, symmetry and dummy columns, Kernel SHAP against exact values
// and its error estimate against the spread over seeds, the k-means background, the global
// views, cancel and bad input.
#include <QTest>

#include <atomic>
#include <cmath>
#include <numeric>

#include "data/cell_parsing.h"
#include "explain/background_summary.h"
#include "explain/explain_benchmark.h"
#include "explain/global_explanation.h"
#include "explain/shapley_explainer.h"
#include "explain_test_support.h"

using namespace cohort::engine;
using namespace cohort::engine::test;

class ShapleyExplainerTest : public QObject
{
    Q_OBJECT

private:
    TrainedPatients m_risk;    // three classes
    TrainedPatients m_outcome; // two classes
    WeightedBackground m_riskBackground;

private Q_SLOTS:
    void initTestCase()
    {
        m_risk = trainPatients("risk");
        m_outcome = trainPatients("outcome");
        BackgroundOptions options;
        options.maxRows = 16;
        m_riskBackground = summarizeBackground(m_risk.encoded, options).value();
    }

    void columnGroupsFollowThePreprocessor()
    {
        const ColumnGroups groups = patientGroups();
        QCOMPARE(groups.size(), std::size_t(4));
        QCOMPARE(groups.inputWidth(), std::size_t(6));
        QCOMPARE(groups.at(1).name, std::string("region"));
        QCOMPARE(groups.at(1).begin, std::size_t(1));
        QCOMPARE(groups.at(1).end, std::size_t(4));
        QCOMPARE(groups.at(3).begin, std::size_t(5));
        const ColumnGroups trained = ColumnGroups::fromPreprocessor(m_risk.model->preprocessor());
        QCOMPARE(trained.size(), std::size_t(7)); // one per original feature column
        QCOMPARE(trained.inputWidth(), m_risk.model->preprocessor().outputWidth());
    }

    void linearModelMatchesClosedForm_data()
    {
        QTest::addColumn<int>("method");
        QTest::newRow("exact") << int(ExplainMethod::Exact);
        QTest::newRow("kernel") << int(ExplainMethod::Kernel);
    }
    void linearModelMatchesClosedForm()
    {
        // For f = w.x + c the interventional Shapley value of a group is
        // sum over its inputs of w_j (x_j - E_b[x_j]); Kernel SHAP's regression fits an
        // additive game exactly, whatever coalitions it draws.
        QFETCH(int, method);
        const ColumnGroups groups = patientGroups();
        const ExplainableModel model = linearModel(groups, kLinearWeights, kLinearIntercepts);
        const FeatureMatrix row = linearRow();
        const WeightedBackground background = linearBackground();
        Result<Explanation> explanation =
            explainRow(model, row, background, withMethod(static_cast<ExplainMethod>(method), 64));
        QVERIFY2(explanation.ok(), explanation ? "" : explanation.error().toString().c_str());
        QCOMPARE(explanation->columns,
                 (std::vector<std::string>{"age", "region", "smoker", "bmi"}));
        for (std::size_t k = 0; k < 2; ++k)
        {
            for (std::size_t g = 0; g < groups.size(); ++g)
            {
                double expected = 0.0;
                for (std::size_t j = groups.at(g).begin; j < groups.at(g).end; ++j)
                {
                    double mean = 0.0;
                    for (std::size_t b = 0; b < background.rows.rows; ++b)
                        mean += background.weights[b] * background.rows.at(b, j);
                    expected += kLinearWeights[k][j] * (row.at(0, j) - mean);
                }
                const double got = explanation->values[g][k];
                QVERIFY2(std::abs(got - expected) < 1e-9,
                         qPrintable(QString("group %1 class %2: %3 vs %4")
                                        .arg(g)
                                        .arg(k)
                                        .arg(got)
                                        .arg(expected)));
                QVERIFY(explanation->standardError[g][k] < 1e-9);
            }
        }
    }

    void efficiencyHoldsForEveryClass_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("two classes") << "outcome";
        QTest::newRow("three classes") << "risk";
    }
    void efficiencyHoldsForEveryClass()
    {
        QFETCH(QString, target);
        const TrainedPatients &data = target == "risk" ? m_risk : m_outcome;
        const WeightedBackground background =
            uniformBackground(data.encoded.select({10, 11, 12, 13, 14, 15, 16, 17}));
        const std::vector<float> backgroundP =
            data.model->classifier().predictProbabilities(background.rows);
        for (const std::size_t r : {0, 1, 2})
        {
            const FeatureMatrix row = data.encoded.select({r});
            Result<Explanation> explanation = explainRow(*data.model, row, background);
            QVERIFY(explanation.ok());
            QCOMPARE(explanation->method, std::string("exact"));
            QCOMPARE(explanation->coalitionsEvaluated, 128);
            const std::vector<float> p = data.model->classifier().predictProbabilities(row);
            const std::size_t classes = explanation->classNames.size();
            QCOMPARE(classes, data.model->classNames().size());
            for (std::size_t k = 0; k < classes; ++k)
            {
                double sum = explanation->baseValue[k];
                for (const std::vector<double> &value : explanation->values)
                    sum += value[k];
                QVERIFY2(
                    std::abs(sum - explanation->output[k]) < 1e-5,
                    qPrintable(
                        QString("class %1: %2 vs %3").arg(k).arg(sum).arg(explanation->output[k])));
                // The base is the mean prediction over the background, the output the row's.
                QVERIFY(std::abs(explanation->output[k] - p[k]) < 1e-5);
                double mean = 0.0;
                for (std::size_t b = 0; b < background.rows.rows; ++b)
                    mean += backgroundP[b * classes + k] / double(background.rows.rows);
                QVERIFY(std::abs(explanation->baseValue[k] - mean) < 1e-5);
            }
        }
    }

    void symmetricColumnsShareAndDummiesGetZero()
    {
        const ExplainableModel model = symmetricModel();
        // Background closed under swapping inputs 0 and 1; the row has equal inputs 0 and 1.
        std::mt19937_64 random(3);
        std::normal_distribution<float> normal(0.0f, 1.0f);
        FeatureMatrix rows(20, 7);
        for (std::size_t b = 0; b < 10; ++b)
        {
            for (std::size_t j = 0; j < 4; ++j)
                rows.at(b, j) = normal(random);
            rows.at(b, 4 + b % 3) = 1.0f;
            for (std::size_t j = 0; j < 7; ++j)
                rows.at(b + 10, j) = rows.at(b, j);
            std::swap(rows.at(b + 10, 0), rows.at(b + 10, 1));
        }
        const WeightedBackground background = uniformBackground(rows);
        const FeatureMatrix row = matrixOf(7, {0.7f, 0.7f, 2.0f, -0.3f, 0, 1, 0});
        Result<Explanation> explanation = explainRow(model, row, background);
        QVERIFY(explanation.ok());
        for (std::size_t k = 0; k < 2; ++k)
        {
            QVERIFY(std::abs(explanation->values[0][k]) > 0.01);
            QVERIFY(std::abs(explanation->values[0][k] - explanation->values[1][k]) < 1e-12);
            QVERIFY(std::abs(explanation->values[3][k]) > 0.01);
            QCOMPARE(explanation->values[2][k], 0.0);
            QCOMPARE(explanation->values[4][k], 0.0);
        }
    }

    void kernelAgreesWithExactOnTrainedMlp()
    {
        const FeatureMatrix row = m_risk.encoded.select({4});
        Result<Explanation> exact =
            explainRow(*m_risk.model, row, m_riskBackground, withMethod(ExplainMethod::Exact));
        Result<Explanation> kernel = explainRow(*m_risk.model, row, m_riskBackground,
                                                withMethod(ExplainMethod::Kernel, 256, 9));
        QVERIFY(exact.ok() && kernel.ok());
        QCOMPARE(kernel->method, std::string("kernel"));
        QVERIFY(kernel->coalitionsEvaluated > 2 && kernel->coalitionsEvaluated <= 128);
        double largestError = 0.0;
        for (std::size_t c = 0; c < exact->columns.size(); ++c)
        {
            for (std::size_t k = 0; k < exact->classNames.size(); ++k)
            {
                QCOMPARE(exact->standardError[c][k], 0.0);
                const double se = kernel->standardError[c][k];
                largestError = std::max(largestError, se);
                const double gap = std::abs(kernel->values[c][k] - exact->values[c][k]);
                QVERIFY2(gap <= 3.0 * se + 2e-3,
                         qPrintable(QString("column %1 class %2: kernel %3 exact %4 se %5")
                                        .arg(c)
                                        .arg(k)
                                        .arg(kernel->values[c][k])
                                        .arg(exact->values[c][k])
                                        .arg(se)));
            }
        }
        QVERIFY(largestError > 0.0); // sampling leaves an error to report
        for (std::size_t k = 0; k < exact->classNames.size(); ++k)
        {
            double sum = kernel->baseValue[k];
            for (const std::vector<double> &value : kernel->values)
                sum += value[k];
            QVERIFY(std::abs(sum - kernel->output[k]) < 1e-9);
        }
    }

    void kernelErrorsMatchTheSpreadOverSeeds()
    {
        // The reported standard error should match how much the estimate moves between seeds.
        const FeatureMatrix row = m_risk.encoded.select({7});
        constexpr int kSeeds = 30;
        const std::size_t columns = 7;
        const std::size_t classes = 3;
        std::vector<double> sums(columns * classes, 0.0);
        std::vector<double> squares(columns * classes, 0.0);
        double reportedSquares = 0.0;
        for (int seed = 0; seed < kSeeds; ++seed)
        {
            Result<Explanation> kernel =
                explainRow(*m_risk.model, row, m_riskBackground,
                           withMethod(ExplainMethod::Kernel, 128, std::uint64_t(seed) + 100));
            QVERIFY(kernel.ok());
            for (std::size_t c = 0; c < columns; ++c)
            {
                for (std::size_t k = 0; k < classes; ++k)
                {
                    sums[c * classes + k] += kernel->values[c][k];
                    squares[c * classes + k] += kernel->values[c][k] * kernel->values[c][k];
                    reportedSquares += std::pow(kernel->standardError[c][k], 2);
                }
            }
        }
        double spreadSquares = 0.0;
        for (std::size_t i = 0; i < sums.size(); ++i)
        {
            const double mean = sums[i] / kSeeds;
            spreadSquares += (squares[i] - kSeeds * mean * mean) / (kSeeds - 1);
        }
        const double spread = std::sqrt(spreadSquares / double(sums.size()));
        const double reported = std::sqrt(reportedSquares / double(kSeeds * sums.size()));
        QVERIFY2(reported > 0.6 * spread && reported < 1.6 * spread,
                 qPrintable(QString("reported %1, spread %2").arg(reported).arg(spread)));
    }

    void summaryWeightsSumToOneAndRespectK_data()
    {
        QTest::addColumn<int>("k");
        QTest::newRow("one") << 1;
        QTest::newRow("five") << 5;
        QTest::newRow("fifty") << 50;
    }
    void summaryWeightsSumToOneAndRespectK()
    {
        QFETCH(int, k);
        const FeatureMatrix data = blobs();
        BackgroundOptions options;
        options.maxRows = std::size_t(k);
        Result<WeightedBackground> summary = summarizeBackground(data, options);
        QVERIFY(summary.ok());
        QVERIFY(summary->rows.rows >= 1 && summary->rows.rows <= std::size_t(k));
        QCOMPARE(summary->rows.cols, data.cols);
        QCOMPARE(summary->weights.size(), summary->rows.rows);
        const double total = std::accumulate(summary->weights.begin(), summary->weights.end(), 0.0);
        QVERIFY(std::abs(total - 1.0) < 1e-12);
        for (const double weight : summary->weights)
            QVERIFY(weight > 0.0);
        // Snapped to rows: every summary row is one of the data rows.
        for (std::size_t r = 0; r < summary->rows.rows; ++r)
        {
            bool found = false;
            for (std::size_t i = 0; i < data.rows && !found; ++i)
                found = data.at(i, 0) == summary->rows.at(r, 0)
                        && data.at(i, 1) == summary->rows.at(r, 1);
            QVERIFY(found);
        }
    }

    void summaryFindsClustersAndIsDeterministic()
    {
        const FeatureMatrix data = blobs();
        BackgroundOptions options;
        options.maxRows = 3;
        options.snapToRows = false;
        Result<WeightedBackground> first = summarizeBackground(data, options);
        Result<WeightedBackground> second = summarizeBackground(data, options);
        QVERIFY(first.ok() && second.ok());
        QCOMPARE(first->rows.values, second->rows.values);
        QCOMPARE(first->weights, second->weights);
        // The clusters are the blobs: weights are their sizes / n, centres near their centres.
        std::vector<double> weights = first->weights;
        std::sort(weights.begin(), weights.end());
        QCOMPARE(weights, (std::vector<double>{100.0 / 600, 200.0 / 600, 300.0 / 600}));
        for (std::size_t r = 0; r < 3; ++r)
        {
            const float x = first->rows.at(r, 0);
            const float y = first->rows.at(r, 1);
            const bool nearCentre = std::hypot(x + 10, y) < 0.2 || std::hypot(x - 10, y) < 0.2
                                    || std::hypot(x, y - 15) < 0.2;
            QVERIFY(nearCentre);
        }
    }

    void smallBackgroundKeepsEveryRow()
    {
        const FeatureMatrix data = blobs().select({0, 150, 450, 599});
        BackgroundOptions options;
        options.maxRows = 4;
        Result<WeightedBackground> summary = summarizeBackground(data, options);
        QVERIFY(summary.ok());
        QCOMPARE(summary->rows.values, data.values);
        QCOMPARE(summary->weights, (std::vector<double>(4, 0.25)));
    }

    void largeTablesAreSampledBeforeClustering()
    {
        // 300 rows, 50 of them sampled: every weight is a count out of 50, not out of 300.
        BackgroundOptions options;
        options.maxRows = 49;
        options.sampleRows = 50;
        Result<WeightedBackground> summary =
            backgroundFromTable(m_risk.model->preprocessor(), m_risk.table, options);
        QVERIFY(summary.ok());
        QVERIFY(summary->rows.rows <= 49);
        QCOMPARE(summary->rows.cols, m_risk.encoded.cols);
        double total = 0.0;
        for (const double weight : summary->weights)
        {
            QVERIFY(std::abs(weight * 50 - std::round(weight * 50)) < 1e-9);
            total += weight;
        }
        QVERIFY(std::abs(total - 1.0) < 1e-12);
    }

    void globalViewsAgreeWithPerRowValues()
    {
        const std::vector<std::size_t> rows = {0, 3, 5, 8, 13, 21, 34, 55};
        std::vector<std::pair<std::size_t, std::size_t>> progress;
        Result<GlobalExplanation> global = explainRows(
            *m_risk.model, m_risk.table, rows, m_riskBackground, {},
            [&](std::size_t done, std::size_t total) { progress.emplace_back(done, total); });
        QVERIFY(global.ok());
        QCOMPARE(global->explanations.size(), rows.size());
        QVERIFY(!progress.empty());
        QCOMPARE(progress.back(), std::make_pair(rows.size(), rows.size()));
        // Each explanation is of its own row: the output is the model's prediction for it.
        for (std::size_t i = 0; i < rows.size(); ++i)
        {
            const std::vector<float> p =
                m_risk.model->classifier().predictProbabilities(m_risk.encoded.select({rows[i]}));
            for (std::size_t k = 0; k < p.size(); ++k)
                QVERIFY(std::abs(global->explanations[i].output[k] - p[k]) < 1e-5);
        }
        for (std::size_t k = 0; k < global->classNames.size(); ++k)
        {
            for (std::size_t c = 0; c < global->columns.size(); ++c)
            {
                // Second computation, straight from each row's own explanation.
                double sum = 0.0;
                for (std::size_t i = 0; i < rows.size(); ++i)
                {
                    Result<Explanation> single =
                        explainTableRow(*m_risk.model, m_risk.table, rows[i], m_riskBackground);
                    QVERIFY(single.ok());
                    sum += std::abs(single->values[c][k]);
                }
                QVERIFY(std::abs(global->meanAbs[c][k] - sum / double(rows.size())) < 1e-12);
                QCOMPARE(columnValues(global.value(), c, k).size(), rows.size());
            }
            const std::vector<std::size_t> order = importanceOrder(global.value(), k);
            for (std::size_t i = 1; i < order.size(); ++i)
                QVERIFY(global->meanAbs[order[i - 1]][k] >= global->meanAbs[order[i]][k]);
        }
    }

    void dependencePointsUseOriginalUnits()
    {
        const std::vector<std::size_t> rows = {2, 9, 30};
        Result<GlobalExplanation> global =
            explainRows(*m_risk.model, m_risk.table, rows, m_riskBackground);
        QVERIFY(global.ok());
        const auto columnOf = [&](const std::string &name)
        {
            return std::size_t(std::find(global->columns.begin(), global->columns.end(), name)
                               - global->columns.begin());
        };
        const TextColumn &ages = m_risk.table.columns[std::size_t(m_risk.table.columnIndex("age"))];
        const TextColumn &regions =
            m_risk.table.columns[std::size_t(m_risk.table.columnIndex("region"))];
        const TextColumn &smokers =
            m_risk.table.columns[std::size_t(m_risk.table.columnIndex("smoker"))];
        const std::vector<DependencePoint> age =
            dependencePoints(global.value(), columnOf("age"), 2);
        const std::vector<DependencePoint> region =
            dependencePoints(global.value(), columnOf("region"), 2);
        const std::vector<DependencePoint> smoker =
            dependencePoints(global.value(), columnOf("smoker"), 2);
        QCOMPARE(age.size(), rows.size());
        for (std::size_t i = 0; i < rows.size(); ++i)
        {
            QCOMPARE(age[i].row, rows[i]);
            QCOMPARE(age[i].value.number, parseNumber(ages.at(rows[i])));
            QCOMPARE(age[i].value.text, std::string(ages.at(rows[i])));
            QCOMPARE(age[i].shap, global->explanations[i].values[columnOf("age")][2]);
            QCOMPARE(region[i].value.text, std::string(regions.at(rows[i])));
            QVERIFY(!region[i].value.number);
            QCOMPARE(*smoker[i].value.number, smokers.at(rows[i]) == "yes" ? 1.0 : 0.0);
        }
    }

    void cancelStopsPromptly()
    {
        std::atomic<bool> cancel{true};
        Result<Explanation> single =
            explainRow(*m_risk.model, m_risk.encoded.select({0}), m_riskBackground, {}, &cancel);
        QVERIFY(!single.ok());
        QCOMPARE(single.error().code, ErrorCode::Cancelled);

        cancel = false;
        std::size_t reports = 0;
        Result<GlobalExplanation> global = explainRows(
            *m_risk.model, m_risk.table, {0, 1, 2, 3, 4, 5}, m_riskBackground, {},
            [&](std::size_t, std::size_t)
            {
                ++reports;
                cancel = true;
            },
            &cancel);
        QVERIFY(!global.ok());
        QCOMPARE(global.error().code, ErrorCode::Cancelled);
        QCOMPARE(reports, std::size_t(1));
    }

    void predictedClassAndImpactOrder()
    {
        // By hand: class 2 has the highest output; for class 0 the order of |value| is
        // c (0.5), a (-0.3), b (0.1); a tie between equal magnitudes keeps column order.
        Explanation e;
        e.columns = {"a", "b", "c", "d"};
        e.output = {0.2, 0.1, 0.7};
        e.values = {{-0.3, 0.0, 0.1}, {0.1, 0.2, 0.0}, {0.5, 0.0, 0.0}, {0.1, 0.0, 0.0}};
        QCOMPARE(predictedClass(e), std::size_t(2));
        QCOMPARE(columnsByImpact(e, 0), (std::vector<std::size_t>{2, 0, 1, 3}));
        QCOMPARE(columnsByImpact(e, 1), (std::vector<std::size_t>{1, 0, 2, 3}));
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QString>("problem");
        for (const char *problem :
             {"row width", "two rows", "empty background", "background width", "weight count",
              "negative weight", "exact over its limit", "limit over the cap", "few samples",
              "samples cannot pin the columns down"})
            QTest::newRow(problem) << problem;
    }
    void rejectsBadInput()
    {
        QFETCH(QString, problem);
        ExplainableModel model = linearModel(patientGroups(), kLinearWeights, kLinearIntercepts);
        FeatureMatrix row = linearRow();
        WeightedBackground background = linearBackground();
        ExplainOptions options;
        if (problem == "row width")
            row = matrixOf(5, {1, 2, 3, 4, 5});
        else if (problem == "two rows")
            row = matrixOf(6, std::vector<float>(12, 0.0f));
        else if (problem == "empty background")
            background = uniformBackground(FeatureMatrix(0, 6));
        else if (problem == "background width")
            background = uniformBackground(FeatureMatrix(3, 5));
        else if (problem == "weight count")
            background.weights.pop_back();
        else if (problem == "negative weight")
            background.weights[0] = -0.5;
        else if (problem == "exact over its limit")
        {
            // 21 columns: 2^21 coalitions are past what the exact method takes on.
            model = linearModel(ColumnGroups::fromWidths(std::vector<std::string>(21, "x"),
                                                         std::vector<std::size_t>(21, 1))
                                    .value(),
                                {std::vector<double>(21, 1.0)}, {0.0});
            row = FeatureMatrix(1, 21);
            background = uniformBackground(FeatureMatrix(2, 21));
            options = withMethod(ExplainMethod::Exact);
        }
        else if (problem == "limit over the cap")
            options.maxExactColumns = 21;
        else if (problem == "few samples")
            options = withMethod(ExplainMethod::Kernel, 2);
        else if (problem == "samples cannot pin the columns down")
        {
            // Two pairs of coalitions split twelve columns at most four ways.
            std::vector<std::string> names(12, "x");
            model = linearModel(
                ColumnGroups::fromWidths(names, std::vector<std::size_t>(12, 1)).value(),
                {std::vector<double>(12, 1.0)}, {0.0});
            row = FeatureMatrix(1, 12);
            background = uniformBackground(FeatureMatrix(2, 12));
            options = withMethod(ExplainMethod::Kernel, 4);
        }
        Result<Explanation> explanation = explainRow(model, row, background, options);
        QVERIFY(!explanation.ok());
        QCOMPARE(explanation.error().code, ErrorCode::InvalidInput);
    }

    void benchmarkReportsFigures()
    {
        const ExplainBenchmark figures = runExplainBenchmark();
        qInfo("exact, %d columns, %zu background rows: %.2f ms per explanation",
              figures.exactColumns, figures.backgroundRows, figures.exactMilliseconds);
        qInfo("kernel, %d columns, %zu background rows, %d samples (%d coalitions): %.2f ms",
              figures.kernelColumns, figures.backgroundRows, figures.kernelSamples,
              figures.kernelCoalitions, figures.kernelMilliseconds);
        QVERIFY(figures.exactMilliseconds > 0.0);
        QVERIFY(figures.kernelMilliseconds > 0.0);
        QCOMPARE(figures.exactCoalitions, 256);
        QVERIFY(figures.kernelCoalitions > 2 && figures.kernelCoalitions <= 2050);
    }
};

QTEST_APPLESS_MAIN(ShapleyExplainerTest)
#include "shapley_explainer_test.moc"
