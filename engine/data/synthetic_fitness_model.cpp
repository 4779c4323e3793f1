// The "fitness" domain: wearable summaries of one workout session and the person's day, labelled
// with the workout type. Features are drawn conditional on the class (see
// docs/synthetic_domains.md for the parameters and the reasoning behind them).

#include <algorithm>
#include <array>
#include <cmath>

#include "data/synthetic_domain_model.h"

namespace cohort::engine::synthetic
{

namespace
{

// Class-conditional parameters of one workout type; "Sd" fields are standard deviations.
struct WorkoutProfile
{
    const char *name;
    double maleShare;
    double ageMean, ageSd;
    double bmiMean, bmiSd;
    double stepsMedian, stepsSpread; // log-normal steps per day
    double restingHrMean;
    double intensityMean, intensitySd; // average workout heart rate as a share of the maximum
    double minutesMean, minutesSd;     // session length, not in the CSV but drives calories
    double sleepMean;
};

// Order matches the class list. The means overlap on purpose: no single feature separates
// the classes, and Yoga/Pilates and HIIT/Cardio stay partly confusable.
constexpr std::array<WorkoutProfile, 5> kProfiles = {{
    {"HIIT", 0.55, 31.0, 8.0, 23.8, 2.5, 9000.0, 0.30, 61.0, 0.83, 0.040, 45.0, 10.0, 7.0},
    {"Cardio", 0.50, 37.0, 10.0, 23.0, 2.5, 12500.0, 0.25, 59.0, 0.74, 0.040, 45.0, 14.0, 7.1},
    {"Strength", 0.75, 35.0, 10.0, 27.0, 3.0, 6500.0, 0.30, 66.0, 0.66, 0.040, 45.0, 12.0, 7.0},
    {"Yoga", 0.25, 46.0, 12.0, 22.5, 2.5, 7500.0, 0.30, 64.0, 0.53, 0.040, 60.0, 12.0, 7.8},
    {"Pilates", 0.20, 39.0, 10.0, 22.8, 2.5, 7800.0, 0.30, 65.0, 0.61, 0.040, 50.0, 10.0, 7.1},
}};

// Keytel et al. (2005) energy expenditure from heart rate, in kcal per minute.
double kcalPerMinute(bool male, double heartRate, double weightKg, double age)
{
    const double kiloJoules = male
                                  ? -55.0969 + 0.6309 * heartRate + 0.1988 * weightKg + 0.2017 * age
                                  : -20.4022 + 0.4472 * heartRate - 0.1263 * weightKg + 0.074 * age;
    return std::max(1.5, kiloJoules / 4.184);
}

class SyntheticFitnessModel final : public SyntheticDomainModel
{
public:
    [[nodiscard]] const SyntheticDomainInfo &info() const override
    {
        static const SyntheticDomainInfo domainInfo = []
        {
            SyntheticDomainInfo value;
            value.name = "fitness";
            value.target = "workout_type";
            value.description = "Wearable and body measurements of one workout session; predict "
                                "the workout type (5 classes).";
            value.columns = {"age",         "gender",          "steps_per_day", "resting_hr",
                             "avg_hr",      "calories_burned", "weight_kg",     "height_cm",
                             "sleep_hours", "workout_type"};
            for (const WorkoutProfile &profile : kProfiles)
                value.classes.emplace_back(profile.name);
            value.multiClass = true;
            return value;
        }();
        return domainInfo;
    }

    [[nodiscard]] std::vector<double> classPrior() const override
    {
        return std::vector<double>(kProfiles.size(), 1.0 / static_cast<double>(kProfiles.size()));
    }

    [[nodiscard]] SiteShift drawSiteShift(SyntheticSampler &sampler, double scale) const override
    {
        // A site is a clinic or gym with its own wearable brand and members.
        SiteShift shift;
        shift.heartRateOffset = siteOffset(sampler, 3.0, scale);
        shift.stepsFactor = std::exp(siteOffset(sampler, 0.10, scale));
        shift.caloriesFactor = std::exp(siteOffset(sampler, 0.08, scale));
        shift.sleepOffset = siteOffset(sampler, 0.25, scale);
        shift.ageOffset = siteOffset(sampler, 3.0, scale);
        return shift;
    }

    void appendRow(int label, const SiteShift &shift, SyntheticSampler &sampler,
                   std::string &line) const override
    {
        const WorkoutProfile &profile = kProfiles[static_cast<std::size_t>(label)];
        const bool male = sampler.bernoulli(profile.maleShare);
        const double age =
            clampValue(std::round(sampler.normal(profile.ageMean + shift.ageOffset, profile.ageSd)),
                       18.0, 75.0);
        const double heightCm = clampValue(
            male ? sampler.normal(178.0, 7.0) : sampler.normal(165.0, 6.5), 145.0, 205.0);
        const double bmi = clampValue(sampler.normal(profile.bmiMean, profile.bmiSd), 16.5, 40.0);
        const double weightKg = bmi * (heightCm / 100.0) * (heightCm / 100.0);
        const double steps =
            clampValue(sampler.logNormal(profile.stepsMedian, profile.stepsSpread), 800.0, 40000.0);
        // Fitter people have a lower resting rate; it rises slowly with age and body mass.
        const double restingHr = clampValue(sampler.normal(profile.restingHrMean, 6.0)
                                                + 0.08 * (age - 38.0) + 0.4 * (bmi - 23.5),
                                            40.0, 100.0);
        // Tanaka's maximum heart rate; the workout intensity sets the share of it.
        const double maxHr = 208.0 - 0.7 * age;
        const double intensity =
            clampValue(sampler.normal(profile.intensityMean, profile.intensitySd), 0.40, 0.95);
        const double avgHr = std::max(restingHr + 10.0, intensity * maxHr);
        const double minutes =
            clampValue(sampler.normal(profile.minutesMean, profile.minutesSd), 10.0, 120.0);
        const double calories = kcalPerMinute(male, avgHr, weightKg, age) * minutes;
        const double sleep = clampValue(sampler.normal(profile.sleepMean, 0.8), 3.5, 11.0);

        appendNumber(line, age, 0);
        appendText(line, male ? "Male" : "Female");
        appendNumber(line, steps * shift.stepsFactor, 0);
        appendNumber(line, restingHr + shift.heartRateOffset, 1);
        appendNumber(line, avgHr + shift.heartRateOffset, 1);
        appendNumber(line, calories * shift.caloriesFactor, 0);
        appendNumber(line, weightKg, 1);
        appendNumber(line, heightCm, 1);
        appendNumber(line, clampValue(sleep + shift.sleepOffset, 3.0, 12.0), 1);
        appendText(line, profile.name);
    }
};

} // namespace

const SyntheticDomainModel &fitnessModel()
{
    static const SyntheticFitnessModel model;
    return model;
}

} // namespace cohort::engine::synthetic
