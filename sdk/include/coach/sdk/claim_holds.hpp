#pragma once

#include <algorithm>
#include <cstddef>
#include <string_view>
#include <vector>

#include "coach/sdk/claim_hold_words.hpp"
#include "coach/sdk/claim_spans.hpp"
#include "coach/sdk/claim_turn_words.hpp"
#include "coach/sdk/words.hpp"

// Claims that what holds the athlete back no longer does (their words: coach/sdk/
// claim_hold_words.hpp), read by the turned claims (coach/sdk/claim_turns.hpp) and, for a
// restriction, by the family's senses (claim_family_senses.hpp). One small grammar: a hold (a
// clinician's sign-off, a ban, a restriction, a fixture missed, the injury or its risk) and what
// says it gone: denied before it ("not prohibited", "won't miss"), waived or ended after it
// ("approval unnecessary", "ban lifted", "risk is gone"). [thread-safe] Pure.
namespace coach::wording_detail {

// Whether words[j] denies: a contraction in n't or one of turn_denials.
inline bool turn_denial_at(const std::vector<words::Word>& w, std::size_t j) {
    return w[j].negative || in(w[j].text, turn_denials);
}

// Whether words[at] (before `end`) names a sport in the narrow sense the turns read: one of
// sport_words that is no step or whole by itself ("full", "normal", "training", "return": those
// only before a sport, "full matches").
inline bool a_sport_at(const std::vector<words::Word>& w, std::size_t at, std::size_t end) {
    if (at >= end) {
        return false;
    }
    const std::string_view word = w[at].text;
    for (const std::string_view broad :
         {"full", "normal", "unrestricted", "training", "resum", "rejoin", "return", "contact"}) {
        if (word.starts_with(broad)) {
            return (word == "full" || word == "normal" || word == "unrestricted") && at + 1 < end
                   && sport_word_start(w[at + 1].text);
        }
    }
    return sport_word_start(word);
}

// Whether a sport (a_sport_at) is named in words [from, end), before a word that starts a
// condition or an exception ("but", "until", "unless", "once", "before", "except").
inline bool a_sport_in(const std::vector<words::Word>& w, std::size_t from, std::size_t end) {
    for (std::size_t at = from; at < end; ++at) {
        const std::string_view word = w[at].text;
        if (word == "but" || word == "except" || in(word, condition_openers) || word == "before") {
            return false;
        }
        if (a_sport_at(w, at, end)) {
            return true;
        }
    }
    return false;
}

// Whether words [from, end) name an everyday activity or a step of rehabilitation ("Walking is not
// prohibited", "The ban on sprinting is lifted": a hold of that, not of sport); "next" and "more"
// name a time or an amount here ("not prohibited from next week").
inline bool a_step_in(const std::vector<words::Word>& w, std::size_t from, std::size_t end) {
    for (std::size_t at = from; at < end; ++at) {
        if (w[at].text == "next" || w[at].text == "more") {
            continue;
        }
        if (starts_with_one_of(w, at, everyday_activities)
            || starts_with_one_of(w, at, rehab_steps)) {
            return true;
        }
    }
    return false;
}

// Whether words[at] names an event of sport: one of event_nouns ("kick" only before "off": "the
// cup final", "kick-off").
inline bool an_event_at(const std::vector<words::Word>& w, std::size_t at, std::size_t end) {
    if (w[at].text == "kick") {
        return at + 1 < end && w[at + 1].text == "off";
    }
    return in(w[at].text, event_nouns);
}

// Whether words[at] names a fixture: a sport in the narrow sense, an event, a day or a weekend.
inline bool a_fixture_at(const std::vector<words::Word>& w, std::size_t at, std::size_t end) {
    const std::string_view word = w[at].text;
    return a_sport_at(w, at, end) || an_event_at(w, at, end) || in(word, day_words)
           || in(word, weekend_words);
}

// Where a hold ended after words[at] stops (the word after it), or 0: at most three of being_links,
// state_adverbs and "all", then one of ended_words ("are all removed", "has been lifted", "is
// over"; "over" and "gone" only after a word of being), or "no longer" and one of holding_verbs
// ("no longer apply").
inline std::size_t ended_after(const std::vector<words::Word>& w, std::size_t at, Span clause) {
    for (std::size_t links = 0; at < clause.end && links <= 3; ++at, ++links) {
        const std::string_view word = w[at].text;
        if (in(word, ended_words)) {
            return links == 0 && (word == "over" || word == "gone") ? 0 : at + 1;
        }
        if (word == "no" && at + 2 < clause.end && w[at + 1].text == "longer"
            && in(w[at + 2].text, holding_verbs)) {
            return at + 3;
        }
        if (!(in(word, being_links) || in(word, state_adverbs) || word == "all")) {
            return 0;
        }
    }
    return 0;
}

// Where a ban lifted at words[k] (one of ban_nouns) stops, or 0: what it bans (at most three words
// of a preposition, target_fillers or a sport), then ended_after() ("The ban on playing is
// lifted", "The suspension from play is over"); not a ban of a step ("The ban on sprinting is
// lifted").
inline std::size_t ban_lifted_at(const std::vector<words::Word>& w, std::size_t k, Span clause,
                                 Span sentence) {
    if (!in(w[k].text, ban_nouns)) {
        return 0;
    }
    std::size_t at = k + 1;
    while (at < clause.end && at <= k + 3
           && (w[at].text == "on" || w[at].text == "from" || w[at].text == "of"
               || in(w[at].text, target_fillers) || a_sport_at(w, at, clause.end))) {
        ++at;
    }
    const std::size_t end = ended_after(w, at, clause);
    return end > 0 && !a_step_in(w, sentence.first, sentence.end) ? end : 0;
}

// How many words a ban said of what comes before it takes at words[at], or 0: one of ban_states,
// "off limits", "ruled out", or "off the" and one of ban_places ("Play is off the table").
inline std::size_t ban_phrase_at(const std::vector<words::Word>& w, std::size_t at,
                                 std::size_t end) {
    if (at >= end) {
        return 0;
    }
    const std::string_view word = w[at].text;
    const std::string_view next = at + 1 < end ? std::string_view{w[at + 1].text} : "";
    if (in(word, ban_states)) {
        return 1;
    }
    if ((word == "off" && next == "limits") || (word == "ruled" && next == "out")) {
        return 2;
    }
    return word == "off" && next == "the" && at + 2 < end && in(w[at + 2].text, ban_places) ? 3 : 0;
}

// Where a ban denied at words[k] stops, or 0: a denial (turn_denial_at), at most two of
// being_links, "any", "more" and "longer", then a ban (ban_phrase_at),
// said of a sport in its sentence ("Playing is not prohibited", "Not banned from competing",
// "Matches are no longer off limits") or of everything ("Nothing is off limits"); not of a step.
inline std::size_t ban_denied_at(const std::vector<words::Word>& w, std::size_t k, Span clause,
                                 Span sentence) {
    if (!turn_denial_at(w, k)) {
        return 0;
    }
    std::size_t at = k + 1;
    while (at < clause.end && at <= k + 2
           && (in(w[at].text, being_links) || w[at].text == "any" || w[at].text == "more"
               || w[at].text == "longer")) {
        ++at;
    }
    if (at >= clause.end) {
        return 0;
    }
    const std::size_t taken = ban_phrase_at(w, at, clause.end);
    const std::size_t end = taken > 0 ? at + taken : 0;
    const bool everything = w[k].text == "nothing" && k == clause.first;
    if (end == 0 || a_step_in(w, sentence.first, std::min(sentence.end, end + 3))
        || !(everything || a_sport_in(w, sentence.first, sentence.end))) {
        return 0;
    }
    return end;
}

// Where a fixture missed, denied, at words[k] stops, or 0: a denial, at most three of
// absence_links, then one of missing_words and a fixture within four words of it across
// target_fillers, event_modifiers and "any" ("Won't miss a game", "He won't be missing any
// matches", "No need to miss Saturday's match"), or one of sitting_words and "out" ("No need to
// sit out", "No more sitting out").
inline std::size_t fixture_missed_denied_at(const std::vector<words::Word>& w, std::size_t k,
                                            Span clause) {
    if (!turn_denial_at(w, k)) {
        return 0;
    }
    std::size_t at = k + 1;
    while (at < clause.end && at <= k + 3 && in(w[at].text, absence_links)) {
        ++at;
    }
    if (at >= clause.end) {
        return 0;
    }
    if (in(w[at].text, sitting_words)) {
        return at + 1 < clause.end && w[at + 1].text == "out" ? at + 2 : 0;
    }
    if (!in(w[at].text, missing_words)) {
        return 0;
    }
    for (std::size_t after = at + 1; after < clause.end && after <= at + 4; ++after) {
        if (a_fixture_at(w, after, clause.end)) {
            return after + 1;
        }
        if (!(in(w[after].text, target_fillers) || in(w[after].text, event_modifiers)
              || w[after].text == "any")) {
            return 0;
        }
    }
    return 0;
}

// The index after words[at] when it is an article or a possessive ("the", "his"), else `at`.
inline std::size_t past_a_determiner(const std::vector<words::Word>& w, std::size_t at,
                                     Span clause) {
    const bool determiner = at < clause.end
                            && (in(w[at].text, articles) || w[at].text == "his"
                                || w[at].text == "her" || w[at].text == "their");
    return determiner ? at + 1 : at;
}

// Whether words[at] is a clinician's check or note: one of check_nouns or written_permissions
// with one of check_qualifiers or clinician_words in the two words before it ("the medical
// check", "a doctor's note", "the fitness test"; not "a form check", "the hop test").
inline bool a_clinicians_check_at(const std::vector<words::Word>& w, std::size_t at) {
    if (!(in(w[at].text, check_nouns) || in(w[at].text, written_permissions))) {
        return false;
    }
    for (std::size_t before = at; before > 0 && at - before < 2;) {
        --before;
        if (in(w[before].text, check_qualifiers) || in(w[before].text, clinician_words)) {
            return true;
        }
    }
    return false;
}

// Whether words[at] names what a clinician gives before a return: one of clearance_objects or
// review_nouns, "sign" and "off", "follow-up", or "say" and "so" (not "Needless to say").
inline bool a_clinicians_requirement_at(const std::vector<words::Word>& w, std::size_t at,
                                        std::size_t end) {
    const std::string_view word = w[at].text;
    const std::string_view next = at + 1 < end ? std::string_view{w[at + 1].text} : "";
    return in(word, clearance_objects) || in(word, review_nouns) || word == "followup"
           || (word.starts_with("sign") && next == "off") || (word == "say" && next == "so")
           || (word == "follow" && next == "up");
}

// Whether words[at] is "medical" or "physical" as a noun, the examination itself: after one of
// articles or exam_determiners, and then nothing, a need, or one of skipped_object_ends ("doesn't
// need a medical", "No medical needed before competing", "won't require a physical"; not "the
// medical team", "a physical therapist").
inline bool an_examination_noun_at(const std::vector<words::Word>& w, std::size_t at, Span clause) {
    if (!(w[at].text == "medical" || w[at].text == "physical") || at == clause.first
        || !(in(w[at - 1].text, articles) || in(w[at - 1].text, exam_determiners))) {
        return false;
    }
    return at + 1 == clause.end || in(w[at + 1].text, need_words)
           || in(w[at + 1].text, skipped_object_ends) || w[at + 1].text == "first";
}

// Whether words[at] names what a clinician gives before a return (a_clinicians_requirement_at),
// or a clinician's check or note (or "a medical": an_examination_noun_at) in a clause that names no
// step of rehabilitation ("a doctor's note", "the medical check"; not "No doctor's note is needed
// for the gym sessions").
inline bool a_requirement_before_play_at(const std::vector<words::Word>& w, std::size_t at,
                                         Span clause) {
    return a_clinicians_requirement_at(w, at, clause.end)
           || ((a_clinicians_check_at(w, at) || an_examination_noun_at(w, at, clause))
               && !a_step_in(w, clause.first, clause.end));
}

// Whether words[k] waives what a clinician gives: one of waived_words, or one of skipping_verbs,
// not denied in the two words before it, with a clinician's requirement or a clinician in its
// clause (after it, for a skipping verb, a clinician only as its whole object: "Sign-off is
// optional", "Medical approval unnecessary", "She can skip the physio's review", "Skip the medical
// check and rejoin the team", "Bypass the physio and play"; not "Do not skip the review",
// "Skipping the warm-up is fine", "Ignore the doctor's handwriting").
inline bool requirement_waived_at(const std::vector<words::Word>& w, std::size_t k, Span clause) {
    const bool skipping = in(w[k].text, skipping_verbs);
    if (!skipping && !in(w[k].text, waived_words)) {
        return false;
    }
    for (std::size_t j = k; j > clause.first && k - j < 2;) {
        if (turn_denial_at(w, --j)) {
            return false;
        }
    }
    if (skipping) {
        // What is skipped: a requirement, or a clinician as the whole object ("Bypass the physio
        // and play"; not "Ignore the doctor's handwriting").
        for (std::size_t at = k + 1; at < clause.end; ++at) {
            if (a_requirement_before_play_at(w, at, clause)) {
                return true;
            }
        }
        const std::size_t at = past_a_determiner(w, k + 1, clause);
        return at < clause.end && in(w[at].text, clinician_words)
               && (at + 1 == clause.end || in(w[at + 1].text, skipped_object_ends));
    }
    for (std::size_t at = clause.first; at < clause.end; ++at) {
        if (a_requirement_before_play_at(w, at, clause) || in(w[at].text, clinician_words)) {
            return true;
        }
    }
    return false;
}

// Whether words[at] names an opponent: "them" or a name (a capital letter: "City"; not "the band").
inline bool an_opponent_at(std::string_view text, const std::vector<words::Word>& w,
                           std::size_t at) {
    return w[at].text == "them"
           || (text[w[at].begin] >= 'A' && text[w[at].begin] <= 'Z' && w[at].text != "i");
}

// Whether a fixture follows words[at] in its clause across fillers (target_fillers,
// event_modifiers, "on", "for", "at", "in", "up", "them"): a day or a weekend, an event or a sport
// (a_fixture_at: "on Saturday", "in the next game", "for the cup final"; not a step after it,
// "ready for Monday's session", nor after a count, "fit for 2 games a week"), or an opponent
// (an_opponent_at) named after "against" or just after one of opponent_verbs ("against City",
// "face Rovers"; not "against the band").
inline bool a_fixture_follows(std::string_view text, const std::vector<words::Word>& w,
                              std::size_t at, Span clause) {
    for (; at < clause.end; ++at) {
        const std::string_view word = w[at].text;
        // A count names a dose, not a fixture: "fit for 2 games a week".
        const auto between = text.substr(w[at - 1].end, w[at].begin - w[at - 1].end);
        if (between.find_first_of("0123456789") != std::string_view::npos) {
            return false;
        }
        if (a_fixture_at(w, at, clause.end)
            || (word.ends_with("s") && in(word.substr(0, word.size() - 1), day_words))) {
            // Not a session on that day: "ready for Monday's session".
            return at + 1 >= clause.end || !starts_with_one_of(w, at + 1, rehab_steps);
        }
        if (word == "against") {
            return at + 1 < clause.end && an_opponent_at(text, w, at + 1);
        }
        // "Fit to face Rovers next week": an opponent right after a verb that meets one.
        if (in(w[at - 1].text, opponent_verbs) && an_opponent_at(text, w, at)) {
            return true;
        }
        if (!(in(word, target_fillers) || in(word, event_modifiers) || word == "on" || word == "for"
              || word == "at" || word == "in" || word == "up" || word == "them")) {
            return false;
        }
    }
    return false;
}

// Where an unrestricted return at words[k] stops, or 0: one of resuming_words, "to" and at most an
// article or a possessive, one or two of unrestricted_scopes, then one of return_scopes or a sport
// ("Resume all sport", "Restored to full duties", "resume full contact training", "Back to normal
// matches"; not "Resume walking", "Back to full range").
inline std::size_t unrestricted_return_at(const std::vector<words::Word>& w, std::size_t k,
                                          Span clause) {
    if (!in(w[k].text, resuming_words)) {
        return 0;
    }
    std::size_t at = k + 1;
    if (at < clause.end && w[at].text == "to") {
        ++at;
    }
    at = past_a_determiner(w, at, clause);
    const std::size_t scope = at;
    while (at < clause.end && at < scope + 2 && in(w[at].text, unrestricted_scopes)) {
        ++at;
    }
    if (at == scope || at >= clause.end) {
        return 0;
    }
    return in(w[at].text, return_scopes) || sport_word_start(w[at].text) ? at + 1 : 0;
}

// Where a review said unneeded at words[k] stops, or 0: "without" (not opening its clause) and,
// within four words, what a clinician gives (a_clinicians_requirement_at: "without assessment",
// "without a medical review"), one of check_nouns with a sport before it or a clinician after it
// ("Can resume matches without a check") or one of visit_verbs and a clinician ("without seeing
// the medical team"); or a denial, at most three of absence_links with a need among them, then
// one of visit_verbs and a clinician within four words ("No need to see the physio again",
// "Doesn't have to check in with the doctor"), "for", a clinician, "to" and one of visit_verbs or
// checking_verbs ("No need for a clinician to check"), or a sign-off ("Nobody needs to sign him
// off"). A clinician here is one of clinician_words or "medical".
inline std::size_t review_waived_at(const std::vector<words::Word>& w, std::size_t k, Span clause) {
    const auto a_clinician_within_four = [&](std::size_t from) {
        for (std::size_t at = from; at < clause.end && at < from + 4; ++at) {
            if (in(w[at].text, clinician_words) || w[at].text == "medical") {
                return at + 1;
            }
        }
        return std::size_t{0};
    };
    if (w[k].text == "without") {
        if (k == clause.first) {
            return 0;
        }
        for (std::size_t at = k + 1; at < clause.end && at <= k + 4; ++at) {
            if (a_clinicians_requirement_at(w, at, clause.end)) {
                return at + 1;
            }
            // "Can resume matches without a check": a check waived before a sport.
            if (in(w[at].text, check_nouns)
                && (a_sport_in(w, clause.first, k) || a_clinician_within_four(at + 1) > 0)) {
                return at + 1;
            }
            if (in(w[at].text, visit_verbs)) {
                return a_clinician_within_four(at + 1);
            }
        }
        return 0;
    }
    if (!turn_denial_at(w, k)) {
        return 0;
    }
    std::size_t at = k + 1;
    bool need = w[k].text == "neednt";
    while (at < clause.end && at <= k + 3 && in(w[at].text, absence_links)) {
        need = need || in(w[at].text, need_words) || w[at].text == "have" || w[at].text == "has";
        ++at;
    }
    if (!need || at >= clause.end) {
        return 0;
    }
    // "No need for a clinician to check": the clinician named before what they would do.
    if (w[at].text == "for") {
        const std::size_t clinician = a_clinician_within_four(at + 1);
        if (clinician == 0 || clinician >= clause.end || w[clinician].text != "to") {
            return 0;
        }
        const std::size_t act = clinician + 1;
        return act < clause.end && (in(w[act].text, visit_verbs) || in(w[act].text, checking_verbs))
                   ? act + 1
                   : 0;
    }
    // "Nobody needs to sign him off".
    if (w[at].text.starts_with("sign")) {
        for (std::size_t off = at + 1; off < clause.end && off <= at + 3; ++off) {
            if (w[off].text == "off") {
                return off + 1;
            }
        }
        return 0;
    }
    return in(w[at].text, visit_verbs) ? a_clinician_within_four(at + 1) : 0;
}

// Whether words[at] names a re-injury: one of recurrence_words, or "re" and "injury" or "tear".
inline bool a_recurrence_at(const std::vector<words::Word>& w, std::size_t at, std::size_t end) {
    return at < end
           && (in(w[at].text, recurrence_words)
               || (w[at].text == "re" && at + 1 < end
                   && (w[at + 1].text.starts_with("injur") || w[at + 1].text == "tear")));
}

// Where a recovery said whole at words[k] stops, or 0: one of completeness_words or "all" (only
// before "better"), then one of better_words, at the end of its clause or before one of
// readiness_followers ("Completely better", "All better now"; not "Totally fine to walk").
inline std::size_t whole_recovery_at(const std::vector<words::Word>& w, std::size_t k,
                                     Span clause) {
    if (k + 1 >= clause.end || !in(w[k + 1].text, better_words)
        || !(in(w[k].text, completeness_words)
             || (w[k].text == "all" && w[k + 1].text == "better"))) {
        return 0;
    }
    return k + 2 == clause.end || in(w[k + 2].text, readiness_followers) ? k + 2 : 0;
}

// Where the risk of re-injury said gone at words[k] stops, or 0: one of risk_nouns with a
// re-injury just before it or after "of" and at most an article ("Reinjury risk", "the risk of
// re-injury", "the danger of a recurrence"), then, in its
// sentence, at most three of being_links and state_adverbs and one of risk_gone_words ("is gone",
// "has passed", ": none"); or a denial and at most two of "more", "longer", "further" before it
// ("No more risk of reinjury"). Not "The risk of reinjury is never zero".
inline std::size_t risk_gone_at(const std::vector<words::Word>& w, std::size_t k, Span sentence) {
    std::size_t risk = k;
    const bool denial = turn_denial_at(w, k);
    if (denial) {
        while (risk + 1 < sentence.end && risk < k + 3
               && (w[risk + 1].text == "more" || w[risk + 1].text == "longer"
                   || w[risk + 1].text == "further")) {
            ++risk;
        }
        ++risk;
    }
    if (risk >= sentence.end || !in(w[risk].text, risk_nouns)) {
        return 0;
    }
    const bool before = (risk > sentence.first && a_recurrence_at(w, risk - 1, sentence.end))
                        || (risk > sentence.first + 1 && w[risk - 2].text == "re");
    std::size_t at = risk + 1;
    // "the danger of a recurrence".
    const std::size_t of = at + 2 < sentence.end && in(w[at + 1].text, articles) ? 1 : 0;
    if (at + 1 + of < sentence.end && w[at].text == "of"
        && a_recurrence_at(w, at + 1 + of, sentence.end)) {
        at += of + (w[at + 1 + of].text == "re" ? std::size_t{3} : std::size_t{2});
    } else if (!before) {
        return 0;
    }
    if (denial) {
        return at;
    }
    for (const std::size_t last = at + 3; at < sentence.end && at <= last; ++at) {
        if (in(w[at].text, risk_gone_words)) {
            return at + 1;
        }
        if (!(in(w[at].text, being_links) || in(w[at].text, state_adverbs))) {
            return 0;
        }
    }
    return 0;
}

// Where the injury said no longer a trouble at words[k] stops, or 0: one of injury_words or
// body_parts, at most two of being_links, "no longer", at most one article and one of
// trouble_nouns ("The hamstring is no longer a concern").
inline std::size_t trouble_gone_at(const std::vector<words::Word>& w, std::size_t k, Span clause) {
    if (!(in(w[k].text, injury_words) || in(w[k].text, body_parts))) {
        return 0;
    }
    std::size_t at = k + 1;
    while (at < clause.end && at <= k + 2 && in(w[at].text, being_links)) {
        ++at;
    }
    if (at + 2 >= clause.end || w[at].text != "no" || w[at + 1].text != "longer") {
        return 0;
    }
    at += 2;
    if (in(w[at].text, articles)) {
        ++at;
    }
    return at < clause.end && in(w[at].text, trouble_nouns) ? at + 1 : 0;
}

// Where the athlete said off the injury list at words[k] stops, or 0: "off", "out of", "from"
// after one of removal_verbs, or "no longer on", then at most one of articles or a
// possessive, one or two of list_kinds and one of list_nouns ("Off the injury list", "Removed from
// the injured list", "No longer on the sick list"; not "Still on the injury list").
inline std::size_t off_the_injury_list_at(const std::vector<words::Word>& w, std::size_t k,
                                          Span clause) {
    const std::string_view word = w[k].text;
    std::size_t at = k + 1;
    if (word == "out" && at < clause.end && w[at].text == "of") {
        ++at;
    } else if (word == "from") {
        if (k == clause.first || !in(w[k - 1].text, removal_verbs)) {
            return 0;
        }
    } else if (word == "no") {
        // "No longer on": the denial is the claim's own.
        if (k + 2 >= clause.end || w[k + 1].text != "longer" || w[k + 2].text != "on") {
            return 0;
        }
        at = k + 3;
    } else if (word != "off") {
        return 0;
    }
    at = past_a_determiner(w, at, clause);
    const std::size_t kinds = at;
    while (at < clause.end && at < kinds + 2 && in(w[at].text, list_kinds)) {
        ++at;
    }
    return at > kinds && at < clause.end && in(w[at].text, list_nouns) ? at + 1 : 0;
}

// Whether one of list_nouns is among the four words after words[k]: "off" and "from" start a
// claim only before a list ("Off the injury list"; not "Off the bike").
inline bool a_list_noun_after(const std::vector<words::Word>& w, std::size_t k) {
    for (std::size_t at = k + 2; at < w.size() && at <= k + 4; ++at) {
        if (in(w[at].text, list_nouns)) {
            return true;
        }
    }
    return false;
}

// Whether words[k] may start a claim that a hold is gone: the test before its clause is bounded.
inline bool may_start_a_hold_gone(const std::vector<words::Word>& w, std::size_t k) {
    const std::string_view word = w[k].text;
    return turn_denial_at(w, k) || in(word, ban_nouns) || in(word, waived_words)
           || in(word, skipping_verbs) || in(word, risk_nouns) || in(word, completeness_words)
           || word == "all" || in(word, injury_words) || in(word, body_parts)
           || in(word, resuming_words) || in(word, fixture_readiness)
           || ((word == "off" || word == "out" || word == "from") && a_list_noun_after(w, k));
}

// Whether `word` (lower case) after `previous` may make a claim that a hold is gone: what the
// pre-filter (claim_prefilter.hpp) lets through for these kinds. A ban, a waiver, a re-injury, a
// fixture missed alone; a need only after a denial or what a clinician gives ("not needed",
// "approval isn't necessary", "review required"); "out" after sitting; "better" or "fine" after a
// word of completeness; a review after "without" or one of review_openers, a visit after
// "without"; a scope of return after a word that makes it whole ("all sport", "full duties");
// "contention".
inline bool hold_trigger(std::string_view previous, std::string_view word) {
    if (in(word, ban_states) || in(word, ban_nouns) || in(word, waived_words)
        || in(word, skipping_verbs) || in(word, recurrence_words) || in(word, missing_words)
        || (previous == "re" && word.starts_with("injur"))) {
        return true;
    }
    if (in(word, need_words)) {
        return in(previous, turn_denials) || previous.ends_with("nt") || previous == "longer"
               || in(previous, clearance_objects) || in(previous, review_nouns);
    }
    return (in(previous, sitting_words) && word == "out")
           || (in(word, better_words) && (in(previous, completeness_words) || previous == "all"))
           || ((in(word, review_nouns) || in(word, check_nouns) || in(word, written_permissions))
               && word != "ok" && word != "okay"
               && (in(previous, review_openers) || in(previous, clinician_words)
                   || in(previous, check_qualifiers)))
           || (previous == "without" && in(word, visit_verbs))
           || (in(previous, unrestricted_scopes) && in(word, return_scopes)) || word == "contention"
           || (in(word, list_nouns) && in(previous, list_kinds));
}

}  // namespace coach::wording_detail
