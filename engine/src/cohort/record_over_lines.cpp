#include "cohort/record_over_lines.hpp"

#include "coach/cohort.hpp"

namespace coach::detail {

namespace {

constexpr std::string_view byte_order_mark = "\xEF\xBB\xBF";

std::string_view trimmed(std::string_view text) {
    if (text.starts_with(byte_order_mark)) {
        text.remove_prefix(byte_order_mark.size());
    }
    const auto begin = text.find_first_not_of(" \t\r");
    if (begin == std::string_view::npos) {
        return {};
    }
    return text.substr(begin, text.find_last_not_of(" \t\r") + 1 - begin);
}

}  // namespace

void OpenBrackets::read(std::string_view line) {
    for (const char c : line) {
        if (escaped_) {
            escaped_ = false;
        } else if (in_string_) {
            escaped_ = c == '\\';
            in_string_ = c != '"';
        } else if (c == '"') {
            in_string_ = true;
        } else if (c == '{' || c == '[') {
            ++depth_;
            opened_ = true;
        } else if (c == '}' || c == ']') {
            --depth_;
        }
    }
}

bool is_one_line_record(std::string_view line) {
    if (line.starts_with(byte_order_mark)) {
        line.remove_prefix(byte_order_mark.size());
    }
    if (!line.starts_with('{')) {
        return false;
    }
    OpenBrackets brackets;
    brackets.read(line);
    return brackets.closed() && !trimmed(line).ends_with(',');
}

}  // namespace coach::detail

namespace coach {

bool starts_record_over_several_lines(std::string_view line,
                                      std::optional<std::string_view> next_line) {
    line = detail::trimmed(line);
    if (!line.starts_with('{') && !line.starts_with('[')) {
        return false;
    }
    detail::OpenBrackets brackets;
    brackets.read(line);
    if (!brackets.open()) {
        return false;
    }
    if (line == "{" || line == "[") {
        return true;
    }
    if (next_line && detail::trimmed(*next_line).empty()) {
        next_line.reset();  // a blank line says nothing of what follows
    }
    if (next_line && detail::is_one_line_record(*next_line)) {
        return false;  // a JSON Lines record cut short, with the next record on the next line
    }
    return line.ends_with('{') || line.ends_with('[') || next_line.has_value();
}

std::string record_over_lines_problem(std::uint64_t first, std::uint64_t last) {
    return "a record over several lines (lines " + std::to_string(first) + " to "
           + std::to_string(last) + "); cohort reads JSON Lines, one whole record per line";
}

}  // namespace coach
