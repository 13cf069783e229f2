#pragma once

#include <array>
#include <cstddef>
#include <string_view>

// The words of the clearance check's strict form (coach/sdk/claim_sentences.hpp, which reads
// them): the clearance family, and the words of the safe forms that take a sentence of it back.
namespace coach {

// The clearance family, read in its clearance sense (family_word_at): each word a claim of
// clearance may be made with.
inline constexpr std::array<std::string_view, 54> family_words = {
    "clear",     "cleared",      "clears",       "clearance",    "fit",        "ready",
    "return",    "returns",      "returned",     "returning",    "rtp",        "rts",
    "signoff",   "discharge",    "discharged",   "discharges",   "heals",      "healed",
    "recovered", "recovers",     "resolved",     "compete",      "competes",   "competed",
    "competing", "competition",  "competitions", "play",         "plays",      "played",
    "playing",   "unrestricted", "matches",      "selection",    "selected",   "greenlight",
    "race",      "races",        "raced",        "racing",       "available",  "squad",
    "team",      "lineup",       "restriction",  "restrictions", "limitation", "limitations",
    "limits",    "picked",       "rejoin",       "rejoins",      "rejoined",   "rejoining"};
// What an athlete selected is in: "in the squad", "named in the team"
// (squad_in_its_clearance_sense).
inline constexpr std::array<std::string_view, 3> squad_words = {"squad", "team", "lineup"};
// Words between "in" and one of squad_words: "in the matchday squad", "in the first team".
inline constexpr std::array<std::string_view, 11> squad_fillers = {
    "the", "a", "first", "match", "matchday", "starting", "senior", "his", "her", "their", "full"};
// Words just before "available" or "in the squad" that make it a selection: "declared available",
// "named in the squad".
inline constexpr std::array<std::string_view, 10> selection_verbs = {
    "named",    "picked", "selected",  "included", "recalled",
    "declared", "deemed", "confirmed", "listed",   "marked"};
// Who a word of being says is available or in the squad: "He is available", "The athlete is in
// the squad" (not "A physio is available on Mondays").
inline constexpr std::array<std::string_view, 9> person_words = {
    "he", "she", "they", "i", "we", "you", "athlete", "player", "runner"};
// Words between a person and "available" or "in the squad": "has been", "will be", "is now".
inline constexpr std::array<std::string_view, 13> being_links = {
    "has", "have", "had",  "will", "be",    "been", "is",
    "are", "was",  "were", "now",  "fully", "again"};
// What a restriction's absence is told with: before it ("No restrictions", "without any
// restriction") or as its answer ("Restrictions: none", "Restrictions lifted").
inline constexpr std::array<std::string_view, 3> restriction_absent = {"no", "without", "zero"};
inline constexpr std::array<std::string_view, 5> restriction_fillers = {"any", "further", "more",
                                                                        "remaining", "current"};
// What a restriction is of, just before it ("no activity restrictions", "no training limits").
inline constexpr std::array<std::string_view, 7> restricted_kinds = {
    "activity", "activities", "training", "sport", "sports", "playing", "return"};
// What has a restriction, denied before one ("no longer has any restrictions").
inline constexpr std::array<std::string_view, 4> possession_verbs = {"has", "have", "had",
                                                                     "having"};
inline constexpr std::array<std::string_view, 5> restriction_lifted = {"none", "nil", "lifted",
                                                                       "removed", "no"};
// Where "ready to" or "fit to" with a verb the lists do not know names a time, it is said of the
// athlete's readiness ("Ready to rumble on Saturday", "fit to face them by week 8"): a day, a
// weekend, or one of time_units after one of time_openers.
inline constexpr std::array<std::string_view, 2> weekend_words = {"weekend", "weekends"};
inline constexpr std::array<std::string_view, 4> time_units = {"week", "weeks", "day", "days"};
inline constexpr std::array<std::string_view, 5> time_openers = {"by", "from", "on", "at", "in"};
// What a return, a "full" or a "free to" returns to: "return to competition", "full contact",
// "free to race" (each read as the start of a word: "compet" is compete and competition), and the
// field sports a hamstring strain most often comes from, by name ("Return to football", "Back to
// footy"; trial 53), and the field in Australian and British slang ("get back on the park this
// weekend"; trial 59).
inline constexpr std::array<std::string_view, 39> sport_words = {
    "play",      "sport",    "compet",    "match",      "game",         "fixture", "rac",
    "team",      "squad",    "pitch",     "field",      "court",        "action",  "selection",
    "contact",   "training", "full",      "normal",     "unrestricted", "resum",   "rejoin",
    "return",    "season",   "preseason", "football",   "footy",        "soccer",  "rugby",
    "hockey",    "cricket",  "netball",   "basketball", "hurling",      "gaelic",  "lacrosse",
    "athletics", "afl",      "futsal",    "park"};
// What a word of the family names when it is a kind of drill, not a return ("play-based drills",
// "competition-specific work").
inline constexpr std::array<std::string_view, 8> kind_of_drill = {
    "specific", "based", "like", "style", "type", "simulation", "surface", "surfaces"};
// What "clear" is said of when it is a place kept free, not an athlete: "Make sure the floor area
// is clear of obstacles", "the path is clear" (the athlete only "clear to" or "clear for").
inline constexpr std::array<std::string_view, 14> cleared_places = {
    "floor", "area", "space", "path", "room",  "surface", "lane",
    "route", "mat",  "deck",  "zone", "track", "ground",  "runway"};
// What "unrestricted" may qualify without clearing the athlete: "unrestricted walking",
// "unrestricted range of motion".
inline constexpr std::array<std::string_view, 10> everyday_activities = {
    "walk", "range", "motion", "movement", "cycl", "swim", "daily", "stretch", "mobility", "upper"};
// Modal verbs between clinicians in general and what they do ("a clinician can clear").
inline constexpr std::array<std::string_view, 6> modal_words = {"can",  "may",    "will",
                                                                "must", "should", "alone"};
// Besides condition_words, what makes a claim wait on a clinician named after it: "Full training
// resumes only after clinician sign-off", "ready to play by week 8, subject to the doctor's
// review".
inline constexpr std::array<std::string_view, 3> later_conditions = {"after", "subject", "pending"};
// Words just before a family word that make it a time, not a claim: "Maintenance after return to
// sport: one session a week".
inline constexpr std::array<std::string_view, 3> time_of_return = {"after", "post", "following"};
// What "ready" or "fit" to or for names when it is a step of rehabilitation, not a clearance
// ("ready to progress", "fit for the next phase", "ready for Monday's session").
inline constexpr std::array<std::string_view, 24> rehab_steps = {
    "progress", "next",   "phase",  "stage",     "load",    "start",    "begin", "move",
    "increase", "add",    "sprint", "run",       "jog",     "drill",    "plyo",  "eccentric",
    "heavier",  "higher", "more",   "isometric", "session", "strength", "gym",   "step"};

// Words that deny a claim before it in its clause, or just after it: "not cleared", "Nothing
// here means the athlete is cleared", "RTP: no", "Clearance not given"; a hedge says as much
// ("Unlikely to be fit for the derby", "Doubtful for Saturday").
inline constexpr std::array<std::string_view, 16> denials = {
    "not",     "no",      "never",  "nothing", "none",       "nobody",    "noone",    "nor",
    "neither", "without", "cannot", "unable",  "ineligible", "premature", "unlikely", "doubtful"};
// What a denial denies when it is no denial of the claim ("Cleared: no restrictions", "cleared
// with no pain").
inline constexpr std::array<std::string_view, 14> restriction_words = {
    "restriction", "restrictions", "restricted", "limit",   "limits",
    "limitation",  "limitations",  "pain",       "issues",  "problems",
    "concerns",    "symptoms",     "setbacks",   "reaction"};
// Words that make a claim a requirement or a criterion before it in its clause: "return to sport
// requires ...", "before return to play", "criteria for return", "needs medical clearance"
// ("ahead of" is read as a pair: ahead_of_in, claim_safe_forms.hpp).
inline constexpr std::array<std::string_view, 31> requirement_openers = {
    "require",  "requires",     "required",      "requiring",   "requirement", "requirements",
    "criteria", "criterion",    "need",          "needs",       "needed",      "must",
    "before",   "prior",        "pending",       "until",       "till",        "toward",
    "towards",  "prerequisite", "prerequisites", "condition",   "conditions",  "await",
    "awaits",   "awaiting",     "prepare",       "preparation", "gate",        "milestone",
    "subject"};
// Words that make a claim a requirement, a criterion or a decision after it in its clause, within
// most_words_after words: "clinician sign-off required", "clearance rests with the medical team",
// "return to play is a decision for the medical team", "RTP criteria"; decisions of the kind, in
// the plural ("Return-to-play decisions are outside this file's scope": trial 47).
inline constexpr std::array<std::string_view, 27> requirement_closers = {
    "required", "requires",    "require",    "needed",   "needs",    "necessary",   "pending",
    "awaited",  "outstanding", "mandatory",  "depends",  "depend",   "criteria",    "criterion",
    "rests",    "lies",        "remains",    "belongs",  "subject",  "conditional", "testing",
    "tests",    "test",        "assessment", "assessed", "reviewed", "decisions"};
inline constexpr std::size_t most_words_after = 8;
// A need said not to be enough, between the need and the claim it names ("criteria are
// necessary, not sufficient, for return to play", "needed but not enough on their own for
// matches"): the words that say so, and the words that may stand between them.
inline constexpr std::array<std::string_view, 4> sufficiency_words = {"sufficient", "enough",
                                                                      "insufficient", "alone"};
inline constexpr std::array<std::string_view, 19> sufficiency_fillers = {
    "not",    "but",        "though", "although",  "yet", "on", "their", "its", "own", "by",
    "itself", "themselves", "in",     "isolation", "for", "of", "a",     "the", "and"};
// Needs the requirement_openers do not hold: "necessary", "essential", "mandatory".
inline constexpr std::array<std::string_view, 3> need_adjectives = {"necessary", "essential",
                                                                    "mandatory"};
// The requirement_closers that leave a claim to someone: a listed claim before one is none too
// ("Clearance to play rests with the medical team").
inline constexpr std::array<std::string_view, 6> deferral_closers = {
    "rests", "lies", "remains", "belongs", "depends", "depend"};
// Words of a clinician's decision: with one of clinician_words in the clause of a claim, the claim
// is left to the clinician ("a clinician decides on return to play", "at the physio's discretion").
inline constexpr std::array<std::string_view, 13> decision_words = {
    "decides", "decide",     "decided",    "decision",       "judgement", "judgment", "judges",
    "call",    "discretion", "determines", "responsibility", "confirms",  "approval"};
// The decision_words that name a decision, not a clinician making it: after a clinician's name
// ("the physio's call") or before one ("a decision for the medical team") they leave a claim to
// the clinician anywhere in its sentence (decided_by_a_clinician).
inline constexpr std::array<std::string_view, 8> decision_nouns = {
    "decision", "call",           "discretion", "judgement",
    "judgment", "responsibility", "approval",   "decided"};
// The decision_nouns in the plural ("Discharge decisions rest with the treating clinician"), and
// the verbs between a decision and what links it to a clinician ("are made by", "rest with").
inline constexpr std::array<std::string_view, 4> decision_plurals = {"decisions", "calls",
                                                                     "judgements", "judgments"};
inline constexpr std::array<std::string_view, 22> decision_verbs = {
    "rest",   "rests",    "lie",    "lies",  "sit",    "sits",    "belong", "belongs",
    "remain", "remains",  "stay",   "stays", "is",     "are",     "made",   "taken",
    "left",   "reserved", "always", "only",  "solely", "entirely"};
// What links a decision to the clinician who makes it: "decided by", "a decision for", "the
// responsibility of", "rests with", "decisions need a clinician".
inline constexpr std::array<std::string_view, 9> decision_links = {
    "by", "for", "of", "with", "to", "need", "needs", "require", "requires"};
// The family's words that say a status, not a step (family_statuses): with a deferral only outside
// their clause they stay claims ("Free to play, decided by the clinician").
inline constexpr std::array<std::string_view, 6> family_statuses = {
    "fit", "ready", "free", "available", "clear", "unrestricted"};
// Words that make the clause that follows them a condition or a question: "once a clinician has
// cleared the athlete", "if cleared", "whether she is fit".
inline constexpr std::array<std::string_view, 12> condition_openers = {
    "if",     "once",     "when",      "whenever", "until",   "till",
    "unless", "provided", "providing", "assuming", "whether", "while"};
// Words that make what follows them in their sentence a criterion a stage waits for ("Each stage
// waits for the course of recovery: ..., full training for pain-free exercise").
inline constexpr std::array<std::string_view, 3> waiting_words = {"wait", "waits", "waiting"};
// What a stage waits for when it names a pain after "for" (a_stage_criterion).
inline constexpr std::array<std::string_view, 3> pain_words = {"pain", "painfree", "symptom"};
// What a time to a return measures: "8 days to return to sport", "36 vs 24 days to full training"
// (a duration, an estimate by its form).
inline constexpr std::array<std::string_view, 8> duration_words = {
    "day", "days", "week", "weeks", "month", "months", "time", "layoff"};
// What may follow "fit" or "ready" said of the athlete: "Game ready by week 10", "fit again".
inline constexpr std::array<std::string_view, 15> readiness_followers = {
    "by", "from", "now",  "today", "tomorrow", "again",  "and", "on",
    "at", "this", "next", "in",    "after",    "within", "as"};
inline constexpr std::array<std::string_view, 3> articles = {"a", "an", "the"};
// Words before "fit" that make it fitness in general: "keep fit with cross-training".
inline constexpr std::array<std::string_view, 6> general_fitness = {"keep", "keeps", "keeping",
                                                                    "stay", "stays", "staying"};
// A stage of rehabilitation named, as a phase's name: the text is one of stage_names, or one of
// them, ':' and a description that names one of stage_descriptions ("return to sport: still in
// the re-injury window").
inline constexpr std::array<std::string_view, 5> stage_names = {
    "full training", "return to sport", "return to play", "return to competition",
    "return to training"};
inline constexpr std::array<std::string_view, 5> stage_descriptions = {"window", "phase", "stage",
                                                                       "period", "still"};
// Words that name a plan's phases: a return said as "the return to sport" in a sentence that
// names one is the phase, not a claim ("two phases without a name, one of them the return to
// sport"; "the return to sport phase").
inline constexpr std::array<std::string_view, 6> phase_words = {"phase",  "phases", "stage",
                                                                "stages", "block",  "blocks"};
// What answers a question yes besides status_answers: "Fit to play? Sure." is said, not asked.
inline constexpr std::array<std::string_view, 8> affirmations = {
    "sure", "yep", "yeah", "yup", "absolutely", "definitely", "certainly", "course"};
// Words that label an estimate: "earliest estimate", "Estimated return to sport: day 60",
// "Expected return to play: week 10".
inline constexpr std::array<std::string_view, 14> estimate_words = {
    "estimate",  "estimated",  "estimates", "estimation",  "projected",   "projection", "earliest",
    "predicted", "prediction", "forecast",  "anticipated", "provisional", "tentative",  "expected"};
// Words that name the part that is not injured ("The left leg, which is uninjured, is cleared for
// full loading"); and what names the injured one, which takes that back.
inline constexpr std::array<std::string_view, 6> uninjured_words = {
    "uninjured", "noninjured", "unaffected", "uninvolved", "contralateral", "unhurt"};
inline constexpr std::array<std::string_view, 4> injured_words = {"injured", "affected", "involved",
                                                                  "hurt"};
// What "and", "but" and their like join: each side its own clause for a denial ("not sore and
// cleared to play" is a claim).
inline constexpr std::array<std::string_view, 4> clause_joiners = {"and", "but", "so", "then"};

}  // namespace coach
