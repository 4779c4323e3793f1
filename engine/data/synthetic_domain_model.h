// SyntheticDomainModel: how one synthetic domain draws a site's shift and one CSV row of a given
// class. Internal to engine/data; the public entry points are in synthetic_domains.h.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "data/synthetic_domains.h"
#include "data/synthetic_sampler.h"

namespace cohort::engine::synthetic
{

/// One site's deviation from the reference population. Each domain uses the fields that make
/// sense for it; the defaults are the reference (no shift), used for test.csv.
struct SiteShift
{
    // Device calibration: added to the measured value; labels depend on the true value.
    double heartRateOffset = 0.0; // bpm
    double systolicOffset = 0.0;  // mmHg
    double diastolicOffset = 0.0; // mmHg
    double spo2Offset = 0.0;      // percentage points
    double stepsFactor = 1.0;     // step counter sensitivity
    double caloriesFactor = 1.0;  // energy estimation algorithm
    double sleepOffset = 0.0;     // hours, sleep detection algorithm
    // Population and environment: real differences that the label may depend on.
    double ageOffset = 0.0;         // years
    double temperatureOffset = 0.0; // degrees Celsius
    double humidityOffset = 0.0;    // percentage points
    double pm25Factor = 1.0;        // multiplies the reference PM2.5 median
    double co2Offset = 0.0;         // ppm
};

class SyntheticDomainModel
{
public:
    virtual ~SyntheticDomainModel() = default;

    [[nodiscard]] virtual const SyntheticDomainInfo &info() const = 0;

    /// The global class prior, in the order of info().classes; sums to 1.
    [[nodiscard]] virtual std::vector<double> classPrior() const = 0;

    /// Draws one site's shift. A scale of 0 gives the reference; every call consumes the same
    /// number of draws whatever the scale, so the scale changes nothing else in the layout.
    [[nodiscard]] virtual SiteShift drawSiteShift(SyntheticSampler &sampler,
                                                  double scale) const = 0;

    /// Appends one CSV row of class `label` (no newline), the target last.
    virtual void appendRow(int label, const SiteShift &shift, SyntheticSampler &sampler,
                           std::string &line) const = 0;
};

[[nodiscard]] const SyntheticDomainModel &fitnessModel();
[[nodiscard]] const SyntheticDomainModel &vitalsModel();
[[nodiscard]] const SyntheticDomainModel &hospitalModel();

/// Appends `value` rounded to `decimals` places (0 = integer), with a comma before it unless it
/// is the first field. Locale-independent; never prints "-0".
void appendNumber(std::string &line, double value, int decimals);

/// Appends a text field (no quoting: the domains only write plain words).
void appendText(std::string &line, std::string_view text);

[[nodiscard]] double clampValue(double value, double low, double high);

/// One site-level offset: normal with standard deviation `sd`, truncated at 2.5 sd so that no
/// site lands in an absurd climate or calibration, then multiplied by the featureShift scale.
[[nodiscard]] double siteOffset(SyntheticSampler &sampler, double sd, double scale);

/// Standard logistic function.
[[nodiscard]] double logistic(double x);

} // namespace cohort::engine::synthetic
