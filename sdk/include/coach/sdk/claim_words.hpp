#pragma once

#include <array>
#include <cstddef>
#include <string_view>

// The words of the clearance check (coach/sdk/wording.hpp, whose clearance_claim() reads them):
// what claims an athlete is cleared, what takes a claim back, and what a claim may defer to.
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
// Eight kinds:
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
inline constexpr std::array<std::string_view, 11> recovery_words = {
    "healed",   "recovered", "rehabilitated", "rehabbed",    "rehabed", "ready",
    "restored", "fit",       "mended",        "recuperated", "repaired"};
// - a word of readiness, eligibility or discharge followed by what it would clear the athlete
//   for, with at most most_target_fillers of target_fillers between: "fit for play", "ready to
//   race", "OK to return", "OK'd to play", "safe to compete", "fit for the match", "fit-to-play",
//   "signed off to play", "green light to play", "available for selection", "eligible to play",
//   "discharged to full training", "ready to rejoin full team training" (each of
//   readiness_words, then one of cleared_for, whose last word is read as the start of a word:
//   "compet" is compete and competition). Training a part that is not injured is no claim: "safe
//   to train the uninjured side", "fit to train the upper body" (a target train..., then at most
//   most_target_fillers of target_fillers, then one of uninjured_parts);
inline constexpr std::array<std::string_view, 34> readiness_words = {
    "qualifies for",   "qualified for", "qualifies to",  "qualified to",   "fit to",
    "fit for",         "ready to",      "ready for",     "ok to",          "okay to",
    "good to",         "safe to",       "okd to",        "okd for",        "oked to",
    "okayed to",       "okayed for",    "signed off to", "signed off for", "green light to",
    "green light for", "greenlit to",   "greenlit for",  "available to",   "available for",
    "eligible to",     "eligible for",  "discharged to", "discharged for", "discharged back to",
    "released to",     "released for",  "approved to",   "approved for"};
inline constexpr std::array<std::string_view, 20> cleared_for = {"be picked",
                                                                 "be selected",
                                                                 "play",
                                                                 "train",
                                                                 "compet",
                                                                 "return",
                                                                 "match",
                                                                 "race",
                                                                 "racing",
                                                                 "sport",
                                                                 "game",
                                                                 "resume",
                                                                 "selection",
                                                                 "full training",
                                                                 "rejoin",
                                                                 "squad",
                                                                 "full team training",
                                                                 "team training",
                                                                 "full team",
                                                                 "team"};
inline constexpr std::array<std::string_view, 16> uninjured_parts = {
    "uninjured", "noninjured", "non",           "unaffected", "uninvolved", "healthy",
    "other",     "opposite",   "contralateral", "good",       "sound",      "upper",
    "arms",      "arm",        "core",          "trunk"};
inline constexpr std::array<std::string_view, 18> target_fillers = {
    "the", "a",     "an",  "this", "that",  "next",    "his",      "her",      "full",
    "its", "their", "our", "your", "first", "weekend", "weekends", "upcoming", "unrestricted"};
// A day named after a readiness word is what it clears for when nothing follows it in its run
// ("ready for Saturday", "fit for Sunday."), and a filler before a target otherwise ("ready for
// Saturday's game"); not "ready for Monday's session".
inline constexpr std::array<std::string_view, 18> day_words = {
    "monday",   "mondays",   "tuesday",  "tuesdays",  "wednesday", "wednesdays",
    "thursday", "thursdays", "friday",   "fridays",   "saturday",  "saturdays",
    "sunday",   "sundays",   "tomorrow", "tomorrows", "tonight",   "tonights"};
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
inline constexpr std::array<std::string_view, 14> status_words = {"rtp",
                                                                  "match fitness",
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
inline constexpr std::array<std::string_view, 8> status_fillers = {
    "is", "was", "has", "been", "now", "status", "decision", "outcome"};
inline constexpr std::size_t most_status_fillers = 2;
// - a state of recovery, discharge or readiness said of the athlete: one of being_words, at most
//   most_state_adverbs of state_adverbs, then one of state_words ("She is healed", "is now
//   discharged from rehab", "will be signed off", "The athlete is 100% ready"), or one of
//   opening_states opening a sentence or a clause ("Discharged.", "Return to play: signed off");
//   "fit" and "ready" only with nothing after them in their run but one of time_words ("The
//   athlete is fit.", "is fit now"; not "is ready to progress"), "resolved" only of one of
//   injury_words ("The injury is resolved"; not "pain is resolved"), "discharged from" only from
//   one of care_words; a return said done: "back" after a word of being or opening a clause, then
//   "to" and one of sport_targets or one of sport_verbs ("Back to full training now", "is back
//   playing", "Rehab complete, back to play");
inline constexpr std::array<std::string_view, 11> being_words = {
    "is", "are", "was", "were", "be", "been", "now", "shes", "hes", "theyre", "youre"};
inline constexpr std::array<std::string_view, 10> state_adverbs = {
    "now",    "fully",   "completely", "totally",    "entirely",
    "wholly", "already", "also",       "officially", "finally"};
inline constexpr std::size_t most_state_adverbs = 2;
inline constexpr std::array<std::string_view, 11> state_words = {
    "healed",     "recovered",  "rehabilitated", "rehabbed", "mended", "recuperated",
    "discharged", "signed off", "resolved",      "fit",      "ready"};
inline constexpr std::array<std::string_view, 2> opening_states = {"discharged", "signed off"};
// "hammy" is the hamstring in Australian and British slang (trial 62: "Hammy's mended").
inline constexpr std::array<std::string_view, 9> injury_words = {
    "injury", "strain", "tear",   "hamstring", "muscle",
    "lesion", "hammy",  "hammys", "injurys"};  // "Injury's behind you" (trial 64)
inline constexpr std::array<std::string_view, 4> time_words = {"now", "today", "again", "tomorrow"};
// What "discharged from" discharges from when it claims ("Discharged from physio", "discharged
// from rehab"; not "discharged from crutches").
inline constexpr std::array<std::string_view, 9> care_words = {
    "physio",    "physiotherapy", "rehab",   "rehabilitation", "care",
    "treatment", "clinic",        "therapy", "follow"};
// What a recovery names when it is rest, not a recovery from injury ("full recovery between
// sets", "complete recovery jog").
inline constexpr std::array<std::string_view, 16> rest_words = {
    "between",  "jog",    "jogs",    "run",  "runs",     "walk",      "walks", "session",
    "sessions", "period", "periods", "time", "interval", "intervals", "day",   "days"};
// - a recovery as a thing done: one of complete_words then "recovery" ("Complete recovery.",
//   "Full recovery is achieved by week 10", "made a complete recovery"), or one of
//   recovery_nouns then at most most_status_fillers of status_fillers and one of done_words
//   ("Recovery is complete", "rehab complete"); not a recovery that is rest (one of rest_words
//   after it: "full recovery between sets").
inline constexpr std::array<std::string_view, 5> complete_words = {"complete", "full", "total",
                                                                   "entire", "completed"};
inline constexpr std::array<std::string_view, 3> recovery_nouns = {"recovery", "rehab",
                                                                   "rehabilitation"};
inline constexpr std::array<std::string_view, 6> done_words = {"complete", "completed", "achieved",
                                                               "finished", "total",     "full"};
// What a claim defers to: a clinician (clinician_words).
inline constexpr std::array<std::string_view, 14> clinician_words = {
    "clinician", "clinicians", "doctor", "doctors", "physician",       "physicians",       "physio",
    "physios",   "medic",      "medics", "surgeon", "physiotherapist", "physiotherapists", "gp"};
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
inline constexpr std::array<std::string_view, 36> clearance_negators = {
    "nobody",  "none",    "noone",  "neither", "not",      "never",   "no",       "nor",
    "without", "until",   "till",   "unless",  "before",   "once",    "if",       "when",
    "after",   "pending", "cannot", "whether", "requires", "require", "required", "requiring",
    "needs",   "need",    "needed", "needing", "awaiting", "awaits",  "await",    "subject",
    "prior",   "upon",    "must",   "should"};
inline constexpr std::array<std::string_view, 43> negation_fillers = {
    "one",        "it",       "injury", "tear",    "strain",     "hamstring", "muscle",   "yet",
    "be",         "been",     "being",  "longer",  "considered", "deemed",    "declared", "judged",
    "she",        "he",       "they",   "you",     "we",         "the",       "athlete",  "player",
    "is",         "are",      "was",    "has",     "have",       "a",         "an",       "to",
    "medical",    "clinical", "formal", "written", "full",       "his",       "her",      "their",
    "clinicians", "doctors",  "physios"};
inline constexpr std::size_t most_negation_fillers = 4;
inline constexpr std::array<std::string_view, 7> requirement_words = {
    "required", "needed", "necessary", "pending", "awaited", "outstanding", "mandatory"};
// Claims deferred or not the athlete's. Besides the negation rule below, the words of a claim
// claim nothing
// - in a question (its sentence ends in '?' and opens with one of question_openers or with the
//   claim itself), unless the word after the '?' is one of status_answers: "Is the athlete fit to
//   play? A clinician decides." (not "Fit to play? Yes");
// - after one of aim_words in their sentence, in a text that names one of clinician_words: "The
//   aim is to be ready to play; a clinician confirms it", "Aim: ready to play, as judged by the
//   clinician" (not "Goal: ready to play by week 6");
// - before one of condition_words in their sentence that a clinician word follows in it: "back
//   to team training once the criteria are met and a clinician has signed off";
// - followed, in their run, by at most most_status_fillers of status_fillers, then "for" or "up
//   to", at most two of deferral_fillers, and one of clinician_words: "Clearance is for a
//   clinician, not this plan", "clearance is up to the team doctor";
// - said of a part that is not injured: one of uninjured_parts then one of body_parts, then at
//   most three of subject_links before the claim, across anything but the end of a sentence:
//   "The uninjured leg is fit to train at full load", "Train the uninjured leg; it is fit to
//   train", "The healthy leg may compete in single-leg drills".
inline constexpr std::array<std::string_view, 21> question_openers = {
    "is",  "are", "was",  "were", "will", "can",     "could", "should", "would", "do",  "does",
    "did", "has", "have", "am",   "may",  "whether", "who",   "how",    "what",  "when"};
inline constexpr std::array<std::string_view, 10> aim_words = {
    "aim",     "aims",      "goal",       "goals",   "target",
    "targets", "objective", "objectives", "purpose", "hope"};
inline constexpr std::array<std::string_view, 7> condition_words = {
    "once", "when", "until", "till", "unless", "if", "provided"};
inline constexpr std::array<std::string_view, 9> deferral_fillers = {
    "a", "an", "the", "your", "their", "team", "treating", "medical", "sports"};
inline constexpr std::array<std::string_view, 12> body_parts = {
    "leg", "legs", "side",      "limb",       "limbs",  "body",
    "arm", "arms", "hamstring", "hamstrings", "muscle", "muscles"};
inline constexpr std::array<std::string_view, 10> subject_links = {
    "is", "are", "it", "now", "also", "can", "may", "will", "be", "still"};
inline constexpr std::size_t most_subject_links = 3;

namespace wording_detail {

// Whether `word` is one of `list`.
template <std::size_t N>
constexpr bool in(std::string_view word, const std::array<std::string_view, N>& list) {
    for (const std::string_view listed : list) {
        if (word == listed) {
            return true;
        }
    }
    return false;
}

// Whether `word` (lower case) is the first word of one of `list`. The length first: a word of
// another length is passed over without comparing bytes.
template <std::size_t N>
constexpr bool first_word_of(std::string_view word, const std::array<std::string_view, N>& list) {
    for (const std::string_view phrase : list) {
        const bool ends_there = phrase.size() == word.size()
                                || (phrase.size() > word.size() && phrase[word.size()] == ' ');
        if (ends_there && phrase.starts_with(word)) {
            return true;
        }
    }
    return false;
}

}  // namespace wording_detail

}  // namespace coach
