#include "report/metric_columns.hpp"

#include <algorithm>
#include <array>

namespace coach::report::detail {

namespace {

std::optional<std::string> number(const std::optional<int>& value) {
    return value ? std::optional{std::to_string(*value)} : std::nullopt;
}

std::optional<std::string> day(const std::optional<Date>& value) {
    return value ? std::optional{value->iso()} : std::nullopt;
}

bool listed(const std::vector<MilestoneKind>& kinds, MilestoneKind kind) {
    return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

// "return_to_run;return_to_sport", or nullopt for none.
std::optional<std::string> kinds_text(const std::vector<MilestoneKind>& kinds) {
    if (kinds.empty()) {
        return std::nullopt;
    }
    std::string text;
    for (const auto kind : kinds) {
        text += (text.empty() ? "" : ";") + std::string{to_string(kind)};
    }
    return text;
}

// A figure that belongs to milestone `kind`, as people read it.
std::optional<std::string> milestone_cell(const Metrics& metrics, MilestoneKind kind,
                                          std::optional<std::string> value) {
    if (!value) {
        return listed(metrics.beyond_horizon, kind) ? std::optional<std::string>{"beyond horizon"}
                                                    : std::nullopt;
    }
    return listed(metrics.projected_milestones, kind) ? std::string{projected_mark} + *value
                                                      : *value;
}

constexpr auto columns = std::to_array<MetricColumn>({
    {"days_to_first_run", "days to first run",
     [](const Metrics& m) { return number(m.days_to_first_run); },
     [](const Metrics& m) {
         return milestone_cell(m, MilestoneKind::return_to_run, number(m.days_to_first_run));
     }},
    {"days_to_full_speed", "days to full speed",
     [](const Metrics& m) { return number(m.days_to_full_speed); },
     [](const Metrics& m) {
         return milestone_cell(m, MilestoneKind::full_speed, number(m.days_to_full_speed));
     }},
    {"return_to_run", "return to run", [](const Metrics& m) { return day(m.return_to_run); },
     [](const Metrics& m) {
         return milestone_cell(m, MilestoneKind::return_to_run, day(m.return_to_run));
     }},
    {"return_to_sport", "return to sport*", [](const Metrics& m) { return day(m.return_to_sport); },
     [](const Metrics& m) {
         return milestone_cell(m, MilestoneKind::return_to_sport, day(m.return_to_sport));
     }},
    {"beyond_horizon", "", [](const Metrics& m) { return kinds_text(m.beyond_horizon); }},
    {"projected_milestones", "",
     [](const Metrics& m) { return kinds_text(m.projected_milestones); }},
    {"sessions", "sessions", [](const Metrics& m) { return number(m.sessions); }},
    {"projected_sessions", "projected sessions~",
     [](const Metrics& m) { return number(m.projected_sessions); }},
    {"rest_days", "rest days", [](const Metrics& m) { return number(m.rest_days); }},
    {"eccentric_reps", "eccentric reps", [](const Metrics& m) { return number(m.eccentric_reps); }},
    {"strength_reps", "strength reps (all)",
     [](const Metrics& m) { return number(m.strength_reps); }},
    {"isometric_s", "isometric s", [](const Metrics& m) { return number(m.isometric_s); }},
    {"sprint_m", "sprint m", [](const Metrics& m) { return number(m.sprint_m); }},
    {"high_speed_m", "high-speed m (>=90%)",
     [](const Metrics& m) { return number(m.high_speed_m); }},
    {"manual_therapy_min", "manual therapy min",
     [](const Metrics& m) { return number(m.manual_therapy_min); }},
    {"stretch_min", "stretch min", [](const Metrics& m) { return number(m.stretch_min); }},
    {"ice_min", "ice min", [](const Metrics& m) { return number(m.ice_min); }},
    {"cross_training_min", "cross-training min",
     [](const Metrics& m) { return number(m.cross_training_min); }},
});

}  // namespace

std::span<const MetricColumn> metric_columns() {
    return columns;
}

}  // namespace coach::report::detail
