#pragma once

#include <concepts>
#include <string>
#include <string_view>

// Counts in text for people, in plans and reports alike: "1 day", "2 days", "0 days".
// [thread-safe] Pure.
namespace coach {

// `count` and the noun that agrees with it: `singular` for 1 (and -1), else `plural`, which
// defaults to `singular` with an "s" ("entry", "entries" is given both ways).
template <std::integral Count>
std::string counted(Count count, std::string_view singular, std::string_view plural = {}) {
    std::string text = std::to_string(count) + " ";
    if (count == 1 || (std::signed_integral<Count> && count == static_cast<Count>(-1))) {
        text += singular;
    } else if (plural.empty()) {
        text.append(singular).append("s");
    } else {
        text += plural;
    }
    return text;
}

}  // namespace coach
