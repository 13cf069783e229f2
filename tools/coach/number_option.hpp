#pragma once

#include <CLI/CLI.hpp>
#include <charconv>
#include <cmath>
#include <concepts>
#include <string>
#include <string_view>
#include <vector>

namespace coach::cli {

// The largest memory limit an option takes, in MiB (1 TiB); 0 means no limit.
inline constexpr std::size_t max_memory_mb = std::size_t{1} << 20;

// A CLI11 check for a numeric option: the text must be a plain decimal number of type T (no
// sign on an unsigned type, no NaN or infinity, no exponent or fraction for an integer, nothing
// after the number) from `min` to `max`. Otherwise the option is refused, exit 2, with
// "--days: expected a whole number from 1 to 365, got "0"" (`unit`, when given, follows the
// range: "from 0.001 to 86400 seconds"). Checked before CLI11 converts the text, so a value
// that would wrap or overflow never reaches the command.
template <class T>
requires std::integral<T> || std::floating_point<T> CLI::Validator number_in(
    T min, T max, std::string_view unit = "") {
    const auto show = [](T value) {
        char text[64];
        const auto end = std::to_chars(text, text + sizeof text, value).ptr;
        return std::string{text, end};
    };
    const std::string expected = std::string{std::integral<T> ? "a whole number" : "a number"}
                                 + " from " + show(min) + " to " + show(max)
                                 + (unit.empty() ? "" : " " + std::string{unit});
    auto check = [min, max, expected](const std::string& text) -> std::string {
        T value{};
        const auto* end = text.data() + text.size();
        const auto parsed = std::from_chars(text.data(), end, value);
        bool ok = parsed.ec == std::errc{} && parsed.ptr == end && !text.empty();
        if constexpr (std::floating_point<T>) {
            ok = ok && std::isfinite(value);
        }
        if (ok && value >= min && value <= max) {
            return {};
        }
        return "expected " + expected + ", got \"" + text + "\"";
    };
    return CLI::Validator{check, "", ""};
}

// `words` as a message lists the choices of an option: "table, json or csv".
inline std::string listed_with_or(const std::vector<std::string>& words) {
    std::string listed;
    for (std::size_t i = 0; i < words.size(); ++i) {
        listed += (i == 0 ? "" : i + 1 == words.size() ? " or " : ", ") + words[i];
    }
    return listed;
}

// A CLI11 check for an option that takes one word of `words`, refused otherwise, exit 2, with
// "--log-level: expected trace, debug, info, warn, error or off, got "loud"", as number_in()
// words its own refusal.
inline CLI::Validator word_in(std::vector<std::string> words) {
    auto listed = listed_with_or(words);
    auto check = [words = std::move(words), listed](const std::string& text) -> std::string {
        for (const auto& word : words) {
            if (text == word) {
                return {};
            }
        }
        return "expected " + listed + ", got \"" + text + "\"";
    };
    return CLI::Validator{check, "", ""};
}

}  // namespace coach::cli
