#pragma once

#include <array>
#include <cctype>
#include <cstddef>
#include <string_view>
#include <vector>

#include "coach/sdk/claim_holds.hpp"
#include "coach/sdk/claim_readings.hpp"
#include "coach/sdk/claim_safe_forms.hpp"
#include "coach/sdk/claim_spans.hpp"
#include "coach/sdk/words.hpp"

// Claims that nothing is left between the athlete and play, read by the turned claims (coach/sdk/
// claim_turns.hpp): nothing more needed before a return ("Nothing further needed before matches",
// "No further rehab required to compete"), no precautions left ("No more precautions needed"),
// time in a match granted ("Match minutes allowed from week 3", "Good for 90 minutes on
// Saturday"), a place in the side forecast ("Expected back in the side by week 3") and a recovery
// said whole ("Athlete is 100%", "Completely over the injury"). Contraindications are obstacles
// and bans (claim_turn_words.hpp, claim_hold_words.hpp). [thread-safe] Pure.
namespace coach {

// What says more is needed than what was done: "Nothing further", "No more", "anything else".
inline constexpr std::array<std::string_view, 8> more_words = {
    "further", "more", "else", "additional", "extra", "other", "anything", "longer"};
// What a need is needed before or for: "before matches", "to compete", "for Saturday".
inline constexpr std::array<std::string_view, 5> need_targets = {"before", "to", "for", "ahead",
                                                                 "prior"};
// What is kept for a healing injury, said gone when none is left: "No more precautions needed".
inline constexpr std::array<std::string_view, 4> precaution_words = {"precaution", "precautions",
                                                                     "safeguard", "safeguards"};
// The same in plainer words, common in plain texts ("Take care", "careful handling"): read as a
// precaution only after "special", "no", one of more_words or one of care_manners ("No more
// special care needed", "No extra protection", "No more careful handling required", "needs no
// further special treatment").
inline constexpr std::array<std::string_view, 6> caring_words = {
    "care", "caution", "protection", "handling", "treatment", "attention"};
// The course of care itself, said needed no longer: "You no longer need treatment", "No more
// physio needed", "you don't need rehab anymore", "Treatment is no longer needed" (trial 41: a
// protocol's cue "you no longer need treatment" passed). Read only when nothing names a part of
// it after the word ("No more treatment sessions this week", "no further rehab exercises today").
inline constexpr std::array<std::string_view, 7> course_of_care_words = {
    "treatment", "treatments", "rehab", "rehabilitation", "physio", "physiotherapy", "therapy"};
// What a course of care is said to have come to, after it: "Rehab is over", "Treatment is
// finished", "Your physio sessions are over" (trial 43); a part of the course may come between
// (course_parts).
inline constexpr std::array<std::string_view, 12> course_ended_words = {
    "over",    "finished", "done",     "completed", "ended",    "concluded",
    "through", "behind",   "complete", "ends",      "finishes", "concludes"};
// Of those, the words that say the course has ended whatever comes after them: "Rehab is over
// after these reps" (trial 49); "done" and "completed" may say a session was done.
inline constexpr std::array<std::string_view, 7> course_over_words = {
    "over", "finished", "ended", "concluded", "ends", "finishes", "concludes"};
// Whom a course of care is said over for: "Rehab is over for you" (trial 47).
inline constexpr std::array<std::string_view, 6> ended_for = {"you",  "him", "her",
                                                              "them", "me",  "us"};
// When a course is said to end, a word of these then a week, a day or a month: "Treatment is
// complete after week 10", "Rehab ends by week 6" (trial 45); not "Rehab is done at home", "done
// after the warm-up".
inline constexpr std::array<std::string_view, 3> ending_times = {"after", "by", "from"};
inline constexpr std::array<std::string_view, 8> course_conditions = {
    "before", "until", "till", "once", "when", "whenever", "if", "unless"};
inline constexpr std::array<std::string_view, 5> course_parts = {"sessions", "programme", "program",
                                                                 "course", "plan"};
// Leaving a course of care, before it: "You are done with rehab", "graduated from rehab", "Stop
// coming to physio", "You can stop your rehab now" (trial 43), across leaving_fillers.
inline constexpr std::array<std::string_view, 10> leaving_words = {
    "done",       "finished", "graduated", "graduate", "graduates",
    "graduating", "stop",     "quit",      "through",  "completed"};
inline constexpr std::array<std::string_view, 11> leaving_fillers = {
    "with", "from", "coming", "going", "to", "seeing", "attending", "your", "the", "my", "all"};
// Who or what a clinician's gate is, said not needed before play as "nothing more" is: "No
// appointment needed before your next match", "You do not need to see anyone before playing"
// (trial 43).
inline constexpr std::array<std::string_view, 10> gate_nouns = {
    "appointment", "appointments", "assessment", "review",    "checkup",
    "check",       "anyone",       "anybody",    "clinician", "doctor"};
// What a course of care gives, said as the course: "physio input", "rehab support".
inline constexpr std::array<std::string_view, 3> course_inputs = {"input", "involvement",
                                                                  "support"};
inline constexpr std::array<std::string_view, 5> care_manners = {"careful", "gentle", "cautious",
                                                                 "protective", "special"};
// What says a hold is still there or not: "No precautions remain", "needed any more".
inline constexpr std::array<std::string_view, 4> remaining_words = {"remain", "remains", "left",
                                                                    "anymore"};
// Time in a match: "Match minutes", "Game minutes", "Competitive minutes".
inline constexpr std::array<std::string_view, 3> minute_words = {"minutes", "mins", "minute"};
// What a match's time is counted in after "good for": "Good for 90 minutes", "the full 90", "a
// full game on Sunday", "a half on Saturday".
inline constexpr std::array<std::string_view, 13> match_time_words = {
    "a",    "an",   "the",    "full", "whole", "entire", "minutes",
    "mins", "half", "halves", "hour", "first", "second"};
// The side an athlete is back in: "back in the side", "back in the starting line-up".
inline constexpr std::array<std::string_view, 9> side_words = {
    "side", "team", "squad", "lineup", "line", "xi", "eleven", "selection", "reckoning"};
// Words between "back in" and the side: "back in the first team", "back into his starting XI".
inline constexpr std::array<std::string_view, 8> side_fillers = {
    "the", "a", "his", "her", "their", "first", "starting", "matchday"};
// What "over" is over when it is a recovery: "over the injury", "over the tear", "over it".
inline constexpr std::array<std::string_view, 9> got_words = {
    "got", "gotten", "get", "getting", "gets", "well", "truly", "finally", "now"};

}  // namespace coach

namespace coach::wording_detail {

// Whether a return or a sport is named in words [from, clause.end) after one of need_targets,
// within five words of it ("before matches", "to compete", "before he returns to games").
inline bool a_return_after_a_target(const std::vector<words::Word>& w, std::size_t from,
                                    Span clause) {
    for (std::size_t at = from; at < clause.end; ++at) {
        if (!in(w[at].text, need_targets)) {
            continue;
        }
        for (std::size_t t = at + 1; t < clause.end && t <= at + 5; ++t) {
            if (a_fixture_at(w, t, clause.end) || w[t].text.starts_with("return")
                || w[t].text.starts_with("resum")) {
                return true;
            }
        }
    }
    return false;
}

// Whether words[k] (one of need_words) says nothing more is needed before a return: a denial in
// the four words before it (or a need in n't), one of more_words in the three words either side
// unless the denial is "nothing" (or one of gate_nouns there: "No appointment needed before your
// next match"), and a return or a sport after one of need_targets
// ("Nothing further needed before matches", "No further rehab required to compete", "Doesn't need
// anything else before playing"; not "No need to stretch before playing", "No more than 3 sets
// are needed").
inline bool nothing_more_needed_at(const std::vector<words::Word>& w, std::size_t k, Span clause) {
    if (!in(w[k].text, need_words)) {
        return false;
    }
    bool denial = w[k].negative;
    bool nothing = false;
    for (std::size_t at = k; at > clause.first && k - at < 4;) {
        --at;
        if (turn_denial_at(w, at)) {
            denial = true;
            nothing = nothing || w[at].text == "nothing";
        }
    }
    if (!denial) {
        return false;
    }
    bool more = nothing;
    for (std::size_t at = k > clause.first + 3 ? k - 3 : clause.first;
         !more && at < clause.end && at <= k + 3; ++at) {
        // "No more than 3 sets": an amount, not what is left.
        more = (in(w[at].text, more_words) || in(w[at].text, gate_nouns))
               && !(at + 1 < clause.end && w[at + 1].text == "than");
    }
    return more && a_return_after_a_target(w, k + 1, clause);
}

// Whether words after words[k] say it is needed no longer: at most two of being_words, then "no
// longer" and a need ("Precautions are no longer needed", "Special care is no longer required").
inline bool needed_no_longer_after(const std::vector<words::Word>& w, std::size_t k, Span clause) {
    std::size_t at = k + 1;
    while (at < clause.end && at <= k + 2 && in(w[at].text, being_words)) {
        ++at;
    }
    return at + 2 < clause.end && w[at].text == "no" && w[at + 1].text == "longer"
           && in(w[at + 2].text, need_words);
}

// Whether words[k] (one of course_of_care_words) names the whole course of care: the end of its
// clause, a need, one of remaining_words, "any more", "no longer", a time or "for" an injury after
// it ("You no longer need treatment", "no more physio needed", "don't need rehab anymore", "no
// longer needs treatment for the hamstring", "Treatment no longer required"); not a part of it
// ("No more treatment sessions this week").
inline bool whole_course_of_care_at(const std::vector<words::Word>& w, std::size_t k, Span clause) {
    std::size_t next = k + 1;
    // "No further physio input is needed" (trial 44): the course's input is the course.
    if (next < clause.end && in(w[next].text, course_inputs)) {
        ++next;
    }
    if (next == clause.end) {
        return true;
    }
    const std::string_view word = w[next].text;
    if (in(word, need_words) || in(word, remaining_words) || in(word, time_words)
        || word == "longer"
        || (word == "no" && next + 1 < clause.end && w[next + 1].text == "longer")
        || (word == "any" && next + 1 < clause.end && w[next + 1].text == "more")) {
        return true;
    }
    if (word == "for" || word == "on" || word == "of") {
        for (std::size_t at = next + 1; at < clause.end && at <= next + 3; ++at) {
            if (in(w[at].text, injury_words) || in(w[at].text, body_parts)) {
                return true;
            }
        }
    }
    // "Treatment is no longer needed"; "No further physiotherapy is needed" (trial 44).
    return in(word, being_words) && next + 1 < clause.end
           && (in(w[next + 1].text, need_words)
               || (next + 2 < clause.end && w[next + 1].text == "no"
                   && w[next + 2].text == "longer"));
}

// Where a course of care said ended at words[k] (one of course_of_care_words) stops, or 0: at most
// one of course_parts and two of being_words or "has", then one of course_ended_words ending its
// clause or before a time ("Rehab is over", "Treatment is finished", "Your physio sessions are
// over"); or, before it across at most three of leaving_fillers, one of leaving_words, the course
// whole after it
// ("You are done with rehab", "graduated from rehab", "Stop coming to physio", "You can stop your
// rehab now"; not "Stop the rehab exercise if it hurts", "Rehab is done three times a week"); or
// "last" or "final" before it and "ever" within six words after, then a need, "do", "have" or
// "attend" ("the last rehab session you'll ever need"; not "the last rehab session was the best
// ever").
// Not in a clause of a condition or a time to come ("when rehab is over", "until treatment is
// finished"), which conditional_or_asked() takes back.
inline std::size_t course_of_care_ended_at(const std::vector<words::Word>& w, std::size_t k,
                                           Span clause) {
    if (!in(w[k].text, course_of_care_words)) {
        return 0;
    }
    // A time to come or a condition before it: "before rehab is complete", "until treatment is
    // finished", "when rehab is over"; not one that ends before it ("Once you can do 3x12 you are
    // done with rehab", "Once here ... rehab is over": trial 48).
    for (std::size_t before = clause.first; before < k; ++before) {
        if (in(w[before].text, course_conditions) && !condition_ends(w, before, k)) {
            return 0;
        }
    }
    // The last of it ever: "the last rehab session you'll ever need" (trial 48).
    if (k > clause.first && (w[k - 1].text == "last" || w[k - 1].text == "final")) {
        for (std::size_t at = k + 1; at + 1 < clause.end && at <= k + 6; ++at) {
            const std::string_view next = w[at + 1].text;
            if (w[at].text == "ever"
                && (in(next, need_words) || next == "do" || next == "have" || next == "attend")) {
                return at + 2;
            }
        }
    }
    std::size_t at = k + 1;
    if (at < clause.end && in(w[at].text, course_parts)) {
        ++at;
    }
    const auto being_at = [&](std::size_t i) {
        return in(w[i].text, being_words) || w[i].text == "has" || w[i].text == "have";
    };
    for (std::size_t being = 0; at < clause.end && being < 2 && being_at(at); ++being) {
        ++at;
    }
    // Over for someone: "Rehab is over for you" (trial 47).
    const bool for_someone =
        at + 2 < clause.end && w[at + 1].text == "for" && in(w[at + 2].text, ended_for);
    const bool for_whom = for_someone && (at + 3 == clause.end || in(w[at + 3].text, time_words));
    // Over after what is done now: "Rehab is over after these reps", "... over for you after
    // today" (trial 49); not "done" or "completed", which may be a session done ("Rehab is done
    // after the warm-up").
    const std::size_t then = for_someone ? at + 3 : at + 1;
    const bool over_after = at < clause.end && in(w[at].text, course_over_words)
                            && then < clause.end && w[then].text == "after";
    if (at < clause.end && in(w[at].text, course_ended_words)
        && (at + 1 == clause.end || in(w[at + 1].text, time_words) || for_whom || over_after
            || (at + 2 < clause.end && in(w[at + 1].text, ending_times)
                && (w[at + 2].text.starts_with("week") || w[at + 2].text.starts_with("day")
                    || w[at + 2].text.starts_with("month"))))) {
        return at + 1;
    }
    if (!whole_course_of_care_at(w, k, clause)) {
        return 0;
    }
    for (std::size_t back = k; back > clause.first && k - back <= 3;) {
        --back;
        if (in(w[back].text, leaving_words)) {
            return k + 1;
        }
        if (!in(w[back].text, leaving_fillers)) {
            break;
        }
    }
    return 0;
}

// Where precautions said gone at words[k] stop, or 0: one of precaution_words, or of caring_words
// after "no", one of more_words or one of care_manners (as the pre-filter passes it; not of a thing
// named after it: "No special attention to cadence"), with a denial before it
// across at most three words (more_words, "or", "and", "special" or a restriction), and one of
// more_words or a need before it ("needs no special care") or, after it, a need, one of
// remaining_words or "any more" ("No more precautions needed", "No precautions needed any more",
// "No limitations or precautions remain", "No more special care needed"); or said needed no longer
// (needed_no_longer_after); not of a step in its sentence ("No precautions needed for the
// upper-body work").
inline std::size_t precautions_gone_at(const std::vector<words::Word>& w, std::size_t k,
                                       Span clause, Span sentence) {
    // The course of care said needed no longer is read as a precaution is.
    const bool course_of_care =
        in(w[k].text, course_of_care_words) && whole_course_of_care_at(w, k, clause);
    if (!course_of_care && !in(w[k].text, precaution_words)
        && !(in(w[k].text, caring_words) && k > clause.first
             && (w[k - 1].text == "no" || in(w[k - 1].text, more_words)
                 || in(w[k - 1].text, care_manners)))) {
        return 0;
    }
    // Care of a thing, not of the injury: "No special attention to cadence needed" (not "No
    // special attention to the hamstring required").
    if (in(w[k].text, caring_words) && k + 1 < clause.end
        && (w[k + 1].text == "to" || w[k + 1].text == "of" || w[k + 1].text == "on"
            || w[k + 1].text == "with")) {
        bool injury = false;
        for (std::size_t at = k + 2; !injury && at < clause.end && at <= k + 4; ++at) {
            injury = in(w[at].text, injury_words) || in(w[at].text, body_parts);
        }
        if (!injury) {
            return 0;
        }
    }
    bool denial = false;
    bool more = false;
    bool needed = false;  // a need between the denial and the word: "never need rehab again"
    for (std::size_t at = k; at > clause.first && k - at <= 3;) {
        --at;
        needed = needed || in(w[at].text, need_words);
        if (turn_denial_at(w, at)) {
            denial = true;
            // "The hamstring needs no further special care": the need is denied.
            more = more || (at > clause.first && in(w[at - 1].text, need_words));
            break;
        }
        more = more || in(w[at].text, more_words);
    }
    if (a_step_in(w, sentence.first, sentence.end)) {
        return 0;
    }
    if (!denial) {
        return needed_no_longer_after(w, k, clause) ? k + 1 : 0;
    }
    for (std::size_t at = k + 1; !more && at < clause.end && at <= k + 4; ++at) {
        more =
            in(w[at].text, need_words) || in(w[at].text, remaining_words)
            || (w[at].text == "more" && w[at - 1].text == "any") || w[at].text == "longer"
            || (needed && w[at].text == "again");  // "You will never need rehab again" (trial 47)
    }
    return more ? k + 1 : 0;
}

// Whether words[at] opens the time of a match: a sport before one of minute_words ("Match
// minutes", "Competitive minutes", "full game minutes"), or one of minute_words then "in" and a
// sport ("minutes in matches").
inline std::size_t match_minutes_at(const std::vector<words::Word>& w, std::size_t k, Span clause) {
    if (in(w[k].text, minute_words)) {
        return k + 2 < clause.end && w[k + 1].text == "in" && a_sport_at(w, k + 2, clause.end)
                   ? k + 3
                   : 0;
    }
    const bool sport = sport_word_start(w[k].text) && !w[k].text.starts_with("train")
                       && !w[k].text.starts_with("return") && !w[k].text.starts_with("resum")
                       && !w[k].text.starts_with("full");
    return sport && k + 1 < clause.end && in(w[k + 1].text, minute_words) ? k + 2 : 0;
}

// Whether "good" at words[k] grants the time of a match on a day: "good for", said of the
// athlete, then the time (match_time_words and counts) and a fixture ("Good for 90 minutes on
// Saturday", "Good for the full 90 on Sunday"; not "Good for 20 minutes of walking on Sunday"), or
// the time and then the next week or this one (trial 66: "good for 90 mins next week").
inline bool good_for_match_time_at(const std::vector<words::Word>& w, std::size_t k, Span clause) {
    if (w[k].text != "good" || k + 2 >= clause.end || w[k + 1].text != "for"
        || !selection_of_the_athlete(w, k, clause)) {
        return false;
    }
    std::size_t at = k + 2;
    while (at < clause.end && in(w[at].text, match_time_words)) {
        ++at;
    }
    const bool timed = at > k + 2;
    while (at < clause.end
           && (w[at].text == "on" || w[at].text == "next" || w[at].text == "this"
               || w[at].text == "in" || in(w[at].text, articles))) {
        ++at;
    }
    const bool a_week = timed && at < clause.end && w[at].text == "week"
                        && (w[at - 1].text == "next" || w[at - 1].text == "this");
    return at < clause.end && at > k + 2 && (a_fixture_at(w, at, clause.end) || a_week);
}

// Where "back out there", the field in slang, at words[k] ("back") stops, or 0: it claims as a
// place in the side does when it ends its clause or comes before one of time_words, a day or a
// weekend after at most two words, or "for" and a fixture (trial 60: "Back out there on
// Saturday", "back out there for Saturday's game"; trial 62: "Get back out there for the cup
// game"; not "jog back out there and repeat", "get back out there for your strides").
inline std::size_t back_out_there_at(const std::vector<words::Word>& w, std::size_t k,
                                     Span clause) {
    if (w[k].text != "back" || k + 2 >= clause.end || w[k + 1].text != "out"
        || w[k + 2].text != "there") {
        return 0;
    }
    const std::size_t at = k + 3;
    const auto a_day_at = [&](std::size_t d) {
        return d < clause.end && (in(w[d].text, day_words) || in(w[d].text, weekend_words));
    };
    const auto a_fixture_after_for = [&] {
        for (std::size_t f = at + 1; w[at].text == "for" && f < clause.end && f <= at + 3; ++f) {
            if (a_fixture_at(w, f, clause.end)) {
                return true;
            }
        }
        return false;
    };
    const bool ends = at == clause.end || in(w[at].text, time_words) || a_day_at(at)
                      || a_day_at(at + 1) || a_day_at(at + 2) || a_fixture_after_for();
    return ends ? at : 0;
}

// Where the athlete said back in the side at words[k] ("back") stops, or 0: "in" or "into", at
// most two of side_fillers, then one of side_words ("Back in the side by week 3", "back in the
// starting line-up"; not "back in the gym"), ending its clause or before a time or "for"; or
// back out there (back_out_there_at).
inline std::size_t back_in_the_side_at(const std::vector<words::Word>& w, std::size_t k,
                                       Span clause) {
    if (const std::size_t out_there = back_out_there_at(w, k, clause); out_there > 0) {
        return out_there;
    }
    if (w[k].text != "back" || k + 2 >= clause.end
        || !(w[k + 1].text == "in" || w[k + 1].text == "into")) {
        return 0;
    }
    std::size_t at = k + 2;
    while (at < clause.end && at <= k + 4 && in(w[at].text, side_fillers)) {
        ++at;
    }
    if (at >= clause.end || !in(w[at].text, side_words)) {
        return 0;
    }
    const bool line_up = w[at].text == "line" && at + 1 < clause.end && w[at + 1].text == "up";
    at += line_up ? std::size_t{2} : std::size_t{1};
    // The side as a place, not a position: "back in the side by week 3", not "Lie back in the
    // side-lying position".
    const bool ends = at == clause.end || in(w[at].text, time_openers) || w[at].text == "for"
                      || in(w[at].text, time_words);
    return ends ? at : 0;
}

// The first word after a whole that starts at or after byte `from` with nothing but blanks before
// it and no other letter or digit after it up to that word ("is 100%.", "is 100 percent now"), or
// 0 when there is none.
inline std::size_t word_after_a_whole(std::string_view text, const std::vector<words::Word>& w,
                                      std::size_t from) {
    while (from < text.size() && (text[from] == ' ' || text[from] == '\t')) {
        ++from;
    }
    const std::size_t whole = from < text.size() ? hundred_percent_at(text, from) : 0;
    if (whole == 0) {
        return 0;
    }
    std::size_t next = 0;
    while (next < w.size() && w[next].begin < from + whole) {
        ++next;
    }
    const std::size_t to = next < w.size() ? w[next].begin : text.size();
    for (std::size_t at = from + whole; at < to; ++at) {
        if (std::isalnum(static_cast<unsigned char>(text[at])) != 0) {
            return 0;
        }
    }
    return next;
}

// Where the athlete said whole at words[k] stops, or 0: a word of being said of the athlete, or
// "back to", then "100%" at the end of its clause or before one of time_words ("Athlete is 100%",
// "She is back to 100%", "He's 100 percent"); or "100%" opening its text or clause before one of
// time_words ("100% again"). Not an effort ("Effort is 100%", "Work up to 100% of the reps").
inline std::size_t whole_athlete_at(std::string_view text, const std::vector<words::Word>& w,
                                    std::size_t k, Span clause) {
    const std::string_view word = w[k].text;
    // Said of the athlete, or of the injured part or the injury (trial 44: "The muscle is 100%
    // again").
    const bool of_the_part =
        k > clause.first && (in(w[k - 1].text, body_parts) || in(w[k - 1].text, injury_words));
    const bool being =
        in(word, being_words) && (selection_of_the_athlete(w, k + 1, clause) || of_the_part);
    // "She is back to 100%" (a bare "Back to 100%" the second reading reads as "back to fully").
    const bool back_to = word == "to" && k > clause.first + 1 && w[k - 1].text == "back"
                         && selection_of_the_athlete(w, k - 1, clause);
    if (being || back_to) {
        const std::size_t next = word_after_a_whole(text, w, w[k].end);
        const bool ends = next >= clause.end || in(w[next].text, time_words);
        return next > k && ends ? next : 0;
    }
    // "100% again": the whole opens its clause.
    if (k == clause.first && in(word, time_words)) {
        const std::size_t from = k == 0 ? 0 : w[k - 1].end + 1;
        return from <= w[k].begin && word_after_a_whole(text, w, from) == k ? k + 1 : 0;
    }
    return 0;
}

// Where a recovery said over at words[k] ("over") stops, or 0: a word of completeness or of
// getting over (got_words) or of being in the two words before it, at most one of articles or
// a possessive and one of body_parts, then one of injury_words, or "it" at the end of its clause
// ("Completely over the injury", "He has got over the strain", "Totally over it"; not "Step over
// the hurdle", "The stretch is completely over before the next rep").
inline std::size_t over_the_injury_at(const std::vector<words::Word>& w, std::size_t k,
                                      Span clause) {
    if (w[k].text != "over" || k == clause.first || k + 1 >= clause.end) {
        return 0;
    }
    bool recovered = false;
    for (std::size_t at = k; at > clause.first && k - at < 2;) {
        --at;
        recovered = recovered || in(w[at].text, completeness_words) || in(w[at].text, got_words)
                    || in(w[at].text, being_words);
    }
    if (!recovered) {
        return 0;
    }
    if (w[k + 1].text == "it") {
        return k + 2 == clause.end ? k + 2 : 0;
    }
    std::size_t at = past_a_determiner(w, k + 1, clause);
    if (at + 1 < clause.end && in(w[at].text, body_parts) && in(w[at + 1].text, injury_words)) {
        ++at;
    }
    return at < clause.end && in(w[at].text, injury_words) ? at + 1 : 0;
}

// Where a claim that nothing is left at words[k] stops (the kinds above), or 0; `forecast` set for
// a place in the side, which a labelled estimate does not take back ("Expected back in the side
// by week 3"), and `need` for a need denied, which no requirement takes back.
inline std::size_t nothing_left_at(std::string_view text, const std::vector<words::Word>& w,
                                   std::size_t k, Span clause, bool& forecast, bool& need) {
    if (nothing_more_needed_at(w, k, clause)) {
        need = true;
        return k + 1;
    }
    const Span sentence = span_around(text, w, k, ends_a_strict_sentence);
    std::size_t end = precautions_gone_at(w, k, clause, sentence);
    end = end > 0 ? end : course_of_care_ended_at(w, k, clause);
    if (end > 0) {
        need = true;
        return end;
    }
    end = match_minutes_at(w, k, clause);
    end = end > 0 ? end : (good_for_match_time_at(w, k, clause) ? k + 2 : 0);
    if (end == 0 && (end = back_in_the_side_at(w, k, clause)) > 0) {
        forecast = true;
    }
    end = end > 0 ? end : whole_athlete_at(text, w, k, clause);
    end = end > 0 ? end : over_the_injury_at(w, k, clause);
    return end > 0 && !denied(text, w, k, end, clause) ? end : 0;
}

// Whether words[k] may start a claim that nothing is left: the test before its clause is bounded.
// A word of being or "to" only before a "1", a time only after a '%' or the 't' of "percent"
// ("is 100%", "100% again").
inline bool may_start_nothing_left(std::string_view text, const std::vector<words::Word>& w,
                                   std::size_t k) {
    const std::string_view word = w[k].text;
    if (in(word, being_words) || word == "to") {
        const std::size_t digit = text.find_first_not_of(" \t", w[k].end);
        return digit != std::string_view::npos && text[digit] == '1';
    }
    if (in(word, time_words)) {
        const std::size_t before =
            w[k].begin == 0 ? std::string_view::npos : text.find_last_not_of(" \t", w[k].begin - 1);
        return before != std::string_view::npos && (text[before] == '%' || text[before] == 't');
    }
    return in(word, need_words) || in(word, precaution_words) || in(word, caring_words)
           || in(word, course_of_care_words) || in(word, minute_words)
           || (k + 1 < w.size() && in(w[k + 1].text, minute_words)) || word == "good"
           || word == "back" || word == "over";
}

// Whether `word` (lower case) after `previous` may make a claim that nothing is left: what the
// pre-filter (claim_prefilter.hpp) lets through for these kinds. A need after one of more_words
// or "nothing", or one of them after "no"; a precaution (one of caring_words or
// course_of_care_words only after "no", one of more_words or one of care_manners), a follow-up or a
// contraindication; a minute after a sport; "in", "into" or "out" after "back"; "over" after a word
// of completeness or of getting over, and an injury or "it" after "over"; a course of care after
// "last" or "final". A "100%" the pre-filter
// passes by itself.
inline bool nothing_left_trigger(std::string_view previous, std::string_view word) {
    if (in(word, need_words)) {
        return in(previous, more_words) || previous == "nothing" || previous.ends_with("nt")
               || previous == "not" || in(previous, gate_nouns);
    }
    if (in(word, course_ended_words)
        && (in(previous, course_of_care_words) || in(previous, course_parts)
            || in(previous, being_words) || previous == "has" || previous == "have")) {
        return true;
    }
    if (in(word, course_of_care_words)
        && (in(previous, leaving_words) || in(previous, leaving_fillers) || previous == "last"
            || previous == "final")) {
        return true;
    }
    return in(word, precaution_words) || word.starts_with("contraindicat") || word == "followup"
           || ((in(word, caring_words) || in(word, course_of_care_words))
               && (previous == "no" || in(previous, more_words) || in(previous, care_manners)))
           || (previous == "follow" && word == "up")
           || (previous == "no" && (word == "further" || word == "additional" || word == "extra"))
           || (in(word, minute_words) && sport_word_start(previous))
           || (previous == "back" && (word == "in" || word == "into" || word == "out"))
           || (word == "over" && (in(previous, completeness_words) || in(previous, got_words)))
           || (previous == "over" && (in(word, injury_words) || word == "it"));
}

}  // namespace coach::wording_detail
