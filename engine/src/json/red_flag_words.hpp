#pragma once

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

// The words of a note as the red-flag reader sees them (red_flag_text.hpp), and how a word
// matches a pattern of its vocabulary (red_flag_vocabulary.hpp). [thread-safe] Pure functions.
namespace coach::json::detail {

// A word of a text, in lower case, where it lies in the text, and the clause it is in.
struct Word {
    std::string text;  // letters only: "nwb" from "N.W.B.", "cant" from "can't"
    std::size_t begin = 0;
    std::size_t end = 0;
    std::size_t clause = 0;    // clauses end at , . ; : ! ? = and brackets
    std::size_t sentence = 0;  // the same, but ':' and '=' do not end one ("WB: nil")
    bool letters = false;      // single letters, joined or not: "n", "nwb" from "N/W/B"
    bool joined = false;       // two or more single letters joined: "N/T", "n.t.", not "NT"
    bool hyphened = false;     // joined to the word before by a hyphen (U+2010, U+2011 too)
    bool negative = false;     // a contraction in n't: "cant" from "can't", "didnt"
    bool queried = false;      // right after a '?' that opens it: "? avulsion", "?rupture"
};

// The words of `text`, read as English. Letters, hyphens and apostrophes as the SDK reads them
// (coach/sdk/words.hpp: ASCII, and FULLWIDTH Latin letters folded to ASCII: "\uFF2E\uFF37\uFF22"
// is "nwb"): digits and other characters separate words. Single
// letters joined by '.' or '/' (a space either side allowed), by '&' or '+' (any spaces) or by a
// hyphen (none) are one word, so that abbreviations read as written without their punctuation:
// "N/W/B", "n.w.b.", "N. W. B." and "N-W-B" are "nwb", "P & N" is "pn", "N / T" is "nt"; the
// same capital twice with "and" between, as "B&B" is written out, is one word too ("B and B" is
// "bb"; "L and R" is two). "ve" after '-' or '+' ("-ve", "+ve") reads "negative" or "positive"; a
// cross mark (U+2717, U+2718) reads "no", and a nought per cent ("0%", "0 %"; not "10%") or a
// nought standing alone as a label's value ("numbness: 0", "WB = 0"; not "0/10", "pain: 0 walking")
// "zero"; "(-)" reads "negative" and "(+)", "(++)", or a '+' or run of them standing alone after
// a word ("slump +", "slump ++", "N/T: +"; not "N + T", "+5"), "positive"; a muscle graded below
// full after a word of strength or power ("Strength 3/5", "Power: 4+/5"; not "5/5", "Sleep 3/5",
// nor a date) "reduced", as an arrow down is; a capital "N" right after a word and ending its
// clause, a checklist's answer ("numbness N, tingling N"; not "Sensation N", normal), "no". The
// full stop of an abbreviation ("exc.", "excl.", "incl.") ends no clause, nor does a bracket that
// names only both sides or the place of a sign after what it qualifies ("legs (bilateral)",
// "accident (bowel)"), nor a '?' that doubts a label's value ("Bladder: ?altered" reads "altered"
// queried). Word positions are bytes of `text`, so that a mention quotes the words as written.
std::vector<Word> words_of(std::string_view text);

// A word matches a pattern when it equals it, or, for a pattern ending in '*', starts with the
// rest: "tingl*" is tingle, tingling, tingly; "numb" is not "number".
constexpr bool matches(std::string_view word, std::string_view pattern) {
    return pattern.ends_with('*') ? word.starts_with(pattern.substr(0, pattern.size() - 1))
                                  : word == pattern;
}

template <class Patterns>
bool matches_any(std::string_view word, const Patterns& patterns) {
    return std::any_of(patterns.begin(), patterns.end(), [word](std::string_view pattern) {
        return !pattern.empty() && matches(word, pattern);
    });
}

}  // namespace coach::json::detail
