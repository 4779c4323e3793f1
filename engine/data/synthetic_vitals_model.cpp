// The "vitals" domain: four resting vital signs labelled healthy (1) or not (0) by a latent risk
// that grows with the distance from the normal ranges, plus logistic noise.

#include <algorithm>

#include "data/synthetic_domain_model.h"

namespace cohort::engine::synthetic
{

namespace
{

// Rejection sampling gives up after this many draws; with the class shares that
// Dirichlet(alpha * K * prior) produces, a row needs about 1 / share draws.
constexpr int kMaxAttempts = 100000;

// How far `value` lies outside [low, high], in units of `unit`.
double outside(double value, double low, double high, double unit)
{
    return (std::max(0.0, low - value) + std::max(0.0, value - high)) / unit;
}

struct Vitals
{
    double heartRate;
    double systolic;
    double diastolic;
    double spo2;
};

class SyntheticVitalsModel final : public SyntheticDomainModel
{
public:
    [[nodiscard]] const SyntheticDomainInfo &info() const override
    {
        static const SyntheticDomainInfo domainInfo = []
        {
            SyntheticDomainInfo value;
            value.name = "vitals";
            value.target = "healthy";
            value.description = "Resting heart rate, blood pressure and oxygen saturation; "
                                "predict whether the person is healthy (1) or not (0).";
            value.columns = {"heart_rate", "systolic_bp", "diastolic_bp", "spo2", "healthy"};
            value.classes = {"0", "1"};
            value.multiClass = false;
            return value;
        }();
        return domainInfo;
    }

    [[nodiscard]] std::vector<double> classPrior() const override
    {
        // The share of unhealthy rows that the latent model itself produces.
        return {0.35, 0.65};
    }

    [[nodiscard]] SiteShift drawSiteShift(SyntheticSampler &sampler, double scale) const override
    {
        // A site is a clinic with its own monitors: calibration offsets on every reading.
        SiteShift shift;
        shift.heartRateOffset = siteOffset(sampler, 3.0, scale);
        shift.systolicOffset = siteOffset(sampler, 5.0, scale);
        shift.diastolicOffset = siteOffset(sampler, 3.0, scale);
        shift.spo2Offset = siteOffset(sampler, 0.7, scale);
        return shift;
    }

    void appendRow(int label, const SiteShift &shift, SyntheticSampler &sampler,
                   std::string &line) const override
    {
        // Draw from the population until the latent model gives the wanted label, so that the
        // features follow p(x | label) exactly.
        Vitals vitals = draw(sampler);
        for (int attempt = 1; attempt < kMaxAttempts && drawLabel(vitals, sampler) != label;
             ++attempt)
            vitals = draw(sampler);

        appendNumber(line, vitals.heartRate + shift.heartRateOffset, 1);
        appendNumber(line, vitals.systolic + shift.systolicOffset, 0);
        appendNumber(line, vitals.diastolic + shift.diastolicOffset, 0);
        appendNumber(line, clampValue(vitals.spo2 + shift.spo2Offset, 70.0, 100.0), 1);
        appendText(line, label == 1 ? "1" : "0");
    }

private:
    static Vitals draw(SyntheticSampler &sampler)
    {
        Vitals vitals{};
        vitals.heartRate = clampValue(sampler.normal(76.0, 13.0), 35.0, 180.0);
        vitals.systolic = clampValue(sampler.normal(124.0, 17.0), 80.0, 220.0);
        vitals.diastolic =
            clampValue(20.0 + 0.48 * vitals.systolic + sampler.normal(0.0, 7.0), 40.0, 140.0);
        vitals.spo2 = clampValue(99.3 - sampler.gamma(1.6, 1.1), 75.0, 100.0);
        return vitals;
    }

    // 1 = healthy. The risk is 0 inside every normal range and adds up the distances outside.
    static int drawLabel(const Vitals &vitals, SyntheticSampler &sampler)
    {
        const double risk = outside(vitals.heartRate, 60.0, 100.0, 10.0)
                            + outside(vitals.systolic, 90.0, 130.0, 12.0)
                            + outside(vitals.diastolic, 60.0, 85.0, 8.0)
                            + outside(vitals.spo2, 95.0, 101.0, 1.5);
        const double unhealthy = logistic(4.0 * (risk - 0.8));
        return sampler.bernoulli(unhealthy) ? 0 : 1;
    }
};

} // namespace

const SyntheticDomainModel &vitalsModel()
{
    static const SyntheticVitalsModel model;
    return model;
}

} // namespace cohort::engine::synthetic
