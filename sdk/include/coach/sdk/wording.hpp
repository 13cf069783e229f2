#pragma once

#include <array>
#include <string>
#include <string_view>

// Wording rules every plan keeps, shared by the engine's safety gate and the protocol reader.
namespace coach {

// Words that claim an athlete is cleared. A plan estimates and a clinician clears (the brief's
// safety rule: plans never claim an athlete is cleared), so no text that reaches a plan may use
// one; write "criteria met, clinician sign-off required" instead. Two kinds:
// - phrases that are a claim whole ("cleared", "fully healed", "good to go");
inline constexpr std::array<std::string_view, 8> clearance_phrases = {
    "cleared",      "clearance",       "clear to ", "all clear",
    "fully healed", "fully recovered", "fully fit", "good to go"};
// - a word of readiness followed by what it would clear the athlete for: "fit for play", "ready
//   to race", "OK to return", "safe to compete", "good to play" (each of readiness_words, then
//   one of cleared_for at the start of the next word: "compet" is compete and competition).
inline constexpr std::array<std::string_view, 8> readiness_words = {
    "fit to ", "fit for ", "ready to ", "ready for ", "ok to ", "okay to ", "good to ", "safe to "};
inline constexpr std::array<std::string_view, 12> cleared_for = {
    "play",   "train", "compet", "return", "match",     "race",
    "racing", "sport", "game",   "resume", "selection", "full training"};
// A claim is not one when the word before it negates it or says it has not happened yet
// ("not yet ready to play", "never cleared", "isn't fit to train", "until cleared by the
// physio", "before ready to race"), through at most one of negation_fillers ("not yet", "not be",
// "never been"). A narrow rule, as for red flags: a false alarm is safe, a missed claim is not.
inline constexpr std::array<std::string_view, 7> clearance_negators = {
    "not", "never", "no", "nor", "until", "unless", "before"};
inline constexpr std::array<std::string_view, 3> negation_fillers = {"yet", "be", "been"};

namespace wording_detail {

constexpr char lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}
constexpr bool is_letter(char c) {
    return lower(c) >= 'a' && lower(c) <= 'z';
}
// Whether `text` holds `phrase` at `at`, ASCII letters compared without case.
constexpr bool holds(std::string_view text, std::size_t at, std::string_view phrase) {
    if (text.size() - at < phrase.size()) {
        return false;
    }
    for (std::size_t i = 0; i < phrase.size(); ++i) {
        if (lower(text[at + i]) != phrase[i]) {
            return false;
        }
    }
    return true;
}
// The word (letters and apostrophes) that ends before `end`, skipping the blanks before it, and
// where it starts; an empty word at the start of the text or after anything else.
struct Word {
    std::string_view text;
    std::size_t start = 0;
};
constexpr Word word_before(std::string_view text, std::size_t end) {
    while (end > 0 && text[end - 1] == ' ') {
        --end;
    }
    std::size_t start = end;
    while (start > 0 && (is_letter(text[start - 1]) || text[start - 1] == '\'')) {
        --start;
    }
    return {text.substr(start, end - start), start};
}
constexpr bool is_one_of(std::string_view word, std::string_view list_word) {
    return word.size() == list_word.size() && holds(word, 0, list_word);
}
template <std::size_t N>
constexpr bool in(std::string_view word, const std::array<std::string_view, N>& list) {
    for (const std::string_view listed : list) {
        if (is_one_of(word, listed)) {
            return true;
        }
    }
    return false;
}
constexpr bool negates(std::string_view word) {
    return in(word, clearance_negators) || (word.size() > 3 && holds(word, word.size() - 3, "n't"));
}
// Whether the claim starting at `at` is negated (clearance_negators).
constexpr bool negated(std::string_view text, std::size_t at) {
    const Word before = word_before(text, at);
    if (negates(before.text)) {
        return true;
    }
    return in(before.text, negation_fillers) && negates(word_before(text, before.start).text);
}
// The length of the claim at `at`, or 0.
constexpr std::size_t claim_at(std::string_view text, std::size_t at) {
    for (const std::string_view phrase : clearance_phrases) {
        if (holds(text, at, phrase)) {
            return phrase.size();
        }
    }
    for (const std::string_view word : readiness_words) {
        if (!holds(text, at, word)) {
            continue;
        }
        for (const std::string_view target : cleared_for) {
            if (holds(text, at + word.size(), target)) {
                return word.size() + target.size();
            }
        }
    }
    return 0;
}

}  // namespace wording_detail

// The first claim of clearance (clearance_phrases, or one of readiness_words with one of
// cleared_for) that `text` holds at the start of a word and that no negator directly before it
// takes back, ASCII letters compared without case ("Cleared", "CLEAR TO PLAY", "Fit for play";
// not "unclear to", "not yet ready to play"), lower-cased and running to the end of its last
// word ("fit to competition"), or "clear to " whole; empty when there is none. [thread-safe]
// Pure; linear in the size of `text`.
inline std::string clearance_claim(std::string_view text) {
    using namespace wording_detail;
    for (std::size_t at = 0; at < text.size(); ++at) {
        if (at > 0 && is_letter(text[at - 1])) {
            continue;
        }
        std::size_t length = claim_at(text, at);
        if (length == 0 || negated(text, at)) {
            continue;
        }
        if (is_letter(text[at + length - 1])) {
            while (at + length < text.size() && is_letter(text[at + length])) {
                ++length;
            }
        }
        std::string claim{text.substr(at, length)};
        for (char& c : claim) {
            c = lower(c);
        }
        return claim;
    }
    return {};
}

}  // namespace coach
