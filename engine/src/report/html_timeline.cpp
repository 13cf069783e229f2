#include "report/html_timeline.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <vector>

#include "report/html_palette.hpp"
#include "report/html_text.hpp"
#include "report/html_timeline_parts.hpp"

namespace coach::report::html {

namespace {

using namespace timeline_parts;

Axis axis_for(const Comparison& comparison, const Athlete& athlete) {
    const Date horizon_last = comparison.as_of + (comparison.horizon_days - 1);
    Axis axis{comparison.as_of, horizon_last, comparison.as_of, horizon_last};
    const auto include = [&axis](Date day) {
        axis.first = std::min(axis.first, day);
        axis.last = std::max(axis.last, day);
    };
    for (const auto& entry : comparison.entries) {
        if (!entry.outcome.plan) {
            continue;
        }
        for (const auto& phase : entry.outcome.plan->phases) {
            include(phase.start);
            include(phase.end);
        }
        for (const auto& milestone : milestones_of(*entry.outcome.plan)) {
            include(milestone.day);
        }
    }
    const int days_since_injury = comparison.as_of - athlete.injury.date;
    if (days_since_injury >= 0 && days_since_injury <= injury_context_days) {
        include(athlete.injury.date);
    }
    return axis;
}

std::string lane_status(const ComparisonEntry& entry) {
    if (!entry.outcome.plan) {
        return "plugin error";
    }
    const auto& plan = *entry.outcome.plan;
    if (plan.status == PlanStatus::referral) {
        return "withheld: referral";
    }
    if (plan.status == PlanStatus::not_applicable) {
        return "not applicable";
    }
    const bool advised =
        std::any_of(plan.referrals.begin(), plan.referrals.end(),
                    [](const Referral& r) { return r.level == ReferralLevel::advise; });
    return plan.philosophy.version + (advised ? " \u00b7 see referral" : "");
}

std::string phase_bars(const Plan& plan, const Axis& axis, double top, std::string_view colour) {
    std::string out;
    bool darker = false;
    for (const auto& phase : plan.phases) {
        const double x1 = axis.x(phase.start);
        const double x2 = axis.x(phase.end + 1);
        out += "<g><title>"
               + escape(phase.name + ": " + phase.start.iso() + " to " + phase.end.iso()
                        + (phase.goal.empty() ? "" : ". " + phase.goal))
               + "</title>";
        out += "<rect x=\"" + c(x1) + "\" y=\"" + c(top + bar_top) + "\" width=\"" + c(x2 - x1)
               + "\" height=\"" + c(bar_height) + "\" rx=\"3\" fill=\"" + std::string{colour}
               + "\" fill-opacity=\"" + (darker ? "0.5" : "0.25") + "\" stroke=\""
               + std::string{colour} + "\"/>";
        const auto fit = static_cast<std::size_t>(std::max(0.0, (x2 - x1 - 10) / char_width));
        if (fit >= 4) {
            out += text(x1 + 5, top + bar_top + 18, "start", "phase", shorten(phase.name, fit));
        }
        out += "</g>";
        darker = !darker;
    }
    return out;
}

std::string lane(const ComparisonEntry& entry, std::size_t index, const Axis& axis, double top) {
    const auto colour = philosophy_colour(index);
    std::string out = "<g class=\"lane\">";
    out += "<rect x=\"0\" y=\"" + c(top + 6) + "\" width=\"6\" height=\"" + c(lane_height - 12)
           + "\" fill=\"" + std::string{colour} + "\"/>";
    out += text(14, top + 24, "start", "lane-name",
                shorten(entry.outcome.philosophy, max_lane_name_chars));
    out += text(14, top + 42, "start", "lane-status", lane_status(entry));
    const double message_x = axis.x(axis.horizon_first) + 8;
    const auto fit = static_cast<std::size_t>((plot_right - message_x - 8) / char_width);
    if (!entry.outcome.plan) {
        out += "<g><title>" + escape(entry.outcome.error) + "</title>";
        out += text(message_x, top + 30, "start", "lane-error",
                    shorten("no plan: " + entry.outcome.error, fit));
        out += "</g>";
    } else if (entry.outcome.plan->status == PlanStatus::referral) {
        std::string reasons;
        for (const auto& referral : entry.outcome.plan->referrals) {
            if (referral.level == ReferralLevel::stop) {
                reasons += (reasons.empty() ? "" : "; ") + referral.reason;
            }
        }
        out += text(message_x, top + 30, "start", "lane-error",
                    shorten("plan withheld, see a clinician: " + reasons, fit));
    } else if (entry.outcome.plan->status == PlanStatus::not_applicable) {
        out += "<g><title>" + escape(entry.outcome.plan->reason) + "</title>";
        out += text(message_x, top + 30, "start", "lane-status",
                    shorten("not applicable: " + entry.outcome.plan->reason, fit));
        out += "</g>";
    } else {
        out += phase_bars(*entry.outcome.plan, axis, top, colour);
        out += milestone_markers(*entry.outcome.plan, axis, top, colour);
    }
    out += "</g>\n";
    return out;
}

}  // namespace

std::string timeline(const Comparison& comparison, const Athlete& athlete) {
    const auto axis = axis_for(comparison, athlete);
    const double lanes_bottom =
        header_height + lane_height * static_cast<double>(comparison.entries.size());
    const double height = lanes_bottom + 30;

    std::string out = "<figure class=\"timeline\" id=\"timeline\">\n";
    out += "<svg viewBox=\"0 0 " + c(width) + " " + c(height)
           + "\" role=\"img\" aria-label=\"Timeline of each philosophy's phases and milestones "
             "from "
           + axis.first.iso() + " to " + axis.last.iso() + ", as of " + comparison.as_of.iso()
           + "\"><title>Phases and milestones, " + axis.first.iso() + " to " + axis.last.iso()
           + "</title>\n";

    if (axis.last > axis.horizon_last) {
        const double x = axis.x(axis.horizon_last + 1);
        out += "<rect x=\"" + c(x) + "\" y=\"" + c(header_height - 4) + "\" width=\""
               + c(plot_right - x) + "\" height=\"" + c(lanes_bottom - header_height + 4)
               + "\" class=\"beyond\"/>";
        out += text(plot_right - 2, 14, "end", "note", "after the horizon");
    }

    // Week ticks from as_of, thinned so that the labels stay readable.
    const int weeks_on_axis = (axis.days() + 6) / 7;
    const int tick_weeks = std::max(1, (weeks_on_axis + max_ticks - 1) / max_ticks);
    const int first_week = -((comparison.as_of - axis.first) / 7);
    out += "<g class=\"axis\">";
    for (int week = first_week; comparison.as_of + 7 * week <= axis.last; ++week) {
        if (week % tick_weeks != 0) {
            continue;
        }
        const Date day = comparison.as_of + 7 * week;
        const double x = axis.x(day);
        out += line(x, header_height - 4, lanes_bottom, "grid");
        out += text(x + 3, header_height - 10, "start", "tick", day_month(day));
    }
    out += "</g>\n";

    double top = header_height;
    for (std::size_t index = 0; index < comparison.entries.size(); ++index) {
        out += "<line x1=\"0\" x2=\"" + c(plot_right) + "\" y1=\"" + c(top) + "\" y2=\"" + c(top)
               + "\" class=\"lane-rule\"/>";
        out += lane(comparison.entries[index], index, axis, top);
        top += lane_height;
    }

    if (axis.shows(athlete.injury.date)) {
        const double x = axis.x(athlete.injury.date);
        out += line(x, 18, lanes_bottom, "injury-line");
        out += text(x - 3, 14, "end", "injury", "injury " + day_month(athlete.injury.date));
    }
    if (athlete.goal && athlete.goal->date && axis.shows(*athlete.goal->date)) {
        const double x = axis.x(*athlete.goal->date);
        out += line(x, 18, lanes_bottom, "goal-line");
        out += text(x - 3, 14, "end", "goal", "goal: " + athlete.goal->event);
    }
    const double as_of_x = axis.x(comparison.as_of);
    out += line(as_of_x, 18, lanes_bottom, "as-of-line");
    out += text(as_of_x + 3, 14, "start", "as-of", "as of " + day_month(comparison.as_of));

    out += milestone_legend(lanes_bottom + 18);
    out += "</svg>\n";
    if (athlete.goal && athlete.goal->date && !axis.shows(*athlete.goal->date)) {
        out += "<figcaption>Goal " + escape(athlete.goal->event) + " on "
               + escape(athlete.goal->date->iso()) + " lies beyond this axis.</figcaption>\n";
    }
    out += "</figure>\n";
    return out;
}

}  // namespace coach::report::html
