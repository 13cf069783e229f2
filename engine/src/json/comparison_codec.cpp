#include <boost/json.hpp>

#include "coach/json.hpp"
#include "json/plan_json.hpp"
#include "json/writer.hpp"

namespace coach::json {

namespace detail {

boost::json::object write_metrics(const Metrics& metrics, const boost::json::storage_ptr& storage) {
    boost::json::object out(storage);
    for (const auto& metric : metric_table) {
        switch (metric.type) {
            case MetricType::count:
            case MetricType::days:
                out[metric.key] = int_or_null(metric.number(metrics));
                break;
            case MetricType::date:
                out[metric.key] = date_or_null(metric.date(metrics));
                break;
            case MetricType::milestones:
                out[metric.key] = kind_array(metric.kinds(metrics), storage);
                break;
        }
    }
    boost::json::array weekly(storage);
    for (const auto& week : metrics.weekly) {
        boost::json::object dose(storage);
        for (const auto& [category, name] : enum_names<Category>::table) {
            if (const int amount = week[category]; amount != 0) {
                dose[name] = amount;
            }
        }
        weekly.emplace_back(boost::json::object{
            {{"week", week.week}, {"start", week.start.iso()}, {"dose", std::move(dose)}},
            storage});
    }
    out["weekly"] = std::move(weekly);
    return out;
}

}  // namespace detail

std::string encode_metrics(const Metrics& metrics) {
    boost::json::monotonic_resource arena;
    return boost::json::serialize(detail::write_metrics(metrics, &arena));
}

std::string encode_comparison(const Comparison& comparison) {
    // Every node in one arena, freed at once: the plans are thousands of nodes.
    boost::json::monotonic_resource arena;
    const boost::json::storage_ptr storage{&arena};
    boost::json::object out(storage);
    out["schema"] = comparison_schema;
    out["athlete"] = comparison.athlete;
    out["as_of"] = comparison.as_of.iso();
    out["horizon_days"] = comparison.horizon_days;
    out["gate"] = detail::write_referrals(comparison.gate, storage);
    boost::json::array plans(storage);
    boost::json::array metrics(storage);
    for (const auto& entry : comparison.entries) {
        const auto& outcome = entry.outcome;
        if (outcome.plan) {
            plans.emplace_back(detail::write_plan(*outcome.plan, storage));
        } else {
            plans.emplace_back(boost::json::object{{{"schema", plan_schema},
                                                    {"philosophy", {{"id", outcome.philosophy}}},
                                                    {"status", "error"},
                                                    {"error", outcome.error}},
                                                   storage});
        }
        boost::json::object row(storage);
        row["philosophy"] = outcome.philosophy;
        row["status"] = outcome.plan ? to_string(outcome.plan->status) : "error";
        if (entry.metrics) {
            for (auto& [key, value] : detail::write_metrics(*entry.metrics, storage)) {
                row[key] = std::move(value);
            }
        } else if (outcome.plan) {
            row["reason"] = outcome.plan->reason;
        } else {
            row["error"] = outcome.error;
        }
        metrics.push_back(std::move(row));
    }
    out["plans"] = std::move(plans);
    out["metrics"] = std::move(metrics);
    if (const auto& projection = comparison.projection; projection.published_days != 0) {
        out["course"] =
            boost::json::object{{{"pain_free_rest", projection.pain_free_rest.iso()},
                                 {"pain_free_walking", projection.pain_free_walking.iso()},
                                 {"return_to_sport", projection.return_to_sport.iso()},
                                 {"published_days", projection.published_days},
                                 {"walking_floor_days", projection.walking_floor_days},
                                 {"delay_days", projection.delay_days},
                                 {"reasons", detail::string_array(projection.reasons, storage)}},
                                storage};
    }
    return boost::json::serialize(out);
}

}  // namespace coach::json
