#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "coach/sdk/comparison.hpp"

namespace coach::report::detail {

// One comparable metric as the reports show it: its key in the comparison JSON and CSV, its
// label for people (as the text table writes it; empty for a column that only the CSV carries,
// because the table shows it in other cells), its value as the CSV writes it (nullopt when the
// metric is null), and, when it differs, its cell for people: a date that rests on the projected
// course is written "~2026-10-17", a milestone after the horizon "beyond horizon".
struct MetricColumn {
    std::string_view key;
    std::string_view label;
    std::optional<std::string> (*value)(const Metrics&);
    std::optional<std::string> (*text)(const Metrics&) = nullptr;

    // The cell for people: text() when given, else value().
    std::optional<std::string> cell(const Metrics& metrics) const {
        return text != nullptr ? text(metrics) : value(metrics);
    }
};

// The metrics of docs/DATA.md in contract order: days_to_first_run ... cross_training_min.
std::span<const MetricColumn> metric_columns();

// What the tables for people say of the marks: "~" for an estimate on the projected course.
inline constexpr std::string_view projected_mark = "~";
inline constexpr std::string_view projected_note =
    "~ earliest estimate on the projected course of recovery, to be reassessed";

}  // namespace coach::report::detail
