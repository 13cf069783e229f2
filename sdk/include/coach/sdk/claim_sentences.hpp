#pragma once

#include <algorithm>
#include <array>
#include <cctype>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "coach/sdk/claim_family_words.hpp"
#include "coach/sdk/claim_words.hpp"
#include "coach/sdk/words.hpp"

// The strict form of the clearance check (coach/sdk/wording.hpp), as red flags have one
// (engine/src/json/red_flag_clause.cpp): a sentence that holds a word of the clearance family is
// a claim unless it matches a recognised safe form (its words: coach/sdk/claim_family_words.hpp).
// The listed forms of claim_words.hpp name the claims the reader knows; this reading catches the
// ones it does not ("The protocol clears the athlete", "free to play", "Unrestricted return to
// sport", "The tear has healed", "RTP: 1").
namespace coach {

namespace wording_detail {

// Whether text[i] is a '.' between two digits: a decimal point ("week 2.5"), which ends no
// sentence.
inline bool a_decimal_point(std::string_view text, std::size_t i) {
    const auto digit = [text](std::size_t at) {
        return std::isdigit(static_cast<unsigned char>(text[at])) != 0;
    };
    return text[i] == '.' && i > 0 && i + 1 < text.size() && digit(i - 1) && digit(i + 1);
}

// The first of `marks` in `text` from `from` on that is not a decimal point, or npos.
inline std::size_t sentence_mark(std::string_view text, std::size_t from, std::string_view marks) {
    std::size_t at = text.find_first_of(marks, from);
    while (at != std::string_view::npos && a_decimal_point(text, at)) {
        at = text.find_first_of(marks, at + 1);
    }
    return at;
}

// Whether `between` (the text between two words) ends a sentence: a '.' (not a decimal point),
// '!' or '?'.
inline bool ends_a_sentence(std::string_view between) {
    return sentence_mark(between, 0, ".!?") != std::string_view::npos;
}

// Whether the claim at words[k] is an aim a clinician judges: one of aim_words before it in its
// sentence, and one of clinician_words in the text ("The aim is to be ready to play; a clinician
// confirms it").
inline bool an_aim_a_clinician_judges(const std::vector<words::Word>& w, std::size_t first,
                                      std::size_t k) {
    bool aim = false;
    for (std::size_t j = first; j < k && !aim; ++j) {
        aim = in(w[j].text, aim_words);
    }
    if (!aim) {
        return false;
    }
    for (const auto& word : w) {
        if (in(word.text, clinician_words)) {
            return true;
        }
    }
    return false;
}

// Whether `between` (the text between two words) ends a sentence for the strict form: '.' (not a
// decimal point), '!', '?', ';' or a line break.
inline bool ends_a_strict_sentence(std::string_view between) {
    return sentence_mark(between, 0, ".!?;\n") != std::string_view::npos;
}

// Whether `between` ends a clause: a sentence end, ',', '(', ')', a dash, or a hyphen with a blank
// on either side ("Cleared - full contact").
inline bool ends_a_clause(std::string_view between) {
    if (ends_a_strict_sentence(between)
        || between.find_first_of(",():=") != std::string_view::npos) {
        return true;
    }
    for (std::size_t i = 0; i < between.size(); ++i) {
        if (words::dash_at(between, i) > 0) {
            return true;
        }
        if (between[i] == '-'
            && ((i > 0 && between[i - 1] == ' ')
                || (i + 1 < between.size() && between[i + 1] == ' '))) {
            return true;
        }
    }
    return false;
}

// The words of one strict sentence or clause: [first, end).
struct Span {
    std::size_t first = 0;
    std::size_t end = 0;
};

// The span around words[k] that `ends` (a test of the text between two words) bounds.
template <class Ends>
Span span_around(std::string_view text, const std::vector<words::Word>& w, std::size_t k,
                 const Ends& ends) {
    const auto between = [&](std::size_t j) {
        return text.substr(w[j - 1].end, w[j].begin - w[j - 1].end);
    };
    Span span{k, k + 1};
    while (span.first > 0 && !ends(between(span.first))) {
        --span.first;
    }
    while (span.end < w.size() && !ends(between(span.end))) {
        ++span.end;
    }
    return span;
}

// Whether `word` starts with one of sport_words.
inline bool sport_word_start(std::string_view word) {
    for (const std::string_view start : sport_words) {
        if (word.starts_with(start)) {
            return true;
        }
    }
    return false;
}

// Whether words[k] is part of a name, not of a sentence: glued to the word before or after it by
// '_', '/', '@' or a '.' between letters ("return_to_sport", "@dr.whitt.fit"), or in a chain of
// four or more words joined by single hyphens ("source-on-return-to-play").
inline bool part_of_a_name(std::string_view text, const std::vector<words::Word>& w,
                           std::size_t k) {
    const auto glue = [](char c) { return c == '_' || c == '/' || c == '@'; };
    const auto letter = [text](std::size_t i) {
        return i < text.size() && words::letter_at(text, i).size > 0;
    };
    const std::size_t begin = w[k].begin;
    const std::size_t end = w[k].end;
    if ((begin > 0 && glue(text[begin - 1]))
        || (begin > 1 && text[begin - 1] == '.' && letter(begin - 2))
        || (end < text.size() && glue(text[end]))
        || (end + 1 < text.size() && text[end] == '.' && letter(end + 1))) {
        return true;
    }
    const auto hyphen_between = [&](std::size_t j) {
        return text.substr(w[j - 1].end, w[j].begin - w[j - 1].end) == "-";
    };
    std::size_t first = k;
    while (first > 0 && hyphen_between(first)) {
        --first;
    }
    std::size_t last = k;
    while (last + 1 < w.size() && hyphen_between(last + 1)) {
        ++last;
    }
    // "claim-sign-off": a family word after the first word of a chain of three or more.
    return last - first + 1 >= 4 || (last - first + 1 >= 3 && first < k);
}

// What the pre-filter (claim_prefilter.hpp) waits on after `word` (lower case) for a family word
// of two or more words: "sign" (then "off" within three words), "full" (then a sport), "free"
// (then "to"), "green" (then "light"), "back" (then "to", "in" or "into"), "restrictions" (then
// "lifted" or "removed"); or empty.
inline std::string_view family_opener_of(std::string_view word) {
    if (word.starts_with("sign")) {
        return "sign";
    }
    if (word == "fully") {
        return "full";
    }
    if (word.starts_with("return")) {
        return "return";
    }
    for (const std::string_view opener : {"full", "free", "green", "back", "restrictions"}) {
        if (word == opener) {
            return opener;
        }
    }
    return {};
}

// Whether `word` (lower case), one of family_words, is one the pre-filter lets through alone,
// after `previous` (the word before it): not a return (which waits for "to", "in" or "into":
// family_opener_of), nor "fit" or "ready" after an article or a word of general fitness.
inline bool family_word_alone(std::string_view word, std::string_view previous) {
    if (word.starts_with("return")) {
        return false;
    }
    return !((word == "fit" || word == "ready")
             && (in(previous, articles) || in(previous, general_fitness)));
}

// Whether `word` (lower case) after `opener` (family_opener_of) may make a family word.
inline bool continues_a_family_word(std::string_view opener, std::string_view word) {
    return (opener == "sign" && word == "off") || (opener == "full" && sport_word_start(word))
           || (opener == "free" && word == "to") || (opener == "green" && word == "light")
           || ((opener == "back" || opener == "return")
               && (word == "to" || word == "in" || word == "into"))
           || (opener == "restrictions" && (word == "lifted" || word == "removed"));
}

// Whether words[at] starts with one of `starts`.
template <std::size_t N>
bool starts_with_one_of(const std::vector<words::Word>& w, std::size_t at,
                        const std::array<std::string_view, N>& starts) {
    if (at >= w.size()) {
        return false;
    }
    for (const std::string_view start : starts) {
        if (w[at].text.starts_with(start)) {
            return true;
        }
    }
    return false;
}

// Whether one of sport_words follows words[k] in `span`, after at most three words of
// target_fillers, "to" or "competitive" ("return to full competition", "returns to the pitch").
inline bool sport_after(const std::vector<words::Word>& w, std::size_t k, Span span) {
    for (std::size_t at = k + 1; at < span.end && at <= k + 4; ++at) {
        if (starts_with_one_of(w, at, sport_words)) {
            return true;
        }
        if (!(w[at].text == "to" || w[at].text == "in" || w[at].text == "into"
              || w[at].text == "competitive" || in(w[at].text, target_fillers))) {
            return false;
        }
    }
    return false;
}

// Whether words[at] names a time: a day ("Saturday", "Sundays"), a weekend, or one of time_units
// after one of time_openers ("by week 8").
inline bool names_a_time(const std::vector<words::Word>& w, std::size_t at) {
    const std::string_view word = w[at].text;
    return in(word, day_words)
           || (word.ends_with("s") && in(word.substr(0, word.size() - 1), day_words))
           || in(word, weekend_words)
           || (in(word, time_units) && at > 0 && in(w[at - 1].text, time_openers));
}

// Whether what follows a word of readiness at words[after] says it of the athlete's readiness:
// the end of its clause ("Athlete: fit."), one of readiness_followers ("Game ready by week 10",
// "fit again"), or "to" or "for" and, after at most three of target_fillers, a sport or a day
// ("ready for competition", "ready for Saturday"; not "ready to progress", "fit to the athlete's
// pace", "Game Ready cold compression"), or "to", a verb the lists do not know and a time in its
// clause ("Ready to rumble on Saturday"; not "ready to progress on Monday", "ready to walk by day
// 3", "ready to see the physio on Monday": a step of rehabilitation, an everyday activity or a
// clinician).
inline bool readiness_follows(const std::vector<words::Word>& w, std::size_t after, Span clause) {
    if (after >= clause.end || in(w[after].text, readiness_followers)) {
        return true;
    }
    if (w[after].text != "to" && w[after].text != "for") {
        return false;
    }
    bool verb = false;
    for (std::size_t at = after + 1; at < clause.end && at <= after + 6; ++at) {
        const std::string_view word = w[at].text;
        if (!verb && sport_word_start(word)) {
            return true;
        }
        if (in(word, day_words) || in(word, weekend_words)
            || (word.ends_with("s") && in(word.substr(0, word.size() - 1), day_words))) {
            return at + 1 >= clause.end || !starts_with_one_of(w, at + 1, rehab_steps);
        }
        if (verb && names_a_time(w, at)) {
            return true;
        }
        if (starts_with_one_of(w, at, rehab_steps) || starts_with_one_of(w, at, everyday_activities)
            || in(word, clinician_words)) {
            return false;
        }
        if (in(word, target_fillers)) {
            continue;
        }
        if (verb || at > after + 4 || w[after].text != "to" || at != after + 1) {
            if (!verb) {
                return false;
            }
            continue;
        }
        verb = true;
    }
    return false;
}

// Whether "fit", "ready" or "green light" (`size` words at words[k]) is said of the athlete's
// readiness: not after an article or a word of general fitness ("a fit, healthy runner", "Phase A
// fit test", "keep fit"; "the green light" may be), and readiness_follows() after it.
inline bool readiness_in_its_clearance_sense(const std::vector<words::Word>& w, std::size_t k,
                                             std::size_t size, Span clause) {
    if (size == 1 && k > clause.first
        && (in(w[k - 1].text, articles) || in(w[k - 1].text, general_fitness))) {
        return false;
    }
    return readiness_follows(w, k + size, clause);
}

// Whether a selection that starts at words[at] ("available", "in the squad") is said of the
// athlete: it opens its clause, or follows one of selection_verbs ("declared available"), or a
// word of being said of one of person_words ("He has been available", "The athlete is in the
// squad"; not "A physio is available on Mondays"), across at most two of state_adverbs.
inline bool selection_of_the_athlete(const std::vector<words::Word>& w, std::size_t at,
                                     Span clause) {
    std::size_t j = at;
    while (j > clause.first && at - j < 2 && in(w[j - 1].text, state_adverbs)
           && w[j - 1].text != "now") {
        --j;
    }
    if (j == clause.first) {
        return true;
    }
    const std::string_view before = w[j - 1].text;
    if (in(before, selection_verbs) || before == "hes" || before == "shes" || before == "theyre"
        || before == "youre") {
        return true;
    }
    if (!in(before, being_words)) {
        return false;
    }
    for (std::size_t s = j - 1; s > clause.first;) {
        --s;
        if (in(w[s].text, person_words)) {
            return true;
        }
        if (!in(w[s].text, being_links)) {
            return false;
        }
    }
    return in(w[clause.first].text, being_words);
}

// Whether one of squad_words at words[k] is a selection: "in" or "into" before it across at most
// three of squad_fillers, said of the athlete (selection_of_the_athlete), and readiness_follows()
// after it ("Named in the squad for Saturday", "She is in the squad."; not "Work in the team
// gym", "Train in the squad").
inline bool squad_in_its_clearance_sense(const std::vector<words::Word>& w, std::size_t k,
                                         Span clause) {
    std::size_t j = k;
    while (j > clause.first && k - j < 3 && in(w[j - 1].text, squad_fillers)) {
        --j;
    }
    if (j == clause.first || !(w[j - 1].text == "in" || w[j - 1].text == "into")) {
        return false;
    }
    return selection_of_the_athlete(w, j - 1, clause) && readiness_follows(w, k + 1, clause);
}

// How many words a restriction said absent takes at words[k] (a family word that starts with
// "restriction" or "limit"), or 0: one of restriction_absent before it across at most
// two of restriction_fillers ("No restrictions", "without any restriction"), or one of
// restriction_lifted as its answer ("Restrictions: none", "Restrictions lifted"); and no
// restriction of one thing ("No restrictions on walking" names what it lifts: only a sport
// counts, "no restrictions on training"), nor one of everyday_activities or rehab_steps before it
// in its sentence ("Walking: no restrictions", "Cycling without restriction").
inline std::size_t restriction_lifted_at(const std::vector<words::Word>& w, std::size_t k,
                                         Span clause, Span sentence) {
    std::size_t j = k;
    while (j > clause.first && k - j < 2 && in(w[j - 1].text, restriction_fillers)) {
        --j;
    }
    std::size_t taken = 0;
    if (j > clause.first && in(w[j - 1].text, restriction_absent)) {
        taken = 1;
    } else if (k + 1 < sentence.end && in(w[k + 1].text, restriction_lifted)
               && (w[k + 1].text != "no" || k + 2 == sentence.end)) {
        taken = 2;
    }
    if (taken == 0) {
        return 0;
    }
    for (std::size_t at = sentence.first; at < k; ++at) {
        if (starts_with_one_of(w, at, everyday_activities)
            || starts_with_one_of(w, at, rehab_steps)) {
            return 0;
        }
    }
    const std::size_t after = k + taken;
    if (after < clause.end
        && (w[after].text == "on" || w[after].text == "to" || w[after].text == "for"
            || w[after].text == "in" || w[after].text == "of" || w[after].text == "with"
            || w[after].text == "at")) {
        for (std::size_t at = after + 1; at < clause.end && at <= after + 3; ++at) {
            if (starts_with_one_of(w, at, everyday_activities)) {
                return 0;
            }
            if (sport_word_start(w[at].text)) {
                return taken;
            }
            if (!in(w[at].text, target_fillers)) {
                return 0;
            }
        }
        return 0;
    }
    return taken;
}

// How many words a word of the clearance family takes at words[k] in its clearance sense, or 0:
// one of family_words (a return only to a sport: "return to play", not "return the leg"; "clear"
// only after a word of being or "all", or before "to" or "for"; "ready" and "fit" not before "to"
// or "for" and a step of rehabilitation; "discharged from" only from care; "resolved" only of an
// injury; "play" not "play a ball"), "sign off" in any form, "authorise" in any spelling, "full"
// or "free to" before a sport ("full training", "free to compete"), "green light".
inline std::size_t family_word_at(std::string_view text, const std::vector<words::Word>& w,
                                  std::size_t k, Span clause) {
    const std::string_view word = w[k].text;
    if (part_of_a_name(text, w, k)) {
        return 0;
    }
    const auto next = [&](std::size_t by) -> std::string_view {
        return k + by < clause.end ? std::string_view{w[k + by].text} : std::string_view{};
    };
    if (word.starts_with("authori")) {
        return 1;
    }
    if (word == "sign" || word == "signs" || word == "signed" || word == "signing") {
        // "signed off", "signed him off", "signed the athlete off".
        for (std::size_t by = 1; by <= 3; ++by) {
            if (next(by) == "off") {
                return by + 1;
            }
        }
        return 0;
    }
    if (word == "back") {
        return sport_after(w, k, clause) ? 1 : 0;
    }
    if (word == "available" || word == "picked") {
        return selection_of_the_athlete(w, k, clause) && readiness_follows(w, k + 1, clause) ? 1
                                                                                             : 0;
    }
    if (in(word, squad_words)) {
        return squad_in_its_clearance_sense(w, k, clause) ? 1 : 0;
    }
    if (word.starts_with("restriction") || word.starts_with("limit")) {
        return restriction_lifted_at(w, k, clause, span_around(text, w, k, ends_a_strict_sentence));
    }
    if ((word == "full" || word == "fully") && starts_with_one_of(w, k + 1, sport_words)
        && k + 1 < clause.end && w[k + 1].text != "full") {
        return 2;
    }
    if (word == "free" && next(1) == "to" && starts_with_one_of(w, k + 2, sport_words)) {
        return 3;
    }
    if (word == "green" && next(1) == "light") {
        return readiness_in_its_clearance_sense(w, k, 2, clause) ? 2 : 0;
    }
    if (!in(word, family_words)) {
        return 0;
    }
    if (word.starts_with("return")) {
        return sport_after(w, k, clause) ? 1 : 0;
    }
    if (word == "clear") {
        const bool before =
            k > clause.first && (in(w[k - 1].text, being_words) || w[k - 1].text == "all");
        return before || next(1) == "to" || next(1) == "for" || clause.end - clause.first == 1 ? 1
                                                                                               : 0;
    }
    if (word == "fit" || word == "ready") {
        return readiness_in_its_clearance_sense(w, k, 1, clause) ? 1 : 0;
    }
    if (word.starts_with("discharge") && next(1) == "from") {
        return k + 2 < clause.end && in(w[k + 2].text, care_words) ? 1 : 0;
    }
    if (word == "resolved") {
        for (std::size_t at = clause.first; at < k; ++at) {
            if (in(w[at].text, injury_words)) {
                return 1;
            }
        }
        return 0;
    }
    if (in(next(1), kind_of_drill)) {
        return 0;
    }
    if (word.starts_with("play")
        && (next(1) == "a" || next(1) == "an" || next(1) == "catch"
            || (next(1) == "the" && next(2).starts_with("ball")))) {
        return 0;
    }
    if (word == "unrestricted" && starts_with_one_of(w, k + 1, everyday_activities)
        && k + 1 < clause.end) {
        return 0;
    }
    if (word.starts_with("recover")) {
        for (std::size_t by = 1; by <= 3; ++by) {
            if (in(next(by), rest_words)) {
                return 0;
            }
        }
    }
    return 1;
}

// Whether `word` may be (or start) a word of the clearance family: the test before a clause is
// bounded.
inline bool may_be_a_family_word(std::string_view word) {
    return in(word, family_words) || word.starts_with("authori") || word.starts_with("sign")
           || word == "full" || word == "fully" || word == "free" || word == "green"
           || word == "back" || word == "restrictions";
}

// Whether the words [from, to) hold one of `list`.
template <std::size_t N>
bool any_in(const std::vector<words::Word>& w, std::size_t from, std::size_t to,
            const std::array<std::string_view, N>& list) {
    for (std::size_t j = from; j < to; ++j) {
        if (in(w[j].text, list)) {
            return true;
        }
    }
    return false;
}

// Whether words[j] denies (one of denials or a contraction in n't) and what follows it, across at
// most two of restriction_fillers, is no restriction ("no restrictions", "without any
// restriction" deny nothing of a claim).
inline bool denies_at(const std::vector<words::Word>& w, std::size_t j, std::size_t end) {
    if (!(w[j].negative || in(w[j].text, denials))) {
        return false;
    }
    std::size_t at = j + 1;
    while (at < end && at <= j + 2 && in(w[at].text, restriction_fillers)) {
        ++at;
    }
    return !(at < end && in(w[at].text, restriction_words));
}

// Whether the claim at words[k, end) is denied: a denial before it in its clause (a clause that
// "and" or "but" also ends), or one within most_words_after words after it in its clause.
inline bool denied(std::string_view text, const std::vector<words::Word>& w, std::size_t k,
                   std::size_t end, Span clause) {
    // A line break alone does not end what a denial reaches ("not yet\ncleared").
    const Span before = span_around(text, w, k, [](std::string_view between) {
        std::string spaced{between};
        std::replace(spaced.begin(), spaced.end(), '\n', ' ');
        return ends_a_clause(spaced);
    });
    clause.first = before.first;
    for (std::size_t j = k; j > clause.first;) {
        --j;
        if (in(w[j].text, clause_joiners)) {
            break;
        }
        if (denies_at(w, j, clause.end)) {
            return true;
        }
    }
    for (std::size_t j = end; j < clause.end && j < end + most_words_after; ++j) {
        if (in(w[j].text, clause_joiners)) {
            break;
        }
        if (denies_at(w, j, clause.end)) {
            return true;
        }
    }
    // An answer after ':' or '=' that denies: "RTP: no", "Cleared = not yet".
    return end == clause.end && end < w.size() && denies_at(w, end, w.size())
           && sentence_mark(text.substr(w[end - 1].end, w[end].begin - w[end - 1].end), 0,
                            ".!?;\n,")
                  == std::string_view::npos;
}

// Whether `word` names a clinician (clinician_words) or the medical staff ("the medical team").
inline bool names_a_clinician(std::string_view word) {
    return in(word, clinician_words) || word == "medical";
}

// Whether words[j] names clinicians in general, doing what they do: "a clinician" or
// "clinicians", then one of decision_words or a word of the clearance family in the present
// ("a clinician signs off the return", "plans estimate, a clinician clears"; not "a clinician has
// cleared the athlete", nor "the physio clears her").
inline bool clinicians_in_general_at(const std::vector<words::Word>& w, std::size_t j,
                                     std::size_t end) {
    const std::string_view word = w[j].text;
    const bool general =
        (in(word, clinician_words) && j > 0 && (w[j - 1].text == "a" || w[j - 1].text == "an"))
        || (in(word, clinician_words) && word.ends_with("s") && !word.ends_with("physios")
            && word != "physicians")
        || word == "physicians" || word == "physios";
    if (!general || j + 1 >= end) {
        return false;
    }
    // "only a clinician can clear an athlete to play".
    const std::size_t at = in(w[j + 1].text, modal_words) && j + 2 < end ? j + 2 : j + 1;
    const std::string_view verb = w[at].text;
    return in(verb, decision_words) || (may_be_a_family_word(verb) && verb.ends_with("s"))
           || verb == "clear" || verb == "decide" || verb == "sign";
}

// Whether the claim at words[k, end) is a requirement or a criterion, or a decision left to a
// clinician: one of requirement_openers before it in its clause, or one of waiting_words before
// it in its sentence; a duration to it ("8 days to return to sport"); one of requirement_closers
// within most_words_after words after it; "for" or "up to" and one of clinician_words after it;
// one of decision_words and one of clinician_words in its clause; clinicians in general as the
// subject of its clause (clinicians_in_general_at).
inline bool required_or_left_to_a_clinician(std::string_view text,
                                            const std::vector<words::Word>& w, std::size_t k,
                                            std::size_t end, Span clause, Span sentence,
                                            bool listed) {
    if (any_in(w, end, std::min(clause.end, end + most_words_after), deferral_closers)) {
        return true;
    }
    if (!listed) {
        if (any_in(w, clause.first, k, requirement_openers)
            || any_in(w, sentence.first, k, waiting_words)
            || any_in(w, end, std::min(clause.end, end + most_words_after), requirement_closers)) {
            return true;
        }
        if (k >= clause.first + 2 && w[k - 1].text == "to" && in(w[k - 2].text, duration_words)) {
            return true;
        }
        // "after return to sport", "only after clinician sign-off", "after the doctor's clearance".
        for (std::size_t j = k; j > clause.first && k - j <= 3;) {
            --j;
            if (in(w[j].text, time_of_return)) {
                return true;
            }
            if (!(names_a_clinician(w[j].text) || in(w[j].text, deferral_fillers)
                  || w[j].text.ends_with("s"))) {
                break;
            }
        }
    }
    for (std::size_t j = clause.first; j < clause.end; ++j) {
        if (clinicians_in_general_at(w, j, clause.end)) {
            return true;
        }
    }
    // A heading whose answer after ':' is a clinician's sign-off required ("return to sport:
    // criteria met, clinician sign-off required").
    const bool heading =
        clause.end < sentence.end
        && text.substr(w[clause.end - 1].end, w[clause.end].begin - w[clause.end - 1].end).find(':')
               != std::string_view::npos;
    for (std::size_t j = clause.end; heading && j < sentence.end; ++j) {
        if (in(w[j].text, clinician_words)
            && (any_in(w, j + 1, std::min(sentence.end, j + 4), requirement_closers)
                || any_in(w, j + 1, std::min(sentence.end, j + 4), decision_words))) {
            return true;
        }
    }
    for (std::size_t j = end; j + 1 < clause.end; ++j) {
        if (w[j].text == "for" || (w[j].text == "to" && j > 0 && w[j - 1].text == "up")) {
            for (std::size_t at = j + 1; at < clause.end && at <= j + 4; ++at) {
                if (names_a_clinician(w[at].text)) {
                    return true;
                }
            }
        }
    }
    if (!any_in(w, clause.first, clause.end, decision_words)) {
        return false;
    }
    for (std::size_t j = clause.first; j < clause.end; ++j) {
        if (names_a_clinician(w[j].text)) {
            return true;
        }
    }
    return false;
}

// Whether the claim at words[k, end) is a condition or asked: one of condition_openers before it
// in its clause; a clause of its sentence before it that opens with a condition and names a
// clinician ("Once the doctor has cleared her, she may rejoin the squad"); one of condition_words
// after it in its sentence followed by one of clinician_words; or its sentence ends in '?', opens
// with one of question_openers, and the word after it is none of status_answers.
inline bool conditional_or_asked(std::string_view text, const std::vector<words::Word>& w,
                                 std::size_t k, std::size_t end, Span clause, Span sentence) {
    if (any_in(w, clause.first, k, condition_openers)) {
        return true;
    }
    bool condition = false;
    for (std::size_t j = sentence.first; j < clause.first; ++j) {
        condition = condition || in(w[j].text, condition_openers);
        if (condition && in(w[j].text, clinician_words)) {
            return true;
        }
    }
    condition = false;
    for (std::size_t j = end; j < sentence.end; ++j) {
        condition = condition || in(w[j].text, condition_words) || in(w[j].text, later_conditions);
        if (condition && in(w[j].text, clinician_words)) {
            return true;
        }
    }
    const std::size_t last = w[sentence.end - 1].end;
    const std::size_t mark = sentence_mark(text, last, ".!?;\n");
    return mark != std::string_view::npos && text[mark] == '?'
           && in(w[sentence.first].text, question_openers)
           && (sentence.end == w.size() || !in(w[sentence.end].text, status_answers));
}

// Whether the claim at words[k] is said of the part that is not injured: its sentence names one of
// uninjured_words (or "non injured", or one of uninjured_parts before one of body_parts: "the
// healthy leg") and one of body_parts, and no injured part; its sentence ends only at '.', '!' or
// '?' ("Train the uninjured leg; it is fit to train").
inline bool of_the_uninjured_part(const std::vector<words::Word>& w, Span sentence) {
    bool uninjured = false;
    for (std::size_t j = sentence.first; j < sentence.end; ++j) {
        const bool non = j > sentence.first && w[j - 1].text == "non";
        const bool part_after = j + 1 < sentence.end && in(w[j + 1].text, body_parts);
        if (in(w[j].text, uninjured_words) || (non && in(w[j].text, injured_words))
            || (part_after && in(w[j].text, uninjured_parts))) {
            uninjured = true;
        } else if (in(w[j].text, injured_words)) {
            return false;
        }
    }
    return uninjured && any_in(w, sentence.first, sentence.end, body_parts);
}

// Whether the claim that ends before words[end] is offered as a choice: "RTP: Y/N", "Return to
// sport: yes/no".
inline bool offered_as_a_choice(std::string_view text, const std::vector<words::Word>& w,
                                std::size_t end) {
    return end < w.size() && (w[end].text == "y" || w[end].text == "yes")
           && text.substr(w[end].end).starts_with('/');
}

// Whether the return at words[k] names a phase of the plan: "the return..." in a sentence that
// names one of phase_words ("one of them the return to sport", "the return to sport phase"; not
// "The return to sport went well"). The strict form's only.
inline bool names_a_phase(const std::vector<words::Word>& w, std::size_t k, Span sentence) {
    if (!w[k].text.starts_with("return")) {
        return false;
    }
    const bool the = k > sentence.first && w[k - 1].text == "the";
    return the && any_in(w, sentence.first, sentence.end, phase_words);
}

// Whether the claim at words[k] names a step, not a state: not stated done ("has healed", "is
// cleared", "signed off": a word in -ed, or after one of being_words or "has", "have", "had" in
// its clause) nor one of family_statuses ("free to play", "ready").
inline bool names_a_step(const std::vector<words::Word>& w, std::size_t k, Span clause) {
    const std::string_view word = w[k].text;
    if (word.ends_with("ed") || in(word, family_statuses)) {
        return false;
    }
    for (std::size_t j = k; j > clause.first && k - j < 3;) {
        --j;
        const std::string_view before = w[j].text;
        if (in(before, being_words) || before == "has" || before == "have" || before == "had") {
            return false;
        }
    }
    return true;
}

// Whether the sentence leaves a decision to a clinician, anywhere in it: one of decision_nouns or
// deferral_closers, then one of decision_links and, after at most two of deferral_fillers, a
// clinician ("decided by the clinician", "a decision for the medical team", "rests with the
// doctor"); or a clinician's name just before one of decision_nouns ("the physio's call"). Not a
// clinician as the subject of a clause of its own ("The tear has healed, a clinician decides":
// that may report the decision made).
inline bool decided_by_a_clinician(const std::vector<words::Word>& w, Span sentence) {
    for (std::size_t j = sentence.first; j < sentence.end; ++j) {
        const std::string_view word = w[j].text;
        if (j > sentence.first && in(word, decision_nouns) && word != "decided"
            && names_a_clinician(w[j - 1].text)) {
            return true;
        }
        if (!(in(word, decision_nouns) || in(word, deferral_closers)) || j + 1 >= sentence.end
            || !in(w[j + 1].text, decision_links)) {
            continue;
        }
        for (std::size_t at = j + 2; at < sentence.end && at <= j + 4; ++at) {
            if (names_a_clinician(w[at].text)) {
                return true;
            }
            if (!in(w[at].text, deferral_fillers)) {
                break;
            }
        }
    }
    return false;
}

// Whether the claim at words[k] is in a recognised safe form (the strict form above): denied, a
// requirement or a criterion, left to a clinician, a condition or a question, said of the part
// that is not injured, an aim a clinician judges (wording.hpp's rule), or labelled an estimate (one
// of estimate_words in its sentence).
inline bool in_a_safe_form(std::string_view text, const std::vector<words::Word>& w, std::size_t k,
                           std::size_t end, bool listed) {
    const Span sentence = span_around(text, w, k, ends_a_strict_sentence);
    const Span clause = span_around(text, w, k, ends_a_clause);
    return denied(text, w, k, end, clause)
           || required_or_left_to_a_clinician(text, w, k, end, clause, sentence, listed)
           || offered_as_a_choice(text, w, end) || (!listed && names_a_phase(w, k, sentence))
           || (!listed && names_a_step(w, k, clause) && decided_by_a_clinician(w, sentence))
           || conditional_or_asked(text, w, k, end, clause, sentence)
           || of_the_uninjured_part(w, span_around(text, w, k, ends_a_sentence))
           || an_aim_a_clinician_judges(w, sentence.first, k)
           || any_in(w, sentence.first, sentence.end, estimate_words);
}

// Whether a word of the family that ends before words[end] is a stage with its criterion: "for"
// and one of pain_words after it ("full training for pain-free exercise"). The strict form's only:
// a listed claim ("cleared for pain-free running") stays one.
inline bool a_stage_criterion(const std::vector<words::Word>& w, std::size_t end, Span clause) {
    return end + 1 < clause.end && w[end].text == "for" && in(w[end + 1].text, pain_words);
}

// How many words of `text` name a stage (stage_names): all of them, or those before a ':' after
// which one of stage_descriptions follows; or 0.
inline std::size_t stage_name_words(std::string_view text, const std::vector<words::Word>& w) {
    std::string name;
    for (std::size_t k = 0; k < w.size(); ++k) {
        name += k == 0 ? "" : " ";
        name += w[k].text;
        const auto after = text.substr(
            w[k].end, k + 1 < w.size() ? w[k + 1].begin - w[k].end : std::string_view::npos);
        const bool last = k + 1 == w.size();
        if (!(last ? after.empty() : after.find(':') != std::string_view::npos)) {
            if (after.find_first_not_of(" -") == std::string_view::npos) {
                continue;
            }
            return 0;
        }
        if (!in(std::string_view{name}, stage_names)) {
            return 0;
        }
        return last || any_in(w, k + 1, w.size(), stage_descriptions) ? k + 1 : 0;
    }
    return 0;
}

// The sentence `sentence` of `text` as written: from its first word to the '.', '!', '?', ';' or
// line break that ends it (or the end of the text), blanks trimmed ("RTP: 1", "Game ready by week
// 10").
inline std::string sentence_as_written(std::string_view text, const std::vector<words::Word>& w,
                                       Span sentence) {
    const std::size_t from = w[sentence.first].begin;
    const std::size_t last = w[sentence.end - 1].end;
    std::size_t to = sentence.end < w.size() ? w[sentence.end].begin : text.size();
    to = std::min(to, sentence_mark(text, last, ".!?;\n"));
    const auto written = text.substr(from, to - from);
    return std::string{written.substr(0, written.find_last_not_of(" \t\r,:") + 1)};
}

// The first sentence of `text` that holds a word of the clearance family (family_word_at) in no
// safe form (in_a_safe_form), as written (its words, first to last), or empty.
inline std::string strict_claim(std::string_view text, const std::vector<words::Word>& w) {
    for (std::size_t k = stage_name_words(text, w); k < w.size(); ++k) {
        if (!may_be_a_family_word(w[k].text)) {
            continue;
        }
        const Span clause = span_around(text, w, k, ends_a_clause);
        const std::size_t taken = family_word_at(text, w, k, clause);
        const std::size_t end = std::min(k + taken, w.size());
        if (taken == 0 || in_a_safe_form(text, w, k, end, false)
            || a_stage_criterion(w, end, clause)) {
            continue;
        }
        const Span sentence = span_around(text, w, k, ends_a_strict_sentence);
        return sentence_as_written(text, w, sentence);
    }
    return {};
}

}  // namespace wording_detail

}  // namespace coach
