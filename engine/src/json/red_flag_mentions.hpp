#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "coach/sdk/athlete.hpp"

// What one note says of the red flags (red_flag_text.hpp): the matcher over the vocabulary of
// red_flag_vocabulary.hpp. [thread-safe] Pure functions.
namespace coach::json::detail {

// A red flag a text mentions: `flag`, or either of `flag` and `also` when the words name both
// alike ("sciatic pain" is numbness or tingling), and the words that name it, as written.
struct Mention {
    RedFlag flag;
    RedFlag also;
    std::string word;
    // The words name the flag itself and their clause says it is there: nothing in it denies,
    // doubts or dates it ("unable to stand", "no numbness except at night", "N&T"; not "no new
    // numbness", "numbness resolved", "PWB", "sciatic pain": red_flag_vocabulary.hpp, asks_only).
    bool affirmed = false;

    bool single() const { return flag == also; }
    bool covers(RedFlag other) const { return flag == other || also == other; }
};

// Every red flag `text` mentions, once each, in the order first met. `day`: the day since the
// injury (day 0) the text was written on, when known ("crutches until day 3" is over on day 4).
std::vector<Mention> mentions_in(std::string_view text, std::optional<int> day = std::nullopt);

}  // namespace coach::json::detail
