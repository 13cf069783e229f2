#include <algorithm>
#include <charconv>

#include "coach/cohort_summary.hpp"
#include "coach/counted.hpp"
#include "coach/text_table.hpp"

namespace coach::report {

namespace {

std::string label(const MetricInfo& metric) {
    return std::string{metric.label};
}

// "16 [14-19]": median, then the interquartile range.
std::string median_and_quartiles(const ValueCounts& values) {
    if (values.empty()) {
        return "-";
    }
    return format_quantile(values.median()) + " [" + format_quantile(values.first_quartile()) + "-"
           + format_quantile(values.third_quartile()) + "]";
}

std::string counts_line(const CohortSummary& summary) {
    std::string line =
        "Cohort" + std::string{summary.complete ? "" : " (interrupted)"} + ": "
        + report::counted(summary.records, "record") + ": " + std::to_string(summary.ok) + " ok, "
        + std::to_string(summary.referral) + " referral, "
        + (summary.not_applicable > 0 ? std::to_string(summary.not_applicable) + " not applicable, "
                                      : "")
        + std::to_string(summary.rejected) + " rejected";
    if (summary.blank_lines > 0) {
        line += " (" + report::counted(summary.blank_lines, "blank line") + " skipped)";
    }
    line += "\n";
    if (summary.with_warnings > 0) {
        line += report::counted(summary.with_warnings, "record")
                + " with warnings, each listed in its result line (\"warnings\")\n";
    }
    if (summary.duplicate_ids > 0) {
        line += report::counted(summary.duplicate_ids, "record")
                + (summary.duplicate_ids == 1 ? " repeats" : " repeat")
                + " an earlier athlete id (planned, with a warning)\n";
    }
    return line;
}

std::string overall_table(const CohortSummary& summary, const std::vector<CohortGroup>& overall,
                          std::size_t width) {
    std::vector<std::string> header{"median [Q1-Q3]"};
    for (const auto& philosophy : summary.philosophies) {
        header.push_back(philosophy.id);
    }
    TextTable table{header};
    const auto count_row = [&](std::string name, std::uint64_t CohortGroup::*field) {
        std::vector<std::string> cells{std::move(name)};
        for (const auto& group : overall) {
            cells.push_back(std::to_string(group.*field));
        }
        table.add_row(std::move(cells));
    };
    count_row("plans ok", &CohortGroup::ok);
    count_row("plans withheld (referral)", &CohortGroup::referral);
    count_row("not applicable", &CohortGroup::not_applicable);
    count_row("plugin errors", &CohortGroup::error);
    table.add_rule();
    for (std::size_t i = 0; i < numeric_metrics.size(); ++i) {
        std::vector<std::string> cells{label(numeric_metrics[i])};
        for (const auto& group : overall) {
            cells.push_back(median_and_quartiles(group.metrics[i]));
        }
        table.add_row(std::move(cells));
    }
    return table.render(width);
}

std::string by_grade_table(const CohortSummary& summary, std::size_t width) {
    std::vector<std::string> header{"median by injury grade"};
    for (int grade = 0; grade < injury_grade_count; ++grade) {
        header.push_back("grade " + std::to_string(grade));
    }
    TextTable table{header};
    bool first = true;
    for (const auto& philosophy : summary.philosophies) {
        if (!first) {
            table.add_rule();
        }
        first = false;
        table.add_row({philosophy.id});
        std::vector<std::string> plans{"  plans ok"};
        for (const auto& group : philosophy.by_grade) {
            plans.push_back(std::to_string(group.ok));
        }
        table.add_row(std::move(plans));
        for (std::size_t i = 0; i < numeric_metrics.size(); ++i) {
            std::vector<std::string> cells{"  " + label(numeric_metrics[i])};
            for (const auto& group : philosophy.by_grade) {
                cells.push_back(format_quantile(group.metrics[i].median()));
            }
            table.add_row(std::move(cells));
        }
    }
    return table.render(width);
}

}  // namespace

std::string format_quantile(const std::optional<double>& value) {
    if (!value) {
        return "-";
    }
    char buffer[32];
    const auto written = std::to_chars(buffer, buffer + sizeof buffer, *value);
    return std::string(buffer, written.ptr);
}

std::string cohort_summary_table(const CohortSummary& summary, std::size_t width) {
    std::string out = fit_lines(counts_line(summary), width);
    if (summary.philosophies.empty()) {
        return out;
    }
    std::vector<CohortGroup> overall;
    for (const auto& philosophy : summary.philosophies) {
        overall.push_back(philosophy.overall());
    }
    out += '\n';
    out += overall_table(summary, overall, width);
    out += fit_lines(
        "Figures describe the plans, not outcomes: every day count is an estimate.\n"
        "~ planned on the projected course of recovery, to be reassessed.\n",
        width);
    out += '\n';
    out += by_grade_table(summary, width);
    return out;
}

}  // namespace coach::report
