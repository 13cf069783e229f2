#include "coach/json.hpp"
#include "json/plan_json.hpp"

namespace coach::json {

namespace detail {

void write_metric_fields(TextWriter& out, const Metrics& metrics, bool weekly) {
    for (const auto& metric : metric_table) {
        switch (metric.type) {
            case MetricType::count:
            case MetricType::days:
                out.field_or_null(metric.key, metric.number(metrics));
                break;
            case MetricType::date:
                out.field_or_null(metric.key, metric.date(metrics));
                break;
            case MetricType::milestones:
                out.key(metric.key);
                write_kinds(out, metric.kinds(metrics));
                break;
        }
    }
    if (!weekly) {
        return;
    }
    out.key("weekly");
    out.begin_array();
    for (const auto& week : metrics.weekly) {
        out.begin_object();
        out.field("week", week.week);
        out.field("start", week.start);
        out.key("dose");
        out.begin_object();
        for (const auto& [category, name] : enum_names<Category>::table) {
            if (const int amount = week[category]; amount != 0) {
                out.field(name, amount);
            }
        }
        out.end_object();
        out.end_object();
    }
    out.end_array();
}

void write_metrics(TextWriter& out, const Metrics& metrics) {
    out.begin_object();
    write_metric_fields(out, metrics, true);
    out.end_object();
}

}  // namespace detail

std::string encode_metrics(const Metrics& metrics) {
    detail::TextWriter out{Layout::compact};
    detail::write_metrics(out, metrics);
    return std::move(out).take();
}

std::string encode_comparison(const Comparison& comparison, Layout layout) {
    detail::TextWriter out{layout};
    out.begin_object();
    out.field("schema", comparison_schema);
    out.field("athlete", comparison.athlete);
    out.field("as_of", comparison.as_of);
    out.field("horizon_days", comparison.horizon_days);
    out.key("gate");
    detail::write_referrals(out, comparison.gate);
    out.key("plans");
    out.begin_array();
    for (const auto& entry : comparison.entries) {
        const auto& outcome = entry.outcome;
        if (outcome.plan) {
            detail::write_plan(out, *outcome.plan);
        } else {
            out.begin_object();
            out.field("schema", plan_schema);
            out.key("philosophy");
            out.begin_object();
            out.field("id", outcome.philosophy);
            out.end_object();
            out.field("status", "error");
            out.field("error", outcome.error);
            out.end_object();
        }
    }
    out.end_array();
    out.key("metrics");
    out.begin_array();
    for (const auto& entry : comparison.entries) {
        const auto& outcome = entry.outcome;
        out.begin_object();
        out.field("philosophy", outcome.philosophy);
        out.field("status", outcome.plan ? to_string(outcome.plan->status) : "error");
        if (entry.metrics) {
            detail::write_metric_fields(out, *entry.metrics, true);
        } else if (outcome.plan) {
            out.field("reason", outcome.plan->reason);
        } else {
            out.field("error", outcome.error);
        }
        out.end_object();
    }
    out.end_array();
    if (const auto& projection = comparison.projection; projection.published_days != 0) {
        out.key("course");
        out.begin_object();
        out.field("pain_free_rest", projection.pain_free_rest);
        out.field("pain_free_walking", projection.pain_free_walking);
        out.field("return_to_sport", projection.return_to_sport);
        out.field("published_days", projection.published_days);
        out.field("walking_floor_days", projection.walking_floor_days);
        out.field("delay_days", projection.delay_days);
        out.strings("reasons", projection.reasons);
        out.end_object();
    }
    out.end_object();
    return std::move(out).take();
}

}  // namespace coach::json
