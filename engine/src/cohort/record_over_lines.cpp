#include "cohort/record_over_lines.hpp"

#include <boost/json.hpp>

#include "coach/cohort.hpp"
#include "strict_json/parse.hpp"

namespace coach::detail {

namespace {

using strict_json::byte_order_mark;

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

// Whether `line` (a list item's trailing comma aside) is a JSON object with the key "schema" at its
// top level.
bool has_top_level_schema(std::string_view line) {
    if (line.ends_with(',')) {
        line.remove_suffix(1);
    }
    boost::json::error_code error;
    const auto value = boost::json::parse(line, error);
    return !error && value.is_object() && value.get_object().contains("schema");
}

}  // namespace

void JsonNesting::read(std::string_view line) {
    for (const char c : line) {
        read_character(c);
    }
    if (in_string_) {  // a string does not go on past its line: the text is broken here
        in_string_ = false;
        escaped_ = false;
        last_ = 'v';
    }
}

std::size_t JsonNesting::read_until_closed(std::string_view text) {
    std::size_t read = 0;
    while (read < text.size() && !closed()) {
        read_character(text[read++]);
    }
    return read;
}

void JsonNesting::read_character(char c) {
    if (escaped_) {
        escaped_ = false;
    } else if (in_string_) {
        escaped_ = c == '\\';
        in_string_ = c != '"';
    } else if (c == '"') {
        in_string_ = true;
        last_ = '"';
    } else if (c == '{' || c == '[') {
        if (depth_ >= 0 && depth_ < tracked_depth) {
            arrays_ = (arrays_ << 1) | (c == '[' ? 1u : 0u);
        }
        if (depth_ == 0) {
            outer_is_array_ = c == '[';
        }
        ++depth_;
        opened_ = true;
        last_ = c;
    } else if (c == '}' || c == ']') {
        --depth_;
        if (depth_ >= 0 && depth_ < tracked_depth) {
            arrays_ >>= 1;
        }
        last_ = c;
    } else if (c == ',' || c == ':') {
        last_ = c;
    } else if (c != ' ' && c != '\t' && c != '\r') {
        last_ = 'v';  // part of a number, true, false or null
    }
}

bool JsonNesting::takes_a_value() const {
    const bool in_array = depth_ > 0 && (depth_ > tracked_depth || (arrays_ & 1u) != 0);
    return last_ == '[' || last_ == ':' || (last_ == ',' && in_array);
}

bool starts_a_record_of_its_own(const JsonNesting& open_record, std::string_view line,
                                char first_visible) {
    const auto text = trimmed(line);
    const char first = text.empty() ? first_visible : text.front();
    if (first != '{' && first != '[') {
        return false;
    }
    if (!open_record.takes_a_value()) {
        return true;
    }
    if (first != '{' || text.empty() || open_record.in_outer_array()) {
        return false;
    }
    return has_top_level_schema(text);
}

}  // namespace coach::detail

namespace coach {

bool starts_record_over_several_lines(std::string_view line,
                                      std::optional<std::string_view> next_line) {
    line = detail::trimmed(line);
    if (!line.starts_with('{') && !line.starts_with('[')) {
        return false;
    }
    detail::JsonNesting nesting;
    nesting.read(line);
    if (!nesting.open()) {
        return false;
    }
    if (line == "{" || line == "[") {
        return true;
    }
    if (next_line && detail::trimmed(*next_line).empty()) {
        next_line.reset();  // a blank line says nothing of what follows
    }
    if (next_line && detail::starts_a_record_of_its_own(nesting, *next_line, 0)) {
        return false;  // a JSON Lines record cut short, with the next record on the next line
    }
    return line.ends_with('{') || line.ends_with('[') || next_line.has_value();
}

bool ends_a_record_at_a_lone_carriage_return(std::string_view line) {
    line = detail::trimmed(line);
    if (!line.starts_with('{') && !line.starts_with('[')) {
        return false;
    }
    detail::JsonNesting nesting;
    const auto after_record = line.substr(nesting.read_until_closed(line));
    const auto carriage_return = after_record.find_first_not_of(" \t");
    return nesting.closed() && carriage_return != std::string_view::npos
           && after_record[carriage_return] == '\r' && !detail::trimmed(after_record).empty();
}

std::string duplicate_athlete_warning(const std::string& id, std::uint64_t first_line) {
    const std::string earlier =
        first_line == 0 ? "an earlier record" : "the record on line " + std::to_string(first_line);
    return "athlete id \"" + id + "\" is also the id of " + earlier
           + "; both records are planned: give each athlete one record";
}

std::string record_over_lines_problem(std::uint64_t first, std::uint64_t last) {
    return "a record over several lines (lines " + std::to_string(first) + " to "
           + std::to_string(last) + "); cohort reads JSON Lines, one whole record per line";
}

}  // namespace coach
