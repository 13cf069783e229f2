#pragma once

#include <span>
#include <string_view>

// Suggesting a known name for one that was written in other words: the words reordered
// ("walking_pain" for pain_walking), shortened ("pain_walk") or left out ("aslr" for
// aslr_deficit_pct, "eccentric" for eccentric-strength). A companion of closest()
// (object_reader.hpp), which catches misspellings letter by letter.
namespace coach::strict_json {

// The one name of `known` that `name` names in fewer or reordered words: each word of `name`
// (split as a key is: at anything but a letter and at camelCase, in lower case) starts a
// different word of the known name, in any order. nullptr when no known name, or more than one,
// is named so ("pain" names four pain measures: no suggestion beats a wrong one), and when
// `name` has fewer than 3 letters or a word of 1 letter. [thread-safe]
const std::string_view* closest_by_words(std::string_view name,
                                         std::span<const std::string_view> known);

}  // namespace coach::strict_json
