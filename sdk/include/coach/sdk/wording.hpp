#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "coach/sdk/words.hpp"

// Wording rules every plan keeps, shared by the engine's safety gate and the protocol reader.
namespace coach {

// Words that claim an athlete is cleared. A plan estimates and a clinician clears (the brief's
// safety rule: plans never claim an athlete is cleared), so no text that reaches a plan may use
// one; write "criteria met, clinician sign-off required" instead. The text is read as words
// (coach/sdk/words.hpp): any letters, case folded, the words of a phrase joined by any blanks or
// hyphens ("good-to-go", "fit\u00A0to play", "all\nclear"), not by punctuation. Two kinds:
// - phrases that are a claim whole ("cleared", "fully healed", "good to go", "all-clear");
inline constexpr std::array<std::string_view, 8> clearance_phrases = {
    "cleared",      "clearance",       "clear to",  "all clear",
    "fully healed", "fully recovered", "fully fit", "good to go"};
// - a word of readiness followed by what it would clear the athlete for: "fit for play", "ready
//   to race", "OK to return", "safe to compete", "fit-to-play" (each of readiness_words, then one
//   of cleared_for, whose last word is read as the start of a word: "compet" is compete and
//   competition).
inline constexpr std::array<std::string_view, 8> readiness_words = {
    "fit to", "fit for", "ready to", "ready for", "ok to", "okay to", "good to", "safe to"};
inline constexpr std::array<std::string_view, 12> cleared_for = {
    "play",   "train", "compet", "return", "match",     "race",
    "racing", "sport", "game",   "resume", "selection", "full training"};
// One negation rule: a claim is not one when a word before it in the same run of words (nothing
// but blanks and hyphens between) denies it or makes it a condition not yet met, directly or
// through at most three of negation_fillers: "not yet ready to play", "never cleared", "isn't fit
// to train" (a contraction in n't, with ' or U+2019), "no longer fit to play", "only once cleared
// by the team doctor", "until cleared by the physio", "pending clearance", "will not be
// considered fit to compete". "not sore, ready to play" is a claim: the comma ends the run. A
// narrow rule, as for red flags: a false alarm is safe, a missed claim is not.
inline constexpr std::array<std::string_view, 14> clearance_negators = {
    "not",    "never",  "no",   "nor", "without", "until", "till",
    "unless", "before", "once", "if",  "when",    "after", "pending"};
inline constexpr std::array<std::string_view, 9> negation_fillers = {
    "yet", "be", "been", "being", "longer", "considered", "deemed", "declared", "judged"};
inline constexpr std::size_t most_negation_fillers = 3;

namespace wording_detail {

template <std::size_t N>
bool in(std::string_view word, const std::array<std::string_view, N>& list) {
    for (const std::string_view listed : list) {
        if (word == listed) {
            return true;
        }
    }
    return false;
}

// Whether words[k] and words[k + 1] are in one run of words (only blanks and hyphens between).
inline bool run_on(std::string_view text, const std::vector<words::Word>& w, std::size_t k) {
    return k + 1 < w.size()
           && words::only_blanks_and_hyphens(text.substr(w[k].end, w[k + 1].begin - w[k].end));
}

// How many words `phrase` (words separated by single spaces) takes from words[k] on, in one run,
// or 0; its last word read as a prefix when `prefix`.
inline std::size_t phrase_at(std::string_view text, const std::vector<words::Word>& w,
                             std::size_t k, std::string_view phrase, bool prefix) {
    std::size_t taken = 0;
    while (true) {
        const auto space = phrase.find(' ');
        const auto part = phrase.substr(0, space);
        const std::size_t at = k + taken;
        if (at >= w.size() || (taken > 0 && !run_on(text, w, at - 1))) {
            return 0;
        }
        const bool last = space == std::string_view::npos;
        const bool match = last && prefix ? w[at].text.starts_with(part) : w[at].text == part;
        if (!match) {
            return 0;
        }
        ++taken;
        if (last) {
            return taken;
        }
        phrase.remove_prefix(space + 1);
    }
}

// Whether `word` (lower case) is the first word of a clearance phrase or a readiness word: no claim
// starts at any other word.
inline bool starts_a_claim(std::string_view word) {
    const auto first_is = [word](std::string_view phrase) {
        // The length first: a word of another length is passed over without comparing bytes.
        const bool ends_there = phrase.size() == word.size()
                                || (phrase.size() > word.size() && phrase[word.size()] == ' ');
        return ends_there && phrase.starts_with(word);
    };
    for (const std::string_view phrase : clearance_phrases) {
        if (first_is(phrase)) {
            return true;
        }
    }
    for (const std::string_view readiness : readiness_words) {
        if (first_is(readiness)) {
            return true;
        }
    }
    return false;
}

// Whether `text` may hold a claim. Most texts a gate reads (cues, rationale lines) are plain
// ASCII with no apostrophe; their words are exactly their runs of ASCII letters, so a text none
// of whose runs starts a claim holds none, and is passed over without splitting it into words.
// Any other text (a byte >= 0x80: full-width letters, invisible marks; an apostrophe, which
// joins letters) may.
inline bool may_hold_claim(std::string_view text) {
    std::array<char, 16> run{};
    std::size_t size = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i < text.size()) {
            // Any byte >= 0x80 (U+2019, the curly apostrophe, among them) or the ASCII apostrophe.
            if (static_cast<unsigned char>(text[i]) >= 0x80 || text[i] == '\'') {
                return true;
            }
            if (const auto letter = words::letter_at(text, i); letter.size > 0) {
                if (size < run.size()) {
                    run[size] = letter.lower;
                }
                ++size;
                continue;
            }
        }
        if (size > 0 && size <= run.size() && starts_a_claim({run.data(), size})) {
            return true;
        }
        size = 0;
    }
    return false;
}

// How many words the claim at words[k] takes, or 0.
inline std::size_t claim_at(std::string_view text, const std::vector<words::Word>& w,
                            std::size_t k) {
    if (!starts_a_claim(w[k].text)) {
        return 0;
    }
    for (const std::string_view phrase : clearance_phrases) {
        if (const auto taken = phrase_at(text, w, k, phrase, false)) {
            return taken;
        }
    }
    for (const std::string_view readiness : readiness_words) {
        const auto taken = phrase_at(text, w, k, readiness, false);
        if (taken == 0 || !run_on(text, w, k + taken - 1)) {
            continue;
        }
        for (const std::string_view target : cleared_for) {
            if (const auto more = phrase_at(text, w, k + taken, target, true)) {
                return taken + more;
            }
        }
    }
    return 0;
}

// Whether the claim at words[k] is negated (clearance_negators).
inline bool negated(std::string_view text, const std::vector<words::Word>& w, std::size_t k) {
    std::size_t fillers = 0;
    for (std::size_t j = k; j > 0 && run_on(text, w, j - 1); --j) {
        const auto& before = w[j - 1];
        if (before.negative || in(before.text, clearance_negators)) {
            return true;
        }
        if (!in(before.text, negation_fillers) || ++fillers > most_negation_fillers) {
            return false;
        }
    }
    return false;
}

}  // namespace wording_detail

// The first claim of clearance (clearance_phrases, or one of readiness_words with one of
// cleared_for) that `text` holds and that the negation rule above does not take back, read as
// words ("Cleared", "CLEAR TO PLAY", "good-to-go", "fit\u00A0for play"; not "unclear to", "not
// yet ready to play"): its words lower-cased, a hyphen between two that a hyphen joins and a
// space between any others ("good-to-go", "fit to competition", "all clear" from "all\nclear");
// empty when there is none. [thread-safe] Pure; linear in the size of `text`.
inline std::string clearance_claim(std::string_view text) {
    using namespace wording_detail;
    if (!may_hold_claim(text)) {
        return {};
    }
    const auto w = words::words_in(text);
    for (std::size_t k = 0; k < w.size(); ++k) {
        const std::size_t taken = claim_at(text, w, k);
        if (taken == 0 || negated(text, w, k)) {
            continue;
        }
        std::string claim = w[k].text;
        for (std::size_t j = k + 1; j < k + taken; ++j) {
            const auto between = text.substr(w[j - 1].end, w[j].begin - w[j - 1].end);
            const bool hyphen =
                between.find_first_not_of("-\xE2\x80\x90\x91") == std::string_view::npos;
            claim += hyphen ? "-" : " ";
            claim += w[j].text;
        }
        return claim;
    }
    return {};
}

}  // namespace coach
