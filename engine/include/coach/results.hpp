#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "coach/sdk/catalog.hpp"
#include "coach/sdk/course.hpp"
#include "coach/sdk/date.hpp"
#include "coach/sdk/philosophy.hpp"
#include "coach/sdk/plan.hpp"

// What the engine gives back: plans behind the safety gate, comparisons, and the comparable
// metrics it computes itself (never the plugin). Plain values: copy them, keep them, hand them to
// any thread. The renderers (report.hpp), the JSON codecs (json.hpp) and the cohort
// (cohort_summary.hpp) all read the metrics through one table, metric_table below.
namespace coach {

// Dose per category over one week of a plan; week 1 starts on the plan's as_of.
struct WeeklyDose {
    int week = 1;
    Date start;
    std::array<int, category_count> dose{};  // indexed by index_of(Category), in dose_unit()

    int operator[](Category category) const { return dose[index_of(category)]; }
    friend bool operator==(const WeeklyDose&, const WeeklyDose&) = default;
};

// Comparable figures of one plan; definitions in metrics.hpp (compute_metrics) and metric_table.
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

// What kind of value a metric holds.
enum class MetricType : std::uint8_t {
    count,       // an int, never null: sessions, reps, seconds, metres, minutes
    days,        // an int of days from the injury, null when the plan never gets there
    date,        // a Date, null when the plan never gets there
    milestones,  // a list of milestone kinds
};

// One comparable metric: its key (JSON, CSV, cohort summary), its label for people (empty for a
// metric the tables for people show inside other cells), its unit, and how to read it from
// Metrics. `milestone` is the milestone a days_* or date metric belongs to, whose marks (an
// estimate on the projected course, a milestone beyond the horizon) its cells carry.
struct MetricInfo {
    std::string_view key;
    std::string_view label;
    std::string_view unit;  // "days", "date", "sessions", "reps", "s", "m", "min" or "" (a list)
    MetricType type = MetricType::count;
    std::optional<MilestoneKind> milestone;
    std::optional<int> (*number)(const Metrics&) = nullptr;                // count and days metrics
    std::optional<Date> (*date)(const Metrics&) = nullptr;                 // date metrics
    const std::vector<MilestoneKind>& (*kinds)(const Metrics&) = nullptr;  // milestone lists

    // Whether a cohort summarises it (a number: count or days). Read from `type`, not from the
    // getter: GCC's UndefinedBehaviorSanitizer makes a function pointer's null test
    // non-constant.
    constexpr bool numeric() const { return type == MetricType::count || type == MetricType::days; }
};

// Every metric of coach.comparison/1, in contract order (docs/DATA.md, "Metrics"). The one list:
// the JSON writer, the CSV and text tables, the HTML page and the cohort summary all iterate it.
// clang-format off
inline constexpr auto metric_table = std::to_array<MetricInfo>({
    {"days_to_first_run", "days to first run", "days", MetricType::days,
     MilestoneKind::return_to_run, [](const Metrics& m) { return m.days_to_first_run; }},
    {"days_to_full_speed", "days to full speed", "days", MetricType::days,
     MilestoneKind::full_speed, [](const Metrics& m) { return m.days_to_full_speed; }},
    {"return_to_run", "return to run", "date", MetricType::date, MilestoneKind::return_to_run,
     nullptr, [](const Metrics& m) { return m.return_to_run; }},
    {"return_to_sport", "return to sport*", "date", MetricType::date,
     MilestoneKind::return_to_sport, nullptr, [](const Metrics& m) { return m.return_to_sport; }},
    {"beyond_horizon", "", "", MetricType::milestones, std::nullopt, nullptr, nullptr,
     [](const Metrics& m) -> const std::vector<MilestoneKind>& { return m.beyond_horizon; }},
    {"projected_milestones", "", "", MetricType::milestones, std::nullopt, nullptr, nullptr,
     [](const Metrics& m) -> const std::vector<MilestoneKind>& { return m.projected_milestones; }},
    {"sessions", "sessions", "sessions", MetricType::count, std::nullopt,
     [](const Metrics& m) { return std::optional{m.sessions}; }},
    {"projected_sessions", "projected sessions~", "sessions", MetricType::count, std::nullopt,
     [](const Metrics& m) { return std::optional{m.projected_sessions}; }},
    {"rest_days", "rest days", "days", MetricType::count, std::nullopt,
     [](const Metrics& m) { return std::optional{m.rest_days}; }},
    {"eccentric_reps", "eccentric reps", "reps", MetricType::count, std::nullopt,
     [](const Metrics& m) { return std::optional{m.eccentric_reps}; }},
    {"strength_reps", "strength reps (all)", "reps", MetricType::count, std::nullopt,
     [](const Metrics& m) { return std::optional{m.strength_reps}; }},
    {"isometric_s", "isometric s", "s", MetricType::count, std::nullopt,
     [](const Metrics& m) { return std::optional{m.isometric_s}; }},
    {"sprint_m", "sprint m", "m", MetricType::count, std::nullopt,
     [](const Metrics& m) { return std::optional{m.sprint_m}; }},
    {"high_speed_m", "high-speed m (>=90%)", "m", MetricType::count, std::nullopt,
     [](const Metrics& m) { return std::optional{m.high_speed_m}; }},
    {"manual_therapy_min", "manual therapy min", "min", MetricType::count, std::nullopt,
     [](const Metrics& m) { return std::optional{m.manual_therapy_min}; }},
    {"stretch_min", "stretch min", "min", MetricType::count, std::nullopt,
     [](const Metrics& m) { return std::optional{m.stretch_min}; }},
    {"ice_min", "ice min", "min", MetricType::count, std::nullopt,
     [](const Metrics& m) { return std::optional{m.ice_min}; }},
    {"cross_training_min", "cross-training min", "min", MetricType::count, std::nullopt,
     [](const Metrics& m) { return std::optional{m.cross_training_min}; }},
});
// clang-format on

// The numeric metrics (count and days), in table order: what a cohort summarises.
inline constexpr std::size_t numeric_metric_count = static_cast<std::size_t>(std::count_if(
    metric_table.begin(), metric_table.end(), [](const MetricInfo& m) { return m.numeric(); }));
inline constexpr auto numeric_metrics = [] {
    std::array<MetricInfo, numeric_metric_count> out{};
    std::copy_if(metric_table.begin(), metric_table.end(), out.begin(),
                 [](const MetricInfo& m) { return m.numeric(); });
    return out;
}();

// A loaded philosophy and where it came from: its plugin library, or for a protocol
// ("protocol:<name>") its `<name>.protocol.json` file, not the library that reads it.
struct PluginRecord {
    PhilosophyInfo info;
    std::filesystem::path file;
    std::string library_sha256;  // of `file`; every plan of the philosophy carries it
};

// A plugin file the engine refused, and why, in one line that names the file.
struct LoadError {
    std::filesystem::path file;
    std::string message;
};

// One philosophy's answer: a plan that passed the safety gate (status ok, or referral when the
// gate withheld it, or not_applicable when the philosophy does not cover the injury), or the
// plugin error.
struct PlanOutcome {
    std::string philosophy;
    std::optional<Plan> plan;
    std::string error;  // set when plan is empty: what the plugin did wrong

    bool ok() const { return plan.has_value(); }
};

struct ComparisonEntry {
    PlanOutcome outcome;
    std::optional<Metrics> metrics;  // set when outcome.ok(), unless the plan is not_applicable
    // The philosophy's own exercises (PhilosophyInfo::exercises), so that renderers name them.
    std::vector<DeclaredExercise> exercises;
};

// Every requested philosophy's plan for one athlete, as of one day, with comparable metrics,
// and the projection of the course of recovery they all planned on (course.hpp).
struct Comparison {
    std::string athlete;  // the record's athlete id
    Date as_of;
    int horizon_days = default_horizon_days;
    // The safety gate's findings about the record as of as_of, held once: the stop referrals
    // that withhold every plan and the advice every plan carries (safety_gate.hpp). Each plan
    // also lists them among its referrals, as coach.plan/1 says; renderers show them once, from
    // here, and each plan's own referrals beside its column.
    std::vector<Referral> gate;
    std::vector<ComparisonEntry> entries;
    Projection projection;
    // unused_log_note() (plan_rules.hpp): the sessions logged after as_of that no plan used, or
    // "". Each plan's rationale says it too; the text table says it once, from here.
    std::string unused_log_note;
};

}  // namespace coach
