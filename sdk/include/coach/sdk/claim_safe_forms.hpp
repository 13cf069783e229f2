#pragma once

#include <algorithm>
#include <array>
#include <cctype>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "coach/sdk/claim_family_senses.hpp"

// The safe forms that take a sentence with a word of the clearance family back (in_a_safe_form):
// a denial, a requirement or a criterion, a decision left to a clinician, a condition or a
// question, the uninjured part, an aim a clinician judges, a labelled estimate. Read by the strict
// form (coach/sdk/claim_sentences.hpp) and the listed forms (coach/sdk/wording.hpp).
// [thread-safe] Pure.
namespace coach::wording_detail {

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

// Whether words[j] denies (one of denials or a contraction in n't) and what follows it, across at
// most four of restriction_fillers, restricted_kinds, possession_verbs and "longer", is no
// restriction ("no restrictions", "without any restriction", "no longer has any restrictions"
// deny nothing of a claim).
inline bool denies_at(const std::vector<words::Word>& w, std::size_t j, std::size_t end) {
    if (!(w[j].negative || in(w[j].text, denials))) {
        return false;
    }
    std::size_t at = j + 1;
    while (at < end && at <= j + 4
           && (in(w[at].text, restriction_fillers) || in(w[at].text, restricted_kinds)
               || in(w[at].text, possession_verbs) || w[at].text == "longer")) {
        ++at;
    }
    return !(at < end && in(w[at].text, restriction_words));
}

// Whether the claim at words[k, end) is denied: a denial, a status that keeps the athlete out or
// a fixture missed before it in its clause (a clause that "and" or "but" also ends), or one within
// most_words_after words after it in its clause (not "without": a manner), or a ban affirmed after
// it ("Playing Saturday is ruled out", "Matches remain off limits").
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
        // "Unfit to play", "Restricted from play" (claim_turns.hpp reads "Not unfit to play"),
        // "Will miss the final", "Sit out matches".
        if (denies_at(w, j, clause.end) || in(w[j].text, denying_statuses)
            || in(w[j].text, missing_words)
            || (w[j].text == "out" && j > 0 && in(w[j - 1].text, sitting_words))) {
            return true;
        }
    }
    for (std::size_t j = end; j < clause.end && j < end + most_words_after; ++j) {
        if (in(w[j].text, clause_joiners)) {
            break;
        }
        // "without" after a claim says how it is done, and denies nothing of it: "You may play
        // again without seeing anyone" (what a plan may not waive, claim_holds.hpp, reads it).
        if (w[j].text != "without" && denies_at(w, j, clause.end)) {
            return true;
        }
        // "Playing is still restricted" (not "cleared to play with restricted minutes"), "Matches
        // remain off limits".
        if (in(w[j].text, being_words) || w[j].text.starts_with("remain")
            || w[j].text.starts_with("stay")) {
            std::size_t at = j + 1;
            while (at < clause.end && (w[at].text == "still" || w[at].text == "currently")) {
                ++at;
            }
            if (at < clause.end && (in(w[at].text, denying_statuses) || w[at].text == "limited")) {
                return true;
            }
            // "Playing Saturday is ruled out", "Playing is prohibited until week 6", "Competing
            // this month is out of the question", "Play is off the table".
            const bool out_of =
                at + 1 < clause.end && w[at].text == "out" && w[at + 1].text == "of";
            if (out_of || ban_phrase_at(w, at, clause.end) > 0) {
                return true;
            }
        }
    }
    // An answer after ':' or '=' that denies: "RTP: no", "Cleared = not yet".
    return end == clause.end && end < w.size() && denies_at(w, end, w.size())
           && sentence_mark(text.substr(w[end - 1].end, w[end].begin - w[end - 1].end), 0,
                            ".!?;\n,")
                  == std::string_view::npos;
}

// Whether `word` names a clinician (clinician_words) or the medical staff ("the medical team", "a
// clinical decision").
inline bool names_a_clinician(std::string_view word) {
    return in(word, clinician_words) || word == "medical" || word == "clinical";
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

// Whether the claim at words[k] is in a heading answered after ':' with a referral to a clinician
// and nothing else: "Return to play: ask your
// clinician", "Clearance: clinician only", "Return to sport: see the team doctor" (its words
// referral_words, deferral_fillers and a clinician; not "RTP: physio approved").
inline bool referred_to_a_clinician(std::string_view text, const std::vector<words::Word>& w,
                                    std::size_t k, Span clause, Span sentence) {
    const std::size_t end = clause.end;
    if (end >= sentence.end || w[k].text.ends_with("ed") || in(w[k].text, family_statuses)
        || any_in(w, clause.first, end, being_words)
        || text.substr(w[end - 1].end, w[end].begin - w[end - 1].end).find(':')
               == std::string_view::npos) {
        return false;
    }
    const Span answer = span_around(text, w, end, ends_a_clause);
    bool clinician = false;
    for (std::size_t j = answer.first; j < answer.end; ++j) {
        if (names_a_clinician(w[j].text)) {
            clinician = true;
        } else if (!(in(w[j].text, referral_words) || in(w[j].text, deferral_fillers))) {
            return false;
        }
    }
    return clinician;
}

// Whether the claim at words[k] is said to be a clinician's, not the plan's: its sentence names a
// clinician and denies one of plan_words ("The clinician clears the athlete, not this plan", "The
// team doctor gives the all-clear, not the protocol", "Sign-off for play is the doctor's, not this
// plan's"); not a claim stated done ("has cleared", "is cleared", "cleared") nor a status said of
// the athlete ("fit", "ready"; "clear" only after a modal: "can clear her").
inline bool a_clinicians_not_the_plans(const std::vector<words::Word>& w, std::size_t k,
                                       Span clause, Span sentence) {
    const std::string_view word = w[k].text;
    const bool noun_or_verb =
        k > clause.first
        && (in(w[k - 1].text, modal_words) || (word == "clear" && w[k - 1].text == "all"));
    if (word.ends_with("ed") || (in(word, family_statuses) && !noun_or_verb)) {
        return false;
    }
    for (std::size_t j = k; j > clause.first && k - j < 3;) {
        --j;
        const std::string_view before = w[j].text;
        if (in(before, being_words) || before == "has" || before == "have" || before == "had") {
            return false;
        }
    }
    bool clinician = false;
    bool plan_denied = false;
    for (std::size_t j = sentence.first; j < sentence.end; ++j) {
        clinician = clinician || names_a_clinician(w[j].text);
        if (w[j].text != "not" && w[j].text != "never" && w[j].text != "nor") {
            continue;
        }
        for (std::size_t at = j + 1; at < sentence.end && at <= j + 4; ++at) {
            if (in(w[at].text, plan_words)) {
                plan_denied = true;
                break;
            }
            if (!(in(w[at].text, articles) || w[at].text == "this" || w[at].text == "from"
                  || w[at].text == "by" || w[at].text == "our" || w[at].text == "any")) {
                break;
            }
        }
    }
    return clinician && plan_denied;
}

// Whether a need said not sufficient stands before words[k] in its sentence, with nothing but
// sufficiency_fillers, sufficiency_words and the words of a return or a sport between ("criteria
// are necessary, not sufficient, for return to play", "Needed, though not enough alone, for
// matches"): a requirement, though its clause ends before the claim.
inline bool a_need_said_not_sufficient(const std::vector<words::Word>& w, std::size_t k,
                                       Span sentence) {
    bool sufficiency = false;
    for (std::size_t at = k; at > sentence.first && k - at <= most_words_after;) {
        const std::string_view word = w[--at].text;
        if (in(word, requirement_openers) || in(word, need_adjectives)) {
            return sufficiency;
        }
        sufficiency = sufficiency || in(word, sufficiency_words);
        if (!(in(word, sufficiency_words) || in(word, sufficiency_fillers) || word == "to"
              || sport_word_start(word))) {
            return false;
        }
    }
    return false;
}

// Whether "ahead of" stands in words [from, to): a time before the claim ("the block ahead of
// return to play"), not "go ahead and" (a permission: "Go ahead and play").
inline bool ahead_of_in(const std::vector<words::Word>& w, std::size_t from, std::size_t to) {
    for (std::size_t at = from; at + 1 < to; ++at) {
        if (w[at].text == "ahead" && w[at + 1].text == "of") {
            return true;
        }
    }
    return false;
}

// Whether the claim at words[k, end) is a requirement or a criterion, or a decision left to a
// clinician: one of requirement_openers before it in its clause, a need said not sufficient
// before it (a_need_said_not_sufficient), or one of waiting_words before it in its sentence; a
// duration to it ("8 days to return to sport"); one of requirement_closers within most_words_after
// words after it; "for", "up to" or "only by" (after, once, with) and a clinician after it; one of
// decision_words and one of clinician_words in its clause; clinicians in general as the subject of
// its clause (clinicians_in_general_at).
inline bool required_or_left_to_a_clinician(std::string_view text,
                                            const std::vector<words::Word>& w, std::size_t k,
                                            std::size_t end, Span clause, Span sentence,
                                            bool listed) {
    if (any_in(w, end, std::min(clause.end, end + most_words_after), deferral_closers)) {
        return true;
    }
    if (!listed) {
        if (any_in(w, clause.first, k, requirement_openers) || ahead_of_in(w, clause.first, k)
            || a_need_said_not_sufficient(w, k, sentence)
            || any_in(w, sentence.first, k, waiting_words)
            || any_in(w, end, std::min(clause.end, end + most_words_after), requirement_closers)) {
            return true;
        }
        if (k >= clause.first + 2 && w[k - 1].text == "to" && in(w[k - 2].text, duration_words)) {
            return true;
        }
        // "after return to sport", "only after clinician sign-off", "after the doctor's clearance";
        // a sport word that is a claim itself, after "return to" (trial 45: "also after return to
        // play, which a clinician decides", "after returning to competition").
        std::size_t from = k;
        if (from >= clause.first + 2 && w[from - 1].text == "to"
            && (w[from - 2].text.starts_with("return") || w[from - 2].text == "back")) {
            from -= 2;
        }
        for (std::size_t j = from; j > clause.first && from - j <= 3;) {
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
    // A criterion of the claim: "Clearance criteria: pain-free sprinting", "The criteria for
    // clearance are listed below" (not "Clearance test passed").
    if (end < clause.end && in(w[end].text, criterion_words)
        && !(end + 1 < w.size() && in(w[end + 1].text, status_answers))) {
        return true;
    }
    if (const std::size_t at = k > clause.first && in(w[k - 1].text, articles) ? k - 1 : k;
        at >= clause.first + 2 && (w[at - 1].text == "for" || w[at - 1].text == "of")
        && in(w[at - 2].text, criterion_words)) {
        return true;
    }
    if (referred_to_a_clinician(text, w, k, clause, sentence)) {
        return true;
    }
    // A heading whose answer after ':' is a clinician's sign-off required ("return to sport:
    // criteria met, clinician sign-off required"; not one denied, "Fit to play: no clinician
    // needed", trial 39).
    const bool heading =
        clause.end < sentence.end
        && text.substr(w[clause.end - 1].end, w[clause.end].begin - w[clause.end - 1].end).find(':')
               != std::string_view::npos;
    for (std::size_t j = clause.end; heading && j < sentence.end; ++j) {
        if (w[j].negative || in(w[j].text, denials)) {
            break;
        }
        if (in(w[j].text, clinician_words)
            && (any_in(w, j + 1, std::min(sentence.end, j + 4), requirement_closers)
                || any_in(w, j + 1, std::min(sentence.end, j + 4), decision_words))) {
            return true;
        }
    }
    // "for the physio", "up to the doctor", "only by the treating clinician", "only after the
    // doctor's review".
    for (std::size_t j = end; j + 1 < clause.end; ++j) {
        const bool only = j > 0 && w[j - 1].text == "only"
                          && (w[j].text == "by" || w[j].text == "after" || w[j].text == "once"
                              || w[j].text == "with");
        if (w[j].text == "for" || (w[j].text == "to" && j > 0 && w[j - 1].text == "up") || only) {
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

// Whether `word` names a clearance given, in a condition: "Once cleared", "when signed off",
// "if approved" (a word of clearance_objects, a form of "clear", "approve" or "discharge", or
// "signed").
inline bool names_a_clearance(std::string_view word) {
    return in(word, clearance_objects) || word.starts_with("clear") || word.starts_with("approv")
           || word == "signed" || word.starts_with("discharg");
}

// Where the clause governed by the condition that words[opener] (one of condition_openers) opens
// starts, at or before words[k]; nullopt when the condition reaches k. The governed clause starts
// at a person and a modal or a word of being after the condition's first word ("Once the pain is
// gone you may play again": at "you"), or right after a condition of a point in the course ("Once
// here the hamstring has fully healed": at "the"; trial 48).
inline std::optional<std::size_t> condition_ends(const std::vector<words::Word>& w,
                                                 std::size_t opener, std::size_t k) {
    if (opener + 2 <= k && (w[opener + 1].text == "here" || w[opener + 1].text == "there")) {
        return opener + 2;
    }
    std::optional<std::size_t> governed;
    for (std::size_t at = opener + 2; at < k; ++at) {
        if (in(w[at].text, person_words)
            && (in(w[at + 1].text, modal_words) || in(w[at + 1].text, being_words))) {
            governed = at;
        }
    }
    return governed;
}

// Whether one of condition_openers before the claim at words[k] in its clause takes it back: the
// claim is the condition itself ("If cleared to play, keep the load light", "If you are fit to
// play, ..."), or the condition names a clinician or a clearance ("Once the doctor has seen you
// you may play", "When cleared you may return to play"). A condition that names neither grants
// the return it opens ("Once the pain is gone you may play again"): the condition ends where
// condition_ends() says.
inline bool a_condition_before(const std::vector<words::Word>& w, std::size_t k, Span clause) {
    for (std::size_t opener = clause.first; opener < k; ++opener) {
        if (!in(w[opener].text, condition_openers)) {
            continue;
        }
        const auto granted = condition_ends(w, opener, k);
        if (!granted) {
            return true;
        }
        for (std::size_t at = opener + 1; at < *granted; ++at) {
            if (names_a_clinician(w[at].text) || names_a_clearance(w[at].text)) {
                return true;
            }
        }
    }
    return false;
}

// Whether the claim at words[k, end) is a condition or asked: a condition before it in its clause
// that takes it back (a_condition_before); a clause of its sentence before it that opens with a
// condition and names a clinician ("Once the doctor has cleared her, she may rejoin the squad");
// one of condition_words after it in its sentence followed by one of clinician_words; or its
// sentence ends in '?', opens with one of question_openers or with the claim, and the word after it
// is none of status_answers and affirmations.
inline bool conditional_or_asked(std::string_view text, const std::vector<words::Word>& w,
                                 std::size_t k, std::size_t end, Span clause, Span sentence) {
    if (a_condition_before(w, k, clause)) {
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
    if (mark == std::string_view::npos || text[mark] != '?') {
        return false;
    }
    const bool answered_yes =
        sentence.end < w.size()
        && (in(w[sentence.end].text, status_answers) || in(w[sentence.end].text, affirmations));
    // Opened by a question word, or by the claim itself: "Race the clock? No: go slowly",
    // "Ready? Begin the first rep slowly" (not "Fit to play? Sure").
    return (in(w[sentence.first].text, question_openers) || sentence.first == k) && !answered_yes;
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

// Whether the sentence leaves a decision to a clinician, anywhere in it: one of decision_nouns,
// decision_plurals or deferral_closers, then at most three of decision_verbs ("up" before "to"
// too), one of decision_links and, after at most two of deferral_fillers, a clinician ("decided by
// the clinician", "a decision for the medical team", "rests with the doctor", "decisions rest
// with the treating clinician", "decisions are made by the team doctor"); or a clinician's name
// just before one of decision_nouns ("the physio's call"). Not a
// clinician as the subject of a clause of its own ("The tear has healed, a clinician decides":
// that may report the decision made).
inline bool decided_by_a_clinician(const std::vector<words::Word>& w, Span sentence) {
    for (std::size_t j = sentence.first; j < sentence.end; ++j) {
        const std::string_view word = w[j].text;
        const bool decision = in(word, decision_nouns) || in(word, decision_plurals);
        if (j > sentence.first && decision && word != "decided"
            && names_a_clinician(w[j - 1].text)) {
            return true;
        }
        if (!(decision || in(word, deferral_closers))) {
            continue;
        }
        // "Discharge decisions rest with", "decisions are made by", "is up to".
        std::size_t link = j + 1;
        while (link < sentence.end && link <= j + 3 && in(w[link].text, decision_verbs)) {
            ++link;
        }
        if (link + 1 < sentence.end && w[link].text == "up" && w[link + 1].text == "to") {
            ++link;
        }
        if (link >= sentence.end || !in(w[link].text, decision_links)) {
            continue;
        }
        for (std::size_t at = link + 1; at < sentence.end && at <= link + 3; ++at) {
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

// Whether the claim that ends before words[end] names what a decision is about: one of
// decision_nouns or decision_plurals just after it, across at most two words of "to" or a sport
// ("Discharge decisions", "Return-to-play decisions", "Clearance calls").
inline bool names_a_decision(const std::vector<words::Word>& w, std::size_t end, Span clause) {
    for (std::size_t at = end; at < clause.end && at <= end + 2; ++at) {
        if (in(w[at].text, decision_nouns) || in(w[at].text, decision_plurals)) {
            return w[at].text != "decided";
        }
        if (!(w[at].text == "to" || sport_word_start(w[at].text))) {
            return false;
        }
    }
    return false;
}

// Whether the claim at words[k] is in a recognised safe form (the strict form above): denied, a
// requirement or a criterion, left to a clinician (a decision about it given to one too:
// names_a_decision), a condition or a question, said of the part
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
           || (names_a_decision(w, end, clause) && decided_by_a_clinician(w, sentence))
           || conditional_or_asked(text, w, k, end, clause, sentence)
           || a_clinicians_not_the_plans(w, k, clause, sentence)
           || of_the_uninjured_part(w, span_around(text, w, k, ends_a_sentence))
           || an_aim_a_clinician_judges(w, sentence.first, k)
           || any_in(w, sentence.first, sentence.end, estimate_words);
}

}  // namespace coach::wording_detail
