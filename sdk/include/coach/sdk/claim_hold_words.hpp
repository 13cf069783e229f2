#pragma once

#include <array>
#include <string_view>

// The words of the claims that what holds the athlete back no longer does (coach/sdk/
// claim_holds.hpp, which reads them): a clinician's sign-off waived ("Clinician approval not
// needed"), a ban denied or lifted ("Playing is not prohibited", "The playing ban is lifted",
// "All restrictions are removed"), a fixture missed denied ("Won't miss a game", "No need to sit
// out"), a recovery said whole ("Completely better") and the risk of re-injury said gone.
namespace coach {

// What a clinician gives and a plan may not waive, besides clearance_objects and "say-so": "No
// review needed before the game", "The doctor's OK isn't needed".
inline constexpr std::array<std::string_view, 7> review_nouns = {
    "review", "assessment", "reassessment", "consent", "ok", "okay", "screening"};
// A visit to a clinician said unneeded ("No need to see the physio again", "Doesn't have to check
// in with the doctor", "Play without seeing the medical team"): what a visit is.
inline constexpr std::array<std::string_view, 9> visit_verbs = {
    "see", "seeing", "visit", "visiting", "consult", "consulting", "check", "checking", "attend"};
// A check that "without" waives when a sport comes before it or a clinician after it ("Can resume
// matches without a check"; not "Cycle without a check of cadence").
inline constexpr std::array<std::string_view, 8> check_nouns = {
    "check", "checks", "checkup", "test", "testing", "exam", "examination", "evaluation"};
// What a clinician named before it is not needed to do: "No need for a clinician to check".
inline constexpr std::array<std::string_view, 9> checking_verbs = {
    "assess", "review", "examine", "approve", "clear", "test", "screen", "look", "evaluate"};
// What a review is preceded by when it is waived by "without" ("without a medical assessment"):
// the pre-filter's words before a review noun.
inline constexpr std::array<std::string_view, 7> review_openers = {
    "without", "medical", "clinical", "formal", "further", "any", "a"};
// What names a check as a clinician's, in the two words before it ("medical check", "the
// doctor's check-up", "fitness test"), with clinician_words: a check or a note so named is what a
// clinician gives (not "a form check", "the hop test").
inline constexpr std::array<std::string_view, 4> check_qualifiers = {"medical", "clinical",
                                                                     "fitness", "clearance"};
// What stands before "medical" or "physical" when it is the examination ("no medical needed", "his
// medical"), besides articles.
inline constexpr std::array<std::string_view, 6> exam_determiners = {"no",  "any",   "his",
                                                                     "her", "their", "another"};
// A clinician's permission in writing, read as one with a check qualifier or a clinician before
// it ("a doctor's note", "a medical certificate"; not "note the time").
inline constexpr std::array<std::string_view, 3> written_permissions = {"note", "letter",
                                                                        "certificate"};
// A requirement said waived, anywhere in its clause ("Sign-off is optional", "Approval
// unnecessary", "The physio's review was skipped").
inline constexpr std::array<std::string_view, 10> waived_words = {
    "unnecessary", "optional", "waived",  "needless", "unneeded",
    "skipped",     "bypassed", "ignored", "forgone",  "foregone"};
// Advice to go past a requirement, said before it ("skip the review", "Bypass the physio's
// sign-off", "Ignore the medical check"; not "Do not skip the review", "Skip the last set").
inline constexpr std::array<std::string_view, 14> skipping_verbs = {
    "skip",    "skips",    "skipping", "bypass",  "bypasses", "bypassing", "ignore",
    "ignores", "ignoring", "forgo",    "forgoes", "forgoing", "forego",    "forget"};
// What may follow a clinician skipped as a whole object ("Bypass the physio and play", "skip the
// doctor before Saturday"; not "Ignore the doctor's handwriting").
inline constexpr std::array<std::string_view, 10> skipped_object_ends = {
    "and", "then", "before", "to", "for", "on", "at", "again", "this", "next"};

// A ban, said of a sport: denied it says the athlete may play ("Playing is not prohibited",
// "Not banned from competing"; "off limits" and "ruled out" as two words).
inline constexpr std::array<std::string_view, 8> ban_states = {
    "prohibited", "forbidden", "banned",    "barred",
    "disallowed", "excluded",  "precluded", "contraindicated"};
// What a ban takes a sport off: "Play is off the table", "Matches are off the agenda".
inline constexpr std::array<std::string_view, 3> ban_places = {"table", "agenda", "cards"};
// What a ban is as a noun, and what ends one ("The playing ban has been lifted", "The suspension
// from play is over", "All restrictions are removed").
inline constexpr std::array<std::string_view, 5> ban_nouns = {"ban", "bans", "suspension",
                                                              "embargo", "exclusion"};
inline constexpr std::array<std::string_view, 12> ended_words = {
    "lifted",  "removed", "dropped", "waived", "scrapped",  "rescinded",
    "revoked", "gone",    "over",    "ended",  "cancelled", "withdrawn"};
// What a restriction no longer does: "Restrictions no longer apply".
inline constexpr std::array<std::string_view, 6> holding_verbs = {"apply",  "applies", "stand",
                                                                  "stands", "hold",    "holds"};

// An unrestricted return stated ("Resume all sport", "Restored to full duties", "may resume full
// contact training"): what returns, what says the return whole, and what it returns to besides
// sport_words.
inline constexpr std::array<std::string_view, 9> resuming_words = {
    "resume", "resumes", "resuming", "resumed", "restored", "return", "returns", "back", "rejoin"};
inline constexpr std::array<std::string_view, 6> unrestricted_scopes = {
    "all", "full", "normal", "unrestricted", "unlimited", "every"};
inline constexpr std::array<std::string_view, 10> return_scopes = {
    "sport",    "sports",  "duties", "duty",  "activities",
    "activity", "contact", "games",  "match", "competition"};

// Readiness for a fixture ("Fit to start against City", "Ready to line up against United", "In
// contention for the cup tie"): the words of readiness, before "to" and a verb of fixture_verbs
// or "for" and a fixture.
inline constexpr std::array<std::string_view, 6> fixture_readiness = {
    "fit", "ready", "available", "eligible", "good", "contention"};
// Verbs that take an opponent as their object: "Fit to face Rovers", "Ready to meet City".
inline constexpr std::array<std::string_view, 6> opponent_verbs = {"face", "faces", "facing",
                                                                   "meet", "meets", "play"};
// The words of a forecast that take a verb of fixture_verbs themselves ("Will play on Sunday",
// "Can line up on Sunday").
inline constexpr std::array<std::string_view, 2> fixture_modals = {"will", "can"};

// Missing a fixture, denied ("Won't miss a game", "No need to sit out", "Doesn't have to miss the
// final"): what misses, and the words between a denial and it.
inline constexpr std::array<std::string_view, 4> missing_words = {"miss", "misses", "missing",
                                                                  "missed"};
inline constexpr std::array<std::string_view, 3> sitting_words = {"sit", "sits", "sitting"};
inline constexpr std::array<std::string_view, 11> absence_links = {
    "to", "need", "needs", "have", "has", "be", "will", "longer", "more", "going", "really"};

// What a fixture is called besides sport_words: "Fit for the cup final", "Available for the
// derby", "Ready for kick-off".
inline constexpr std::array<std::string_view, 17> event_nouns = {
    "final",   "finals",  "cup",      "derby",   "tie",       "opener",
    "kickoff", "kick",    "semi",     "semis",   "semifinal", "tournament",
    "league",  "playoff", "playoffs", "decider", "friendly"};
// Words before a fixture that say which one: "the next fixture", "the first game back".
// "grand" as in the grand final (trial 62: "She'll be apples for the grand final").
inline constexpr std::array<std::string_view, 8> event_modifiers = {
    "next", "first", "coming", "upcoming", "opening", "big", "grand"};

// The athlete said off the injury list ("Off the injury list", "Removed from the injured list",
// "Struck off the sick list"): what the list is of, what it is, and what takes one off it.
inline constexpr std::array<std::string_view, 7> list_kinds = {
    "injury", "injured", "injuries", "sick", "treatment", "rehab", "casualty"};
inline constexpr std::array<std::string_view, 4> list_nouns = {"list", "lists", "reserve",
                                                               "report"};
inline constexpr std::array<std::string_view, 8> removal_verbs = {
    "removed", "taken", "struck", "dropped", "deleted", "crossed", "released", "discharged"};

// A recovery said whole: one of completeness_words or "all", then one of better_words, at the end
// of its clause or before one of readiness_followers ("Completely better", "All better now").
inline constexpr std::array<std::string_view, 2> better_words = {"better", "fine"};

// The risk of re-injury said gone ("The risk of reinjury is gone", "Re-injury risk: none", "No
// more risk of re-injury"): the risk, what it is of, and what says it gone.
inline constexpr std::array<std::string_view, 5> risk_nouns = {"risk", "risks", "danger", "chance",
                                                               "threat"};
inline constexpr std::array<std::string_view, 7> recurrence_words = {
    "reinjury", "reinjuries", "recurrence", "relapse", "retear", "reinjuring", "recurring"};
inline constexpr std::array<std::string_view, 9> risk_gone_words = {
    "gone", "passed", "over", "zero", "none", "nil", "eliminated", "past", "behind"};
// The injury said no longer a trouble: "The hamstring is no longer a concern".
inline constexpr std::array<std::string_view, 6> trouble_nouns = {"issue", "concern", "problem",
                                                                  "worry", "factor",  "risk"};

}  // namespace coach
