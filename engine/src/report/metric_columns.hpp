#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "coach/sdk/comparison.hpp"

namespace coach::report::detail {

// One comparable metric as the reports show it: its key in the comparison JSON and CSV, its
// label for people (as the text table writes it), and its value, nullopt when the metric is null.
struct MetricColumn {
    std::string_view key;
    std::string_view label;
    std::optional<std::string> (*value)(const Metrics&);
};

// The metrics of DESIGN.md in contract order: days_to_first_run ... cross_training_min.
std::span<const MetricColumn> metric_columns();

}  // namespace coach::report::detail
