#pragma once

#include <algorithm>
#include <string>

namespace coach::sprint_manual {

// How far and how fast the athlete runs: the two things the coach progresses, never more than
// a bounded step at a time.
struct SprintDose {
    int distance_m = 0;
    int intensity_pct = 0;  // of top acceleration or top speed

    // Whether this dose reaches `other` in both distance and intensity.
    bool reaches(const SprintDose& other) const {
        return distance_m >= other.distance_m && intensity_pct >= other.intensity_pct;
    }
    // The larger of each: what the athlete has shown after completing both.
    SprintDose at_least(const SprintDose& other) const {
        return {std::max(distance_m, other.distance_m),
                std::max(intensity_pct, other.intensity_pct)};
    }
    SprintDose at_most(const SprintDose& other) const {
        return {std::min(distance_m, other.distance_m),
                std::min(intensity_pct, other.intensity_pct)};
    }
    std::string describe() const {
        return std::to_string(distance_m) + " m at " + std::to_string(intensity_pct) + "%";
    }

    friend bool operator==(const SprintDose&, const SprintDose&) = default;
};

}  // namespace coach::sprint_manual
