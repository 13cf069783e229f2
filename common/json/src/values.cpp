#include "strict_json/values.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <limits>

#include "strict_json/utf8.hpp"

namespace coach::strict_json {

std::string quoted(std::string_view text, char quote, std::size_t most) {
    std::string out(1, quote);
    std::size_t at = 0;
    while (at < text.size() && at < most) {
        const auto code_point = leading_code_point(text.substr(at));
        const std::size_t length = code_point ? code_point->length : 1;
        if (at + length > most) {
            break;  // never half a character
        }
        const auto byte = static_cast<unsigned char>(text[at]);
        if (!code_point) {
            static constexpr char hex[] = "0123456789abcdef";
            out += "\\x";
            out += hex[byte >> 4];
            out += hex[byte & 0xF];
        } else if (byte == '\\' || byte == static_cast<unsigned char>(quote)) {
            out += '\\';
            out += static_cast<char>(byte);
        } else if (is_unprintable(code_point->value)) {
            append_escape(out, code_point->value);
        } else {
            out.append(text.substr(at, length));
        }
        at += length;
    }
    if (at < text.size()) {
        out += "...";
    }
    out += quote;
    return out;
}

void append_escape(std::string& out, char32_t code) {
    switch (code) {
        case '\n':
            out += "\\n";
            return;
        case '\r':
            out += "\\r";
            return;
        case '\t':
            out += "\\t";
            return;
        default:
            // \u and four digits, as JSON writes them; \U and eight beyond the first plane.
            char escape[16];
            std::snprintf(escape, sizeof escape, code > 0xFFFF ? "\\U%08x" : "\\u%04x",
                          static_cast<unsigned>(code));
            out += escape;
    }
}

namespace {

// A number as people write it: 15.5, 0.25, 3 rather than boost::json's 1.55E1, 2.5E-1, 3E0; the
// shortest text that reads back as the same double. Very large or very small magnitudes keep an
// exponent, which is how they are written.
std::string plain_number(double number) {
    if (!std::isfinite(number)) {
        return std::isnan(number) ? "NaN" : (number < 0 ? "-Infinity" : "Infinity");
    }
    const double magnitude = std::fabs(number);
    const auto format = magnitude == 0.0 || (magnitude >= 1e-6 && magnitude < 1e15)
                            ? std::chars_format::fixed
                            : std::chars_format::general;
    std::array<char, 64> text{};
    const auto end = std::to_chars(text.data(), text.data() + text.size(), number, format).ptr;
    return std::string{text.data(), end};
}

}  // namespace

std::string describe(const boost::json::value& value) {
    switch (value.kind()) {
        case boost::json::kind::null:
            return "null";
        case boost::json::kind::bool_:
            return value.get_bool() ? "true" : "false";
        case boost::json::kind::int64:
            return std::to_string(value.get_int64());
        case boost::json::kind::uint64:
            return std::to_string(value.get_uint64());
        case boost::json::kind::double_:
            return plain_number(value.get_double());
        case boost::json::kind::string:
            return quoted(value.get_string());
        case boost::json::kind::array:
            return "an array";
        case boost::json::kind::object:
            return "an object";
    }
    return "a value";
}

void append_child(std::string& pointer, std::string_view token) {
    pointer += '/';
    const auto escaped = [](char c) { return c == '~' || c == '/'; };
    if (std::none_of(token.begin(), token.end(), escaped)) {
        pointer.append(token);  // nearly every key: in one piece
        return;
    }
    for (const char c : token) {
        if (escaped(c)) {
            pointer.append(c == '~' ? "~0" : "~1");
        } else {
            pointer += c;
        }
    }
}

bool is_at_or_under(std::string_view pointer, std::string_view parent) {
    return pointer.starts_with(parent)
           && (pointer.size() == parent.size() || pointer[parent.size()] == '/');
}

std::optional<InElement> element_of(std::string_view pointer, std::string_view array) {
    if (!is_at_or_under(pointer, array) || pointer.size() == array.size()) {
        return std::nullopt;
    }
    const auto token = pointer.substr(array.size() + 1);
    const auto end = token.find('/');
    std::size_t index = 0;
    const auto digits = token.substr(0, end);
    const auto [last, error] = std::from_chars(digits.data(), digits.data() + digits.size(), index);
    if (digits.empty() || error != std::errc{} || last != digits.data() + digits.size()) {
        return std::nullopt;
    }
    return InElement{index, end == std::string_view::npos ? std::string_view{} : token.substr(end)};
}

void append_child(std::string& pointer, std::size_t index) {
    pointer += '/';
    pointer += std::to_string(index);
}

std::string child_pointer(std::string_view pointer, std::string_view token) {
    std::string out{pointer};
    append_child(out, token);
    return out;
}

std::string child_pointer(std::string_view pointer, std::size_t index) {
    std::string out{pointer};
    append_child(out, index);
    return out;
}

std::optional<int> integer_in(const boost::json::value& value, int min, int max) {
    std::optional<long long> number;
    if (value.is_int64()) {
        number = value.get_int64();
    } else if (value.is_uint64()) {
        number = std::numeric_limits<long long>::max();
    } else if (value.is_double()) {
        const double d = value.get_double();
        if (std::isfinite(d) && std::trunc(d) == d && std::fabs(d) < 1e15) {
            number = static_cast<long long>(d);
        }
    }
    if (!number || *number < min || *number > max) {
        return std::nullopt;
    }
    return static_cast<int>(*number);
}

std::string integer_expected(int min, int max, const boost::json::value& value) {
    return "expected integer " + std::to_string(min) + ".." + std::to_string(max) + ", got "
           + describe(value);
}

}  // namespace coach::strict_json
