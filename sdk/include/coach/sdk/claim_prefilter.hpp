#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "coach/sdk/claim_readings.hpp"
#include "coach/sdk/claim_sentences.hpp"
#include "coach/sdk/claim_words.hpp"
#include "coach/sdk/words.hpp"

// The clearance check's pre-filter (coach/sdk/wording.hpp): whether a text may hold a claim at
// all, read from its runs of ASCII letters without splitting it into words, so that the plain
// texts of every plan stay cheap. [thread-safe] Pure; never the reason a claim is missed.
namespace coach::wording_detail {

// Whether `word` (lower case) is the first word of a clearance phrase, a readiness word or a return
// statement, or a word of a complete recovery. (A status word starts a claim only with its answer:
// status_claim_at.)
inline bool starts_a_phrase_claim(std::string_view word) {
    return first_word_of(word, clearance_phrases) || first_word_of(word, readiness_words)
           || first_word_of(word, return_statements) || in(word, completeness_words)
           || in(word, recovery_words);
}

// Whether `word` (lower case) is the first word of a clearance phrase, a readiness word, a return
// statement or a permission word: no other claim than a status answered (status_claim_at) starts
// at any other word.
inline bool starts_a_claim(std::string_view word) {
    return starts_a_phrase_claim(word) || first_word_of(word, permission_words);
}

// Whether `word` (lower case), after the first word of a permission word, may continue a claim:
// "to" ("allowed to"), or the start of a return word or of a sport verb ("can return", "may
// play").
inline bool may_follow_permission(std::string_view word) {
    const auto starts_with_first_word = [word](std::string_view phrase) {
        return word.starts_with(phrase.substr(0, phrase.find(' ')));
    };
    if (word == "to") {
        return true;
    }
    for (const std::string_view phrase : return_words) {
        if (starts_with_first_word(phrase)) {
            return true;
        }
    }
    for (const std::string_view verb : sport_verbs) {
        if (word.starts_with(verb)) {
            return true;
        }
    }
    return false;
}

// Whether `second` (lower case) may be the second word of a claim whose first word is `first`: the
// second word of a phrase of clearance_phrases, readiness_words or return_statements ("fit" then
// "to", "match" then "fit"), the other word of a complete recovery ("fully" then "healed"), or the
// start of a sport target or a target
// filler after a one-word return statement ("resumes" then "competition" or "the").
inline bool continues_a_claim(std::string_view first, std::string_view second) {
    const auto second_word_of = [first, second](const auto& list) {
        for (const std::string_view phrase : list) {
            const auto space = phrase.find(' ');
            if (space == std::string_view::npos || phrase.substr(0, space) != first) {
                continue;
            }
            const auto rest = phrase.substr(space + 1);
            if (rest.substr(0, rest.find(' ')) == second) {
                return true;
            }
        }
        return false;
    };
    if (second_word_of(clearance_phrases) || second_word_of(readiness_words)
        || second_word_of(return_statements)) {
        return true;
    }
    if ((in(first, completeness_words) && in(second, recovery_words))
        || (in(first, recovery_words) && in(second, completeness_words))) {
        return true;
    }
    if (in(first, return_statements)) {
        if (in(second, target_fillers)) {
            return true;
        }
        for (const std::string_view target : sport_targets) {
            if (second.starts_with(target.substr(0, target.find(' ')))) {
                return true;
            }
        }
    }
    return false;
}

// The last words of the status words ("rtp", "play" of "return to play").
inline constexpr std::array<std::string_view, status_words.size()> status_last_words = [] {
    std::array<std::string_view, status_words.size()> last{};
    for (std::size_t k = 0; k < status_words.size(); ++k) {
        last[k] = status_words[k].substr(status_words[k].rfind(' ') + 1);
    }
    return last;
}();

// Calls `add` with each list whose phrases open a claim by their first word: the lists the two
// tables below are built from, named once so that they cannot disagree.
template <typename Add>
constexpr void each_claim_opening_list(Add&& add) {
    add(clearance_phrases);
    add(readiness_words);
    add(permission_words);
    add(return_statements);
    add(completeness_words);
    add(recovery_words);
}

// For each letter ('a' first), one bit for each length (1..16) of a first word of a claim that
// starts with it: a word of another letter or length is passed over with one test.
inline constexpr std::array<std::uint32_t, 26> claim_first_word_lengths = [] {
    std::array<std::uint32_t, 26> lengths{};
    const auto add = [&lengths](const auto& list) {
        for (const std::string_view phrase : list) {
            const std::size_t size = phrase.substr(0, phrase.find(' ')).size();
            lengths[static_cast<std::size_t>(phrase[0] - 'a')] |= std::uint32_t{1} << size;
        }
    };
    each_claim_opening_list(add);
    return lengths;
}();

// The first words of claim_first_word_lengths' lists, sorted, each once: a word that passes its
// letter and length is looked up by binary search before any list is walked.
inline constexpr auto claim_first_words = [] {
    constexpr std::size_t most = [] {
        std::size_t size = 0;
        each_claim_opening_list([&size](const auto& list) { size += list.size(); });
        return size;
    }();
    std::array<std::string_view, most> first{};
    std::size_t count = 0;
    const auto add = [&first, &count](const auto& list) {
        for (const std::string_view phrase : list) {
            first[count++] = phrase.substr(0, phrase.find(' '));
        }
    };
    each_claim_opening_list(add);
    std::sort(first.begin(), first.end());
    // Repeats last, as the empty words they become; the empty word sorts first and is no word.
    const auto unique_end = std::unique(first.begin(), first.end());
    std::fill(unique_end, first.end(), std::string_view{});
    std::sort(first.begin(), first.end());
    return first;
}();

// Whether `word` (lower case) is the first word of a claim of claim_first_words.
inline bool is_claim_first_word(std::string_view word) {
    return !word.empty()
           && std::binary_search(claim_first_words.begin(), claim_first_words.end(), word);
}

// Whether `word` (a run of ASCII letters that is no first word of a claim) starts with one and
// goes on as the claim does, words run together ("clearedtoplay", "fittoplay", "goodtogo",
// "canreturn"; not "fitness", "maybe", "allowed").
inline bool runs_a_claim_together(std::string_view word) {
    const auto lengths = claim_first_word_lengths[static_cast<std::size_t>(word[0] - 'a')];
    for (std::size_t size = 1; size + 1 < word.size(); ++size) {
        if (((lengths >> size) & std::uint32_t{1}) == 0) {
            continue;
        }
        const auto first = word.substr(0, size);
        if (!is_claim_first_word(first)) {
            continue;
        }
        const auto rest = word.substr(size);
        if (in(first, clearance_phrases)
            || (first_word_of(first, permission_words) && may_follow_permission(rest))) {
            return true;
        }
        for (std::size_t end = 1; end <= rest.size(); ++end) {
            if (continues_a_claim(first, rest.substr(0, end))) {
                return true;
            }
        }
    }
    return false;
}

// What the pre-filter found a text may hold: nothing, only a word of the clearance family (the
// strict form reads it; the listed forms would find nothing), or a claim of a listed form.
enum class ClaimPrefilter { none, family_word, listed };

// What `text` may hold. Most texts a gate reads (cues, rationale lines) are plain
// ASCII; their words are exactly their runs of ASCII letters (an apostrophe between two letters
// joins them, as words::words_in() reads it: "OK'd" is "okd"), so a text none of whose runs
// starts a claim holds none, and is passed over without splitting it into words. A run starts a
// claim only with the run after it that may continue one ("cleared" and "clearance" alone): "fit
// to", "match fit", "can return", not "fit," then "healthy", "match day" or "as slowly as you
// can"; a status word only with an answer after it ("RTP: yes"); a state word after a word of
// being or opening a clause ("is healed", "Discharged.", "is fit", "will be signed off", "is back",
// "Back to"); "recovery" after a word of completeness, or one of recovery_nouns before a word of
// it done ("full recovery", "recovery is complete"); a first word with the rest of a claim run
// into it (runs_a_claim_together). When a 2 or a 4 stands between a first word and the next
// ("good2go"), or the next is longer than 16 letters, it may, as may two runs split apart that
// may_join() ("f i t"), a digit for a letter (letter_for_a_digit: "cl3ared") and a "100%"
// (hundred_percent_at). Any other text (a byte >= 0x80: full-width letters, Cyrillic or Greek
// look-alikes, invisible marks, curly apostrophes) may.
inline ClaimPrefilter claim_prefilter(std::string_view text) {
    bool family = false;  // a word of the clearance family seen
    std::array<char, 16> run{};
    std::array<char, 16> first{};
    std::array<char, 16> previous{};
    std::size_t size = 0;
    std::size_t previous_size = 0;  // of the previous run, 0 when it is longer than 16 letters
    bool split_since = false;       // only what splits_a_word() since the previous run
    std::string_view after;         // the previous run when it is the first word of a claim
    bool after_permission = false;
    bool after_status = false;
    bool digit_since = false;            // a 2 or a 4 since the previous run
    bool opening = true;                 // the run opens the text or a clause
    bool after_being = false;            // the previous run is one of being_words or state_adverbs
    bool after_signed = false;           // the previous run is "signed" after a word of being
    bool after_complete = false;         // the previous run is one of complete_words
    bool after_recovery = false;         // one of recovery_nouns, then status_fillers
    std::string_view family_opener;      // family_opener_of() a word just before
    std::size_t words_since_opener = 0;  // the words since a "sign..." opener
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i < text.size()) {
            const char c = text[i];
            if (c == '1' && hundred_percent_at(text, i) > 0) {
                return ClaimPrefilter::listed;
            }
            // Any byte >= 0x80 (U+2019, the curly apostrophe, among them).
            if (static_cast<unsigned char>(c) >= 0x80) {
                return ClaimPrefilter::listed;
            }
            if ((c == '\'' || c == '`') && size > 0 && i + 1 < text.size()
                && words::letter_at(text, i + 1).size == 1) {
                continue;
            }
            if (const auto letter = words::letter_at(text, i); letter.size > 0) {
                if (size < run.size()) {
                    run[size] = letter.lower;
                }
                ++size;
                continue;
            }
            if (letter_for_a_digit(text, i) != 0) {
                return ClaimPrefilter::listed;
            }
        }
        const bool digit = i < text.size() && (text[i] == '2' || text[i] == '4');
        if (size > 0) {
            // A word of 1..16 ASCII letters; one that may start a claim starts with one of
            // claim_first_word_lengths (its letter and length).
            const bool fits = size <= run.size();
            const std::string_view word{run.data(), fits ? size : 0};
            // A word of the clearance family (claim_sentences.hpp): the strict form reads on.
            if (fits && (in(word, family_words) || word.starts_with("authori"))
                && family_word_alone(word, {previous.data(), previous_size})) {
                family = true;
            }
            if (!family_opener.empty() && continues_a_family_word(family_opener, word)) {
                family = true;
            }
            // A claim turned through a negation or an idiom (claim_turns.hpp).
            if (fits && !family && turn_trigger({previous.data(), previous_size}, word)) {
                family = true;
            }
            // "signed him off": "sign..." stays the opener for three words.
            if (family_opener != "sign" || ++words_since_opener > 2) {
                family_opener = fits ? family_opener_of(word) : std::string_view{};
                words_since_opener = 0;
            }
            if (!after.empty() && (!fits || digit_since || continues_a_claim(after, word))) {
                return ClaimPrefilter::listed;
            }
            if (after_permission && may_follow_permission(word)) {
                return ClaimPrefilter::listed;
            }
            if (after_status && in(word, status_answers)) {
                return ClaimPrefilter::listed;
            }
            if (split_since && fits && previous_size > 0
                && may_join({previous.data(), previous_size}, word)) {
                return ClaimPrefilter::listed;
            }
            if ((after_signed && word == "off") || (after_complete && word == "recovery")
                || (after_recovery && in(word, done_words))) {
                return ClaimPrefilter::listed;
            }
            if ((after_being || opening) && fits && word != "signed"
                && (first_word_of(word, state_words) || word == "back")
                && (after_being || in(word, opening_states) || word == "back")) {
                return ClaimPrefilter::listed;
            }
            const bool may_start =
                fits
                && ((claim_first_word_lengths[static_cast<std::size_t>(run[0] - 'a')] >> size)
                    & std::uint32_t{1})
                       != 0
                && is_claim_first_word(word);
            if (may_start && in(word, clearance_phrases)) {
                return ClaimPrefilter::listed;
            }
            if (fits && !may_start && size > 2 && runs_a_claim_together(word)) {
                return ClaimPrefilter::listed;
            }
            after_signed = word == "signed" && (after_being || opening);
            after_being = in(word, being_words) || in(word, state_adverbs);
            after_complete = in(word, complete_words);
            after_recovery =
                in(word, recovery_nouns) || (after_recovery && in(word, status_fillers));
            after_permission = may_start && first_word_of(word, permission_words);
            after_status =
                fits && (in(word, status_last_words) || (after_status && in(word, status_fillers)));
            std::copy(word.begin(), word.end(), previous.begin());
            previous_size = word.size();
            split_since = true;
            opening = false;
            after = {};
            if (may_start && starts_a_phrase_claim(word)) {
                std::copy(word.begin(), word.end(), first.begin());
                after = {first.data(), word.size()};
            }
            digit_since = false;
        }
        digit_since = digit_since || digit;
        if (i < text.size()) {
            // ASCII only here (any other byte returned above): what splits_a_word() takes.
            const char c = text[i];
            split_since = split_since
                          && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v'
                              || c == '\f' || c == '-' || c == '.' || c == '_' || c == '*');
            opening = opening || c == '.' || c == ',' || c == ';' || c == ':' || c == '!'
                      || c == '?' || c == '(' || c == '"';
        }
        size = 0;
    }
    return family ? ClaimPrefilter::family_word : ClaimPrefilter::none;
}

// Whether `text` may hold a claim at all (claim_prefilter()).
inline bool may_hold_claim(std::string_view text) {
    return claim_prefilter(text) != ClaimPrefilter::none;
}

}  // namespace coach::wording_detail
