#include "report/metric_columns.hpp"

#include <array>

namespace coach::report::detail {

namespace {

std::optional<std::string> number(const std::optional<int>& value) {
    return value ? std::optional{std::to_string(*value)} : std::nullopt;
}

std::optional<std::string> day(const std::optional<Date>& value) {
    return value ? std::optional{value->iso()} : std::nullopt;
}

constexpr auto columns = std::to_array<MetricColumn>({
    {"days_to_first_run", "days to first run",
     [](const Metrics& m) { return number(m.days_to_first_run); }},
    {"days_to_full_speed", "days to full speed",
     [](const Metrics& m) { return number(m.days_to_full_speed); }},
    {"return_to_run", "return to run", [](const Metrics& m) { return day(m.return_to_run); }},
    {"return_to_sport", "return to sport*",
     [](const Metrics& m) { return day(m.return_to_sport); }},
    {"sessions", "sessions", [](const Metrics& m) { return number(m.sessions); }},
    {"rest_days", "rest days", [](const Metrics& m) { return number(m.rest_days); }},
    {"eccentric_reps", "eccentric reps", [](const Metrics& m) { return number(m.eccentric_reps); }},
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
