// The "hospital" domain: patients' wearable vitals plus the air quality and climate where they
// live, labelled with a health risk (1) that rises with poor vitals, pollution and heat.

#include <algorithm>
#include <cmath>

#include "data/synthetic_domain_model.h"

namespace cohort::engine::synthetic
{

namespace
{

// Rejection sampling gives up after this many draws; see SyntheticVitalsModel.
constexpr int kMaxAttempts = 100000;

// The reference site: a temperate, moderately clean city (the test set lives here).
constexpr double kTemperature = 21.0;
constexpr double kHumidity = 55.0;
constexpr double kPm25Median = 12.0;
constexpr double kCo2 = 650.0;

struct Patient
{
    double heartRate;
    double spo2;
    double steps;
    double pm25;
    double co2;
    double temperature;
    double humidity;
    double heat; // apparent temperature above 26 degrees, never negative
};

class SyntheticHospitalModel final : public SyntheticDomainModel
{
public:
    [[nodiscard]] const SyntheticDomainInfo &info() const override
    {
        static const SyntheticDomainInfo domainInfo = []
        {
            SyntheticDomainInfo value;
            value.name = "hospital";
            value.target = "risk";
            value.description = "Wearable vitals with the local air quality and climate; "
                                "predict an elevated health risk (1) or not (0).";
            value.columns = {"heart_rate", "spo2", "steps",    "pm25",
                             "co2",        "temp", "humidity", "risk"};
            value.classes = {"0", "1"};
            value.multiClass = false;
            return value;
        }();
        return domainInfo;
    }

    [[nodiscard]] std::vector<double> classPrior() const override
    {
        // The share of at-risk rows that the latent model produces at the reference site.
        return {0.7, 0.3};
    }

    [[nodiscard]] SiteShift drawSiteShift(SyntheticSampler &sampler, double scale) const override
    {
        // A site is a hospital in its own city: climate and air quality differ for real, and
        // its patients' wearables read the heart rate with their own offset.
        SiteShift shift;
        shift.temperatureOffset = siteOffset(sampler, 6.0, scale);
        shift.humidityOffset = siteOffset(sampler, 14.0, scale);
        shift.pm25Factor = std::exp(siteOffset(sampler, 0.7, scale));
        shift.co2Offset = siteOffset(sampler, 150.0, scale);
        shift.heartRateOffset = siteOffset(sampler, 2.0, scale);
        return shift;
    }

    void appendRow(int label, const SiteShift &shift, SyntheticSampler &sampler,
                   std::string &line) const override
    {
        // Draw from the site's population until the latent model gives the wanted label.
        Patient patient = draw(shift, sampler);
        for (int attempt = 1; attempt < kMaxAttempts && drawLabel(patient, sampler) != label;
             ++attempt)
            patient = draw(shift, sampler);

        appendNumber(line, patient.heartRate + shift.heartRateOffset, 1);
        appendNumber(line, patient.spo2, 1);
        appendNumber(line, patient.steps, 0);
        appendNumber(line, patient.pm25, 1);
        appendNumber(line, patient.co2, 0);
        appendNumber(line, patient.temperature, 1);
        appendNumber(line, patient.humidity, 1);
        appendText(line, label == 1 ? "1" : "0");
    }

private:
    static Patient draw(const SiteShift &shift, SyntheticSampler &sampler)
    {
        Patient patient{};
        patient.temperature =
            clampValue(sampler.normal(kTemperature + shift.temperatureOffset, 4.0), -20.0, 45.0);
        patient.humidity =
            clampValue(sampler.normal(kHumidity + shift.humidityOffset, 10.0), 5.0, 100.0);
        patient.pm25 =
            clampValue(sampler.logNormal(kPm25Median * shift.pm25Factor, 0.55), 1.0, 400.0);
        patient.co2 = clampValue(sampler.normal(kCo2 + shift.co2Offset, 130.0), 400.0, 3000.0);
        patient.heat = std::max(0.0, patient.temperature + 0.1 * (patient.humidity - 50.0) - 26.0);
        const double dirtyAir = std::max(0.0, patient.pm25 - kPm25Median);
        patient.heartRate =
            clampValue(sampler.normal(72.0 + 0.8 * patient.heat, 11.0), 40.0, 180.0);
        patient.spo2 = clampValue(98.6 - sampler.gamma(1.6, 0.9) - 0.012 * dirtyAir, 80.0, 100.0);
        patient.steps = clampValue(
            sampler.logNormal(7000.0 * std::exp(-0.05 * patient.heat - 0.004 * dirtyAir), 0.5),
            300.0, 35000.0);
        return patient;
    }

    // 1 = at risk. The latent risk is linear in vitals, activity, pollution and heat.
    static int drawLabel(const Patient &patient, SyntheticSampler &sampler)
    {
        const double latent = -0.8 + 0.07 * (patient.heartRate - 72.0)
                              + 0.6 * std::max(0.0, 96.0 - patient.spo2)
                              + 0.025 * (patient.pm25 - kPm25Median) + 0.004 * (patient.co2 - kCo2)
                              + 0.25 * patient.heat - 0.00015 * (patient.steps - 7000.0);
        return sampler.bernoulli(logistic(3.0 * latent)) ? 1 : 0;
    }
};

} // namespace

const SyntheticDomainModel &hospitalModel()
{
    static const SyntheticHospitalModel model;
    return model;
}

} // namespace cohort::engine::synthetic
