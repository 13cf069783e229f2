#include "report/metric_columns.hpp"

#include <algorithm>

namespace coach::report::detail {

namespace {

bool listed(const std::vector<MilestoneKind>& kinds, MilestoneKind kind) {
    return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

}  // namespace

std::optional<std::string> metric_value(const MetricInfo& metric, const Metrics& metrics) {
    switch (metric.type) {
        case MetricType::count:
        case MetricType::days: {
            const auto value = metric.number(metrics);
            return value ? std::optional{std::to_string(*value)} : std::nullopt;
        }
        case MetricType::date: {
            const auto value = metric.date(metrics);
            return value ? std::optional{value->iso()} : std::nullopt;
        }
        case MetricType::milestones: {
            std::string text;
            for (const auto kind : metric.kinds(metrics)) {
                text += (text.empty() ? "" : ";") + std::string{to_string(kind)};
            }
            return text.empty() ? std::nullopt : std::optional{text};
        }
    }
    return std::nullopt;
}

std::optional<std::string> metric_cell(const MetricInfo& metric, const Metrics& metrics) {
    auto value = metric_value(metric, metrics);
    if (!metric.milestone) {
        return value;
    }
    if (!value) {
        return listed(metrics.beyond_horizon, *metric.milestone)
                   ? std::optional<std::string>{"beyond horizon"}
                   : std::nullopt;
    }
    return listed(metrics.projected_milestones, *metric.milestone)
               ? std::string{projected_mark} + *value
               : *value;
}

std::string_view return_to_sport_note(const Comparison& comparison) {
    const bool measured = std::any_of(
        comparison.entries.begin(), comparison.entries.end(), [](const ComparisonEntry& entry) {
            return entry.metrics && entry.metrics->return_to_sport
                   && !listed(entry.metrics->projected_milestones, MilestoneKind::return_to_sport);
        });
    return measured ? "criteria met unless ~, clinician sign-off required"
                    : "clinician sign-off required";
}

}  // namespace coach::report::detail
