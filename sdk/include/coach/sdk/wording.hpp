#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "coach/sdk/words.hpp"

// Wording rules every plan keeps, shared by the engine's safety gate and the protocol reader.
namespace coach {

// Words that claim an athlete is cleared. A plan estimates and a clinician clears (the brief's
// safety rule: plans never claim an athlete is cleared), so no text that reaches a plan may use
// one; write "criteria met, clinician sign-off required" instead. The text is read as words
// (coach/sdk/words.hpp): any letters, case folded, the words of a phrase joined by any blanks,
// hyphens, dashes or invisible marks ("good-to-go", "fit\u00A0to play", "all\nclear",
// "fit\u2013to\u2013play", "fit\u200Bto\u200Bplay"), not by punctuation; "2" and "4" between
// letters or blanks read as "to" and "for" ("good2go"); Cyrillic and Greek letters that look like
// Latin ones read as the Latin letter ("\u0441leared" is "cleared": words::look_alike_at); letters
// spaced or split to evade are read joined ("f i t to play", "C.L.E.A.R.E.D": spaced_reading).
// Six kinds:
// - phrases that are a claim whole ("cleared", "good to go", "all-clear", "match fit", "declared
//   fit", "competition ready");
inline constexpr std::array<std::string_view, 18> clearance_phrases = {
    "cleared",       "clearance",       "clear to",         "all clear",  "good to go",
    "ready to go",   "match fit",       "match ready",      "race fit",   "race ready",
    "game fit",      "declared fit",    "deemed fit",       "judged fit", "passed fit",
    "certified fit", "competition fit", "competition ready"};
// - a recovery stated complete: one of completeness_words then one of recovery_words, or the
//   other way round ("fully healed", "completely rehabilitated", "recovered fully", "fully fit");
//   "100%", "100 %" and "100 percent" read as "fully" ("100% recovered": second_reading);
inline constexpr std::array<std::string_view, 5> completeness_words = {
    "fully", "completely", "totally", "entirely", "wholly"};
inline constexpr std::array<std::string_view, 9> recovery_words = {
    "healed",   "recovered", "rehabilitated", "rehabbed",   "rehabed",
    "restored", "fit",       "mended",        "recuperated"};
// - a word of readiness, eligibility or discharge followed by what it would clear the athlete
//   for, with at most most_target_fillers of target_fillers between: "fit for play", "ready to
//   race", "OK to return", "OK'd to play", "safe to compete", "fit for the match", "fit-to-play",
//   "signed off to play", "green light to play", "available for selection", "eligible to play",
//   "discharged to full training", "ready to rejoin full team training" (each of
//   readiness_words, then one of cleared_for, whose last word is read as the start of a word:
//   "compet" is compete and competition). Training a part that is not injured is no claim: "safe
//   to train the uninjured side", "fit to train the upper body" (a target train..., then at most
//   most_target_fillers of target_fillers, then one of uninjured_parts);
inline constexpr std::array<std::string_view, 30> readiness_words = {
    "fit to",          "fit for",
    "ready to",        "ready for",
    "ok to",           "okay to",
    "good to",         "safe to",
    "okd to",          "okd for",
    "oked to",         "okayed to",
    "okayed for",      "signed off to",
    "signed off for",  "green light to",
    "green light for", "greenlit to",
    "greenlit for",    "available to",
    "available for",   "eligible to",
    "eligible for",    "discharged to",
    "discharged for",  "discharged back to",
    "released to",     "released for",
    "approved to",     "approved for"};
inline constexpr std::array<std::string_view, 18> cleared_for = {
    "play",          "train",         "compet", "return", "match",
    "race",          "racing",        "sport",  "game",   "resume",
    "selection",     "full training", "rejoin", "squad",  "full team training",
    "team training", "full team",     "team"};
inline constexpr std::array<std::string_view, 16> uninjured_parts = {
    "uninjured", "noninjured", "non",           "unaffected", "uninvolved", "healthy",
    "other",     "opposite",   "contralateral", "good",       "sound",      "upper",
    "arms",      "arm",        "core",          "trunk"};
inline constexpr std::array<std::string_view, 16> target_fillers = {
    "the", "a",     "an",  "this", "that",  "next",    "his",      "her",
    "its", "their", "our", "your", "first", "weekend", "weekends", "upcoming"};
inline constexpr std::size_t most_target_fillers = 3;
// - a word of permission followed by a return to sport, or by a sport itself: "can return to
//   play", "may resume competition", "allowed to get back to racing", "can compete", "may rejoin
//   the squad" (each of permission_words, then one of return_words with, after at most
//   most_target_fillers of target_fillers, one of sport_targets, or one of sport_verbs; their last
//   words read as the start of a word).
inline constexpr std::array<std::string_view, 5> permission_words = {"can", "may", "allowed to",
                                                                     "permitted to", "able to"};
inline constexpr std::array<std::string_view, 5> return_words = {"return to", "go back to",
                                                                 "get back to", "resume", "rejoin"};
inline constexpr std::array<std::string_view, 14> sport_targets = {"play",
                                                                   "sport",
                                                                   "compet",
                                                                   "match",
                                                                   "race",
                                                                   "racing",
                                                                   "game",
                                                                   "full training",
                                                                   "selection",
                                                                   "squad",
                                                                   "full team training",
                                                                   "team training",
                                                                   "full team",
                                                                   "team"};
inline constexpr std::array<std::string_view, 4> sport_verbs = {"play", "compet", "race", "racing"};
// - a statement that the athlete returns to sport: "returns to play today", "returned to the
//   match", "resumes competition" (each of return_statements, then, after at most
//   most_target_fillers of target_fillers, one of sport_targets). "Returning to play is a
//   clinician's decision" names the step and claims nothing;
inline constexpr std::array<std::string_view, 4> return_statements = {"returns to", "returned to",
                                                                      "resumes", "resumed"};
// - a return to sport, a fitness or readiness to play marked done, as on a form: "RTP: yes",
//   "return to play = approved", "RTS \u2713", "RTP: green", "Fitness to play confirmed",
//   "readiness to compete is confirmed" (each of status_words, then blanks, hyphens, dashes or
//   any of ":=?>", at most most_status_fillers of status_fillers, then one of status_answers or a
//   check mark U+2713, U+2714, U+2611, U+2705; not "RTP: Y/N", a choice, nor "fitness to play
//   is assessed by a clinician").
inline constexpr std::array<std::string_view, 13> status_words = {"rtp",
                                                                  "rts",
                                                                  "return to play",
                                                                  "return to sport",
                                                                  "return to competition",
                                                                  "fitness to play",
                                                                  "fitness for play",
                                                                  "fitness to compete",
                                                                  "readiness to play",
                                                                  "readiness to compete",
                                                                  "readiness to return to play",
                                                                  "readiness to return to sport",
                                                                  "readiness to return"};
inline constexpr std::array<std::string_view, 18> status_answers = {
    "yes",      "y",       "ok",        "okay",      "go",       "true",
    "approved", "granted", "confirmed", "green",     "greenlit", "given",
    "passed",   "done",    "complete",  "completed", "achieved", "met"};
inline constexpr std::array<std::string_view, 5> status_fillers = {"is", "was", "has", "been",
                                                                   "now"};
inline constexpr std::size_t most_status_fillers = 2;
// One negation rule: a claim is not one when a word before it in the same run of words (nothing
// but blanks and hyphens between) denies it or makes it a condition not yet met, directly or
// through at most four of negation_fillers: "not yet ready to play", "never cleared", "isn't fit
// to train" (a contraction in n't, with any apostrophe: ', `, U+2019, U+02BC, U+2032), "no longer
// fit to play", "only once cleared by the team doctor", "until the athlete can return to play",
// "pending clearance", "will not be considered fit to compete", "until the athlete is cleared by a
// clinician", "a clinician decides when the athlete is fit to play", "once the player has been
// cleared", a requirement: "return to play requires a clinician's clearance", "needs medical
// clearance before competing", "must be fit to play". "the athlete is cleared by a clinician" and
// "not sore, ready to play" are claims: no word takes them back (the comma ends the run, as a
// dash does). A claim is not one either when a word after it in the same run, directly or through
// at most most_status_fillers of status_fillers, makes it a requirement: "clearance required
// before competing", "medical clearance is needed" (one of requirement_words). A narrow rule, as
// for red flags: a false alarm is safe, a missed claim is not.
inline constexpr std::array<std::string_view, 32> clearance_negators = {
    "not",      "never",   "no",       "nor",       "without", "until",   "till",   "unless",
    "before",   "once",    "if",       "when",      "after",   "pending", "cannot", "whether",
    "requires", "require", "required", "requiring", "needs",   "need",    "needed", "needing",
    "awaiting", "awaits",  "await",    "subject",   "prior",   "upon",    "must",   "should"};
inline constexpr std::array<std::string_view, 36> negation_fillers = {
    "yet",    "be",         "been",     "being",  "longer",  "considered", "deemed", "declared",
    "judged", "she",        "he",       "they",   "you",     "we",         "the",    "athlete",
    "player", "is",         "are",      "was",    "has",     "have",       "a",      "an",
    "to",     "medical",    "clinical", "formal", "written", "full",       "his",    "her",
    "their",  "clinicians", "doctors",  "physios"};
inline constexpr std::size_t most_negation_fillers = 4;
inline constexpr std::array<std::string_view, 7> requirement_words = {
    "required", "needed", "necessary", "pending", "awaited", "outstanding", "mandatory"};

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

// Whether words[k] and words[k + 1] are in one run of words for the negation rule (only blanks
// and hyphens between).
inline bool run_on(std::string_view text, const std::vector<words::Word>& w, std::size_t k) {
    return k + 1 < w.size()
           && words::only_blanks_and_hyphens(text.substr(w[k].end, w[k + 1].begin - w[k].end));
}

// Whether `between` joins two words of a claim: at least one byte, only blanks, hyphens, dashes
// and invisible marks ("fit\u2013to\u2013play", "fit \u200B to play").
inline bool joins_claim_words(std::string_view between) {
    if (between.empty()) {
        return false;
    }
    for (std::size_t i = 0; i < between.size();) {
        std::size_t size = words::blank_at(between, i) + words::hyphen_at(between, i);
        if (size == 0) {
            size = words::dash_at(between, i) + words::invisible_at(between, i);
        }
        if (size == 0) {
            return false;
        }
        i += size;
    }
    return true;
}

// Whether words[k] and words[k + 1] are joined as words of one claim (joins_claim_words).
inline bool claim_run_on(std::string_view text, const std::vector<words::Word>& w, std::size_t k) {
    return k + 1 < w.size() && joins_claim_words(text.substr(w[k].end, w[k + 1].begin - w[k].end));
}

// How many words `phrase` (words separated by single spaces) takes from words[k] on, joined as
// words of a claim, or 0; its last word read as a prefix when `prefix`.
inline std::size_t phrase_at(std::string_view text, const std::vector<words::Word>& w,
                             std::size_t k, std::string_view phrase, bool prefix) {
    std::size_t taken = 0;
    while (true) {
        const auto space = phrase.find(' ');
        const auto part = phrase.substr(0, space);
        const std::size_t at = k + taken;
        if (at >= w.size() || (taken > 0 && !claim_run_on(text, w, at - 1))) {
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

// How many words the first of `list` that starts at words[k], joined to words[k - 1], takes, or 0.
template <std::size_t N>
std::size_t next_of(std::string_view text, const std::vector<words::Word>& w, std::size_t k,
                    const std::array<std::string_view, N>& list, bool prefix) {
    if (k == 0 || !claim_run_on(text, w, k - 1)) {
        return 0;
    }
    for (const std::string_view phrase : list) {
        if (const auto taken = phrase_at(text, w, k, phrase, prefix)) {
            return taken;
        }
    }
    return 0;
}

// Whether `word` (lower case) is the first word of one of `list`. The length first: a word of
// another length is passed over without comparing bytes.
template <std::size_t N>
bool first_word_of(std::string_view word, const std::array<std::string_view, N>& list) {
    for (const std::string_view phrase : list) {
        const bool ends_there = phrase.size() == word.size()
                                || (phrase.size() > word.size() && phrase[word.size()] == ' ');
        if (ends_there && phrase.starts_with(word)) {
            return true;
        }
    }
    return false;
}

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
    add(clearance_phrases);
    add(readiness_words);
    add(permission_words);
    add(return_statements);
    add(completeness_words);
    add(recovery_words);
    return lengths;
}();

// The first words of claim_first_word_lengths' lists, sorted, each once: a word that passes its
// letter and length is looked up by binary search before any list is walked.
inline constexpr auto claim_first_words = [] {
    constexpr std::size_t most = clearance_phrases.size() + readiness_words.size()
                                 + permission_words.size() + return_statements.size()
                                 + completeness_words.size() + recovery_words.size();
    std::array<std::string_view, most> first{};
    std::size_t count = 0;
    const auto add = [&first, &count](const auto& list) {
        for (const std::string_view phrase : list) {
            first[count++] = phrase.substr(0, phrase.find(' '));
        }
    };
    add(clearance_phrases);
    add(readiness_words);
    add(permission_words);
    add(return_statements);
    add(completeness_words);
    add(recovery_words);
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

// The bytes of "100%", "100 %", "100 percent" or "100 per cent" at `text[i]`, not within a
// longer number (not "2100%", "1.100%"), or 0: a whole that reads as "fully" ("100% recovered").
inline std::size_t hundred_percent_at(std::string_view text, std::size_t i) {
    const auto digit = [text](std::size_t k) { return text[k] >= '0' && text[k] <= '9'; };
    if (!text.substr(i).starts_with("100")
        || (i > 0 && (digit(i - 1) || text[i - 1] == '.' || text[i - 1] == ','))) {
        return 0;
    }
    std::size_t at = i + 3;
    if (at < text.size() && text[at] == ' ') {
        ++at;
    }
    if (at < text.size() && text[at] == '%') {
        return at + 1 - i;
    }
    for (const std::string_view word :
         {std::string_view{"percent"}, std::string_view{"per cent"}}) {
        std::size_t k = 0;
        while (k < word.size() && at + k < text.size() && (text[at + k] | 0x20) == word[k]) {
            ++k;
        }
        if (k == word.size()
            && (at + k == text.size() || words::letter_at(text, at + k).size == 0)) {
            return at + k - i;
        }
    }
    return 0;
}

// Whether `visit` returns true for a word of a phrase of `list`.
template <std::size_t N, class Visit>
constexpr bool any_word_of(const std::array<std::string_view, N>& list, const Visit& visit) {
    for (std::string_view phrase : list) {
        while (true) {
            const auto space = phrase.find(' ');
            if (visit(phrase.substr(0, space))) {
                return true;
            }
            if (space == std::string_view::npos) {
                break;
            }
            phrase.remove_prefix(space + 1);
        }
    }
    return false;
}

// Whether `visit` returns true for a word of a claim (any list above) or of a filler.
template <class Visit>
constexpr bool any_claim_word(const Visit& visit) {
    return any_word_of(clearance_phrases, visit) || any_word_of(completeness_words, visit)
           || any_word_of(recovery_words, visit) || any_word_of(readiness_words, visit)
           || any_word_of(cleared_for, visit) || any_word_of(permission_words, visit)
           || any_word_of(return_words, visit) || any_word_of(sport_targets, visit)
           || any_word_of(sport_verbs, visit) || any_word_of(return_statements, visit)
           || any_word_of(status_words, visit) || any_word_of(status_answers, visit)
           || any_word_of(target_fillers, visit);
}

// Whether `visit` returns true for the last word of a target read as the start of a word
// ("compet").
template <class Visit>
constexpr bool any_target_start(const Visit& visit) {
    // Plain loops, not std::any_of: with -D_GLIBCXX_DEBUG the library checks each range by
    // comparing its pointers, which a constant expression may not do with an AddressSanitizer
    // build's globals (target_letters below is computed at compile time).
    const auto any_last = [&visit](const auto& phrases) {
        for (std::string_view phrase : phrases) {
            if (visit(phrase.substr(phrase.rfind(' ') + 1))) {
                return true;
            }
        }
        return false;
    };
    return any_last(cleared_for) || any_last(sport_targets) || any_last(sport_verbs);
}

// The words of a claim (any_claim_word), sorted: looked up by binary search, as the pre-filter
// asks of two runs with a lone letter between them.
inline constexpr std::size_t claim_vocabulary_size = [] {
    std::size_t count = 0;
    any_claim_word([&count](std::string_view) {
        ++count;
        return false;
    });
    return count;
}();
inline constexpr std::array<std::string_view, claim_vocabulary_size> claim_vocabulary = [] {
    std::array<std::string_view, claim_vocabulary_size> vocabulary{};
    std::size_t count = 0;
    any_claim_word([&vocabulary, &count](std::string_view word) {
        vocabulary[count++] = word;
        return false;
    });
    std::sort(vocabulary.begin(), vocabulary.end());
    return vocabulary;
}();

// Whether `word` is a word of a claim.
inline bool in_claim_vocabulary(std::string_view word) {
    return std::binary_search(claim_vocabulary.begin(), claim_vocabulary.end(), word);
}

// Whether a word split into pieces may be `piece`: one letter, or a run that is no word of a
// claim ("f", "it"; not "to", "fit").
inline bool may_be_a_piece(std::string_view piece) {
    return piece.size() == 1 || !in_claim_vocabulary(piece);
}

// Whether pieces joined into `joined` may go on to make a word of a claim: the start of one, or a
// target read as the start of a word with more after it ("compete").
inline bool may_start_a_claim_word(std::string_view joined) {
    // The words that start with `joined` come first from where it would stand.
    const auto at = std::lower_bound(claim_vocabulary.begin(), claim_vocabulary.end(), joined);
    if (at != claim_vocabulary.end() && at->starts_with(joined)) {
        return true;
    }
    // Most joined pieces start with a letter no target starts with.
    constexpr auto target_letters = [] {
        std::uint32_t letters = 0;
        any_target_start([&letters](std::string_view start) {
            letters |= std::uint32_t{1} << (start[0] - 'a');
            return false;
        });
        return letters;
    }();
    const auto letter = static_cast<unsigned char>(joined[0]) - 'a';
    if (letter < 26 && ((target_letters >> letter) & 1) == 0) {
        return false;
    }
    return any_target_start([joined](std::string_view start) { return joined.starts_with(start); });
}

// Whether `joined` is a word of a claim, or a target read as the start of a word with one of the
// usual endings ("competition", "plays").
inline bool is_claim_word(std::string_view joined) {
    if (in_claim_vocabulary(joined)) {
        return true;
    }
    return any_target_start([joined](std::string_view start) {
        if (!joined.starts_with(start)) {
            return false;
        }
        const auto ending = joined.substr(start.size());
        for (const std::string_view usual :
             {"e", "s", "es", "ed", "ing", "ition", "itions", "er", "ers"}) {
            if (ending == usual) {
                return true;
            }
        }
        return false;
    });
}

// Whether `between` splits one word into pieces: at least one byte, only blanks, hyphens, dashes,
// invisible marks, '.', '_' and '*' ("f i t", "F.I.T.", "c-l-e-a-r-e-d").
inline bool splits_a_word(std::string_view between) {
    if (between.empty()) {
        return false;
    }
    for (std::size_t i = 0; i < between.size();) {
        const char c = between[i];
        std::size_t size = c == '.' || c == '_' || c == '*' ? 1 : 0;
        if (size == 0) {
            size = words::blank_at(between, i) + words::hyphen_at(between, i);
        }
        if (size == 0) {
            size = words::dash_at(between, i) + words::invisible_at(between, i);
        }
        if (size == 0) {
            return false;
        }
        i += size;
    }
    return true;
}

// Whether two pieces `before` and `after`, split apart, may be pieces of one word: a lone letter
// on one side, each one letter or no word of a claim.
inline bool may_pair(std::string_view before, std::string_view after) {
    return (before.size() == 1 || after.size() == 1) && may_be_a_piece(before)
           && may_be_a_piece(after);
}

// Whether two pieces `before` and `after`, split apart, may start a word of a claim together
// (may_pair, and joined the start of one: "f" and "i").
inline bool may_join(std::string_view before, std::string_view after) {
    if (!may_pair(before, after)) {
        return false;
    }
    std::string joined{before};
    joined += after;
    return may_start_a_claim_word(joined);
}

// Whether `text` may hold a claim. Most texts a gate reads (cues, rationale lines) are plain
// ASCII with no apostrophe; their words are exactly their runs of ASCII letters, so a text none
// of whose runs starts a claim holds none, and is passed over without splitting it into words. A
// run starts a claim only with the run after it that may continue one ("cleared" and "clearance"
// alone): "fit to", "match fit", "can return", not "fit," then "healthy", "match day" or "as
// slowly as you can"; a status word only with an answer after it ("RTP: yes"). When a 2 or a 4
// stands between a first word and the next ("good2go"), or the next is longer than 16 letters, it
// may, as may two runs split apart that may_join() ("f i t") and a "100%" (hundred_percent_at).
// Any other text (a byte >= 0x80: full-width letters, Cyrillic or Greek look-alikes, invisible
// marks; an apostrophe ' or `, which joins letters) may.
inline bool may_hold_claim(std::string_view text) {
    std::array<char, 16> run{};
    std::array<char, 16> first{};
    std::array<char, 16> previous{};
    std::size_t size = 0;
    std::size_t previous_size = 0;  // of the previous run, 0 when it is longer than 16 letters
    bool split_since = false;       // only what splits_a_word() since the previous run
    std::string_view after;         // the previous run when it is the first word of a claim
    bool after_permission = false;
    bool after_status = false;
    bool digit_since = false;  // a 2 or a 4 since the previous run
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i < text.size()) {
            if (text[i] == '1' && hundred_percent_at(text, i) > 0) {
                return true;
            }
            // Any byte >= 0x80 (U+2019, the curly apostrophe, among them) or an ASCII apostrophe.
            if (static_cast<unsigned char>(text[i]) >= 0x80 || text[i] == '\'' || text[i] == '`') {
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
        const bool digit = i < text.size() && (text[i] == '2' || text[i] == '4');
        if (size > 0) {
            // A word of 1..16 ASCII letters; one that may start a claim starts with one of
            // claim_first_word_lengths (its letter and length).
            const bool fits = size <= run.size();
            const std::string_view word{run.data(), fits ? size : 0};
            if (!after.empty() && (!fits || digit_since || continues_a_claim(after, word))) {
                return true;
            }
            if (after_permission && may_follow_permission(word)) {
                return true;
            }
            if (after_status && in(word, status_answers)) {
                return true;
            }
            if (split_since && fits && previous_size > 0
                && may_join({previous.data(), previous_size}, word)) {
                return true;
            }
            const bool may_start =
                fits
                && ((claim_first_word_lengths[static_cast<std::size_t>(run[0] - 'a')] >> size)
                    & std::uint32_t{1})
                       != 0
                && is_claim_first_word(word);
            if (may_start && in(word, clearance_phrases)) {
                return true;
            }
            after_permission = may_start && first_word_of(word, permission_words);
            after_status =
                fits && (in(word, status_last_words) || (after_status && in(word, status_fillers)));
            std::copy(word.begin(), word.end(), previous.begin());
            previous_size = word.size();
            split_since = true;
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
        }
        size = 0;
    }
    return false;
}

// How many words one of `targets` takes at words[at], joined to words[at - 1], after at most
// most_target_fillers of target_fillers ("the match", "this weekend's game"), fillers included, or
// 0.
template <std::size_t N>
std::size_t target_at(std::string_view text, const std::vector<words::Word>& w, std::size_t at,
                      const std::array<std::string_view, N>& targets) {
    for (std::size_t fillers = 0;; ++fillers) {
        if (const auto more = next_of(text, w, at + fillers, targets, true)) {
            return fillers + more;
        }
        const std::size_t filler = at + fillers;
        if (fillers == most_target_fillers || filler >= w.size()
            || !in(w[filler].text, target_fillers) || !claim_run_on(text, w, filler - 1)) {
            return 0;
        }
    }
}

// How many words one of `phrases` at words[k] and then one of `targets` (through at most
// most_target_fillers fillers) take, or 0.
template <std::size_t N, std::size_t M>
std::size_t phrase_then_target(std::string_view text, const std::vector<words::Word>& w,
                               std::size_t k, const std::array<std::string_view, N>& phrases,
                               const std::array<std::string_view, M>& targets) {
    for (const std::string_view phrase : phrases) {
        const auto taken = phrase_at(text, w, k, phrase, false);
        if (taken == 0) {
            continue;
        }
        if (const auto more = target_at(text, w, k + taken, targets)) {
            return taken + more;
        }
    }
    return 0;
}

// Whether the claim that ends before words[end] trains a part that is not injured: its last word
// train... followed, after at most most_target_fillers of target_fillers, by one of
// uninjured_parts ("safe to train the uninjured side", "fit to train the upper body").
inline bool trains_an_uninjured_part(std::string_view text, const std::vector<words::Word>& w,
                                     std::size_t end) {
    if (!w[end - 1].text.starts_with("train")) {
        return false;
    }
    for (std::size_t at = end; at < end + most_target_fillers + 1; ++at) {
        if (at >= w.size() || !claim_run_on(text, w, at - 1)) {
            return false;
        }
        if (in(w[at].text, uninjured_parts)) {
            return true;
        }
        if (!in(w[at].text, target_fillers)) {
            return false;
        }
    }
    return false;
}

// How many words a complete recovery at words[k] takes ("fully healed", "recovered
// completely"), or 0.
inline std::size_t complete_recovery_at(std::string_view text, const std::vector<words::Word>& w,
                                        std::size_t k) {
    if (in(w[k].text, completeness_words)) {
        return next_of(text, w, k + 1, recovery_words, false) > 0 ? 2 : 0;
    }
    if (in(w[k].text, recovery_words)) {
        return next_of(text, w, k + 1, completeness_words, false) > 0 ? 2 : 0;
    }
    return 0;
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
    if (const auto taken = complete_recovery_at(text, w, k)) {
        return taken;
    }
    // "fit for play", "fit for the match", "ready for this weekend's game"; not "safe to train
    // the other leg".
    if (const auto taken = phrase_then_target(text, w, k, readiness_words, cleared_for)) {
        return trains_an_uninjured_part(text, w, k + taken) ? 0 : taken;
    }
    // "returns to play", "resumed full training".
    if (const auto taken = phrase_then_target(text, w, k, return_statements, sport_targets)) {
        return taken;
    }
    for (const std::string_view permission : permission_words) {
        const auto taken = phrase_at(text, w, k, permission, false);
        if (taken == 0) {
            continue;
        }
        if (const auto back = next_of(text, w, k + taken, return_words, false)) {
            if (const auto more = target_at(text, w, k + taken + back, sport_targets)) {
                return taken + back + more;
            }
        }
        if (const auto more = next_of(text, w, k + taken, sport_verbs, true)) {
            return taken + more;
        }
    }
    return 0;
}

// Whether the claim that ends before words[end] is made a requirement by the words after it, in
// the same run: at most most_status_fillers of status_fillers, then one of requirement_words
// ("clearance required", "clearance is needed").
inline bool required_after(std::string_view text, const std::vector<words::Word>& w,
                           std::size_t end) {
    for (std::size_t at = end; at < end + most_status_fillers + 1; ++at) {
        if (at >= w.size() || !run_on(text, w, at - 1)) {
            return false;
        }
        if (in(w[at].text, requirement_words)) {
            return true;
        }
        if (!in(w[at].text, status_fillers)) {
            return false;
        }
    }
    return false;
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

// The bytes of the mark that answers a status word at `text[i]` as done, or 0: U+2713 CHECK MARK,
// U+2714, U+2611 BALLOT BOX WITH CHECK, U+2705.
inline std::size_t check_mark_at(std::string_view text, std::size_t i) {
    const auto rest = text.substr(i);
    for (const std::string_view mark :
         {"\xE2\x9C\x93", "\xE2\x9C\x94", "\xE2\x98\x91", "\xE2\x9C\x85"}) {
        if (rest.starts_with(mark)) {
            return mark.size();
        }
    }
    return 0;
}

// The bytes of what may stand between a status word and its answer at `text[i]`, or 0: blanks,
// hyphens, dashes, invisible marks, ':', '=', '?', '>'.
inline std::size_t status_separator_at(std::string_view text, std::size_t i) {
    const char c = text[i];
    if (c == ':' || c == '=' || c == '?' || c == '>') {
        return 1;
    }
    return words::blank_at(text, i) + words::hyphen_at(text, i) + words::dash_at(text, i)
           + words::invisible_at(text, i);
}

// The claim of a status word at words[k] answered as done ("rtp: yes", "return to play: \u2713"),
// or empty.
inline std::string status_claim_at(std::string_view text, const std::vector<words::Word>& w,
                                   std::size_t k) {
    if (!first_word_of(w[k].text, status_words)) {
        return {};
    }
    for (const std::string_view status : status_words) {
        const auto taken = phrase_at(text, w, k, status, false);
        if (taken == 0) {
            continue;
        }
        const std::size_t end = w[k + taken - 1].end;
        std::size_t i = end;
        while (i < text.size()) {
            const std::size_t size = status_separator_at(text, i);
            if (size == 0) {
                break;
            }
            i += size;
        }
        if (i == end || i == text.size()) {
            return {};
        }
        std::string claim{status};
        // "fitness to play is confirmed", "RTP has been given".
        std::size_t answer = k + taken;
        for (std::size_t fillers = 0; fillers < most_status_fillers && answer < w.size()
                                      && w[answer].begin == i && in(w[answer].text, status_fillers);
             ++fillers) {
            i = w[answer].end;
            ++answer;
            const std::size_t before = i;
            while (i < text.size()) {
                const std::size_t size = status_separator_at(text, i);
                if (size == 0) {
                    break;
                }
                i += size;
            }
            if (i == before || i == text.size()) {
                return {};
            }
        }
        if (const auto mark = check_mark_at(text, i)) {
            return claim + ": " + std::string{text.substr(i, mark)};
        }
        // "RTP: Y/N" offers a choice.
        if (answer < w.size() && w[answer].begin == i && in(w[answer].text, status_answers)
            && !text.substr(w[answer].end).starts_with('/')) {
            return claim + ": " + w[answer].text;
        }
        return {};
    }
    return {};
}

// Whether `between` is only hyphens and dashes: the words it joins are named with a hyphen.
inline bool only_hyphens_and_dashes(std::string_view between) {
    for (std::size_t i = 0; i < between.size();) {
        const std::size_t size = words::hyphen_at(between, i) + words::dash_at(between, i);
        if (size == 0) {
            return false;
        }
        i += size;
    }
    return !between.empty();
}

// The first claim `text` holds, read by words_in() (invisible marks inside a word skipped).
inline std::string first_claim(std::string_view text) {
    const auto w = words::words_in(text);
    for (std::size_t k = 0; k < w.size(); ++k) {
        const std::size_t taken = claim_at(text, w, k);
        if (taken == 0) {
            if (auto status = status_claim_at(text, w, k);
                !status.empty() && !negated(text, w, k)) {
                return status;
            }
            continue;
        }
        if (negated(text, w, k) || required_after(text, w, k + taken)) {
            continue;
        }
        std::string claim = w[k].text;
        for (std::size_t j = k + 1; j < k + taken; ++j) {
            const auto between = text.substr(w[j - 1].end, w[j].begin - w[j - 1].end);
            claim += only_hyphens_and_dashes(between) ? "-" : " ";
            claim += w[j].text;
        }
        return claim;
    }
    return {};
}

// Whether text[i] is a 2 or a 4 standing for "to" or "for": between ASCII letters, spaces or
// hyphens ("good2go", "fit 4 play"), not in a number.
inline bool digit_for_a_word(std::string_view text, std::size_t i) {
    const auto joins = [text](std::size_t k) {
        return text[k] == ' ' || text[k] == '-' || words::letter_at(text, k).size == 1;
    };
    return (text[i] == '2' || text[i] == '4') && i > 0 && i + 1 < text.size() && joins(i - 1)
           && joins(i + 1);
}

// The second reading of `text`: each invisible mark a space ("fit\u00ADto\u00ADplay" is "fit to
// play", where words_in() reads one word), each digit_for_a_word() the word it stands for, each
// hundred_percent_at() "fully"; empty when it reads the same.
inline std::string second_reading(std::string_view text) {
    const auto mark_at = [text](std::size_t i) {
        return static_cast<unsigned char>(text[i]) >= 0xC2 ? words::invisible_at(text, i) : 0;
    };
    std::size_t i = 0;
    while (i < text.size() && mark_at(i) == 0 && !digit_for_a_word(text, i)
           && hundred_percent_at(text, i) == 0) {
        ++i;
    }
    if (i == text.size()) {
        return {};
    }
    std::string reading{text.substr(0, i)};
    while (i < text.size()) {
        if (const std::size_t mark = mark_at(i); mark > 0) {
            reading += ' ';
            i += mark;
            continue;
        }
        if (const std::size_t hundred = hundred_percent_at(text, i); hundred > 0) {
            reading += " fully ";
            i += hundred;
            continue;
        }
        if (digit_for_a_word(text, i)) {
            reading += text[i] == '2' ? " to " : " for ";
        } else {
            reading += text[i];
        }
        ++i;
    }
    return reading;
}

// `text` with each Cyrillic or Greek look-alike of a Latin letter (words::look_alike_at) written
// as that letter; empty when it has none.
inline std::string fold_look_alikes(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size() && words::look_alike_at(text, i).size == 0) {
        ++i;
    }
    if (i == text.size()) {
        return {};
    }
    std::string folded{text.substr(0, i)};
    while (i < text.size()) {
        if (const auto letter = words::look_alike_at(text, i); letter.size > 0) {
            folded += letter.lower;
            i += letter.size;
        } else {
            folded += text[i++];
        }
    }
    return folded;
}

// The reading of `text` with each word split into pieces joined ("f i t to play" is "fit to
// play", "C.L.E.A.R.E.D" is "cleared", "F I T T O P L A Y" is "fit to play"): from each piece,
// the longest run of pieces split apart (splits_a_word) that may_pair() pair by pair and that make
// a word of a claim (is_claim_word) is written as that word; empty when there is none.
inline std::string spaced_reading(std::string_view text) {
    const auto w = words::words_in(text);
    std::string reading;
    std::size_t copied = 0;
    for (std::size_t k = 0; k < w.size();) {
        std::size_t taken = 0;
        std::string joined = w[k].text;
        std::string word;
        for (std::size_t j = k + 1; j < w.size() && joined.size() < 24; ++j) {
            if (!splits_a_word(text.substr(w[j - 1].end, w[j].begin - w[j - 1].end))
                || !may_pair(w[j - 1].text, w[j].text)) {
                break;
            }
            joined += w[j].text;
            if (!may_start_a_claim_word(joined)) {
                break;
            }
            if (is_claim_word(joined)) {
                taken = j - k + 1;
                word = joined;
            }
        }
        if (taken == 0) {
            ++k;
            continue;
        }
        reading += text.substr(copied, w[k].begin - copied);
        reading += word;
        copied = w[k + taken - 1].end;
        k += taken;
    }
    if (copied == 0) {
        return {};
    }
    reading += text.substr(copied);
    return reading;
}

// The first claim of `text` in its first or second reading.
inline std::string first_claim_read_twice(std::string_view text) {
    if (auto claim = first_claim(text); !claim.empty()) {
        return claim;
    }
    const std::string reading = second_reading(text);
    return reading.empty() ? std::string{} : first_claim(reading);
}

}  // namespace wording_detail

// The first claim of clearance (the kinds above) that `text` holds and that the negation
// rule above does not take back, read as words ("Cleared", "CLEAR TO PLAY", "good-to-go",
// "fit\u00A0for play", "can return to play"; not "unclear to", "not yet ready to play", "isn`t
// cleared"): its words lower-cased, a hyphen between two that hyphens or dashes join and a space
// between any others ("good-to-go", "fit-to-play" from "fit\u2013to\u2013play", "fit to
// competition", "all clear" from "all\nclear", "okd to play" from "OK'd to play", "good to go"
// from "good2go"); empty when there is none. A text with invisible marks or a 2 or 4 for a word is
// read twice: as words_in() reads it ("clear\u00ADed" is "cleared"), then with each mark a space
// and each such digit its word; a claim in either reading is a claim. Both readings fold Cyrillic
// and Greek look-alikes of Latin letters first ("\u0441le\u0430red" is "cleared"); "100%" reads
// as "fully" in the second. A text with no claim in either is read once more with each word
// spaced or split into lone letters joined (spaced_reading: "f i t to play" is "fit to play"). A
// status word answered as done is named with a colon: "rtp: yes". [thread-safe] Pure; linear in
// the size of `text`.
inline std::string clearance_claim(std::string_view text) {
    using namespace wording_detail;
    if (!may_hold_claim(text)) {
        return {};
    }
    const std::string folded = fold_look_alikes(text);
    const std::string_view read = folded.empty() ? text : std::string_view{folded};
    if (auto claim = first_claim_read_twice(read); !claim.empty()) {
        return claim;
    }
    const std::string joined = spaced_reading(read);
    return joined.empty() ? std::string{} : first_claim_read_twice(joined);
}

}  // namespace coach
