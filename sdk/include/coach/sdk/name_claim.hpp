#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

// What a protocol's name may not say (the protocol reader, plugins/protocol, applies it to a
// protocol file's /name). A name is an identifier, not advice: it is shown as "protocol:<name>"
// beside every plan of the protocol, so a verdict in it would read as the athlete's on every plan,
// while a word of fitness or an aim says what the protocol works toward. clearance_claim()
// (coach/sdk/wording.hpp) reads plan texts, not names.
namespace coach {

namespace name_claim_detail {

// A clearance given, as one word of a name.
inline constexpr std::array<std::string_view, 6> verdict_words = {
    "cleared", "clearance", "discharged", "signedoff", "allclear", "greenlit"};
// A clearance given or a recovery said complete, as two words: the first, then the second.
inline constexpr std::array<std::array<std::string_view, 2>, 8> verdict_pairs = {{
    {"clear", "to"},
    {"clear", "for"},
    {"all", "clear"},
    {"signed", "off"},
    {"green", "light"},
    {"fully", "healed"},
    {"fully", "recovered"},
    {"fully", "fit"},
}};
inline constexpr std::array<std::string_view, 6> readiness_words = {"fit",  "ready", "ok",
                                                                    "okay", "good",  "safe"};
// What a readiness clears for, each the start of a word ("compet" is "compete" and
// "competition").
inline constexpr std::array<std::string_view, 12> cleared_for = {
    "play",  "train", "compet", "return",    "match", "race",
    "sport", "game",  "resum",  "selection", "full",  "go"};

// The runs of letters a-z of `name`, in order.
inline std::vector<std::string_view> words_of(std::string_view name) {
    std::vector<std::string_view> words;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= name.size(); ++i) {
        if (i < name.size() && name[i] >= 'a' && name[i] <= 'z') {
            continue;
        }
        if (i > start) {
            words.push_back(name.substr(start, i - start));
        }
        start = i + 1;
    }
    return words;
}

// words[from, from + count) joined by '-'.
inline std::string joined(const std::vector<std::string_view>& words, std::size_t from,
                          std::size_t count) {
    std::string said;
    for (std::size_t k = from; k < from + count; ++k) {
        said += k == from ? "" : "-";
        said += words[k];
    }
    return said;
}

template <std::size_t N>
bool one_of(std::string_view word, const std::array<std::string_view, N>& list) {
    return std::find(list.begin(), list.end(), word) != list.end();
}

}  // namespace name_claim_detail

// The verdict `name` (a protocol name: a-z, 0-9, '-', '_', '.') says, its words joined by '-', or
// "". Its words are its runs of letters (digits and '-', '_', '.' split them: "notes3fit" is
// "notes", "fit"). A verdict is a clearance given ("cleared", "clearance", "clear-to", "clear-for",
// "all-clear", "signed-off", "discharged", "green-light"; not the noun "sign-off":
// "claim-sign-off" names what its protocol is about), a recovery said complete
// ("fully-healed", "fully-recovered", "fully-fit"), "good-to-go", or a word of readiness ("fit",
// "ready", "ok", "okay", "good", "safe") then "to" or "for" and what it clears for
// ("fit-for-sport", "ready-to-play", "ok-to-return"). Not a verdict: a word of fitness alone or
// after what it is for, or an aim ("fit", "hamstring-fit", "play-ready", "match-fit-prep",
// "back-to-play", "return-to-sport"). [thread-safe] Pure.
inline std::string name_claim(std::string_view name) {
    using namespace name_claim_detail;
    const auto words = words_of(name);
    for (std::size_t k = 0; k < words.size(); ++k) {
        if (one_of(words[k], verdict_words)) {
            return std::string{words[k]};
        }
        const bool next = k + 1 < words.size();
        for (const auto& [first, second] : verdict_pairs) {
            if (next && words[k] == first && words[k + 1] == second) {
                return joined(words, k, 2);
            }
        }
        if (!next || !one_of(words[k], readiness_words)
            || (words[k + 1] != "to" && words[k + 1] != "for") || k + 2 >= words.size()) {
            continue;
        }
        const std::string_view target = words[k + 2];
        if (std::any_of(cleared_for.begin(), cleared_for.end(),
                        [target](std::string_view start) { return target.starts_with(start); })) {
            return joined(words, k, 3);
        }
    }
    return {};
}

}  // namespace coach
