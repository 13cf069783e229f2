#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "coach/results.hpp"

// How the reports write one metric of metric_table (results.hpp). [thread-safe] Pure.
namespace coach::report::detail {

// The metric's value as the CSV writes it: a number, an ISO date, kinds joined by ";"
// ("return_to_run;return_to_sport"); nullopt when the metric is null or an empty list.
std::optional<std::string> metric_value(const MetricInfo& metric, const Metrics& metrics);

// The metric's cell for people: its value, with "~" before a figure whose milestone rests on the
// projected course ("~2026-10-17"), or "beyond horizon" for a milestone after the plan's last
// day; nullopt when there is nothing to say.
std::optional<std::string> metric_cell(const MetricInfo& metric, const Metrics& metrics);

// What the tables for people say of the column "return to sport*": "criteria met unless ~,
// clinician sign-off required" when some plan's return to sport rests on a measurement, else
// "clinician sign-off required": a table whose every return to sport is an estimate (or none)
// never says "criteria met".
std::string_view return_to_sport_note(const Comparison& comparison);

// What the tables for people say of the marks: "~" for an estimate on the projected course.
inline constexpr std::string_view projected_mark = "~";
inline constexpr std::string_view projected_note =
    "~ earliest estimate on the projected course of recovery, to be reassessed";
// ... and what "-" and "beyond horizon" tell apart (trial 83 read them as the same): a milestone
// the plan never sets, or no plan, against one its programme reaches after its last day.
inline constexpr std::string_view absent_note =
    "- none in this plan; beyond horizon: reached after the plan's last day";
// ... and what the weekly table's "." is, and where its weeks start (trial 84 found "." in no
// legend): W1 is the 7 days from the first day of the plans (the comparison's "as of").
inline constexpr std::string_view weekly_note =
    ". none that week; W1 starts on the plans' first day";

}  // namespace coach::report::detail
