#include "help_format.hpp"

#include <algorithm>

#include "coach/text_wrap.hpp"

namespace coach::cli {

namespace {

// The column descriptions start in: CLI11's 30 on a layout of 80 and more, less below.
std::size_t description_column(std::size_t width) {
    return std::clamp<std::size_t>(width * 3 / 8, 10, 30);
}

}  // namespace

std::string reflow_footer(std::string_view footer) {
    std::string out;
    std::string_view previous;
    bool first = true;
    while (!footer.empty() || first) {
        const auto end = footer.find('\n');
        const auto line = footer.substr(0, end);
        footer = end == std::string_view::npos ? std::string_view{} : footer.substr(end + 1);
        const bool soft = !first && !previous.empty() && previous.front() != ' ' && !line.empty()
                          && line.front() != ' ' && !previous.ends_with('.')
                          && !previous.ends_with(':') && !previous.starts_with("Example")
                          && !line.starts_with("Example");
        out += first ? "" : (soft ? " " : "\n");
        out += line;
        previous = line;
        first = false;
    }
    return out;
}

std::string HelpFormatter::make_footer(const CLI::App* app) const {
    const auto footer = app->get_footer();
    return footer.empty() ? std::string{} : reflow_footer(footer) + '\n';
}

std::string HelpFormatter::make_help(const CLI::App* app, std::string name,
                                     CLI::AppFormatMode mode) const {
    return report::fit_lines(CLI::Formatter::make_help(app, std::move(name), mode), width_());
}

std::string HelpFormatter::make_option(const CLI::Option* option, bool is_positional) const {
    return entry(make_option_name(option, is_positional) + make_option_opts(option),
                 make_option_desc(option));
}

std::string HelpFormatter::make_subcommand(const CLI::App* subcommand) const {
    return entry(subcommand->get_display_name(true), subcommand->get_description());
}

std::string HelpFormatter::entry(const std::string& name, const std::string& description) const {
    const auto width = width_();
    const auto column = description_column(width);
    std::string out = "  " + name;
    if (description.empty()) {
        return out + '\n';
    }
    const auto lines = report::wrap_words(description, width - column);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const auto used = report::display_width(out);
        if (i > 0 || used >= column) {  // a name that fills its column has the line to itself
            out += '\n';
            out.append(column, ' ');
        } else {
            out.append(column - used, ' ');
        }
        out += lines[i];
    }
    return out + '\n';
}

}  // namespace coach::cli
