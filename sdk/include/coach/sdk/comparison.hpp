#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "coach/sdk/catalog.hpp"
#include "coach/sdk/plan.hpp"

namespace coach {

// Dose per category over one week of a plan; week 1 starts on the plan's as_of.
struct WeeklyDose {
    int week = 1;
    Date start;
    std::array<int, category_count> dose{};  // indexed by index_of(Category), in dose_unit()

    int operator[](Category category) const { return dose[index_of(category)]; }
    friend bool operator==(const WeeklyDose&, const WeeklyDose&) = default;
};

// Comparable figures the engine computes from a plan (never the plugin). Definitions: see
// coach/metrics.hpp in the engine.
struct Metrics {
    std::optional<int> days_to_first_run;
    std::optional<int> days_to_full_speed;
    std::optional<Date> return_to_run;
    std::optional<Date> return_to_sport;
    std::vector<MilestoneKind> beyond_horizon;        // the plan's Milestones::beyond_horizon
    std::vector<MilestoneKind> projected_milestones;  // the plan's Milestones::projected
    int sessions = 0;
    int projected_sessions = 0;
    int rest_days = 0;
    int eccentric_reps = 0;
    int strength_reps = 0;
    int isometric_s = 0;
    int sprint_m = 0;
    int high_speed_m = 0;
    int manual_therapy_min = 0;
    int stretch_min = 0;
    int ice_min = 0;
    int cross_training_min = 0;
    std::vector<WeeklyDose> weekly;

    friend bool operator==(const Metrics&, const Metrics&) = default;
};

}  // namespace coach
