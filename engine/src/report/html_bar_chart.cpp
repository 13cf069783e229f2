#include "report/html_bar_chart.hpp"

#include <algorithm>
#include <array>
#include <numeric>

#include "report/html_text.hpp"

namespace coach::report::html {

namespace {

constexpr double chart_width = 580;
constexpr double plot_left = 52;
constexpr double plot_right = chart_width - 10;
constexpr double plot_height = 170;
constexpr double max_bar_width = 34;
constexpr int max_week_labels = 9;
// Rough glyph widths of the system sans-serif, to lay labels out without measuring them.
constexpr double value_char_width = 5.6;
constexpr double min_upright_bar_width = 8;
constexpr double upright_label_room = 30;
constexpr std::array<double, 3> part_opacity = {1.0, 0.45, 0.2};

std::string c(double value) {
    return coordinate(value);
}

int total(const std::vector<int>& parts) {
    return std::accumulate(parts.begin(), parts.end(), 0);
}

int series_total(const BarSeries& series) {
    int sum = 0;
    for (const auto& week : series.weeks) {
        sum += total(week);
    }
    return sum;
}

bool fits_across(int value, double bar_width) {
    return static_cast<double>(std::to_string(value).size()) * value_char_width <= bar_width + 3;
}

// Values go above the bars, across when every one fits the bar's width, else turned upright;
// on bars too thin even for that, only the tooltips give them.
enum class ValueLabels { across, upright, none };

ValueLabels value_labels(const BarChart& chart, double bar_width) {
    if (bar_width < min_upright_bar_width) {
        return ValueLabels::none;
    }
    for (const auto& series : chart.series) {
        for (const auto& week : series.weeks) {
            if (!fits_across(total(week), bar_width)) {
                return ValueLabels::upright;
            }
        }
    }
    return ValueLabels::across;
}

std::string total_text(const BarSeries& series, const std::string& unit) {
    if (!series.missing.empty()) {
        return series.name + ": " + series.missing;
    }
    return series.name + ": " + std::to_string(series_total(series)) + " " + unit;
}

// Each philosophy's total over the horizon, those that dose this first, with its colour; then
// those that do not, in one muted line.
std::string totals(const BarChart& chart) {
    std::string dosed;
    std::string undosed;
    for (const auto& series : chart.series) {
        const int sum = series_total(series);
        if (series.missing.empty() && sum > 0) {
            dosed += "<li><span class=\"swatch\" style=\"background:" + std::string{series.colour}
                     + "\"></span>" + escape(series.name) + " <strong>" + std::to_string(sum)
                     + "</strong> " + escape(chart.unit) + "</li>";
        } else {
            undosed += (undosed.empty() ? "" : ", ") + escape(series.name)
                       + (series.missing.empty() ? "" : " (" + escape(series.missing) + ")");
        }
    }
    std::string out = "<ul class=\"totals\">" + dosed;
    if (!undosed.empty()) {
        out += "<li class=\"none\">none: " + undosed + "</li>";
    }
    return out + "</ul>";
}

std::string parts_key(const BarChart& chart) {
    if (chart.parts.size() < 2) {
        return {};
    }
    std::string out = "<span class=\"parts\">";
    for (std::size_t part = 0; part < chart.parts.size(); ++part) {
        out += "<span class=\"swatch\" style=\"background:#555;opacity:"
               + c(part_opacity[std::min(part, part_opacity.size() - 1)]) + "\"></span>"
               + escape(chart.parts[part]) + " ";
    }
    return out + "</span>";
}

std::string aria_label(const BarChart& chart) {
    std::string text = chart.title + ", " + chart.unit + " per week. Totals over the horizon: ";
    for (std::size_t i = 0; i < chart.series.size(); ++i) {
        text += (i == 0 ? "" : "; ") + total_text(chart.series[i], chart.unit);
    }
    return text + ".";
}

std::string bar_tooltip(const BarChart& chart, const BarSeries& series, std::size_t week,
                        const std::vector<int>& parts) {
    std::string text = series.name + ", week " + std::to_string(week + 1) + " (from "
                       + chart.weeks[week].start + "): " + std::to_string(total(parts)) + " "
                       + chart.unit;
    if (parts.size() > 1) {
        text += " (";
        for (std::size_t part = 0; part < parts.size() && part < chart.parts.size(); ++part) {
            text += (part == 0 ? "" : ", ") + chart.parts[part] + " " + std::to_string(parts[part]);
        }
        text += ")";
    }
    return text;
}

// A round step and top for a y axis of values up to `largest`, about four ticks high.
struct YScale {
    int step = 1;
    int top = 1;
};

YScale y_scale(int largest) {
    largest = std::max(largest, 1);
    constexpr int wanted_ticks = 4;
    int magnitude = 1;
    while (magnitude * 10 <= largest / wanted_ticks) {
        magnitude *= 10;
    }
    YScale scale;
    for (const int factor : {1, 2, 5, 10}) {
        scale.step = factor * magnitude;
        if (scale.step * wanted_ticks >= largest) {
            break;
        }
    }
    scale.top = (largest + scale.step - 1) / scale.step * scale.step;
    return scale;
}

}  // namespace

std::string render_bar_chart(const BarChart& chart) {
    int largest = 0;
    for (const auto& series : chart.series) {
        for (const auto& week : series.weeks) {
            largest = std::max(largest, total(week));
        }
    }
    const auto scale = y_scale(largest);
    const double plot_width = plot_right - plot_left;
    const std::size_t weeks = std::max<std::size_t>(chart.weeks.size(), 1);
    const double group_width = plot_width / static_cast<double>(weeks);
    const double bar_width = std::min(
        group_width * 0.8 / static_cast<double>(std::max<std::size_t>(chart.series.size(), 1)),
        max_bar_width);
    const auto labels = value_labels(chart, bar_width);
    const double plot_top = labels == ValueLabels::upright ? upright_label_room : 16;
    const double plot_bottom = plot_top + plot_height;
    const double height = plot_bottom + 36;
    const auto y_of = [&](int value) { return plot_bottom - plot_height * value / scale.top; };

    const std::string title = chart.title + " (" + chart.unit + " per week)";
    std::string out = "<figure class=\"chart\" data-chart=\"" + escape(chart.key) + "\">\n";
    out += "<figcaption><strong>" + escape(chart.title) + "</strong> <span class=\"unit\">"
           + escape(chart.unit) + " per week</span><br><span class=\"explain\">"
           + escape(chart.explanation) + "</span> " + parts_key(chart) + totals(chart)
           + "</figcaption>\n";
    out += "<svg viewBox=\"0 0 " + c(chart_width) + " " + c(height)
           + "\" role=\"img\" aria-label=\"" + escape(aria_label(chart)) + "\"><title>"
           + escape(title) + "</title>\n";

    out += "<g class=\"axis\">";
    for (int tick = 0; tick <= scale.top; tick += scale.step) {
        const double y = y_of(tick);
        out += "<line x1=\"" + c(plot_left) + "\" x2=\"" + c(plot_right) + "\" y1=\"" + c(y)
               + "\" y2=\"" + c(y) + "\" class=\"" + (tick == 0 ? "baseline" : "grid") + "\"/>";
        out += "<text x=\"" + c(plot_left - 6) + "\" y=\"" + c(y + 4) + "\" text-anchor=\"end\">"
               + std::to_string(tick) + "</text>";
    }
    out += "<text x=\"12\" y=\"" + c(plot_top + plot_height / 2) + "\" transform=\"rotate(-90 12 "
           + c(plot_top + plot_height / 2) + ")\" text-anchor=\"middle\">" + escape(chart.unit)
           + "</text>";
    const std::size_t label_every = (weeks + max_week_labels - 1) / max_week_labels;
    for (std::size_t week = 0; week < chart.weeks.size(); week += label_every) {
        const double x = plot_left + group_width * (static_cast<double>(week) + 0.5);
        out += "<text x=\"" + c(x) + "\" y=\"" + c(plot_bottom + 15)
               + "\" text-anchor=\"middle\" class=\"week\">" + escape(chart.weeks[week].number)
               + "</text>";
        out += "<text x=\"" + c(x) + "\" y=\"" + c(plot_bottom + 29) + "\" text-anchor=\"middle\">"
               + escape(chart.weeks[week].start) + "</text>";
    }
    out += "</g>\n";

    const double bar_gap = std::min(2.0, bar_width * 0.2);  // white between adjacent bars
    const double group_content = bar_width * static_cast<double>(chart.series.size());
    out += "<g class=\"bars\">";
    for (std::size_t index = 0; index < chart.series.size(); ++index) {
        const auto& series = chart.series[index];
        if (!series.missing.empty()) {
            continue;
        }
        for (std::size_t week = 0; week < series.weeks.size() && week < chart.weeks.size();
             ++week) {
            const auto& parts = series.weeks[week];
            const int bar_total = total(parts);
            if (bar_total == 0) {
                continue;
            }
            const double x = plot_left + group_width * static_cast<double>(week)
                             + (group_width - group_content) / 2
                             + bar_width * static_cast<double>(index);
            out += "<g><title>" + escape(bar_tooltip(chart, series, week, parts)) + "</title>";
            int below = 0;
            for (std::size_t part = 0; part < parts.size(); ++part) {
                if (parts[part] == 0) {
                    continue;
                }
                const double top = y_of(below + parts[part]);
                out += "<rect x=\"" + c(x + bar_gap / 2) + "\" y=\"" + c(top) + "\" width=\""
                       + c(bar_width - bar_gap) + "\" height=\"" + c(y_of(below) - top)
                       + "\" fill=\"" + std::string{series.colour} + "\"";
                if (part > 0) {
                    out += " fill-opacity=\""
                           + c(part_opacity[std::min(part, part_opacity.size() - 1)]) + "\"";
                }
                out += "/>";
                below += parts[part];
            }
            const double label_y = y_of(bar_total) - 3;
            if (labels == ValueLabels::across) {
                out += "<text x=\"" + c(x + bar_width / 2) + "\" y=\"" + c(label_y)
                       + "\" text-anchor=\"middle\" class=\"value\">" + std::to_string(bar_total)
                       + "</text>";
            } else if (labels == ValueLabels::upright) {
                const double label_x = x + bar_width / 2 + 3.5;
                out += "<text x=\"" + c(label_x) + "\" y=\"" + c(label_y)
                       + "\" transform=\"rotate(-90 " + c(label_x) + " " + c(label_y)
                       + ")\" class=\"value\">" + std::to_string(bar_total) + "</text>";
            }
            out += "</g>";
        }
    }
    out += "</g>\n";
    if (largest == 0) {
        out += "<text x=\"" + c(plot_left + plot_width / 2) + "\" y=\""
               + c(plot_top + plot_height / 2) + "\" text-anchor=\"middle\" class=\"none\">"
               + "none of the compared plans prescribes this</text>\n";
    }
    out += "</svg>\n</figure>\n";
    return out;
}

}  // namespace coach::report::html
