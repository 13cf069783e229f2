#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "coach/results.hpp"
#include "report/html_text.hpp"

// The pieces of the timeline figure (html_timeline.hpp) shared by its lanes and its milestone
// markers: the layout in SVG user units, the date axis, and small SVG writers. Internal.
namespace coach::report::html::timeline_parts {

inline constexpr double width = 1160;
inline constexpr double plot_left = 210;
inline constexpr double plot_right = width - 16;
inline constexpr double header_height = 44;
inline constexpr double lane_height = 84;
inline constexpr double bar_top = 10;
inline constexpr double bar_height = 28;
inline constexpr double marker_row_top = 46;
inline constexpr double label_row_offset = 18;  // baseline of the first label row below the markers
inline constexpr double label_row_height = 14;
inline constexpr double char_width = 6.3;  // rough glyph width at 11 px
inline constexpr int injury_context_days = 14;
inline constexpr int max_ticks = 13;
inline constexpr std::size_t max_lane_name_chars = 24;  // what fits left of the axis at 13 px bold

inline std::string c(double value) {
    return coordinate(value);
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

struct Milestone {
    MilestoneKind kind;
    Date day;
    bool projected = false;  // an earliest estimate on the projected course
};

// A plan's milestones in date order.
std::vector<Milestone> milestones_of(const Plan& plan);

// Markers in one row under the phase bars of a lane starting at `top`; their labels beneath in two
// rows, placed so that they do not overlap, return to sport first (a label with no room left is
// only in the tooltip).
std::string milestone_markers(const Plan& plan, const Axis& axis, double top,
                              std::string_view colour);

// The key to the three milestone markers, in one row at baseline `y`.
std::string milestone_legend(double y);

inline std::string line(double x, double y1, double y2, std::string_view css_class) {
    return "<line x1=\"" + c(x) + "\" x2=\"" + c(x) + "\" y1=\"" + c(y1) + "\" y2=\"" + c(y2)
           + "\" class=\"" + std::string{css_class} + "\"/>";
}

inline std::string text(double x, double y, std::string_view anchor, std::string_view css_class,
                        const std::string& content) {
    return "<text x=\"" + c(x) + "\" y=\"" + c(y) + "\" text-anchor=\"" + std::string{anchor}
           + "\" class=\"" + std::string{css_class} + "\">" + escape(content) + "</text>";
}

}  // namespace coach::report::html::timeline_parts
