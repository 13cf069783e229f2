#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "coach/sdk/claim_holds.hpp"
#include "coach/sdk/claim_nothing_left.hpp"
#include "coach/sdk/claim_safe_forms.hpp"
#include "coach/sdk/claim_spans.hpp"
#include "coach/sdk/claim_turn_words.hpp"
#include "coach/sdk/words.hpp"

// Claims turned through a negation or an idiom, which hold no word of the clearance family in its
// clearance sense, or hold one that a denial seems to take back (its words: coach/sdk/
// claim_turn_words.hpp): an obstacle denied ("No reason not to play", "Nothing stops the athlete
// from competing", "Injury no longer limits play"), a need of clearance denied ("No sign-off
// needed to play"), a status that keeps the athlete out denied ("Not unfit to play", "No longer
// injured"), an idiom of readiness, selection or recovery ("Game on", "Good as new", "Starting XI
// on Saturday", "Availability: 100%"), a forecast of a fixture ("Expected to play on Saturday"),
// what held the athlete back said gone (claim_holds.hpp: "Won't miss a game"), nothing left
// between the athlete and play (claim_nothing_left.hpp: "Nothing further needed before matches",
// "No contraindications to playing", "Match minutes allowed from week 3", "Athlete is 100%",
// "Completely over the injury").
// Read by the strict form (coach/sdk/claim_sentences.hpp) after the family's words.
// [thread-safe] Pure.
namespace coach::wording_detail {

// Whether one of person_words (or "him", "her", "them") is in words [from, end).
inline bool a_person_in(const std::vector<words::Word>& w, std::size_t from, std::size_t end) {
    for (std::size_t at = from; at < end; ++at) {
        if (in(w[at].text, person_words) || w[at].text == "him" || w[at].text == "her"
            || w[at].text == "them") {
            return true;
        }
    }
    return false;
}

// Where what an obstacle denied at words[j] stops starts (the word after the obstacle), or 0:
// a denial, at most two of obstacle_fillers, then one of obstacle_verbs ("Nothing stops", "no
// longer limits", "nothing to stop") or obstacle_nouns ("No barriers"), or one of reason_words
// followed within five words of its clause by a denial or an obstacle verb ("No reason not to",
// "no reason the athlete cannot", "No need to restrict"). "keep" and "hold" stop only with one of
// kept_out within four words ("keep him out", "hold her back"; not "keep playing"); `kept`
// reports that.
inline std::size_t obstacle_denied_at(const std::vector<words::Word>& w, std::size_t j, Span clause,
                                      bool& kept) {
    if (!turn_denial_at(w, j)) {
        return 0;
    }
    std::size_t at = j + 1;
    while (at < clause.end && at <= j + 2 && in(w[at].text, obstacle_fillers)) {
        ++at;
    }
    const auto obstacle_verb_at = [&](std::size_t v) {
        if (v >= clause.end || !in(w[v].text, obstacle_verbs)) {
            return false;
        }
        // "no longer restricts her": a person stopped, as "keep him out" is.
        kept = kept || w[v].text.starts_with("restrict") || w[v].text.starts_with("limit");
        if (!(w[v].text.starts_with("keep") || w[v].text.starts_with("hold"))) {
            return true;
        }
        for (std::size_t o = v + 1; o < clause.end && o <= v + 4; ++o) {
            if (in(w[o].text, kept_out)) {
                kept = true;
                return true;
            }
        }
        return false;
    };
    if (at >= clause.end) {
        return 0;
    }
    if (obstacle_verb_at(at) || in(w[at].text, obstacle_nouns)) {
        return at + 1;
    }
    if (!in(w[at].text, reason_words)) {
        return 0;
    }
    for (std::size_t v = at + 1; v < clause.end && v <= at + 5; ++v) {
        if (obstacle_verb_at(v) || w[v].negative || w[v].text == "not" || w[v].text == "cannot"
            || w[v].text == "never") {
            return v + 1;
        }
    }
    return 0;
}

// Whether words[j] is a need of clearance denied: one of need_words that is a contraction in n't
// ("needn't be cleared"), or has a denial before it across at most two words of being, doing or
// "longer" ("does not need", "no longer needs", "is not required") or "no" just after it before
// what a clinician gives or a clinician ("needs no clearance"), or a denial before one of
// clearance_objects before it ("No clinician sign-off needed"); and what a clinician gives
// (a_requirement_before_play_at) in its clause, or a clinician before a sport, or after the need
// with a sport before it ("Return to competition does not need a doctor").
inline bool need_of_clearance_denied_at(const std::vector<words::Word>& w, std::size_t j,
                                        Span clause) {
    if (!in(w[j].text, need_words)) {
        return false;
    }
    bool denied_need = w[j].negative;
    // "needs no clearance", "requires no medical sign-off" (not "needs no more than two
    // sessions before the review"): what a clinician gives, or one, within three words of "no".
    if (j + 1 < clause.end && w[j + 1].text == "no") {
        for (std::size_t at = j + 2; !denied_need && at < clause.end && at <= j + 4; ++at) {
            denied_need = a_requirement_before_play_at(w, at, clause)
                          || in(w[at].text, clinician_words)
                          || (w[at].text.starts_with("sign") && at + 1 < clause.end
                              && w[at + 1].text == "off");
        }
    }
    for (std::size_t at = j; !denied_need && at > clause.first && j - at < 3;) {
        --at;
        const std::string_view word = w[at].text;
        if (turn_denial_at(w, at)) {
            denied_need = true;
        } else if (!(in(word, being_words) || word == "longer" || word == "does" || word == "do"
                     || word == "did" || word == "will" || word == "really")) {
            break;
        }
    }
    bool object = false;
    std::size_t object_at = clause.end;
    for (std::size_t at = clause.first; at < clause.end; ++at) {
        if (a_requirement_before_play_at(w, at, clause)
            || (in(w[at].text, clinician_words)
                && (a_sport_in(w, at + 1, clause.end)
                    || (at > j && a_sport_in(w, clause.first, j))))) {
            object = true;
            object_at = std::min(object_at, at);
        }
    }
    if (!object) {
        return false;
    }
    // "No clinician sign-off needed", "No further clearance required".
    if (!denied_need && object_at < j) {
        for (std::size_t at = object_at; at > clause.first && object_at - at < 4;) {
            --at;
            if (turn_denial_at(w, at)) {
                denied_need = j - object_at <= 4;
                break;
            }
        }
    }
    return denied_need;
}

// Whether words[j] is a status that keeps the athlete out, denied: "not" or "never" (or a
// contraction in n't) or "no longer" just before one of out_statuses; "injured" and "hurt" only
// with "no longer" or one of change_words after ("not injured any more"); "restricted" and
// "limited" not before "to" or "by", nor before a word of everyday_activities or rehab_steps
// within three words ("not restricted from walking"; "any more" and "any longer" are a change,
// "Not restricted any more"), nor after one in its clause (a_step_in: "Cycling is no longer
// restricted").
inline bool out_status_denied_at(const std::vector<words::Word>& w, std::size_t j, Span clause) {
    if (j == clause.first || !in(w[j].text, out_statuses)) {
        return false;
    }
    const bool no_longer =
        j >= clause.first + 2 && w[j - 1].text == "longer" && w[j - 2].text == "no";
    const bool not_before = w[j - 1].negative || w[j - 1].text == "not" || w[j - 1].text == "never";
    if (!no_longer && !not_before) {
        return false;
    }
    const std::string_view word = w[j].text;
    if ((word == "injured" || word == "hurt") && !no_longer) {
        return (j + 1 < clause.end && in(w[j + 1].text, change_words))
               || (j + 2 < clause.end && in(w[j + 2].text, change_words));
    }
    // "No longer injured after this phase": what follows an injury gone names no activity.
    if (word == "injured" || word == "hurt") {
        return true;
    }
    if ((word == "restricted" || word == "limited") && j + 1 < clause.end
        && (w[j + 1].text == "to" || w[j + 1].text == "by")) {
        return false;
    }
    for (std::size_t at = j + 1; at < clause.end && at <= j + 3; ++at) {
        // "Not restricted any more": a change, not more of a step.
        if (w[at].text == "any" || w[at].text == "longer" || in(w[at].text, change_words)) {
            continue;
        }
        if (starts_with_one_of(w, at, everyday_activities)
            || starts_with_one_of(w, at, rehab_steps)) {
            return false;
        }
    }
    // "Cycling is no longer restricted".
    return !a_step_in(w, clause.first, j);
}

// How many words `phrase` (words separated by single spaces) takes at words[k], its words joined
// by blanks or hyphens only, or 0.
inline std::size_t turn_phrase_at(std::string_view text, const std::vector<words::Word>& w,
                                  std::size_t k, std::string_view phrase) {
    std::size_t taken = 0;
    while (true) {
        const auto space = phrase.find(' ');
        const std::size_t at = k + taken;
        if (at >= w.size() || w[at].text != phrase.substr(0, space)
            || (taken > 0
                && !words::only_blanks_and_hyphens(
                    text.substr(w[at - 1].end, w[at].begin - w[at - 1].end)))) {
            return 0;
        }
        ++taken;
        if (space == std::string_view::npos) {
            return taken;
        }
        phrase.remove_prefix(space + 1);
    }
}

// Whether a recovery in slang at words[at] closes its clause, but for a word of time after it
// ("You're all fixed now", "sorted again"; trial 56).
inline bool settled_closes(const std::vector<words::Word>& w, std::size_t at, Span clause) {
    std::size_t end = at + 1;
    while (end < clause.end && in(w[end].text, time_words)) {
        ++end;
    }
    return end == clause.end;
}

// How many words an idiom of readiness, selection or recovery takes at words[k], or 0: one of
// open_idioms; one of closed_idioms before what readiness_follows() takes; one of selection_words
// before it too ("Selectable from week 4", "Unlimited activity"; not "unlimited reps"); an injury
// said gone ("Injury gone", "The tear is behind her").
inline std::size_t idiom_at(std::string_view text, const std::vector<words::Word>& w, std::size_t k,
                            Span clause) {
    for (const std::string_view idiom : open_idioms) {
        if (const std::size_t taken = turn_phrase_at(text, w, k, idiom)) {
            return taken;
        }
    }
    for (const std::string_view idiom : closed_idioms) {
        if (const std::size_t taken = turn_phrase_at(text, w, k, idiom)) {
            return readiness_follows(w, k + taken, clause) ? taken : 0;
        }
    }
    for (const std::string_view idiom : targeted_idioms) {
        if (const std::size_t taken = turn_phrase_at(text, w, k, idiom)) {
            const std::size_t after = k + taken;
            // Only "for": "to" after them is as often a step ("Set to return the band").
            const bool targeted = after < clause.end && w[after].text == "for";
            if (targeted && readiness_follows(w, after, clause)) {
                return taken;
            }
        }
    }
    if (in(w[k].text, selection_words)) {
        const bool activity =
            k + 1 < clause.end
            && (w[k + 1].text.starts_with("activit") || a_sport_at(w, k + 1, clause.end));
        return activity || readiness_follows(w, k + 1, clause) ? 1 : 0;
    }
    // "You've beaten this injury", "Conquered the tear.", "You have beat this injury".
    if (in(w[k].text, overcoming_words)
        || (w[k].text == "beat" && k > 0 && in(w[k - 1].text, perfect_auxiliaries))) {
        std::size_t at = k + 1;
        if (at < clause.end && in(w[at].text, overcome_determiners)) {
            ++at;
        }
        return at + 1 == clause.end && in(w[at].text, injury_words) ? at - k + 1 : 0;
    }
    // "You're fixed", "She is all sorted" (the settled word closing its clause).
    if (in(w[k].text, settled_people)) {
        std::size_t at = k + 1;
        while (at < clause.end && at <= k + 3
               && (in(w[at].text, being_words) || in(w[at].text, state_adverbs)
                   || w[at].text == "all")) {
            ++at;
        }
        return at < clause.end && in(w[at].text, settled_words) && settled_closes(w, at, clause)
                   ? at - k + 1
                   : 0;
    }
    if (in(w[k].text, injury_words)) {
        std::size_t at = k + 1;
        while (at < clause.end && at <= k + 3
               && (in(w[at].text, being_words) || in(w[at].text, state_adverbs)
                   || w[at].text == "has" || w[at].text == "all")) {
            ++at;
        }
        // "The injury is over." ("over" only closing its clause: not "The strain is over the
        // knee").
        if (at < clause.end
            && ((in(w[at].text, gone_words)
                 && (w[at].text != "behind"
                     || a_person_in(w, at + 1, std::min(clause.end, at + 3))))
                || (w[at].text == "over" && at + 1 == clause.end)
                || ((in(w[at].text, settled_words) || in(w[at].text, overcoming_words))
                    && settled_closes(w, at, clause)))) {
            return at - k + 1;
        }
    }
    return 0;
}

// Whether a status of the athlete at words[k] is answered full or done: one of
// availability_nouns then one of full_answers, or one of recovery_status_nouns then one of
// done_answers, across what may stand between a status word and its answer and at most two of
// status_fillers, or a check mark ("Availability: 100%", "Fitness: full", "Recovery: complete",
// "Recovery \u2713"; not "Recovery: sleep 8 hours").
inline bool status_answered_at(std::string_view text, const std::vector<words::Word>& w,
                               std::size_t k) {
    const bool availability = in(w[k].text, availability_nouns);
    if (!availability && !in(w[k].text, recovery_status_nouns)) {
        return false;
    }
    std::size_t i = w[k].end;
    std::size_t answer = k + 1;
    for (std::size_t fillers = 0;; ++fillers) {
        const std::size_t before = i;
        i = past_status_separators(text, i);
        if (i == before || i == text.size()) {
            return false;
        }
        if (check_mark_at(text, i) > 0) {
            return true;
        }
        // A heading and its answer, not a sentence: "Recovery: complete", not "before rehab is
        // complete".
        if (fillers == 0
            && text.substr(before, i - before).find_first_of(":=>-") == std::string_view::npos) {
            return false;
        }
        if (answer >= w.size() || w[answer].begin != i) {
            return false;
        }
        if (fillers < 2 && in(w[answer].text, status_fillers)) {
            i = w[answer].end;
            ++answer;
            continue;
        }
        return availability ? in(w[answer].text, full_answers) : in(w[answer].text, done_answers);
    }
}

// Whether a day or a weekend follows words[at] in its clause across fillers of a fixture ("on
// Saturday", "this weekend", "against them on Sunday"; not "the band to its start").
inline bool a_day_follows(const std::vector<words::Word>& w, std::size_t at, Span clause) {
    for (; at < clause.end && at <= clause.end; ++at) {
        const std::string_view word = w[at].text;
        if (in(word, day_words) || in(word, weekend_words)
            || (word.ends_with("s") && in(word.substr(0, word.size() - 1), day_words))) {
            return true;
        }
        if (!(in(word, target_fillers) || word == "on" || word == "for" || word == "at"
              || word == "against" || word == "in" || word == "up" || word == "them")) {
            return false;
        }
    }
    return false;
}

// Whether one of fixture_verbs in words [from, clause.end) has a day after it ("no reason he
// shouldn't feature on Sunday").
inline bool a_fixture_in(const std::vector<words::Word>& w, std::size_t from, Span clause) {
    for (std::size_t at = from; at < clause.end; ++at) {
        if (in(w[at].text, fixture_verbs) && a_day_follows(w, at + 1, clause)) {
            return true;
        }
    }
    return false;
}

// Whether words[k] opens a forecast of a fixture: one of forecast_words and "to", or one of
// fixture_modals, then one of fixture_verbs and a fixture after it (a_fixture_follows: "Expected
// to play on Saturday", "Set to return on Saturday", "Will play on Sunday", "Can line up on
// Sunday", "Will start in the final"); or one of picking_verbs opening its clause or after one of
// modal_words, with the athlete after it and then a day or a sport ("Pick him for Saturday",
// "Include her in the squad", "The coach can pick him for the team").
inline bool forecast_of_a_fixture_at(std::string_view text, const std::vector<words::Word>& w,
                                     std::size_t k, Span clause) {
    if (in(w[k].text, forecast_words) || in(w[k].text, fixture_modals)) {
        std::size_t at = k + 1;
        if (!in(w[k].text, fixture_modals) && (at >= clause.end || w[at++].text != "to")) {
            return false;
        }
        if (at >= clause.end || !in(w[at].text, fixture_verbs)) {
            return false;
        }
        return a_fixture_follows(text, w, at + 1, clause);
    }
    // Opening its clause, or after a modal ("The coach can pick her for the next game").
    const bool opens = k == clause.first || in(w[k - 1].text, modal_words);
    if (!opens || !in(w[k].text, picking_verbs) || k + 1 >= clause.end
        || !in(w[k + 1].text, picked_people)) {
        return false;
    }
    std::size_t at = k + 2;
    while (at < clause.end && (in(w[at].text, person_words) || in(w[at].text, articles))) {
        ++at;
    }
    return a_day_follows(w, at, clause) || (at < clause.end && a_sport_in(w, at + 1, clause.end))
           || (at < clause.end && a_fixture_follows(text, w, at, clause));
}

// Whether "good" at words[k] is said of the athlete for a day or a sport ("The athlete is good
// for Saturday's game", "Good for Sunday's match"; not "Cycling is good for fitness").
inline bool good_for_a_fixture_at(const std::vector<words::Word>& w, std::size_t k, Span clause) {
    return w[k].text == "good" && k + 1 < clause.end && w[k + 1].text == "for"
           && selection_of_the_athlete(w, k, clause) && readiness_follows(w, k + 1, clause);
}

// Where readiness for a fixture at words[k] stops, or 0: one of fixture_readiness ("contention"
// after "in") said of the athlete (selection_of_the_athlete), then "to" and one of fixture_verbs,
// or "for", and a fixture after (a_fixture_follows: "Fit to start against
// City", "Ready to line up against United", "In contention for the cup tie"; not "Ready to start
// the next phase", "fit for the next phase").
inline std::size_t fixture_readiness_at(std::string_view text, const std::vector<words::Word>& w,
                                        std::size_t k, Span clause) {
    if (!in(w[k].text, fixture_readiness) || k + 2 >= clause.end) {
        return 0;
    }
    // Said of the athlete ("The physio is available for the next fixture" is not).
    const bool contention = w[k].text == "contention";
    if (contention ? k == clause.first || w[k - 1].text != "in"
                         || !selection_of_the_athlete(w, k - 1, clause)
                   : !selection_of_the_athlete(w, k, clause)) {
        return 0;
    }
    std::size_t at = k + 1;
    if (w[at].text == "to" && in(w[at + 1].text, fixture_verbs)) {
        at += 2;
    } else if (w[at].text == "for") {
        ++at;
    } else {
        return 0;
    }
    return a_fixture_follows(text, w, at, clause) ? at : 0;
}

// Where taking part in a fixture told at words[k] stops, or 0: "take part in", or one of
// taking_part_verbs then "in", told as an order or a permission (opening its clause, after one of
// modal_words, or after "go ahead and"), then a fixture (a_fixture_at, a day's, across
// target_fillers and event_modifiers) that ends its clause or that one of fixture_followers or
// time_units follows
// ("Take part in the match on Saturday", "You can participate in Sunday's game", "Go ahead and join
// in the cup final"; not "Take part in the warm-up", "Participate in the team meeting").
inline std::size_t taking_part_in_a_fixture_at(const std::vector<words::Word>& w, std::size_t k,
                                               Span clause) {
    std::size_t at = k + 1;
    if (w[k].text == "take" && at < clause.end && w[at].text == "part") {
        ++at;
    } else if (!in(w[k].text, taking_part_verbs)) {
        return 0;
    }
    if (at >= clause.end || w[at].text != "in") {
        return 0;
    }
    const bool told = k == clause.first || in(w[k - 1].text, modal_words)
                      || (k >= 2 && w[k - 1].text == "and" && w[k - 2].text == "ahead");
    if (!told) {
        return 0;
    }
    bool fixture = false;
    for (++at; at < clause.end; ++at) {
        const std::string_view word = w[at].text;
        const bool day_s = word.ends_with("s") && in(word.substr(0, word.size() - 1), day_words);
        if (a_fixture_at(w, at, clause.end) || day_s) {
            fixture = true;
        } else if (!(in(word, target_fillers) || in(word, event_modifiers))) {
            return fixture && (in(word, fixture_followers) || in(word, time_units)) ? at : 0;
        }
    }
    return fixture ? at : 0;
}

// Whether the turned claim at words[k, end) is taken back as a plain claim is: a condition or a
// question, an aim a clinician judges, the uninjured part, a labelled estimate (unless `forecast`:
// "Expected to play on Saturday" names the fixture); a requirement, a decision or a clinician
// named only when it is no need of clearance denied (`need`: "No need for a clinician to sign off",
// "Clinician approval not needed" deny the requirement).
inline bool turn_taken_back(std::string_view text, const std::vector<words::Word>& w, std::size_t k,
                            std::size_t end, bool forecast, bool need) {
    const Span sentence = span_around(text, w, k, ends_a_strict_sentence);
    const Span clause = span_around(text, w, k, ends_a_clause);
    return conditional_or_asked(text, w, k, end, clause, sentence)
           || (!need && decided_by_a_clinician(w, sentence))
           || (!need && required_or_left_to_a_clinician(text, w, k, end, clause, sentence, true))
           || of_the_uninjured_part(w, span_around(text, w, k, ends_a_sentence))
           || an_aim_a_clinician_judges(w, sentence.first, k)
           || (!forecast && any_in(w, sentence.first, sentence.end, estimate_words));
}

// Whether `word` (lower case) after `previous` may make a turned claim: what the pre-filter
// (claim_prefilter.hpp) lets through for turned_claim() to read. A word rare in plain texts alone
// ("nothing", "reason", "unfit", "availability", "selectable"), a common one only after the word
// that makes it a turn ("no longer", "game on", "good as", "as new", "injury free", "to play",
// "pick him").
inline bool turn_trigger(std::string_view previous, std::string_view word) {
    static constexpr std::array<std::string_view, 24> alone = {
        "nothing",    "reason",    "reasons",   "barrier",      "barriers",   "obstacle",
        "obstacles",  "neednt",    "unfit",     "unavailable",  "ineligible", "unready",
        "restricted", "limited",   "sidelined", "availability", "benched",    "selectable",
        "pickable",   "unlimited", "limitless", "raring",       "xi",         "sheet"};
    if (in(word, alone) || word == "teamsheet" || word == "injuryfree" || word == "gone"
        || word == "rearing" || hold_trigger(previous, word)
        || nothing_left_trigger(previous, word)) {
        return true;
    }
    if (previous == "fitness") {
        return in(word, full_answers);
    }
    if (previous == "no") {
        return word == "longer" || word == "need";
    }
    // "needs no clearance", "requires no medical review".
    if (word == "no" && in(previous, need_words)) {
        return true;
    }
    if (word == "injured" || word == "hurt") {
        return previous == "not" || previous == "never" || previous.ends_with("nt");
    }
    // "take part", "join in" (taking_part_in_a_fixture_at); "No medical needed"
    // (an_examination_noun_at).
    if ((previous == "take" && word == "part") || (word == "in" && in(previous, taking_part_verbs))
        || ((previous == "medical" || previous == "physical") && in(word, need_words))) {
        return true;
    }
    // The idioms of targeted_idioms, and "right to go" (trial 59).
    if ((previous == "be"
         && (word == "right" || word == "fine" || word == "ok" || word == "okay" || word == "sweet"
             || word == "apples"))
        || ((previous == "sweet" || previous == "sorted") && (word == "as" || word == "for"))
        || (previous == "as" && word == "gold")
        || ((previous == "set" || previous == "green") && word == "for")
        || (previous == "a" && word == "go")
        || ((previous == "suit" || previous == "suited" || previous == "lace"
             || previous == "laced")
            && word == "up")
        || (previous == "right" && word == "to")) {
        return true;
    }
    return (previous == "game" && word == "on") || (previous == "full" && word == "go")
           || (previous == "good" && (word == "as" || word == "for"))
           || (previous == "as" && word == "new") || (previous == "right" && word == "as")
           || ((previous == "systems" || previous == "to") && word == "go")  // "set to go"
           || (previous == "injury" && word == "free")
           || ((previous == "knitted" || previous == "knit") && word == "back")
           || (previous == "all" && word == "set")
           || (previous == "the" && (word == "field" || word == "boots"))
           || (previous == "boots" && word == "back")
           || (previous == "starting" && (word == "eleven" || word == "line"))
           || ((previous == "to" || in(previous, fixture_modals)) && in(word, fixture_verbs))
           || (in(previous, recovery_status_nouns) && in(word, done_answers))
           || ((word == "him" || word == "her" || word == "them" || word == "you")
               && in(previous, picking_verbs))
           || ((previous == "is" || previous == "now" || in(previous, injury_words))
               && (word == "behind" || word == "history" || word == "mended" || word == "repaired"
                   || word == "over"))
           // "Hamstring sorted", "You're fixed", "beaten this injury" (idiom_at).
           || ((in(word, settled_words) || in(word, overcoming_words))
               && (in(previous, injury_words) || in(previous, being_words)
                   || in(previous, settled_people) || previous == "all"))
           || ((in(previous, overcoming_words) || previous == "beat")
               && (in(word, overcome_determiners) || in(word, injury_words)));
}

// Whether words[k] may start a turned claim: the test before its clause is bounded.
inline bool may_start_a_turn(const std::vector<words::Word>& w, std::size_t k) {
    const std::string_view word = w[k].text;
    const auto first_word_is = [word](const auto& idioms) {
        for (const std::string_view idiom : idioms) {
            if (idiom.substr(0, idiom.find(' ')) == word) {
                return true;
            }
        }
        return false;
    };
    return turn_denial_at(w, k) || in(word, need_words) || in(word, out_statuses)
           || in(word, availability_nouns) || in(word, recovery_status_nouns) || word == "good"
           || in(word, forecast_words) || in(word, fixture_modals) || in(word, picking_verbs)
           || in(word, selection_words) || in(word, injury_words) || in(word, settled_people)
           || in(word, overcoming_words) || word == "beat" || first_word_is(open_idioms)
           || first_word_is(closed_idioms) || first_word_is(targeted_idioms)
           || may_start_a_hold_gone(w, k) || word == "take" || in(word, taking_part_verbs);
}

// Where a claim that a hold is gone at words[k] stops (claim_holds.hpp), or 0: a ban denied or
// lifted, a fixture missed denied, a requirement or a review waived (`waived` set: "No need to see
// the physio", "Medical approval is unnecessary"), a recovery said whole, the risk of re-injury or
// the injury said gone, an unrestricted return ("Resume all sport"), readiness for a fixture ("Fit
// to start against City"), the athlete off the injury list ("Removed from the injured list");
// those not said through a denial of their own taken back by
// one ("Not completely better", "No ban has been lifted").
inline std::size_t hold_gone_at(std::string_view text, const std::vector<words::Word>& w,
                                std::size_t k, Span clause, bool& waived) {
    const Span sentence = span_around(text, w, k, ends_a_strict_sentence);
    // A review waived names the clinician it waives: no deferral to one takes it back, but a
    // condition after it keeps it ("No need to see the physio unless pain rises").
    if (const std::size_t end = review_waived_at(w, k, clause);
        end > 0 && !denied(text, w, k, end, clause)
        && !any_in(w, end, sentence.end, condition_openers)) {
        waived = true;
        return end;
    }
    if (const std::size_t end = ban_denied_at(w, k, clause, sentence)) {
        return end;
    }
    if (const std::size_t end = fixture_missed_denied_at(w, k, clause)) {
        return end;
    }
    std::size_t end = ban_lifted_at(w, k, clause, sentence);
    end = end > 0 ? end : risk_gone_at(w, k, sentence);
    if (end > 0 && turn_denial_at(w, k)) {
        return end;
    }
    end = end > 0 ? end : whole_recovery_at(w, k, clause);
    end = end > 0 ? end : trouble_gone_at(w, k, clause);
    end = end > 0 ? end : unrestricted_return_at(w, k, clause);
    end = end > 0 ? end : fixture_readiness_at(text, w, k, clause);
    end = end > 0 ? end : off_the_injury_list_at(w, k, clause);
    if (end == 0 && requirement_waived_at(w, k, clause)) {
        end = k + 1;
        waived = true;
    }
    return end > 0 && !denied(text, w, k, end, clause) ? end : 0;
}

// The first sentence of `text` that holds a claim turned through a negation or an idiom (the kinds
// above) that no safe form takes back, as its span, or an empty span.
inline Span turned_claim(std::string_view text, const std::vector<words::Word>& w) {
    for (std::size_t k = 0; k < w.size(); ++k) {
        if (!(may_start_a_turn(w, k) || may_start_nothing_left(text, w, k))
            || part_of_a_name(text, w, k)) {
            continue;
        }
        const Span clause = span_around(text, w, k, ends_a_clause);
        std::size_t end = 0;
        bool forecast = false;
        bool kept = false;
        bool need = false;
        if (const std::size_t from = obstacle_denied_at(w, k, clause, kept); from > 0) {
            const Span sentence = span_around(text, w, k, ends_a_strict_sentence);
            if (a_sport_in(w, from, sentence.end) || (kept && a_person_in(w, from, clause.end))
                || a_fixture_in(w, from, clause)) {
                end = from;
            }
        } else if (need_of_clearance_denied_at(w, k, clause)) {
            end = k + 1;
            need = true;
        } else if (out_status_denied_at(w, k, clause) || status_answered_at(text, w, k)
                   || good_for_a_fixture_at(w, k, clause)) {
            end = k + 1;
        } else if (forecast_of_a_fixture_at(text, w, k, clause)) {
            end = k + 1;
            forecast = true;
        } else if (const std::size_t part = taking_part_in_a_fixture_at(w, k, clause); part > 0) {
            end = part;
        } else if (const std::size_t taken = idiom_at(text, w, k, clause); taken > 0) {
            end = k + taken;
            if (denied(text, w, k, end, clause)) {
                continue;
            }
        } else if (const std::size_t past = hold_gone_at(text, w, k, clause, need); past > 0) {
            end = past;
        } else if (const std::size_t left = nothing_left_at(text, w, k, clause, forecast, need);
                   left > 0) {
            end = left;
        }
        if (end == 0 || turn_taken_back(text, w, k, end, forecast, need)) {
            continue;
        }
        return span_around(text, w, k, ends_a_strict_sentence);
    }
    return {};
}

}  // namespace coach::wording_detail
