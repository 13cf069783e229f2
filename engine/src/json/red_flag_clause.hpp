#pragma once

#include <cstddef>
#include <functional>
#include <string_view>
#include <vector>

#include "json/red_flag_words.hpp"

// The strict form of a denial (red_flag_mentions.hpp). A denial or a resolution of a red flag
// ("no numbness", "numbness resolved", "nil numbness") answers the mention only when every word
// after it is accounted for:
// - in its clause, nothing but the words of the denial itself ("no numbness or tingling",
//   "numbness - absent"), a time or how it was found ("today", "at rest", "on review",
//   "reported", "seen on MRI") and where it is denied ("no numbness in the left foot or leg");
// - in brackets or after an ellipsis right after it, only such words, or a denial of its own
//   ("needles: none (no dry needling today)");
// - in later clauses of its sentence, no residue of the flag ("mild", "a little", "mostly",
//   "intermittent"), unless the clause is about another flag or matter ("no numbness, pain no
//   better") or is a denial of its own ("no numbness, no tingling").
// Anything else qualifies it, and the flag stands: a qualifier before the flag ("no significant
// numbness", "not much numbness"), a hedge before the resolution ("numbness seems to have
// resolved", "numbness 90% resolved"), a number, an exception or a condition after it ("no
// numbness outside of the heel", "no numbness if not sitting", "- heel only", "to speak of",
// "that he can tell"), a place a resolution is limited to ("numbness resolved in the thigh"), a
// question ("no numbness? to check"), and words in brackets that are not neutral ("(heel only)",
// "(poor historian, query)", "today (had it this morning)"). A false alarm asks a clinician to
// look; a qualified denial taken whole lets a plan by. [thread-safe] Pure functions.
namespace coach::json::detail {

// A note's words and what the reader knows of them.
struct ClauseReader {
    std::string_view text;
    const std::vector<Word>& words;  // words_of(text)
    // Whether word k names a red flag or opens a phrase that may (red_flag_finder.hpp).
    std::function<bool(std::size_t)> names_flag;
};

// What the words after a denial or a resolution say of it.
enum class Remainder {
    accounted_for,  // nothing, or words that leave it whole
    qualified,      // words that qualify, hedge, limit, question or date it
};

// What the words after word `last` say of the denial or resolution that ends there ("no
// numbness", "numbness resolved", "numbness: nil"), or of the flag it denies (`last` the flag's
// word: the words of the denial after it are accounted for), to the end of its sentence.
Remainder remainder_after(const ClauseReader& reader, std::size_t last);

// Whether a word between a denial at word `negator` and the flag at word `first` qualifies the
// denial: "no significant numbness", "not much numbness", "no real numbness".
bool qualified_between(const ClauseReader& reader, std::size_t negator, std::size_t first);

}  // namespace coach::json::detail
