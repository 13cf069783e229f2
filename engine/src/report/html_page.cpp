#include "coach/counted.hpp"
#include "coach/report.hpp"
#include "report/html_athlete_summary.hpp"
#include "report/html_dose_charts.hpp"
#include "report/html_palette.hpp"
#include "report/html_plan_section.hpp"
#include "report/html_style.hpp"
#include "report/html_text.hpp"
#include "report/html_timeline.hpp"
#include "report/metric_columns.hpp"

namespace coach::report {

namespace {

using html::escape;

std::string status_of(const ComparisonEntry& entry) {
    if (!entry.outcome.plan) {
        return "error";
    }
    return std::string{to_string(entry.outcome.plan->status)};
}

std::string metrics_table(const Comparison& comparison) {
    std::string out =
        "<section id=\"metrics\">\n<h2>Metrics</h2>\n<p class=\"muted\">Computed by the engine "
        "from each plan, the same way for every philosophy, over the "
        + std::to_string(comparison.horizon_days)
        + "-day horizon.</p>\n<div class=\"table-scroll\"><table class=\"metrics\">\n<thead><tr><th>metric</th>";
    for (std::size_t index = 0; index < comparison.entries.size(); ++index) {
        out += "<th><span class=\"swatch\" style=\"background:"
               + std::string{html::philosophy_colour(index)} + "\"></span>"
               + escape(comparison.entries[index].outcome.philosophy) + "</th>";
    }
    out += "</tr></thead>\n<tbody>\n<tr class=\"status\"><td>status</td>";
    for (const auto& entry : comparison.entries) {
        out += "<td class=\"number\">" + status_of(entry) + "</td>";
    }
    out += "</tr>\n";
    for (const auto& column : metric_table) {
        if (column.label.empty()) {
            continue;  // shown in the milestone cells
        }
        out += "<tr><td>" + escape(column.label) + "</td>";
        for (const auto& entry : comparison.entries) {
            const auto value = entry.metrics ? detail::metric_cell(column, *entry.metrics)
                                             : std::optional<std::string>{};
            const bool estimate = value && value->starts_with(detail::projected_mark);
            out += std::string{"<td class=\"number"} + (estimate ? " projected" : "") + "\">"
                   + (value ? escape(*value) : "\u2014") + "</td>";
        }
        out += "</tr>\n";
    }
    out += "</tbody>\n</table></div>\n<p class=\"muted\">* "
           + escape(detail::return_to_sport_note(comparison)) + "; "
           + escape(detail::projected_note)
           + "; all dates are estimates. \u2014 means none.</p>\n</section>\n";
    return out;
}

std::string legend(const Comparison& comparison) {
    std::string out = "<ul class=\"legend\">";
    for (std::size_t index = 0; index < comparison.entries.size(); ++index) {
        out += "<li><span class=\"swatch\" style=\"background:"
               + std::string{html::philosophy_colour(index)} + "\"></span>"
               + escape(comparison.entries[index].outcome.philosophy) + "</li>";
    }
    return out + "</ul>\n";
}

std::string contents(const Comparison& comparison) {
    std::string out =
        "<nav class=\"contents\"><a href=\"#athlete\">Athlete</a><a href=\"#timeline\">Timeline"
        "</a><a href=\"#dose\">Weekly dose</a><a href=\"#metrics\">Metrics</a>";
    for (const auto& entry : comparison.entries) {
        out += "<a href=\"#" + html::plan_anchor(entry.outcome.philosophy) + "\">"
               + escape(entry.outcome.philosophy) + "</a>";
    }
    return out + "</nav>\n";
}

}  // namespace

std::string comparison_html(const Comparison& comparison, const Athlete& athlete) {
    const std::string title = "Hamstring rehabilitation plans for " + comparison.athlete + " as of "
                              + comparison.as_of.iso();
    std::string out =
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<title>"
        + escape(title) + "</title>\n<style>" + std::string{html::page_style()}
        + "</style>\n</head>\n<body>\n";
    out += "<header>\n<h1>" + escape(title) + "</h1>\n<p class=\"lede\">"
           + counted(comparison.entries.size(), "philosophy", "philosophies")
           + " compared on the same record over " + counted(comparison.horizon_days, "day")
           + ". Decision support for a clinician: every date is an estimate, and return to "
             "sport means "
           + escape(detail::return_to_sport_note(comparison)) + ".</p>\n";
    out += contents(comparison) + "</header>\n";
    out += html::referrals_section(comparison);
    out += html::athlete_section(athlete, comparison);
    out +=
        "<section id=\"timeline\">\n<h2>Timeline</h2>\n<p class=\"muted\">Each philosophy's "
        "phases and estimated milestones on one date axis.</p>\n";
    out += html::timeline(comparison, athlete) + "</section>\n";
    out += "<section id=\"dose\">\n<h2>Weekly dose</h2>\n<p class=\"muted\">Week 1 starts on "
           + comparison.as_of.iso()
           + ". One colour per philosophy; hover a bar for its exact value.</p>\n";
    out += legend(comparison) + "<div class=\"charts\">\n";
    out += html::dose_charts(comparison) + "</div>\n</section>\n";
    out += metrics_table(comparison);
    for (std::size_t index = 0; index < comparison.entries.size(); ++index) {
        out += html::plan_section(comparison.entries[index], index);
    }
    out +=
        "<footer>Made by coach from the plans above; each plan names the plugin library it "
        "came from. Not a clearance to return to sport.</footer>\n</body>\n</html>\n";
    return out;
}

}  // namespace coach::report
