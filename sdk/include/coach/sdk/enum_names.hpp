#pragma once

#include <array>
#include <optional>
#include <string_view>
#include <utility>

namespace coach {

// Each enum of the data model specialises enum_names with its JSON spellings, so that
// to_string() and parse_enum() have one table to read.
template <class Enum>
struct enum_names;

template <class Enum>
constexpr std::string_view to_string(Enum value) {
    for (const auto& [candidate, name] : enum_names<Enum>::table) {
        if (candidate == value) {
            return name;
        }
    }
    return "?";
}

template <class Enum>
constexpr std::optional<Enum> parse_enum(std::string_view text) {
    for (const auto& [candidate, name] : enum_names<Enum>::table) {
        if (name == text) {
            return candidate;
        }
    }
    return std::nullopt;
}

#define COACH_ENUM_NAMES(Enum, ...)                                                   \
    template <>                                                                       \
    struct enum_names<Enum> {                                                         \
        static constexpr std::pair<Enum, std::string_view> entries[] = {__VA_ARGS__}; \
        static constexpr auto table = std::to_array(entries);                         \
    }

}  // namespace coach
