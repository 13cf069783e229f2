#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace coach::report::html {

// One philosophy's bars: per week, the stacked parts of the bar, bottom first.
struct BarSeries {
    std::string name;
    std::string_view colour;
    std::string missing;  // why there are no bars (no plan), or empty
    std::vector<std::vector<int>> weeks;
};

// Where a week's group of bars sits on the x axis.
struct WeekLabel {
    std::string number;  // "W1"
    std::string start;   // "5 Oct"
};

// A grouped bar chart: one group per week, one bar per philosophy, each bar stacked from
// `parts` (a solid part, then lighter ones).
struct BarChart {
    std::string key;          // data-chart attribute: the category or group
    std::string title;        // "Strength volume"
    std::string unit;         // "reps"
    std::string explanation;  // what is counted, for the caption
    std::vector<std::string> parts;
    std::vector<WeekLabel> weeks;
    std::vector<BarSeries> series;
};

// The chart as <figure data-chart="key">: a caption with the title, unit, the key to stacked
// parts and each philosophy's total in its colour (the chart's legend), then an inline <svg>
// with a <title>, an aria-label stating the totals, y ticks, week labels, a tooltip on each bar
// and its value above it where the value fits. Deterministic.
std::string render_bar_chart(const BarChart& chart);

}  // namespace coach::report::html
