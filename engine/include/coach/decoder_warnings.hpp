#pragma once

#include <string_view>

#include "coach/json.hpp"

// How hosts word the decoder's warnings (json::Decoded::warnings): `coach check`, `compare` and
// the cohort's result lines and stderr say the same. [thread-safe] Pure.
namespace coach::json {

// What becomes of the value a warning is about, said after its message: ", ignored" for an
// unknown key, ", ignored except for red-flag words" for one whose text is still read
// (Problem::text_read), "" for any other warning (its message says it) and for problems.
inline std::string_view ignored_note(const Problem& warning) {
    if (!warning.unknown_key) {
        return "";
    }
    return warning.text_read ? ", ignored except for red-flag words" : ", ignored";
}

}  // namespace coach::json
