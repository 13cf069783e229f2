#include "report/html_text.hpp"

#include <array>
#include <charconv>

#include "coach/printable.hpp"

namespace coach::report::html {

namespace {

constexpr std::array<std::string_view, 12> month_names = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr std::array<std::string_view, 7> weekday_names = {"Mon", "Tue", "Wed", "Thu",
                                                           "Fri", "Sat", "Sun"};

bool continues_code_point(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

}  // namespace

std::string escape(std::string_view raw) {
    // printable() first, as the text reports do: a U+202E or a zero width space from a record
    // would turn the page's text around or hide in it.
    const std::string text = printable(raw);
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::string words(std::string_view id) {
    std::string out{id};
    for (auto& c : out) {
        c = c == '_' ? ' ' : c;
    }
    return out;
}

std::string day_month(Date day) {
    const auto ymd = day.ymd();
    return std::to_string(static_cast<unsigned>(ymd.day())) + " "
           + std::string{month_names[static_cast<unsigned>(ymd.month()) - 1]};
}

std::string_view weekday_name(Date day) {
    return weekday_names[day.weekday_index()];
}

std::string weekday_day_month(Date day) {
    return std::string{weekday_name(day)} + " " + day_month(day);
}

std::size_t char_count(std::string_view text) {
    std::size_t count = 0;
    for (const char c : text) {
        count += continues_code_point(c) ? 0u : 1u;
    }
    return count;
}

std::string shorten(std::string_view text, std::size_t max_chars) {
    if (char_count(text) <= max_chars) {
        return std::string{text};
    }
    if (max_chars == 0) {
        return {};
    }
    std::size_t kept = 0;
    std::size_t end = 0;
    while (end < text.size()) {
        if (!continues_code_point(text[end])) {
            if (kept == max_chars - 1) {
                break;
            }
            ++kept;
        }
        ++end;
    }
    return std::string{text.substr(0, end)} + "\u2026";
}

std::string coordinate(double value) {
    std::array<char, 32> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value,
                                      std::chars_format::fixed, 1);
    std::string text{buffer.data(), result.ptr};
    if (text.ends_with(".0")) {
        text.resize(text.size() - 2);
    }
    return text == "-0" ? "0" : text;
}

}  // namespace coach::report::html
