#pragma once

#include <algorithm>
#include <array>
#include <cctype>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "coach/sdk/claim_holds.hpp"
#include "coach/sdk/claim_spans.hpp"
#include "coach/sdk/claim_turn_words.hpp"

// The words of the clearance family read in their clearance sense (family_word_at), for the
// strict form of the clearance check (coach/sdk/claim_sentences.hpp), and what the pre-filter
// (coach/sdk/claim_prefilter.hpp) asks of them. [thread-safe] Pure.
namespace coach::wording_detail {

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
               && (word == "to" || word == "in" || word == "into" || word == "on"
                   || word == "onto"))
           || (opener == "restrictions" && (word == "lifted" || word == "removed"));
}

// Whether one of sport_words follows words[k] in `span`, after at most three words of
// target_fillers, "to" or "competitive" ("return to full competition", "returns to the pitch");
// "full", "normal" or "unrestricted" not before an everyday activity ("Back to full range of
// motion by week 2" is a milestone of movement, not a return).
inline bool sport_after(const std::vector<words::Word>& w, std::size_t k, Span span) {
    for (std::size_t at = k + 1; at < span.end && at <= k + 4; ++at) {
        const std::string_view word = w[at].text;
        const bool whole = word == "full" || word == "normal" || word == "unrestricted";
        if (whole && at + 1 < span.end && starts_with_one_of(w, at + 1, everyday_activities)) {
            return false;
        }
        if (starts_with_one_of(w, at, sport_words)) {
            return true;
        }
        if (!(w[at].text == "to" || w[at].text == "in" || w[at].text == "into" || w[at].text == "on"
              || w[at].text == "onto" || w[at].text == "competitive"
              || in(w[at].text, target_fillers))) {
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
// "fit again"), or "to" or "for" and, after at most three of target_fillers and event_modifiers,
// a sport, an event (an_event_at) or a day ("ready for competition", "ready for Saturday", "fit
// for the cup final", "available for the next fixture"; not "ready to progress", "fit for the
// next phase", "fit to the athlete's pace", "Game Ready cold compression"), or "to", a verb the
// lists do not know and a time in its clause ("Ready to rumble on Saturday"; not "ready to progress
// on Monday", "ready to walk by day 3", "ready to see the physio on Monday": a step of
// rehabilitation, an everyday activity or a clinician).
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
        if (!verb && (sport_word_start(word) || an_event_at(w, at, clause.end))) {
            return true;
        }
        // "the next fixture", "the first game back" (not "the next phase").
        if (in(word, event_modifiers)) {
            continue;
        }
        if (in(word, day_words) || in(word, weekend_words)
            || (word.ends_with("s") && in(word.substr(0, word.size() - 1), day_words))) {
            return at + 1 >= clause.end || !starts_with_one_of(w, at + 1, rehab_steps);
        }
        if (verb && names_a_time(w, at)) {
            return true;
        }
        // "ready to start the season", "available to the coach".
        if (in(word, selector_words)
            || ((word == "start" || word == "begin") && sport_after(w, at, clause))) {
            return true;
        }
        if (starts_with_one_of(w, at, rehab_steps) || starts_with_one_of(w, at, everyday_activities)
            || in(word, clinician_words)) {
            return false;
        }
        if (in(word, target_fillers) || word == "new" || word == "coming") {
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
// fit test", "keep fit"; "the green light" may be), nor a cue ("Get ready:", "Ready, set, go"),
// and readiness_follows() after it.
inline bool readiness_in_its_clearance_sense(const std::vector<words::Word>& w, std::size_t k,
                                             std::size_t size, Span clause) {
    if (size == 1 && k > clause.first
        && (in(w[k - 1].text, articles) || in(w[k - 1].text, general_fitness))) {
        return false;
    }
    // "Green light given".
    if (size == 2 && k + 2 < clause.end && in(w[k + 2].text, status_answers)) {
        return true;
    }
    // A cue, not a readiness: "Get ready: three deep breaths", "Ready, set, go: sprint start".
    if (size == 1 && w[k].text == "ready"
        && ((k > clause.first && w[k - 1].text.starts_with("get") && k + 1 == clause.end)
            || (k + 1 < w.size() && (w[k + 1].text == "set" || w[k + 1].text == "steady")))) {
        return false;
    }
    return readiness_follows(w, k + size, clause);
}

// Whether a selection that starts at words[at] ("available", "in the squad") is said of the
// athlete: it opens its clause, or follows one of selection_verbs ("declared available"), or a
// word of being said of one of person_words ("He has been available", "The athlete is in the
// squad"; not "A physio is available on Mondays"), or of no one when the clause opens with it
// ("Will be available for the cup final"), across at most two of state_adverbs; modal_words may
// stand among the words of being ("The athlete can be picked for the team").
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
        if (!(in(w[s].text, being_links) || in(w[s].text, modal_words))) {
            return false;
        }
    }
    return in(w[clause.first].text, being_words) || in(w[clause.first].text, being_links)
           || in(w[clause.first].text, modal_words);
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

// Whether `word` names a restriction and is no verb: "restrictions", "limitation" (not "limits":
// "Pain no longer limits walking").
inline bool a_restriction_noun(std::string_view word) {
    return word.starts_with("restriction") || word.starts_with("limitation");
}

// Whether "no longer" ends just before words[j] ("no longer any restrictions").
inline bool no_longer_before(const std::vector<words::Word>& w, std::size_t j, Span clause) {
    return j >= clause.first + 2 && w[j - 1].text == "longer" && w[j - 2].text == "no";
}

// Whether a possession denied ends just before words[j]: one of possession_verbs after "not",
// "never", a contraction in n't or "no longer" ("He no longer has any restrictions", "doesn't have
// any limitations").
inline bool possession_denied_before(const std::vector<words::Word>& w, std::size_t j,
                                     Span clause) {
    if (j < clause.first + 2 || !in(w[j - 1].text, possession_verbs)) {
        return false;
    }
    const auto& before = w[j - 2];
    return before.negative || before.text == "not" || before.text == "never"
           || no_longer_before(w, j - 1, clause);
}

// How many words a restriction said absent takes at words[k] (a family word that starts with
// "restriction" or "limit"), or 0: one of restriction_absent before it across at most
// three of restriction_fillers and one of restricted_kinds ("No restrictions", "without any
// restriction", "no activity restrictions"), "no longer" or a possession denied
// (possession_denied_before) in its place before a restriction noun (a_restriction_noun), or one of
// restriction_lifted as its answer ("Restrictions: none", "Restrictions lifted"); and no
// restriction of one thing ("No restrictions on walking" names what it lifts: only a sport
// counts, "no restrictions on training"), nor one of everyday_activities or rehab_steps before it
// in its sentence ("Walking: no restrictions", "Cycling without restriction").
inline std::size_t restriction_lifted_at(std::string_view text, const std::vector<words::Word>& w,
                                         std::size_t k, Span clause, Span sentence) {
    std::size_t j = k;
    // "No activity restrictions": what is restricted, just before.
    if (j > clause.first && in(w[j - 1].text, restricted_kinds)) {
        --j;
    }
    while (j > clause.first && k - j < 3 && in(w[j - 1].text, restriction_fillers)) {
        --j;
    }
    // "0 restrictions": a lone 0 just before.
    const std::size_t from = j == 0 ? 0 : w[j - 1].end;
    const auto before = text.substr(from, w[j].begin - from);
    const auto last = before.find_last_not_of(" \t");
    const bool zero =
        last != std::string_view::npos && before[last] == '0'
        && (last == 0 || std::isdigit(static_cast<unsigned char>(before[last - 1])) == 0)
        && (last == 0 || before[last - 1] != '.');
    std::size_t taken = 0;
    if (zero || (j > clause.first && in(w[j - 1].text, restriction_absent))
        || (j >= clause.first + 2 && (w[j - 1].text == "of" || w[j - 1].text == "from")
            && w[j - 2].text == "free")
        || (a_restriction_noun(w[k].text)
            && (no_longer_before(w, j, clause) || possession_denied_before(w, j, clause)))) {
        taken = 1;
        // "No limits are lifted by this plan": the lifting is denied, not the restriction.
        for (std::size_t at = k + 1; at < clause.end && at <= k + 4; ++at) {
            if (in(w[at].text, lifting_words)) {
                return 0;
            }
        }
    } else if (k + 1 < clause.end && w[k + 1].text == "free") {
        taken = 2;  // "Restriction-free", "restriction free from week 4"
    } else if (k + 1 < sentence.end && in(w[k + 1].text, restriction_lifted)
               && (w[k + 1].text != "no" || k + 2 == sentence.end)) {
        taken = 2;
    } else if (const std::size_t end = ended_after(w, k + 1, clause); end > 0) {
        taken = end - k;  // "All restrictions are removed", "Restrictions no longer apply"
    }
    if (taken == 0) {
        return 0;
    }
    // Before what says the restriction absent: "No more restrictions" is no step of "more".
    for (std::size_t at = sentence.first; at < j; ++at) {
        if (starts_with_one_of(w, at, everyday_activities)
            || starts_with_one_of(w, at, rehab_steps)) {
            return 0;
        }
    }
    const std::size_t after = k + taken;
    // "Restrictions are lifted at the end of week 4", "No restrictions from Monday": a time.
    if (after + 1 < clause.end && in(w[after].text, time_openers)) {
        for (std::size_t at = after + 1; at < clause.end && at <= after + 4; ++at) {
            if (in(w[at].text, time_units) || in(w[at].text, day_words)
                || in(w[at].text, weekend_words) || w[at].text == "end") {
                return taken;
            }
            if (!(in(w[at].text, target_fillers) || w[at].text == "of")) {
                break;
            }
        }
    }
    if (after < clause.end
        && (w[after].text == "on" || w[after].text == "to" || w[after].text == "for"
            || w[after].text == "in" || w[after].text == "of" || w[after].text == "with"
            || w[after].text == "at")) {
        for (std::size_t at = after + 1; at < clause.end && at <= after + 3; ++at) {
            if (starts_with_one_of(w, at, everyday_activities)) {
                return 0;
            }
            // A sport, or activity as a whole ("No limits on activity").
            if (sport_word_start(w[at].text) || w[at].text.starts_with("activit")
                || w[at].text == "anything" || w[at].text == "everything") {
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

// Whether what follows "play" at words[at] (before `end`) makes it no sport: a drill, a recording
// or an idiom of patience after at most three articles, played_fillers, "some" or "back" ("play a
// ball", "play the next rep", "Play the recording of the cue", "play back the video", "Play the
// long game"), or "catch". The strict form and the listed forms ("can play the next rep",
// wording.hpp) read it alike.
inline bool played_not_as_sport(const std::vector<words::Word>& w, std::size_t at,
                                std::size_t end) {
    const auto word = [&](std::size_t by) -> std::string_view {
        return at + by < end ? std::string_view{w[at + by].text} : std::string_view{};
    };
    std::size_t by = 0;
    while (by < 3
           && (in(word(by), articles) || in(word(by), played_fillers) || word(by) == "some"
               || word(by) == "back")) {
        ++by;
    }
    return word(0) == "a" || word(0) == "an" || word(0) == "catch" || in(word(by), played_drills)
           || in(word(by), played_media) || (in(word(by), patient_games) && word(by + 1) == "game");
}

// How many words a word of the clearance family takes at words[k] in its clearance sense, or 0:
// one of family_words (a return or rejoining only to a sport: "return to play", not "return the
// leg"; "clear" only after a word of being, "all" or "in the", or before "to" or "for"; "ready" and
// "fit" not before "to" or "for" and a step of rehabilitation; "discharged from" only from care;
// "resolved" only of an injury; "play" not "play a ball"), "sign off" in any form, "authorise" in
// any spelling, "full" or "free to" before a sport ("full training", "free to compete"), "green
// light".
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
    if ((word.starts_with("restriction") || word.starts_with("limit")) && word != "limitless") {
        return restriction_lifted_at(text, w, k, clause,
                                     span_around(text, w, k, ends_a_strict_sentence));
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
    // A return, or rejoining, only to a sport: "Go ahead and rejoin the squad on Monday" (not
    // "rejoin the group run").
    if (word.starts_with("return") || word.starts_with("rejoin")) {
        return sport_after(w, k, clause) ? 1 : 0;
    }
    if (word == "clear") {
        // "He is in the clear" as "is clear" (not "in the clear lane": a noun after it).
        const bool in_the =
            k >= clause.first + 2 && w[k - 1].text == "the" && w[k - 2].text == "in"
            && (k + 1 == clause.end || in(next(1), time_words) || in(next(1), time_openers));
        const bool before =
            in_the
            || (k > clause.first && (in(w[k - 1].text, being_words) || w[k - 1].text == "all"));
        if (next(1) == "to" || next(1) == "for") {
            return 1;
        }
        // A place kept free: "The floor area is clear of obstacles", "the path is clear".
        if (next(1) == "of" || any_in(w, clause.first, k, cleared_places)) {
            return 0;
        }
        return before || clause.end - clause.first == 1 ? 1 : 0;
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
    // A course, not a state: "The muscle heals over 3 to 6 weeks", "heals slowly".
    if (word == "heals" && in(next(1), healing_courses)) {
        return 0;
    }
    // A breath or a band discharged, not an athlete: "Discharge the band tension slowly".
    if (word == "discharge" || word == "discharges") {
        const bool determiner = in(next(1), articles) || in(next(1), discharge_determiners);
        const std::string_view what = determiner ? next(2) : next(1);
        if (in(what, discharged_things)
            || (determiner && !what.empty() && !in(what, person_words))) {
            return 0;
        }
    }
    // Play as a word of trying: "Play with the tempo", "Play around with the angle".
    if (word == "play"
        && (next(1) == "around" || next(1) == "about"
            || (next(1) == "with"
                && (in(next(2), exercise_parameters) || in(next(3), exercise_parameters))))) {
        return 0;
    }
    // A part acted, not sport: "Role-play the match movements".
    if (word.starts_with("play") && k > clause.first && w[k - 1].text == "role") {
        return 0;
    }
    // The team's play, not the athlete's: "The team plays on Saturday".
    if (k > clause.first && in(w[k - 1].text, others_who_play)
        && (word.starts_with("play") || word.starts_with("compet") || word.starts_with("rac"))) {
        return 0;
    }
    // A manner of doing, not sport: "Play it safe", "playing it cool", "play safe".
    if (word.starts_with("play")
        && (in(next(1), played_manners) || (next(1) == "it" && in(next(2), played_manners)))) {
        return 0;
    }
    // A drill, a recording or an idiom played: "play a ball", "play the next rep", "Play music
    // during the bike session", "Play the recording of the cue", "Play the long game".
    if (word.starts_with("play") && played_not_as_sport(w, k + 1, clause.end)) {
        return 0;
    }
    if (word == "unrestricted" && starts_with_one_of(w, k + 1, everyday_activities)
        && k + 1 < clause.end) {
        return 0;
    }
    if (word.starts_with("recover")) {
        // "full recovery between sets", "Recovered breath before the next set", "Recovered your
        // breath?".
        for (std::size_t by = 1; by <= 3; ++by) {
            if (in(next(by), rest_words) || in(next(by), recovered_functions)) {
                return 0;
            }
        }
        // "once your breathing has recovered", "until the heart rate recovers".
        for (std::size_t at = k; at > clause.first && k - at <= 3;) {
            if (in(w[--at].text, recovered_functions)) {
                return 0;
            }
        }
        // "Once recovered from the previous set": an effort, not an injury ("recovered from the
        // sprint injury" is one).
        if (next(1) == "from") {
            bool effort = false;
            for (std::size_t by = 2; by <= 5; ++by) {
                if (in(next(by), injury_words)) {
                    effort = false;
                    break;
                }
                effort = effort
                         || (by <= 4
                             && (in(next(by), played_drills) || in(next(by), efforts)
                                 || in(next(by), rest_words)));
            }
            if (effort) {
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

}  // namespace coach::wording_detail
