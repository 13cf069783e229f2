#include "report/html_dose_charts.hpp"

#include <vector>

#include "coach/metrics.hpp"
#include "report/html_bar_chart.hpp"
#include "report/html_palette.hpp"
#include "report/html_text.hpp"

namespace coach::report::html {

namespace {

// One week of one plan: the engine's dose per category, and the high-speed sprint metres
// (>= 90%), which the weekly series does not split out.
struct WeekOfPlan {
    const WeeklyDose* dose = nullptr;
    int high_speed_m = 0;
};

struct ChartPart {
    std::string_view label;
    int (*amount)(const WeekOfPlan&);
};

struct DoseGroup {
    std::string_view key;
    std::string_view title;
    std::string_view unit;
    std::string_view explanation;
    bool required;
    std::vector<ChartPart> parts;
};

template <Category category>
int dose_of(const WeekOfPlan& week) {
    return (*week.dose)[category];
}

const std::vector<DoseGroup>& dose_groups() {
    static const std::vector<DoseGroup> groups = {
        {"strength",
         "Strength volume",
         "reps",
         "sets \u00d7 reps; eccentric work solid, general strength light",
         true,
         {{"eccentric", dose_of<Category::strength_eccentric>},
          {"general strength", dose_of<Category::strength_general>}}},
        {"isometric",
         "Isometric holds",
         "s",
         "sets \u00d7 hold seconds",
         true,
         {{"isometric", dose_of<Category::strength_isometric>}}},
        {"sprint",
         "Sprinting",
         "m",
         "sets \u00d7 reps \u00d7 distance; high speed (\u2265 90%) solid, slower sprints light",
         true,
         {{"high speed \u2265 90%", [](const WeekOfPlan& week) { return week.high_speed_m; }},
          {"below 90%",
           [](const WeekOfPlan& week) {
               return (*week.dose)[Category::sprint] - week.high_speed_m;
           }}}},
        {"running",
         "Running",
         "min",
         "jogging and easy runs",
         false,
         {{"running", dose_of<Category::running>}}},
        {"drill",
         "Running drills",
         "m",
         "marching, skipping and high-knee drills",
         false,
         {{"drills", dose_of<Category::drill>}}},
        {"manual_therapy",
         "Manual therapy",
         "min",
         "massage by a therapist or self-massage",
         true,
         {{"manual therapy", dose_of<Category::manual_therapy>}}},
        {"foam_roll",
         "Foam rolling",
         "min",
         "foam rolling of the hamstrings",
         false,
         {{"foam rolling", dose_of<Category::foam_roll>}}},
        {"stretch",
         "Static stretching",
         "min",
         "held hamstring stretches",
         true,
         {{"static stretching", dose_of<Category::stretch_static>}}},
        {"warmup_dynamic",
         "Dynamic warm-up",
         "min",
         "dynamic flexibility and mobility drills",
         false,
         {{"dynamic warm-up", dose_of<Category::warmup_dynamic>}}},
        {"ice", "Ice", "min", "cryotherapy", true, {{"ice", dose_of<Category::cryotherapy>}}},
        {"heat", "Heat", "min", "heat rub and wraps", false, {{"heat", dose_of<Category::heat>}}},
        {"cross_training",
         "Cross-training",
         "min",
         "aqua jogging and cycling",
         true,
         {{"cross-training", dose_of<Category::cross_training>}}},
    };
    return groups;
}

std::vector<WeekOfPlan> weeks_of(const ComparisonEntry& entry, const Date as_of) {
    std::vector<WeekOfPlan> weeks;
    if (!entry.metrics || !entry.outcome.plan) {
        return weeks;
    }
    for (const auto& week : entry.metrics->weekly) {
        weeks.push_back({&week, 0});
    }
    for (const auto& session : entry.outcome.plan->sessions) {
        const int day = session.date - as_of;
        if (day < 0 || static_cast<std::size_t>(day / 7) >= weeks.size()) {
            continue;
        }
        for (const auto& item : session.items) {
            if (is_full_speed_sprint(item)) {
                weeks[static_cast<std::size_t>(day / 7)].high_speed_m +=
                    item_dose(item).value_or(0);
            }
        }
    }
    return weeks;
}

std::string missing_reason(const ComparisonEntry& entry) {
    if (!entry.outcome.plan) {
        return "no plan (plugin error)";
    }
    if (entry.outcome.plan->status == PlanStatus::referral) {
        return "no plan (withheld: referral)";
    }
    if (entry.outcome.plan->status == PlanStatus::not_applicable) {
        return "no plan (not applicable)";
    }
    return {};
}

}  // namespace

std::string dose_charts(const Comparison& comparison) {
    const int week_count = (comparison.horizon_days + 6) / 7;
    std::vector<WeekLabel> labels;
    for (int week = 0; week < week_count; ++week) {
        labels.push_back({"W" + std::to_string(week + 1), day_month(comparison.as_of + 7 * week)});
    }
    std::vector<std::vector<WeekOfPlan>> plan_weeks;
    for (const auto& entry : comparison.entries) {
        plan_weeks.push_back(weeks_of(entry, comparison.as_of));
    }

    std::string out;
    for (const auto& group : dose_groups()) {
        BarChart chart{std::string{group.key},
                       std::string{group.title},
                       std::string{group.unit},
                       std::string{group.explanation},
                       {},
                       labels,
                       {}};
        if (group.parts.size() > 1) {
            for (const auto& part : group.parts) {
                chart.parts.emplace_back(part.label);
            }
        }
        bool any_dose = false;
        for (std::size_t index = 0; index < comparison.entries.size(); ++index) {
            const auto& entry = comparison.entries[index];
            BarSeries series{
                entry.outcome.philosophy, philosophy_colour(index), missing_reason(entry), {}};
            for (const auto& week : plan_weeks[index]) {
                std::vector<int> parts;
                for (const auto& part : group.parts) {
                    parts.push_back(part.amount(week));
                    any_dose = any_dose || parts.back() != 0;
                }
                series.weeks.push_back(std::move(parts));
            }
            chart.series.push_back(std::move(series));
        }
        if (group.required || any_dose) {
            out += render_bar_chart(chart);
        }
    }
    return out;
}

}  // namespace coach::report::html
