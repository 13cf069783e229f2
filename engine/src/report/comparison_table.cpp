#include <algorithm>

#include "coach/counted.hpp"
#include "coach/printable.hpp"
#include "coach/report.hpp"
#include "coach/sdk/catalog.hpp"
#include "coach/text_table.hpp"
#include "report/metric_columns.hpp"

namespace coach::report {

namespace {

// The course every philosophy planned on, in one line, or "" when none was built. Its dates are
// estimates ("~", as the table marks them), and not any plan's milestones: each plan's own
// follow from its criteria, in the table.
std::string projection_line(const Projection& projection) {
    if (projection.published_days == 0) {
        return {};
    }
    return "course of recovery (estimated from published recovery times, docs/DESIGN.md; each "
           "plan's own milestones are in the table): pain-free walking ~"
           + projection.pain_free_walking.iso() + ", return to sport ~"
           + projection.return_to_sport.iso() + "\n";
}

// Why a comparison has no plan to show: the plugins that failed, by name and with what went
// wrong, when failures rather than the safety gate or the injury's region left nothing.
std::string no_plan_line(const Comparison& comparison) {
    std::string failures;
    bool others = false;
    for (const auto& entry : comparison.entries) {
        if (entry.outcome.plan) {
            others = true;
        } else {
            failures += (failures.empty() ? "" : "; ") + printable(entry.outcome.error);
        }
    }
    if (failures.empty()) {
        return "No plan to compare: every philosophy was withheld or does not apply (see above).\n";
    }
    return "No plan to compare: " + failures
           + (others ? "; every other philosophy was withheld or does not apply (see above).\n"
                     : ".\n");
}

// Where each plan's advice comes from: its sources, numbered, under the philosophy's name.
std::string sources_section(const Comparison& comparison) {
    std::string out;
    for (const auto& entry : comparison.entries) {
        if (!entry.outcome.plan || entry.outcome.plan->sources.empty()) {
            continue;
        }
        out += printable(entry.outcome.philosophy) + ":\n";
        int number = 0;
        for (const auto& source : entry.outcome.plan->sources) {
            out += "  " + std::to_string(++number) + ". " + printable(source) + "\n";
        }
    }
    return out.empty() ? out : "\nSources\n" + out;
}

}  // namespace

std::string comparison_table(const Comparison& comparison, std::size_t width) {
    std::string out = "Comparison for " + printable(comparison.athlete) + " as of "
                      + comparison.as_of.iso() + ", " + counted(comparison.horizon_days, "day")
                      + "\n";
    std::vector<std::string> header{"metric"};
    for (const auto& entry : comparison.entries) {
        header.push_back(entry.outcome.philosophy);
    }
    // The gate's findings once, for every philosophy; then what each plan adds.
    for (const auto& referral : comparison.gate) {
        out += "referral (" + std::string{to_string(referral.level)}
               + ", safety gate, every plan): " + printable(referral.reason) + "\n";
    }
    for (const auto& entry : comparison.entries) {
        if (!entry.outcome.plan) {
            out += "error: " + printable(entry.outcome.error) + "\n";
            continue;
        }
        const auto& plan = *entry.outcome.plan;
        if (plan.status == PlanStatus::not_applicable) {
            out += "not applicable (" + printable(entry.outcome.philosophy)
                   + "): " + printable(plan.reason) + "\n";
        }
        for (const auto& referral : plan.referrals) {
            if (std::find(comparison.gate.begin(), comparison.gate.end(), referral)
                == comparison.gate.end()) {
                out += "referral (" + std::string{to_string(referral.level)} + ", "
                       + printable(entry.outcome.philosophy) + "): " + printable(referral.reason)
                       + "\n";
            }
        }
    }
    if (!comparison.unused_log_note.empty()) {
        out += "note: " + printable(comparison.unused_log_note) + "\n";
    }

    // A withheld or not applicable plan has no dose to compare: its cells say "-", not 0 sessions
    // and every day a rest day. With no plan at all there is no table, and no course either: a
    // red flag that withholds every plan may mean an injury other than the one projected.
    const auto planned = [](const ComparisonEntry& entry) {
        return entry.outcome.plan && entry.outcome.plan->status == PlanStatus::ok;
    };
    if (std::none_of(comparison.entries.begin(), comparison.entries.end(), planned)) {
        out += "\n" + no_plan_line(comparison);
        return fit_lines(out, width);
    }
    out += projection_line(comparison.projection);
    out += "\n";

    TextTable metrics{header};
    std::vector<std::string> status{"status"};
    for (const auto& entry : comparison.entries) {
        status.push_back(entry.outcome.plan ? std::string{to_string(entry.outcome.plan->status)}
                                            : "error");
    }
    metrics.add_row(status);
    for (const auto& column : metric_table) {
        if (column.label.empty()) {
            continue;  // shown in the milestone cells
        }
        std::vector<std::string> cells{std::string{column.label}};
        for (const auto& entry : comparison.entries) {
            cells.push_back(entry.metrics && planned(entry)
                                ? detail::metric_cell(column, *entry.metrics).value_or("-")
                                : "-");
        }
        metrics.add_row(std::move(cells));
    }
    out += metrics.render(width);
    out += "* " + std::string{detail::return_to_sport_note(comparison)}
           + "; all dates are estimates\n";
    out += std::string{detail::projected_note} + "\n";
    out += std::string{detail::absent_note} + "\n";

    // Week by week: each category any philosophy doses, in its unit.
    TextTable weekly{[&header] {
        auto copy = header;
        copy.front() = "week: dose";
        return copy;
    }()};
    const int weeks = (comparison.horizon_days + 6) / 7;
    for (int week = 0; week < weeks; ++week) {
        bool any_row = false;
        for (const auto& [category, name] : enum_names<Category>::table) {
            if (category == Category::rest || category == Category::assessment) {
                continue;
            }
            std::vector<std::string> cells{"W" + std::to_string(week + 1) + " " + std::string{name}
                                           + " (" + std::string{to_string(dose_unit(category))}
                                           + ")"};
            bool any = false;
            for (const auto& entry : comparison.entries) {
                const auto& series = entry.metrics && planned(entry) ? entry.metrics->weekly
                                                                     : std::vector<WeeklyDose>{};
                const int dose = static_cast<std::size_t>(week) < series.size()
                                     ? series[static_cast<std::size_t>(week)][category]
                                     : 0;
                any = any || dose != 0;
                cells.push_back(dose != 0 ? std::to_string(dose) : ".");
            }
            if (any) {
                weekly.add_row(std::move(cells));
                any_row = true;
            }
        }
        if (any_row && week + 1 < weeks) {
            weekly.add_rule();
        }
    }
    out += "\nWeekly dose per category\n" + std::string{detail::weekly_note} + "\n"
           + weekly.render(width);
    out += sources_section(comparison);
    return fit_lines(out, width);
}

}  // namespace coach::report
