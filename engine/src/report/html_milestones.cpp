#include <algorithm>
#include <array>
#include <optional>

#include "report/html_timeline_parts.hpp"

namespace coach::report::html::timeline_parts {

namespace {

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

// What a marker means in the legend, for measured and projected markers alike: no "criteria
// met", which only a measured return to sport may say (its title does).
constexpr std::string_view milestone_meaning(MilestoneKind kind) {
    switch (kind) {
        case MilestoneKind::return_to_run:
            return "return to run (estimate)";
        case MilestoneKind::full_speed:
            return "full speed (estimate)";
        case MilestoneKind::return_to_sport:
            return "return to sport (estimate), clinician sign-off required";
    }
    return "";
}

// A marker's title: "return to run (estimate): 2026-10-20", "return to sport (estimate):
// criteria met, clinician sign-off required: 2026-10-20"; resting on the projection, "... (earliest
// estimate on the projected course, to be reassessed)", and never "criteria met" with it.
std::string milestone_title(const Milestone& milestone) {
    const std::string day = milestone.day.iso();
    if (milestone.kind == MilestoneKind::return_to_sport) {
        return milestone.projected
                   ? "return to sport: " + day + " ("
                         + std::string{projected_return_to_sport_wording} + "; to be reassessed)"
                   : "return to sport (estimate): " + std::string{return_to_sport_wording} + ": "
                         + day;
    }
    return std::string{milestone_meaning(milestone.kind)} + ": " + day
           + (milestone.projected ? " (earliest estimate on the projected course, to be reassessed)"
                                  : "");
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

}  // namespace

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
        out += "<g><title>" + escape(milestone_title(milestone)) + "</title>";
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

std::string milestone_legend(double y) {
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

}  // namespace coach::report::html::timeline_parts
