#include "report/html_timeline.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <vector>

#include "report/html_palette.hpp"
#include "report/html_text.hpp"

namespace coach::report::html {

namespace {

constexpr double width = 1160;
constexpr double plot_left = 210;
constexpr double plot_right = width - 16;
constexpr double header_height = 44;
constexpr double lane_height = 84;
constexpr double bar_top = 10;
constexpr double bar_height = 28;
constexpr double marker_row_top = 46;
constexpr double label_row_offset = 18;  // baseline of the first label row below the markers
constexpr double label_row_height = 14;
constexpr double char_width = 6.3;  // rough glyph width at 11 px
constexpr int injury_context_days = 14;
constexpr int max_ticks = 13;
constexpr std::size_t max_lane_name_chars = 24;  // what fits left of the axis at 13 px bold

std::string c(double value) {
    return coordinate(value);
}

struct Milestone {
    MilestoneKind kind;
    Date day;
    bool projected = false;  // an earliest estimate on the projected course
};

constexpr std::string_view milestone_label(MilestoneKind kind) {
    switch (kind) {
        case MilestoneKind::return_to_run:
            return "run";
        case MilestoneKind::full_speed:
            return "full speed";
        case MilestoneKind::return_to_sport:
            return "sport*";
    }
    return "";
}

constexpr std::string_view milestone_meaning(MilestoneKind kind) {
    switch (kind) {
        case MilestoneKind::return_to_run:
            return "return to run (estimate)";
        case MilestoneKind::full_speed:
            return "full speed (estimate)";
        case MilestoneKind::return_to_sport:
            return "return to sport (estimate): criteria met, clinician sign-off required";
    }
    return "";
}

std::string marker(MilestoneKind kind, double x, double y, std::string_view colour) {
    const std::string style = "fill=\"" + std::string{colour} + "\" class=\"marker\"";
    switch (kind) {
        case MilestoneKind::return_to_run:
            return "<circle cx=\"" + c(x) + "\" cy=\"" + c(y) + "\" r=\"5\" " + style + "/>";
        case MilestoneKind::full_speed:
            return "<path d=\"M" + c(x) + " " + c(y - 6) + "L" + c(x + 6) + " " + c(y + 5) + "L"
                   + c(x - 6) + " " + c(y + 5) + "Z\" " + style + "/>";
        case MilestoneKind::return_to_sport:
            return "<path d=\"M" + c(x) + " " + c(y - 6) + "L" + c(x + 6) + " " + c(y) + "L" + c(x)
                   + " " + c(y + 6) + "L" + c(x - 6) + " " + c(y) + "Z\" " + style + "/>";
    }
    return "";
}

std::vector<Milestone> milestones_of(const Plan& plan) {
    std::vector<Milestone> found;
    for (const auto kind : {MilestoneKind::return_to_run, MilestoneKind::full_speed,
                            MilestoneKind::return_to_sport}) {
        if (const auto day = plan.milestones.date(kind)) {
            found.push_back({kind, *day, plan.milestones.is_projected(kind)});
        }
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const Milestone& a, const Milestone& b) { return a.day < b.day; });
    return found;
}

// The days the axis shows: the horizon, every phase and milestone, and the injury day when it
// is recent enough to give context.
struct Axis {
    Date first;
    Date last;
    Date horizon_first;
    Date horizon_last;

    int days() const { return last - first + 1; }
    double day_width() const { return (plot_right - plot_left) / days(); }
    double x(Date day) const { return plot_left + (day - first) * day_width(); }
    bool shows(Date day) const { return day >= first && day <= last; }
};

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

std::string line(double x, double y1, double y2, std::string_view css_class) {
    return "<line x1=\"" + c(x) + "\" x2=\"" + c(x) + "\" y1=\"" + c(y1) + "\" y2=\"" + c(y2)
           + "\" class=\"" + std::string{css_class} + "\"/>";
}

std::string text(double x, double y, std::string_view anchor, std::string_view css_class,
                 const std::string& content) {
    return "<text x=\"" + c(x) + "\" y=\"" + c(y) + "\" text-anchor=\"" + std::string{anchor}
           + "\" class=\"" + std::string{css_class} + "\">" + escape(content) + "</text>";
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

// Markers in one row under the phase bars; their labels beneath in two rows, placed so that they
// do not overlap, return to sport first (a label with no room left is only in the tooltip).
std::string milestone_markers(const Plan& plan, const Axis& axis, double top,
                              std::string_view colour) {
    struct Span {
        double start;
        double end;
    };
    std::array<std::vector<Span>, 2> rows;
    const auto free_row = [&rows](Span wanted) -> std::optional<std::size_t> {
        for (std::size_t row = 0; row < rows.size(); ++row) {
            if (std::none_of(rows[row].begin(), rows[row].end(), [wanted](Span taken) {
                    return wanted.start < taken.end + 8 && taken.start < wanted.end + 8;
                })) {
                return row;
            }
        }
        return std::nullopt;
    };
    auto milestones = milestones_of(plan);
    std::stable_sort(milestones.begin(), milestones.end(), [](Milestone a, Milestone b) {
        return a.kind == MilestoneKind::return_to_sport && b.kind != MilestoneKind::return_to_sport;
    });

    std::string out;
    const double marker_y = top + marker_row_top;
    for (const auto& milestone : milestones) {
        const double x = axis.x(milestone.day) + axis.day_width() / 2;
        const std::string label = (milestone.projected ? "~" : "")
                                  + std::string{milestone_label(milestone.kind)} + " "
                                  + day_month(milestone.day);
        const double label_width = static_cast<double>(char_count(label)) * char_width;
        const bool right = x - 5 + label_width <= plot_right;
        const Span span =
            right ? Span{x - 5, x - 5 + label_width} : Span{x + 5 - label_width, x + 5};
        out += "<g><title>"
               + escape(std::string{milestone_meaning(milestone.kind)} + ": " + milestone.day.iso()
                        + (milestone.projected
                               ? " (earliest estimate on the projected course, to be reassessed)"
                               : ""))
               + "</title>";
        out += line(x, top + bar_top + bar_height, marker_y - 6, "milestone-stem");
        out += marker(milestone.kind, x, marker_y, colour);
        if (const auto row = free_row(span)) {
            const double y =
                marker_y + label_row_offset + label_row_height * static_cast<double>(*row);
            out += text(right ? x - 5 : x + 5, y, right ? "start" : "end", "milestone", label);
            rows[*row].push_back(span);
        }
        out += "</g>";
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

std::string legend(double y) {
    std::string out = "<g class=\"legend\">";
    double x = plot_left;
    for (const auto kind : {MilestoneKind::return_to_run, MilestoneKind::full_speed,
                            MilestoneKind::return_to_sport}) {
        out += marker(kind, x, y, "#777777");
        const std::string meaning{milestone_meaning(kind)};
        out += text(x + 10, y + 4, "start", "milestone", meaning);
        x += 26 + static_cast<double>(meaning.size()) * char_width;
    }
    out += "</g>";
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

    out += legend(lanes_bottom + 18);
    out += "</svg>\n";
    if (athlete.goal && athlete.goal->date && !axis.shows(*athlete.goal->date)) {
        out += "<figcaption>Goal " + escape(athlete.goal->event) + " on "
               + escape(athlete.goal->date->iso()) + " lies beyond this axis.</figcaption>\n";
    }
    out += "</figure>\n";
    return out;
}

}  // namespace coach::report::html
