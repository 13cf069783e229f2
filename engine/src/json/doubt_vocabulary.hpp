#pragma once

#include <array>
#include <string_view>

// Words of doubt that both readers of free text share, the red-flag reader
// (red_flag_mentions.hpp) and the reader of grades (grade_in_text.hpp), so that one note is
// open or settled to both alike. Patterns as in red_flag_words.hpp: "uncertain*" is a prefix,
// "unsure" a whole word. [thread-safe] Constants.
namespace coach::json::detail::doubt {

// Words that leave a matter open rather than settle it: "numbness unclear", "unsure whether
// numbness", "grade 4 equivocal", "unclear whether grade 4 is excluded".
inline constexpr auto open_words =
    std::to_array<std::string_view>({"unsure", "uncertain*", "unclear", "equivocal",
                                     "indeterminate", "untested", "unknown", "undetermined"});

// Words of a test still to come or an answer not yet final: after a denial in its sentence they
// leave it open ("grade 4 excluded clinically, awaiting MRI", "no grade 4, MRI pending").
inline constexpr auto pending_words =
    std::to_array<std::string_view>({"awaiting", "await", "awaited", "pending", "tbc",
                                     "unconfirmed", "provisional*", "preliminary"});

// An answer to a question of a red flag that hedges rather than says yes or no (trial 35: "Gap?
// Unsure.", "Bearing weight? Barely.", "Able to weight bear? Not really.", "Weight bearing?
// Partial."): its first word is one of `hedged_answers` or `open_words`, or its first two words
// are one of `hedged_answer_pairs` ("dont" is "don't" as the question reader spells it). A flag
// doubted is not excluded, so the flag stands (red_flag_questions.hpp).
inline constexpr auto hedged_answers = std::to_array<std::string_view>(
    {"maybe",    "possibly",     "possible",      "perhaps",    "probably",  "barely",
     "hardly",   "scarcely",     "partial*",      "partly",     "sometimes", "somewhat",
     "slightly", "occasional*",  "intermittent*", "kinda",      "sorta",     "limited",
     "query",    "questionabl*", "unable",        "borderline", "mild*"});
inline constexpr auto hedged_answer_pairs = std::to_array<std::string_view>(
    {"not really", "not sure",    "not certain",    "not quite",    "not fully",
     "not yet",    "not always",  "not completely", "not entirely", "not much",
     "a little",   "a bit",       "kind of",        "sort of",      "with difficulty",
     "dont know",  "cant say",    "cant tell",      "to confirm",   "to check",
     "to recheck", "only partly", "only partially", "only just",    "no idea",
     "not known",  "not tested",  "not assessed",   "not checked",  "not examined"});

// An answer that gives the finding a size says it is there (trial 37: "Gap? Small.", "Gap? Tiny
// one."): a small gap is a gap, so its first word read as one of these, the flag stands as it does
// for a hedge.
inline constexpr auto sized_answers = std::to_array<std::string_view>(
    {"small", "smallish", "tiny", "little", "slight", "minor", "minimal", "moderate", "large",
     "big", "huge", "obvious", "definite", "marked", "significant", "subtle"});

// An answer that denies as strongly as "no" in more words (trial 35: "Numbness? Never.",
// "Tingling? Not at all."): the whole answer is one of these.
inline constexpr auto denying_answers = std::to_array<std::string_view>(
    {"never", "not at all", "none at all", "absolutely not", "definitely not", "certainly not",
     "never had any", "not ever", "none whatsoever", "no never", "no none", "no not at all", "none",
     "nil", "no none at all", "not present", "absent",
     // An aid asked of and never used (trial 49: "Crutches? Never needed them.").
     "not needed", "never needed", "never needed them", "never needed it", "never needed one",
     "not required", "never used", "never used them", "not used"});

}  // namespace coach::json::detail::doubt
