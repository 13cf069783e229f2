#pragma once

#include <array>
#include <cstddef>
#include <string_view>

// The words of the claims turned through a negation or an idiom (coach/sdk/claim_turns.hpp, which
// reads them): a denial of what stops the athlete ("Nothing stops her from playing"), of a need for
// clearance ("No sign-off needed to play"), of a status that keeps the athlete out ("Not unfit",
// "No longer restricted"), and the idioms of readiness, selection and recovery ("Game on", "Good
// as new", "Starting XI on Saturday", "Availability: full").
namespace coach {

// What denies an obstacle, a need or a status that keeps the athlete out: "nothing stops", "no
// reason not to", "not unfit", "no longer restricted" (and any contraction in n't).
inline constexpr std::array<std::string_view, 8> turn_denials = {
    "no", "nothing", "not", "never", "nobody", "none", "zero", "without"};
// Words between a denial and the obstacle it denies: "nothing is stopping", "nothing here stops",
// "no longer limits", "there is nothing to stop".
inline constexpr std::array<std::string_view, 12> obstacle_fillers = {
    "is", "here", "else", "now", "left", "more", "longer", "to", "really", "at", "all", "further"};
// What stops an athlete from playing, as a verb: "Nothing stops the athlete from competing",
// "Injury no longer limits play" ("keep" and "hold" only with "out", "off", "back" or "from").
inline constexpr std::array<std::string_view, 38> obstacle_verbs = {"stop",
                                                                    "stops",
                                                                    "stopping",
                                                                    "prevent",
                                                                    "prevents",
                                                                    "preventing",
                                                                    "keep",
                                                                    "keeps",
                                                                    "keeping",
                                                                    "hold",
                                                                    "holds",
                                                                    "holding",
                                                                    "stands",
                                                                    "standing",
                                                                    "rules",
                                                                    "bar",
                                                                    "bars",
                                                                    "block",
                                                                    "blocks",
                                                                    "blocking",
                                                                    "precludes",
                                                                    "limit",
                                                                    "limits",
                                                                    "limiting",
                                                                    "restrict",
                                                                    "restricts",
                                                                    "restricting",
                                                                    "delay",
                                                                    "delays",
                                                                    "hinder",
                                                                    "hinders",
                                                                    "wait",
                                                                    "prohibit",
                                                                    "prohibits",
                                                                    "forbid",
                                                                    "forbids",
                                                                    "contraindicates",
                                                                    "contraindicate"};
// What stops an athlete from playing, as a noun: "No barriers to playing", "no reason to hold her
// back", "no need to restrict play" (a reason or a need turns with an obstacle or a denial after
// it).
inline constexpr std::array<std::string_view, 10> obstacle_nouns = {
    "barrier",     "barriers", "obstacle", "obstacles",        "impediment",
    "impediments", "bar",      "hurdle",   "contraindication", "contraindications"};
inline constexpr std::array<std::string_view, 4> reason_words = {"reason", "reasons", "need",
                                                                 "cause"};
// What "keep" and "hold" need after them to stop an athlete: "keep him out", "hold her back".
inline constexpr std::array<std::string_view, 4> kept_out = {"out", "off", "back", "from"};
// A need of clearance denied: "No sign-off needed", "does not need clearance", "Clearance is no
// longer required".
inline constexpr std::array<std::string_view, 13> need_words = {
    "need",     "needs",     "needed",    "needing",   "neednt",      "require",     "requires",
    "required", "necessary", "mandatory", "requiring", "requirement", "requirements"};
inline constexpr std::array<std::string_view, 6> clearance_objects = {
    "clearance", "cleared", "signoff", "approval", "permission", "clear"};
// A status that keeps the athlete out: denied ("Not unfit to play", "No longer restricted") it
// says the athlete is in. "injured" and "hurt" only as a change ("no longer", "any more");
// "restricted" and "limited" not before "to" ("not limited to these drills").
inline constexpr std::array<std::string_view, 14> out_statuses = {
    "unfit", "unavailable", "unready",  "ineligible", "restricted", "limited", "injured",
    "hurt",  "sidelined",   "excluded", "suspended",  "barred",     "benched", "unselectable"};
// The out_statuses that deny a claim after them in its clause ("Unfit to play", "Restricted from
// play"), as denials do, but not after it ("Cleared to play with restricted minutes" is a claim).
inline constexpr std::array<std::string_view, 9> denying_statuses = {
    "unfit",    "unavailable", "unready", "restricted", "sidelined",
    "excluded", "suspended",   "barred",  "benched"};
// A change said of a status: "no longer injured", "not injured any more".
inline constexpr std::array<std::string_view, 3> change_words = {"anymore", "more", "now"};

// Idioms of readiness, selection and recovery, each a claim in any sentence no safe form takes
// back; those of `open_idioms` with anything after them, those of `closed_idioms` only at the end
// of their clause or before what readiness_follows() takes ("Game on.", "Game on for Saturday";
// not "Game on Saturday: rest").
inline constexpr std::array<std::string_view, 30> open_idioms = {
    "raring to go", "rearing to go", "ready to roll", "ready to rock", "ready to rumble",
    "fit to go", "set to go", "all systems go", "good as new", "right as rain", "fit as a fiddle",
    "fighting fit", "starting xi", "starting eleven", "starting lineup", "starting line up",
    "team sheet", "teamsheet", "injury free", "injuryfree", "full availability", "fully available",
    // A recovery said whole (trial 43: "as good as it was before the injury", "fully knitted
    // back together").
    "as good as before", "as good as it was before", "knitted back together", "knit back together",
    // A fixture taken part in (trial 43: "Take the field this weekend"; trial 60: "Pull on the
    // boots this weekend").
    "take the field", "pull on the boots", "pull the boots on", "boots back on"};
inline constexpr std::array<std::string_view, 8> closed_idioms = {
    "game on", "full go", "good to play", "back to his best", "back to her best",
    "back to their best",
    // Trial 43: "You're all set for match day".
    "all set",
    // Trial 59: "She's right to go" (not "turn right to go round the cone").
    "right to go"};
// Idioms that claim only before "for" and what readiness_follows() takes there (trial 59:
// "She'll be right for Saturday", "You'll be fine for the game", "Set for Saturday", "Green for
// Saturday's fixture", "Suit up for the game"; trial 60: "You'll be sweet for Saturday", "Lace up
// for Saturday's game"; not "You'll be fine.", "set for 3 x 10", "Set to
// return the band to its start"; trial 62: "Good as gold for the final", "Should be sweet as for
// the derby", "Sorted for Saturday mate", "She'll be apples for the grand final").
inline constexpr std::array<std::string_view, 16> targeted_idioms = {
    "be right", "be fine",   "be ok",     "be okay", "be sweet", "set",
    "green",    "suit up",   "suited up", "lace up", "laced up", "good as gold",
    "sweet as", "be apples", "sorted",    "a go"};  // "You're a go for Saturday's game" (trial 64)
// A recovery said in slang of the injury or of the athlete, closing its clause: "Hamstring
// sorted", "You're fixed" (not "hips fixed in place", "sorted into pairs"; trial 53).
inline constexpr std::array<std::string_view, 2> settled_words = {"sorted", "fixed"};
// Who a recovery in slang is said of: the athlete, also in a contraction of being ("You're").
inline constexpr std::array<std::string_view, 11> settled_people = {
    "you", "he", "she", "they", "youre", "hes", "shes", "theyre", "athlete", "player", "runner"};
// An injury said overcome, in the past: "You've beaten this injury", "conquered the tear" (the
// injury word closing its clause; not "Beat your best time").
inline constexpr std::array<std::string_view, 4> overcoming_words = {"beaten", "conquered",
                                                                     "overcame", "licked"};
// "beat" is one of them after a perfect's auxiliary: "You have beat this injury" (trial 55).
inline constexpr std::array<std::string_view, 10> perfect_auxiliaries = {
    "have", "has", "had", "youve", "ive", "weve", "theyve", "hes", "shes", "youd"};
inline constexpr std::array<std::string_view, 7> overcome_determiners = {
    "this", "the", "that", "your", "his", "her", "their"};
// Single words of selection: "Selectable from week 4".
inline constexpr std::array<std::string_view, 4> selection_words = {"selectable", "pickable",
                                                                    "unlimited", "limitless"};
// An injury said gone: "Injury gone", "The tear is behind her".
inline constexpr std::array<std::string_view, 5> gone_words = {"gone", "behind", "history",
                                                               "mended", "repaired"};
// A status of the athlete answered as full or done ("Availability: 100%", "Fitness: full",
// "Recovery: complete", "Recovery \u2713"), and the answers each takes.
inline constexpr std::array<std::string_view, 2> availability_nouns = {"availability", "fitness"};
inline constexpr std::array<std::string_view, 9> full_answers = {
    "full", "fully", "yes", "complete", "total", "unrestricted", "unlimited", "confirmed", "y"};
inline constexpr std::array<std::string_view, 6> recovery_status_nouns = {
    "recovery", "rehab", "rehabilitation", "healing", "repair", "return"};
inline constexpr std::array<std::string_view, 9> done_answers = {
    "complete", "completed", "achieved", "finished", "done", "over", "yes", "full", "total"};
// A forecast of a fixture: "Expected to play on Saturday", "Set to return on Saturday", "Will
// play on Sunday" (a forecast word, "to", one of fixture_verbs, and a day or a weekend after).
inline constexpr std::array<std::string_view, 11> forecast_words = {
    "expected", "set",       "due",  "likely", "slated", "pencilled",
    "penciled", "scheduled", "will", "going",  "poised"};
inline constexpr std::array<std::string_view, 9> fixture_verbs = {
    "play", "compete", "race", "return", "feature", "start", "appear", "line", "face"};
// Taking part in a fixture, told to the athlete: "take part in", or one of taking_part_verbs, then
// "in" ("Join in the match on Saturday", "You can participate in the tournament").
inline constexpr std::array<std::string_view, 4> taking_part_verbs = {"participate", "join",
                                                                      "feature", "appear"};
// What may follow the fixture a part is taken in ("the match on Saturday", "the game against
// City"; not "the team meeting", "the match warm-up").
inline constexpr std::array<std::string_view, 14> fixture_followers = {
    "on",    "this",     "next",    "at",  "against", "in",    "for",
    "today", "tomorrow", "tonight", "and", "then",    "again", "with"};
// Who an athlete is available to when available is selected: "Available to the coach".
inline constexpr std::array<std::string_view, 6> selector_words = {
    "coach", "coaches", "manager", "selectors", "selector", "gaffer"};
// A verb of selecting an athlete said as an instruction: "Pick him for Saturday".
inline constexpr std::array<std::string_view, 8> picking_verbs = {
    "pick", "select", "name", "field", "start", "include", "recall", "choose"};
inline constexpr std::array<std::string_view, 8> picked_people = {
    "him", "her", "them", "athlete", "player", "the", "this", "you"};

// What a restriction's absence that is then lifted denies ("No limits are lifted by this plan").
inline constexpr std::array<std::string_view, 8> lifting_words = {
    "lifted", "removed", "eased", "dropped", "waived", "relaxed", "raised", "changed"};
// What "heals" names when it is a course, not a state: "heals over 3 to 6 weeks", "heals slowly".
inline constexpr std::array<std::string_view, 17> healing_courses = {
    "over", "in",     "within",  "slowly", "gradually", "more",    "at",   "across", "during",
    "with", "faster", "quickly", "well",   "better",    "through", "from", "slower"};
// What "discharge" names when it lets go of a thing, not of an athlete: "Discharge the band
// tension", "Discharge tension with a slow exhale" (after a determiner, anything but a person).
inline constexpr std::array<std::string_view, 8> discharge_determiners = {
    "your", "any", "excess", "some", "all", "that", "this", "stored"};
inline constexpr std::array<std::string_view, 10> discharged_things = {
    "tension", "breath", "air", "energy", "load", "pressure", "stress", "force", "weight", "band"};
// What "play" names when it is media or trying, not sport: "Play music", "Play with the tempo".
inline constexpr std::array<std::string_view, 24> played_media = {
    "music",   "video",    "videos", "audio",     "recording", "recordings", "song",  "songs",
    "podcast", "podcasts", "clip",   "clips",     "cue",       "cues",       "tape",  "track",
    "tracks",  "sound",    "sounds", "metronome", "beep",      "beeps",      "radio", "playlist"};
// What "play the ... game" names when it is an idiom of patience, not a match: "Play the long
// game", "play the waiting game".
inline constexpr std::array<std::string_view, 2> patient_games = {"long", "waiting"};
// What "play" names when it plays a drill, not sport: "play the next rep", "play each pass".
inline constexpr std::array<std::string_view, 14> played_drills = {
    "rep",  "reps", "ball",  "balls", "pass",   "passes", "set",
    "sets", "shot", "shots", "drill", "drills", "round",  "rounds"};
// How "play it" names a manner, not sport: "Play it safe", "playing it cool", "play safe".
inline constexpr std::array<std::string_view, 9> played_manners = {
    "safe",      "cool",         "easy",           "smart",   "careful",
    "carefully", "conservative", "conservatively", "sensible"};
// What recovers between efforts, not an athlete from injury: "Recovered breath before the next
// set", "once your heart rate has recovered".
inline constexpr std::array<std::string_view, 6> recovered_functions = {
    "breath", "breathing", "heart", "pulse", "wind", "hr"};
// What an effort recovered from is when it is a bout of work: "Once recovered from the previous
// set", "recovered from the last sprint" (with played_drills).
inline constexpr std::array<std::string_view, 9> efforts = {
    "effort", "efforts", "sprint", "sprints", "bout", "bouts", "interval", "intervals", "exertion"};
inline constexpr std::array<std::string_view, 8> played_fillers = {
    "next", "each", "every", "one", "another", "your", "first", "last"};
inline constexpr std::array<std::string_view, 24> exercise_parameters = {
    "tempo",  "angle", "foot",      "feet",   "position", "load",       "speed", "grip",
    "stance", "range", "timing",    "rhythm", "depth",    "cadence",    "band",  "bar",
    "weight", "pace",  "intensity", "order",  "reps",     "variations", "setup", "hips"};

// Who else plays: "The team plays on Saturday" is no claim of the athlete's play.
inline constexpr std::array<std::string_view, 8> others_who_play = {
    "team", "squad", "club", "side", "opponents", "opposition", "teammates", "others"};

// A plan, not a clinician, named as what does not clear: "The clinician clears the athlete, not
// this plan" (claim_safe_forms.hpp reads it).
inline constexpr std::array<std::string_view, 14> plan_words = {
    "plan", "plans",    "protocol", "protocols", "programme", "program", "app",
    "tool", "document", "engine",   "software",  "text",      "sheet",   "plugin"};
// An answer after ':' that sends the reader to a clinician: "Return to play: ask your clinician",
// "Clearance: clinician only" (with deferral_fillers and a clinician).
inline constexpr std::array<std::string_view, 18> referral_words = {
    "ask",  "see",   "consult", "contact", "check", "with",    "by",     "via",   "from",
    "talk", "speak", "to",      "only",    "alone", "decides", "decide", "staff", "s"};
// What names a claim's criterion when it follows or precedes a noun of the family: "Clearance
// criteria: pain-free sprinting", "The criteria for clearance are listed below".
inline constexpr std::array<std::string_view, 14> criterion_words = {
    "criteria",  "criterion", "requirements", "requirement", "tests",   "test",    "testing",
    "checklist", "checks",    "standards",    "battery",     "process", "pathway", "procedure"};

}  // namespace coach
