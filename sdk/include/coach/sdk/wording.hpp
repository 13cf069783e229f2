#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "coach/sdk/claim_prefilter.hpp"
#include "coach/sdk/claim_readings.hpp"
#include "coach/sdk/claim_sentences.hpp"
#include "coach/sdk/claim_words.hpp"
#include "coach/sdk/words.hpp"

// Wording rules every plan keeps, shared by the engine's safety gate and the protocol reader:
// clearance_claim() below. What it reads as a claim, and what takes one back, are the word lists
// of coach/sdk/claim_words.hpp; the other readings of a text (digits, look-alike letters, letters
// spaced, words run together) are coach/sdk/claim_readings.hpp; the pre-filter that passes over
// plain texts is coach/sdk/claim_prefilter.hpp.
namespace coach {

namespace wording_detail {

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

// The index of the first word from words[at] on that is not one of `fillers`, after at most
// `most` of them, each in one run with the word before it (run_on; claim_run_on when
// `claim_joined`), or w.size() when the run ends first.
template <std::size_t N>
std::size_t word_after_fillers(std::string_view text, const std::vector<words::Word>& w,
                               std::size_t at, const std::array<std::string_view, N>& fillers,
                               std::size_t most, bool claim_joined) {
    for (const std::size_t last = at + most; at <= last; ++at) {
        if (at == 0 || at >= w.size()
            || !(claim_joined ? claim_run_on(text, w, at - 1) : run_on(text, w, at - 1))) {
            return w.size();
        }
        if (!in(w[at].text, fillers)) {
            return at;
        }
    }
    return w.size();
}

// How many words one of `targets` takes at words[at], joined to words[at - 1], after at most
// most_target_fillers of target_fillers ("the match", "this weekend's game"), fillers included, or
// 0. A day of day_words with nothing after it in its run is a target ("ready for Saturday").
template <std::size_t N>
std::size_t target_at(std::string_view text, const std::vector<words::Word>& w, std::size_t at,
                      const std::array<std::string_view, N>& targets) {
    for (std::size_t fillers = 0;; ++fillers) {
        if (const auto more = next_of(text, w, at + fillers, targets, true)) {
            return fillers + more;
        }
        const std::size_t filler = at + fillers;
        if (filler < w.size() && in(w[filler].text, day_words) && claim_run_on(text, w, filler - 1)
            && !run_on(text, w, filler)) {
            return fillers + 1;
        }
        if (fillers == most_target_fillers || filler >= w.size()
            || !(in(w[filler].text, target_fillers) || in(w[filler].text, day_words))
            || !claim_run_on(text, w, filler - 1)) {
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
    const auto at = word_after_fillers(text, w, end, target_fillers, most_target_fillers, true);
    return at < w.size() && in(w[at].text, uninjured_parts);
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

// Whether words[k] opens the text or a clause: nothing but punctuation and blanks before it, and
// more than blanks and hyphens since the word before ("Discharged.", "Return to play: signed
// off"; not "100% recovered").
inline bool opens_a_clause(std::string_view text, const std::vector<words::Word>& w,
                           std::size_t k) {
    const std::size_t from = k == 0 ? 0 : w[k - 1].end;
    const auto before = text.substr(from, w[k].begin - from);
    if (before.find_first_of("0123456789%") != std::string_view::npos) {
        return false;
    }
    return k == 0 || !words::only_blanks_and_hyphens(before);
}

inline constexpr std::array<std::string_view, 1> to_word = {"to"};
inline constexpr std::array<std::string_view, 1> recovery_word = {"recovery"};

// How many words a state claimed at words[k] takes, or 0: one of being_words, at most
// most_state_adverbs of state_adverbs, then one of state_words ("is healed", "is now
// discharged", "be signed off", "is fit."), or one of opening_states opening a clause
// ("Discharged", ": signed off"); a return said done ("back to full training", "is back
// playing"). Not a state that starts a readiness claim ("signed off to play" is that claim).
inline std::size_t state_claim_at(std::string_view text, const std::vector<words::Word>& w,
                                  std::size_t k) {
    const bool being = in(w[k].text, being_words);
    std::size_t at = k;
    if (being) {
        at = word_after_fillers(text, w, k + 1, state_adverbs, most_state_adverbs, true);
        if (at == w.size()) {
            return 0;
        }
    } else if (!opens_a_clause(text, w, k)) {
        return 0;
    }
    if (w[at].text == "back") {
        if (const auto to = next_of(text, w, at + 1, to_word, false)) {
            if (const auto more = target_at(text, w, at + 1 + to, sport_targets)) {
                return at - k + 1 + to + more;
            }
        }
        const auto more = next_of(text, w, at + 1, sport_verbs, true);
        return more > 0 ? at - k + 1 + more : 0;
    }
    std::size_t taken = 0;
    std::string_view state;
    for (const std::string_view phrase : state_words) {
        if ((taken = phrase_at(text, w, at, phrase, false)) > 0) {
            state = phrase;
            break;
        }
    }
    if (taken == 0 || (!being && !in(state, opening_states))
        || phrase_then_target(text, w, at, readiness_words, cleared_for) > 0) {
        return 0;
    }
    const std::size_t end = at + taken;
    const bool more_in_run = end < w.size() && run_on(text, w, end - 1);
    if ((state == "fit" || state == "ready") && more_in_run && !in(w[end].text, time_words)) {
        return 0;
    }
    if (state == "resolved" && (k == 0 || !in(w[k - 1].text, injury_words))) {
        return 0;
    }
    if (state == "discharged" && more_in_run && w[end].text == "from") {
        const auto what = word_after_fillers(text, w, end + 1, deferral_fillers, 2, false);
        if (what == w.size() || !in(w[what].text, care_words)) {
            return 0;
        }
    }
    return end - k;
}

// How many words a recovery stated done at words[k] takes ("complete recovery", "recovery is
// complete", "rehab complete"), or 0; not a recovery that is rest ("full recovery between sets"),
// nor a name ("complete-recovery").
inline std::size_t recovery_done_at(std::string_view text, const std::vector<words::Word>& w,
                                    std::size_t k) {
    if (in(w[k].text, complete_words)) {
        // Blanks only between: "complete-recovery" is a name ("claim-complete-recovery").
        const auto between = [&](std::size_t j) {
            return text.substr(w[j].end, w[j + 1].begin - w[j].end);
        };
        if (next_of(text, w, k + 1, recovery_word, false) == 0
            || between(k).find_first_not_of(" \t\n\r") != std::string_view::npos
            || (k + 2 < w.size() && run_on(text, w, k + 1) && in(w[k + 2].text, rest_words))) {
            return 0;
        }
        return 2;
    }
    if (!in(w[k].text, recovery_nouns)) {
        return 0;
    }
    const auto at = word_after_fillers(text, w, k + 1, status_fillers, most_status_fillers, false);
    return at < w.size() && in(w[at].text, done_words) ? at - k + 1 : 0;
}

// How many words the claim at words[k] takes, or 0.
inline std::size_t claim_at(std::string_view text, const std::vector<words::Word>& w,
                            std::size_t k) {
    if (const auto taken = recovery_done_at(text, w, k)) {
        return taken;
    }
    if (const auto taken = state_claim_at(text, w, k)) {
        return taken;
    }
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
        // "may play"; not "can play the next rep", "may play the recording".
        if (const auto more = next_of(text, w, k + taken, sport_verbs, true);
            more > 0
            && !(w[k + taken].text.starts_with("play")
                 && played_not_as_sport(w, k + taken + more, w.size()))) {
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
    const auto at = word_after_fillers(text, w, end, status_fillers, most_status_fillers, false);
    return at < w.size() && in(w[at].text, requirement_words);
}

// Whether the claim that ends before words[end] is left to a clinician by the words after it, in
// the same run: at most most_status_fillers of status_fillers, then "for" or "up to", at most two
// of deferral_fillers and one of clinician_words ("clearance is for a clinician", "clearance is
// up to the team doctor"); or at least one status filler, then the fillers and the clinician
// ("clearance is a clinician's decision").
inline bool left_to_a_clinician(std::string_view text, const std::vector<words::Word>& w,
                                std::size_t end) {
    auto at = word_after_fillers(text, w, end, status_fillers, most_status_fillers, false);
    if (at == w.size()) {
        return false;
    }
    if (w[at].text == "up" && at + 1 < w.size() && run_on(text, w, at) && w[at + 1].text == "to") {
        at += 2;
    } else if (w[at].text == "for") {
        ++at;
    } else if (at == end) {
        return false;
    }
    at = word_after_fillers(text, w, at, deferral_fillers, 2, false);
    return at < w.size() && in(w[at].text, clinician_words);
}

// The index of the first word of the sentence of words[k].
inline std::size_t sentence_start(std::string_view text, const std::vector<words::Word>& w,
                                  std::size_t k) {
    while (k > 0 && !ends_a_sentence(text.substr(w[k - 1].end, w[k].begin - w[k - 1].end))) {
        --k;
    }
    return k;
}

// Whether the claim words[k, end) is asked, not said: its sentence ends in '?' and opens with the
// claim or one of question_openers, and the word after the '?' is none of status_answers ("Is
// the athlete fit to play? A clinician decides"; not "Fit to play? Yes").
inline bool asked(std::string_view text, const std::vector<words::Word>& w, std::size_t k,
                  std::size_t end) {
    const std::size_t mark = sentence_mark(text, w[end - 1].end, ".!?");
    if (mark == std::string_view::npos || text[mark] != '?') {
        return false;
    }
    const std::size_t first = sentence_start(text, w, k);
    if (first != k && !in(w[first].text, question_openers)) {
        return false;
    }
    std::size_t next = end;
    while (next < w.size() && w[next].begin < mark) {
        ++next;
    }
    return next == w.size() || !in(w[next].text, status_answers);
}

// Whether the claim that ends before words[end] waits on a clinician: one of condition_words
// after it in its sentence (before a '.', '!', '?' or ';'), and one of clinician_words after that
// ("back to team training once the criteria are met and a clinician has signed off").
inline bool waits_on_a_clinician(std::string_view text, const std::vector<words::Word>& w,
                                 std::size_t end) {
    const std::size_t stop = sentence_mark(text, w[end - 1].end, ".!?;");
    bool condition = false;
    for (std::size_t j = end; j < w.size() && w[j].begin < stop; ++j) {
        if (in(w[j].text, condition_words)) {
            condition = true;
        } else if (condition && in(w[j].text, clinician_words)) {
            return true;
        }
    }
    return false;
}

// Whether the claim at words[k] is said of a part that is not injured: before it, across anything
// but the end of a sentence and at most most_subject_links of subject_links, one of body_parts
// after one of uninjured_parts or "non injured" ("The uninjured leg is fit to train", "the
// uninjured leg; it is fit to train", "The healthy leg may compete").
inline bool said_of_an_uninjured_part(std::string_view text, const std::vector<words::Word>& w,
                                      std::size_t k) {
    const auto between = [&](std::size_t j) {
        return text.substr(w[j - 1].end, w[j].begin - w[j - 1].end);
    };
    std::size_t j = k;
    for (std::size_t links = 0;; ++links) {
        if (j < 2 || ends_a_sentence(between(j))) {
            return false;
        }
        if (links == most_subject_links || !in(w[j - 1].text, subject_links)) {
            break;
        }
        --j;
    }
    const std::size_t part = j - 1;
    if (!in(w[part].text, body_parts) || !run_on(text, w, part - 1)) {
        return false;
    }
    const std::string_view before = w[part - 1].text;
    return in(before, uninjured_parts)
           || (before == "injured" && part >= 2 && w[part - 2].text == "non");
}

// Whether the claim words[k, end) is deferred or not the athlete's (claim_words.hpp): asked, an
// aim a clinician judges, waiting on a clinician's condition, left to a clinician, or said of an
// uninjured part.
inline bool deferred(std::string_view text, const std::vector<words::Word>& w, std::size_t k,
                     std::size_t end) {
    return left_to_a_clinician(text, w, end) || asked(text, w, k, end)
           || an_aim_a_clinician_judges(w, sentence_start(text, w, k), k)
           || waits_on_a_clinician(text, w, end) || said_of_an_uninjured_part(text, w, k);
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
        i = past_status_separators(text, i);
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
            i = past_status_separators(text, i);
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

// The first claim `text` holds, read by words_in() (invisible marks inside a word skipped): `w`
// is words::words_in(text).
inline std::string first_claim(std::string_view text, const std::vector<words::Word>& w) {
    for (std::size_t k = 0; k < w.size(); ++k) {
        const std::size_t taken = claim_at(text, w, k);
        if (taken == 0) {
            if (auto status = status_claim_at(text, w, k);
                !status.empty() && !negated(text, w, k)) {
                return status;
            }
            continue;
        }
        if (negated(text, w, k) || required_after(text, w, k + taken)
            || deferred(text, w, k, k + taken) || in_a_safe_form(text, w, k, k + taken, true)) {
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

// A reading of a text and its words, read once and shared by the forms that read it.
struct ReadingAndWords {
    std::string text;
    std::vector<words::Word> words;

    explicit ReadingAndWords(std::string read)
        : text(std::move(read)), words(words::words_in(text)) {}
};

// The second reading of `text` (second_reading()), made on first use and kept: the listed forms
// and the strict form both read it.
class SecondReading {
  public:
    explicit SecondReading(std::string_view text) : text_(text) {}

    // The reading, or nullptr when it is empty (nothing to read twice).
    const ReadingAndWords* get() {
        if (!reading_) {
            reading_.emplace(second_reading(text_));
        }
        return reading_->text.empty() ? nullptr : &*reading_;
    }

  private:
    std::string_view text_;
    std::optional<ReadingAndWords> reading_;
};

// The first claim of `text` (its words `w`) in its first or second reading.
inline std::string first_claim_read_twice(std::string_view text, const std::vector<words::Word>& w,
                                          SecondReading& second) {
    if (auto claim = first_claim(text, w); !claim.empty()) {
        return claim;
    }
    const ReadingAndWords* reading = second.get();
    return reading == nullptr ? std::string{} : first_claim(reading->text, reading->words);
}

// The first claim of `text` in its first or second reading, `text` a reading of its own (spaced
// or run together).
inline std::string first_claim_read_twice(std::string_view text) {
    SecondReading second{text};
    return first_claim_read_twice(text, words::words_in(text), second);
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
// spaced or split into lone letters joined (spaced_reading: "f i t to play" is "fit to play"),
// then with words run together split (run_together_reading: "clearedtoplay"). The second reading
// also reads a digit between letters as the letter it stands for ("cl3ared"). A status word
// answered as done is named with a colon: "rtp: yes". A claim asked, an aim a clinician judges,
// a claim left to a clinician or said of an uninjured part is none (claim_words.hpp). The
// plan's gate reports a claim as `says "<claim>"; plans estimate, a clinician clears`.
// [thread-safe] Pure; linear in the size of `text`.
inline std::string clearance_claim(std::string_view text) {
    using namespace wording_detail;
    const ClaimPrefilter filter = claim_prefilter(text);
    if (filter == ClaimPrefilter::none) {
        return {};
    }
    const std::string folded = fold_look_alikes(text);
    const std::string_view read = folded.empty() ? text : std::string_view{folded};
    // Each reading is split into words once: the first and second readings' words are shared by
    // the listed forms, the spaced and run-together readings and the strict form.
    const auto w = words::words_in(read);
    SecondReading second{read};
    // A text with only a word of the family holds no listed claim in any reading (the pre-filter
    // never hides one): the strict form alone reads it.
    if (filter == ClaimPrefilter::listed) {
        if (auto claim = first_claim_read_twice(read, w, second); !claim.empty()) {
            return claim;
        }
        if (const std::string joined = spaced_reading(read, w); !joined.empty()) {
            if (auto claim = first_claim_read_twice(joined); !claim.empty()) {
                return claim;
            }
        }
        const std::string split = run_together_reading(read, w);
        if (auto claim = split.empty() ? std::string{} : first_claim_read_twice(split);
            !claim.empty()) {
            return claim;
        }
    }
    // The strict form (claim_sentences.hpp), in the first reading, then the second.
    if (auto claim = strict_claim(read, w); !claim.empty()) {
        return claim;
    }
    const ReadingAndWords* reading = second.get();
    return reading == nullptr ? std::string{} : strict_claim(reading->text, reading->words);
}

}  // namespace coach
