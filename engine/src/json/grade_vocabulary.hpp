#pragma once

#include <array>
#include <cstddef>
#include <string_view>
#include <utility>

#include "coach/sdk/athlete.hpp"
#include "json/doubt_vocabulary.hpp"
#include "json/red_flag_vocabulary.hpp"

// The words the reader of grades in free text looks for (grade_in_text.hpp, docs/DATA.md "Grades
// written in words"). Patterns as in red_flag_words.hpp: "exclud*" is a prefix, "not" a whole
// word. [thread-safe] Constants.
namespace coach::json::detail::grade_words {

// Words that name a grading before the grade ("grade IV", "Gd 4", "Grd 4", "BAMIC 4c"), and
// after it ("4b (BAMIC)").
inline constexpr auto grading_words = std::to_array<std::string_view>(
    {"grade", "grades", "graded", "grading", "gr", "gd", "grd", "bamic", "bac", "classification",
     "regraded", "upgraded", "reclassified", "rescored"});
// Words that number the grade after a grading word: "grade no. 4", "grade number 4", "grade nr
// 4" ("grade #4" is a mark), and the "as" of a verb: "graded as 4".
inline constexpr auto number_words =
    std::to_array<std::string_view>({"no", "number", "num", "nr", "as"});
// A regrading's verb numbers the grade with "to" as well ("upgraded to 4", "regraded to 4c"),
// and "as" or "to" may take an article ("upgraded to a 4", "reclassified as a 4").
inline constexpr auto regrading_words =
    std::to_array<std::string_view>({"graded", "regraded", "upgraded", "reclassified", "rescored"});
inline constexpr auto regrading_numbers = std::to_array<std::string_view>({"as", "to"});
inline constexpr auto articles = std::to_array<std::string_view>({"a", "an"});
inline constexpr auto classification_words = std::to_array<std::string_view>({"bamic", "bac"});
// Joined to the grade: "Gr4", "G4", "grade4", "BAMIC3c" (digits only: "giv" is no word).
inline constexpr auto joined_prefixes =
    std::to_array<std::string_view>({"grade", "grd", "gr", "gd", "g", "bamic", "bac"});
// A note that names one of these makes a BAMIC grade alone ("4c") a grade.
inline constexpr auto grading_context =
    std::to_array<std::string_view>({"grade", "graded", "gr", "gd", "grd", "bamic", "bac",
                                     "classification", "mri", "scan", "ultrasound", "uss"});

// Words that deny the grade right before it ("no grade 4", "not a grade 4", "excluded grade 4",
// "unlikely grade 4", "not consistent with grade 4", "2b rather than 4c", "instead of 4c"), with
// at most `most_fillers` fillers between; "ruled out" and "rules out" are read as one word. After
// it, within `after_reach` words of its clause: "grade 4 excluded", "grade 4 tear ruled out",
// "grade 4 negative", "grade 4 not seen" (`seeing_words` after "not"). One list with the red-flag
// reader's negators (vocabulary::negators, vocabulary::trailing_negators), but for "off" ("back
// off a grade 4 tear" affirms it), and these of grades. Not "rule out", "exclude" or "r/o" (rule
// out) before it: "to rule out grade 4", "MRI to exclude grade 4" ask, they do not answer. A word
// of not being able, or of a test still to come ("to", "should", "needs", "will"), before the
// denial, past a word such as "be", undoes it: "cannot exclude grade 4", "grade 4 cannot be
// excluded", "grade 4 not ruled out", "grade 4 yet to be excluded": doubt about a worse grade is
// read as that grade.
inline constexpr auto grade_denials_before =
    std::to_array<std::string_view>({"not", "never", "nothing", "excluded", "excludes", "excluding",
                                     "unlikely", "improbable", "inconsistent", "than", "instead"});
// A grade named as a label whose value denies it ("grade 4: no", "grade 4 (-)"): the values are
// the red-flag reader's (vocabulary::label_negators), and the label may end in one or two of
// these ("grade 4 tear: no").
inline constexpr auto label_nouns =
    std::to_array<std::string_view>({"tear", "tears", "injury", "strain", "rupture", "lesion"});
inline constexpr auto ruling_out = std::to_array<std::string_view>({"ruled", "rules"});
inline constexpr auto grade_denials_after =
    std::to_array<std::string_view>({"exclud*", "ruled", "unlikely", "improbable"});
inline constexpr auto seeing_words = std::to_array<std::string_view>(
    {"seen", "shown", "present", "demonstrated", "identified", "evident", "visuali*", "visible",
     "noted", "found", "detected", "apparent", "appreciated"});
inline constexpr std::string_view not_a_grade_denial = "off";
inline constexpr auto undoing = std::to_array<std::string_view>(
    {"not", "cannot", "cant", "t", "unable", "to", "should", "must", "need", "needs", "will"});
inline constexpr auto undoing_fillers = std::to_array<std::string_view>(
    {"be", "been", "being", "to", "yet", "fully", "completely", "confidently", "definitely",
     "definitively", "reliably", "safely", "able"});
inline constexpr std::size_t most_undoing_fillers = 2;
// Words that date the grade to another injury, right before it ("previous grade 4", "history
// of grade 4", "last season grade 4") or within `after_reach` words after it ("grade 4
// previously", "grade 4 last year"); a year before the injury's, in brackets right after the
// grade ("BAMIC 4c (2019)") or after "in" or "during" in its clause ("in 2019 grade 4"), dates it
// too. Not "ago": "grade 4 tear 2 weeks ago" is the injury itself; nor "last" alone: "last MRI:
// grade 4" is the latest.
inline constexpr auto dating_before = std::to_array<std::string_view>(
    {"previous*", "prev", "prior", "history", "hx", "old", "past", "earlier", "former*"});
inline constexpr auto dating_after =
    std::to_array<std::string_view>({"previous*", "prev", "prior", "history", "hx"});
inline constexpr auto past_words =
    std::to_array<std::string_view>({"last", "previous*", "prev", "prior", "past"});
inline constexpr auto season_words =
    std::to_array<std::string_view>({"season*", "year*", "yr*", "summer*", "winter*"});
inline constexpr auto year_markers = std::to_array<std::string_view>({"in", "during"});
inline constexpr auto grade_fillers = std::to_array<std::string_view>(
    {"a",          "an",         "the",      "of",    "any",     "evidence",    "sign",
     "signs",      "for",        "left",     "right", "l",       "r",           "lt",
     "rt",         "consistent", "with",     "in",    "keeping", "suggestive",  "suggesting",
     "indicative", "feature",    "features", "to",    "be",      "suggest",     "suggests",
     "indicate",   "indicates",  "support",  "mri",   "imaging", "radiological"});
// "not consistent with a grade 4": one more than the red-flag reader's reach.
inline constexpr std::size_t most_fillers = vocabulary::most_fillers + 1;
// A second grade of a range followed by a time is a time: "grade 2 - 4 weeks out", "grade 2, 3-4
// days", "grade 2 - 3/52".
inline constexpr auto time_units = std::to_array<std::string_view>(
    {"day*", "d", "week*", "wk*", "w", "month*", "mo", "mos", "mth*", "hour*", "hr*", "h", "year*",
     "yr*", "session*", "min*"});
inline constexpr auto weeks_or_months = std::to_array<std::string_view>({"52", "12", "7"});
// So is a second grade followed by a count of exercise: "grade 2 - 4 sets of nordics", "grade 2,
// 3-4 reps", "grade 2 - 4 rounds".
inline constexpr auto count_units = std::to_array<std::string_view>(
    {"set", "sets", "rep", "reps", "repetition*", "round*", "x", "times", "lap*", "circuit*",
     "exercis*", "drill*", "bout*", "block*"});
// Words that may stand between a grade and a worse one it doubts: "grade 2 or even 4", "grade 2,
// maybe even 4", "grade 3 or perhaps 4".
inline constexpr auto range_fillers = std::to_array<std::string_view>(
    {"even", "perhaps", "potentially", "conceivably", "at", "worst", "most"});
// Doubt about a grade, or an alternative to it: a second grade after one of these is read as
// part of a range ("grade 2 (possibly 4)", "grade 2 vs 4"), and a grade alone after a word of
// doubt ("possible 4") or "vs" ("2 vs 4") is a grade in a note that names a grading or imaging.
inline constexpr auto doubt_words = std::to_array<std::string_view>(
    {"possible", "possibly", "poss", "probable", "probably", "prob", "likely", "maybe", "query",
     "suspected", "suspect", "suspicious", "questionable"});
inline constexpr auto alternative_words =
    std::to_array<std::string_view>({"or", "to", "vs", "versus", "v"});
inline constexpr auto versus_words = std::to_array<std::string_view>({"vs", "versus", "v"});
// A number alone is no grade when a measure follows ("? 4 cm", "possible 4 x") or a scale
// precedes ("pain 2 vs 4", "VAS 2 vs 4").
inline constexpr auto measure_words =
    std::to_array<std::string_view>({"cm", "mm", "m", "kg", "x", "times", "reps", "rep", "sets",
                                     "set", "out", "of", "deg*", "percent", "pct"});
inline constexpr auto scale_words = std::to_array<std::string_view>(
    {"pain*", "vas", "nrs", "nprs", "score*", "rpe", "rated", "level*", "sore*"});
// A grade alone right after one of these labels a place or an item: "room 4c", "bay 4c".
inline constexpr auto label_words = std::to_array<std::string_view>(
    {"room",    "rm",       "bay",      "bed",   "ward", "suite",  "floor",  "level",
     "unit",    "clinic",   "theatre",  "booth", "lane", "court",  "pitch",  "gate",
     "block",   "building", "flat",     "apt",   "door", "desk",   "slot",   "locker",
     "station", "table",    "cubicle",  "wing",  "zone", "area",   "studio", "seat",
     "row",     "box",      "page",     "ref",   "fig",  "figure", "series", "image",
     "img",     "slice",    "sequence", "seq",   "no",   "number", "num"});
// A grade followed by one of these is a sport's grade: "grade 4 league", "grade 3 team".
inline constexpr auto sport_grade_words = std::to_array<std::string_view>(
    {"league*", "division*", "div",          "team*",    "squad*",    "club*",
     "comp",    "comps",     "competition*", "fixture*", "football*", "footy",
     "soccer",  "rugby",     "hockey",       "cricket",  "netball",   "basketball",
     "afl",     "gaa",       "hurling",      "lacrosse", "baseball",  "player*"});
// A grade after one of these (within two words) is a sport's grade too: "plays grade 4
// football", "playing at grade 4", "competes in grade 3".
inline constexpr auto sport_grade_before =
    std::to_array<std::string_view>({"play", "plays", "played", "playing", "compete*", "competing",
                                     "coach*", "selected", "picked"});
// A BAMIC grade with site c in digits next to a word of the weather is a temperature: "4c outside
// temperature", "temperature 4c", "4c and raining".
inline constexpr auto weather_words = std::to_array<std::string_view>(
    {"outside", "outdoors", "outdoor",  "temperature*", "temp", "temps",  "weather", "celsius",
     "cold",    "chilly",   "freezing", "frost*",       "warm", "hot",    "heat",    "ambient",
     "rain*",   "snow*",    "wind*",    "sunny",        "air",  "degree*"});
// A site written apart from the grade: "grade 3 c", "grade III (c)", "grade 3, site c", "grade 3
// intratendinous" (BAMIC: a myofascial, b musculotendinous, c intratendinous). A letter "a" is a
// site only in brackets or after "site": "grade 4 a week ago" is no site.
inline constexpr auto site_words = std::to_array<std::string_view>({"site", "location", "loc"});
inline constexpr std::array<std::pair<std::string_view, Site>, 6> site_names = {
    {{"intratendinous", Site::c},
     {"intratendon", Site::c},
     {"myofascial", Site::a},
     {"musculotendinous", Site::b},
     {"myotendinous", Site::b},
     {"mtj", Site::b}}};
// Site c in words: a word of inside, then the tendon ("into the tendon", "within the proximal
// tendon", "extending into the tendon"); not past a word that denies it ("not into the tendon").
inline constexpr auto inside_words =
    std::to_array<std::string_view>({"into", "within", "inside", "intra", "involving", "in"});
inline constexpr auto tendon_words =
    std::to_array<std::string_view>({"tendon", "tendons", "tendinous"});
// The tendon named alone is site c ("grade 3 with tendon involvement", "tendinous grade 3 tear",
// "grade 3 (tendon)"), but not after one of `not_the_tendon_before` ("muscle-tendon junction",
// "musculo-tendinous", "non-tendinous"), before one of `not_the_tendon_after` ("tendon junction":
// site b), or spared: one of `tendon_spared`, or a denial not undone, within three words after it
// in its clause ("tendon intact", "tendon not involved"; not "tendon involvement cannot be
// excluded").
inline constexpr auto not_the_tendon_before =
    std::to_array<std::string_view>({"muscle", "musculo", "myo", "non", "muscular"});
inline constexpr auto not_the_tendon_after =
    std::to_array<std::string_view>({"junction*", "junctional", "unit*"});
inline constexpr auto tendon_spared = std::to_array<std::string_view>(
    {"intact", "spared", "preserved", "normal", "uninvolved", "unaffected", "unremarkable",
     "healthy", "uninjured", "undamaged"});
inline constexpr auto site_name_words = std::to_array<std::string_view>(
    {"intratendinous", "intratendon", "myofascial", "musculotendinous", "myotendinous"});
inline constexpr auto tendon_fillers = std::to_array<std::string_view>(
    {"the", "its", "free", "central", "proximal", "distal", "conjoint", "common"});
inline constexpr auto site_denials =
    std::to_array<std::string_view>({"not", "no", "without", "t", "never", "sparing", "spares"});
inline constexpr std::size_t after_reach = 4;
// An imaging result after an earlier grading supersedes it ("grade 4 suspected initially, MRI
// showed grade 2b"): an imaging word, then a word of showing (or ':'), then the grade, with the
// earlier grading marked first (`earliness_words`, or "at first") or the imaging later
// (`later_words`: "subsequent MRI showed", "MRI then showed", "repeat MRI:").
inline constexpr auto imaging_words = std::to_array<std::string_view>(
    {"mri", "mris", "scan", "scans", "ultrasound", "uss", "imaging", "ct", "radiology"});
inline constexpr auto showing_words = std::to_array<std::string_view>(
    {"show*", "confirm*", "reveal*", "demonstrat*", "found", "report*", "graded", "read"});
inline constexpr auto earliness_words =
    std::to_array<std::string_view>({"initially", "initial", "originally", "original"});
inline constexpr auto later_words =
    std::to_array<std::string_view>({"subsequent*", "later", "repeat*", "follow*", "followup",
                                     "then", "now", "since", "afterwards", "eventually"});
// A denial or a date is whole only when no reversal follows it in its sentence: a word of a turn
// (`turn_words`), then within `turn_reach` words, before any other grade, a word that affirms
// or doubts again (`reaffirming`, or "not" / "cannot" then a word of excluding): "grade 4
// excluded initially, now suspected", "grade 4 unlikely but possible", "grade 4 previously
// suspected, now confirmed", "grade 4 unlikely, but not excluded". Not when a grade follows the
// word closely: "grade 4 excluded, now confirmed grade 2b".
inline constexpr auto turn_words = std::to_array<std::string_view>(
    {"but", "however", "yet", "though", "although", "whereas", "now", "currently", "today", "since",
     "later", "subsequently", "then", "still"});
inline constexpr auto reaffirming = std::to_array<std::string_view>(
    {"possible",  "possibly",     "suspect*", "suspicious", "likely",   "probable", "probably",
     "query",     "queried",      "confirm*", "consider*",  "concern*", "favour*",  "favor*",
     "raised",    "seen",         "shown",    "present",    "evident",  "visible",  "identified",
     "noted",     "demonstrated", "cannot",   "unable",     "pending",  "awaited",  "questionable",
     "equivocal", "uncertain",    "unclear"});
inline constexpr auto undone_denials = std::to_array<std::string_view>({"not", "cannot", "t"});
// An imaging booked after a denial in its sentence is a test still to come, as "awaiting MRI"
// is: one of these within two words of an imaging word (`imaging_words`) in its clause ("no
// grade 4 on US, MRI booked", "MRI requested", "booked for MRI"; not "return to running
// planned").
inline constexpr auto booking_words = std::to_array<std::string_view>(
    {"booked", "requested", "ordered", "scheduled", "planned", "arranged", "organised", "organized",
     "referred", "requesting", "booking"});
// A clause that opens with a denial undone, anywhere after the denial in its sentence, is a
// reversal with no word of a turn: "grade 4 unlikely, not impossible", "no grade 4; not excluded
// though". One of `undone_denials`, then one of these (or of grade_denials_after).
inline constexpr auto undone_certainties = std::to_array<std::string_view>(
    {"impossible", "certain", "sure", "definite", "definitive", "confirmed", "settled", "final"});
// Someone who disagrees, in the denial's sentence or the next, undoes it: "No grade 4. Surgeon
// disagrees.", "no grade 4, radiologist queries this".
inline constexpr auto dissent_words = std::to_array<std::string_view>(
    {"disagree*", "dispute*", "querie*", "queries", "questions", "questioned", "doubts", "doubted",
     "contest*", "unconvinced", "differs", "challenge*", "suspects"});
// Dissent about the plan rather than the diagnosis leaves the denial whole: "No grade 4. Coach
// disagrees with the plan." One of `planning_words` in the dissent's clause, and none of
// `diagnosis_words` nor a grade ("Surgeon disagrees with the plan and the scan"): a dissent
// about anything else, or about nothing named ("Surgeon disagrees."), undoes the denial.
inline constexpr auto planning_words = std::to_array<std::string_view>(
    {"plan*",    "programme*", "program*", "load*",     "rehab*",     "exercis*",
     "training", "session*",   "schedul*", "timeline*", "timeframe*", "progression*",
     "return*",  "rtp",        "rts",      "dos*",      "volume",     "intensity",
     "drill*",   "gym",        "running",  "sprint*",   "protocol*"});
inline constexpr auto diagnosis_words = std::to_array<std::string_view>(
    {"diagnos*", "scan*", "mri", "imaging", "ultrasound", "us", "uss", "report*", "finding*",
     "reading", "radiolog*", "tear*", "injury", "avulsion", "rupture", "this", "that", "it"});
inline constexpr std::size_t turn_reach = 3;
// A word that hedges a denial after the grade, within `hedge_reach` words before the grade or
// between it and the denial: "cannot say grade 4 is excluded", "unclear whether grade 4 is
// excluded", "grade 4 appears excluded", "not sure grade 4 is ruled out"; so do the words that
// leave a matter open (doubt::open_words, shared with the red-flag reader). "not" hedges only
// before one of `certainty_words`.
inline constexpr auto hedges = std::to_array<std::string_view>(
    {"cannot", "cant", "unable", "whether", "if", "doubt*", "appear*", "seem*", "question*", "hard",
     "difficult", "impossible"});
inline constexpr auto certainty_words = std::to_array<std::string_view>(
    {"sure", "certain", "clear", "confident", "convinced", "possible", "able", "known"});
inline constexpr std::size_t hedge_reach = 5;
// A complete tear in words is grade 4 (BAMIC, Pollock et al. 2014: grade 4 is a complete tear of
// the muscle or tendon): "complete tear", "complete proximal hamstring avulsion", "total
// rupture", "full-thickness tear", "completely torn", "the tear is complete"; an avulsion alone
// ("avulsion", "avulsed"). Not nearly complete ("near-complete tear", "almost complete": a grade
// 3), and "incomplete" is a word of its own.
inline constexpr auto complete_words = std::to_array<std::string_view>(
    {"complete", "completely", "total", "totally", "full", "entire", "entirely", "whole"});
// A complete tear named beside a lesser one is still the worse reading: "complete vs partial
// tear", "complete or partial tear", "complete / incomplete tear".
inline constexpr auto lesser_tear_words = std::to_array<std::string_view>(
    {"partial", "partially", "incomplete", "near", "high", "low", "grade", "thickness"});
inline constexpr auto torn_words =
    std::to_array<std::string_view>({"tear", "tears", "torn", "ruptur*", "disruption",
                                     "discontinuity", "avuls*", "transect*", "detachment"});
inline constexpr auto avulsion_words =
    std::to_array<std::string_view>({"avulsion", "avulsions", "avulsed"});
// A rupture or a retracted tendon is a complete tear, BAMIC's grade 4 (Pollock et al. 2014, Br J
// Sports Med 48(18):1347-1351: grade 4, a complete tear of the muscle or the tendon, with
// retraction), read as an avulsion alone is (trial 34: "ruptured", "retracted 4 cm"); not of
// another part of the body in its clause ("ruptured Achilles in 2015", "ACL rupture"), nor a
// shoulder's or neck's retraction ("scapular retraction holds").
inline constexpr auto rupture_words = std::to_array<std::string_view>(
    {"rupture", "ruptured", "ruptures", "rupturing", "retracted", "retraction"});
inline constexpr auto other_body_parts = std::to_array<std::string_view>(
    {"achilles",  "acl",     "pcl",       "mcl",      "lcl",           "ligament*", "calf",
     "gastroc*",  "soleus",  "plantar",   "quad*",    "rectus",        "adductor*", "groin",
     "pec*",      "triceps", "shoulder*", "rotator*", "supraspinatus", "cuff",      "elbow*",
     "wrist*",    "finger*", "thumb*",    "patella*", "ankle*",        "tibialis",  "peroneal",
     "meniscus",  "disc*",   "spleen",    "appendix", "eardrum",       "cyst*",     "aneurysm",
     "membrane*", "scapul*", "chin",      "neck",     "cervical",      "thorac*",   "postur*",
     "gum*",      "eyelid*"});
// How far before or after a rupture another part named is its: "Achilles tendon ruptured".
inline constexpr std::size_t other_part_reach = 4;
inline constexpr auto torn_fillers = std::to_array<std::string_view>({"thickness",
                                                                      "proximal",
                                                                      "distal",
                                                                      "hamstring",
                                                                      "hamstrings",
                                                                      "muscle",
                                                                      "tendon",
                                                                      "tendinous",
                                                                      "conjoint",
                                                                      "common",
                                                                      "biceps",
                                                                      "femoris",
                                                                      "semitendinosus",
                                                                      "semimembranosus",
                                                                      "free",
                                                                      "bf",
                                                                      "st",
                                                                      "sm",
                                                                      "lh",
                                                                      "long",
                                                                      "head",
                                                                      "bony",
                                                                      "ischial"});
inline constexpr std::size_t most_torn_fillers = 3;
inline constexpr auto nearly_words = std::to_array<std::string_view>(
    {"near", "nearly", "almost", "partial", "partially", "sub", "virtually", "incomplete"});
// Between a tear and "complete" after it: "the tear is complete", "tear appears complete".
inline constexpr auto being_words = std::to_array<std::string_view>(
    {"is", "was", "be", "appears", "looks", "seems", "likely", "probably", "possibly"});
// Site c written with no grade (read over a recorded grade 3, whose site it is): "site c",
// "location: c", "intratendinous extension", "extending into the tendon", "tendon involvement".
// The tendon alone is site c here only before one of `involvement_words`; "in" is no word of
// inside here ("pain in the tendon").
inline constexpr auto involvement_words = std::to_array<std::string_view>(
    {"involvement", "involved", "involving", "extension", "extending", "component", "tear", "torn",
     "injury", "disruption", "damage", "damaged"});

// A grade "or" one of these is open above: "grade 3 or above", "grade 2 or higher" (grade 4).
inline constexpr auto open_above =
    std::to_array<std::string_view>({"more", "above", "higher", "worse", "greater", "over"});

// A grade written as an ordinal then a degree: "4th degree tear", "fourth-degree strain".
inline constexpr std::array<std::pair<std::string_view, int>, 8> ordinal_grades = {{{"1st", 1},
                                                                                    {"first", 1},
                                                                                    {"2nd", 2},
                                                                                    {"second", 2},
                                                                                    {"3rd", 3},
                                                                                    {"third", 3},
                                                                                    {"4th", 4},
                                                                                    {"fourth", 4}}};
inline constexpr auto degree_words = std::to_array<std::string_view>({"degree", "degrees", "deg"});
// The top of the scale named, with no number after the grading word: "highest grade tear" (4).
inline constexpr auto highest_words = std::to_array<std::string_view>(
    {"highest", "maximum", "max", "maximal", "top", "worst", "severest"});
// Other systems' names. The Munich consensus (Mueller-Wohlfahrt et al. 2013, Br J Sports Med
// 47(6):342-350) calls a complete tear or tendinous avulsion "type 4", and Peetrons' ultrasound
// grading (Peetrons 2002, Eur Radiol 12(1):35-43) calls a complete rupture "grade 3": both are
// BAMIC's grade 4. Munich types 1 to 3 (functional disorders, partial tears) are not read.
inline constexpr auto type_words = std::to_array<std::string_view>({"type"});
inline constexpr auto munich_words = std::to_array<std::string_view>({"munich", "mwa"});
inline constexpr auto peetrons_words = std::to_array<std::string_view>({"peetrons", "peetron"});
// "British Athletics 4c": the name BAMIC abbreviates, as a grading word.
inline constexpr std::string_view british = "british";
inline constexpr auto athletics_words = std::to_array<std::string_view>({"athletics"});
// Names of a system that may stand between a grade and "complete" closing its clause: "grade 3
// (Peetrons) - complete" states a complete tear, grade 4.
inline constexpr auto system_names = std::to_array<std::string_view>(
    {"peetrons", "peetron", "munich", "bamic", "bac", "mri", "us", "uss", "ultrasound"});
inline constexpr auto complete_alone =
    std::to_array<std::string_view>({"complete", "total", "full"});
// A grade alone after a correction, "not only grade 3 but 4", "not 3 but 4": after "but" (and
// one of these at most) with a grade named before it in its sentence.
inline constexpr auto correction_fillers =
    std::to_array<std::string_view>({"also", "even", "actually", "rather", "really"});
// A denial after the grade is whole only when the words between the two are plain: the tear's
// nouns, a verb of being, a word of certainty or of the test ("grade 4 tear has been
// definitively excluded on MRI", "avulsion fracture excluded"; also the words of a tear and its
// place, torn_words and torn_fillers). Any other word qualifies the denial ("grade 4 likely
// excluded", "largely excluded", "probably excluded"): not whole, so the grade is read.
inline constexpr auto plain_between = std::to_array<std::string_view>({"tear",
                                                                       "tears",
                                                                       "injury",
                                                                       "strain",
                                                                       "rupture",
                                                                       "lesion",
                                                                       "is",
                                                                       "was",
                                                                       "has",
                                                                       "have",
                                                                       "had",
                                                                       "be",
                                                                       "been",
                                                                       "could",
                                                                       "can",
                                                                       "would",
                                                                       "are",
                                                                       "were",
                                                                       "being",
                                                                       "not",
                                                                       "now",
                                                                       "definitively",
                                                                       "definitely",
                                                                       "fully",
                                                                       "completely",
                                                                       "entirely",
                                                                       "confidently",
                                                                       "reliably",
                                                                       "clearly",
                                                                       "firmly",
                                                                       "conclusively",
                                                                       "convincingly",
                                                                       "categorically",
                                                                       "also",
                                                                       "on",
                                                                       "by",
                                                                       "at",
                                                                       "mri",
                                                                       "uss",
                                                                       "us",
                                                                       "ultrasound",
                                                                       "scan",
                                                                       "imaging",
                                                                       "radiologically",
                                                                       "fracture",
                                                                       "fractures"});

// A bound from below is no denial: "not less than grade 4", "no lower than grade 4", "nothing
// less than a grade 4", "cannot be less than grade 4", "grade no less than 4" state the grade as
// the least it is, so it is read (grade_denials_before holds "than" for "2b rather than 4c").
// One of `lower_words` before the "than", and before that, past at most `most_bound_fillers` of
// `bound_fillers`, one of `bound_negators`. Without a negator ("less than grade 4") "than"
// denies. A bound from above over a lower grade is the next grade up, as "grade 3+" is: "worse
// than grade 3", "more than grade 3" (one of `higher_words` then "than").
inline constexpr auto lower_words = std::to_array<std::string_view>(
    {"less", "lower", "lesser", "below", "under", "smaller", "short", "milder"});
inline constexpr auto higher_words =
    std::to_array<std::string_view>({"more", "worse", "greater", "higher", "above", "beyond"});
inline constexpr auto bound_negators = std::to_array<std::string_view>(
    {"not", "no", "nothing", "never", "cannot", "cant", "t", "none", "hardly"});
// Between a bound's word and "than": "no less severe than grade 4".
inline constexpr auto bound_adjectives = std::to_array<std::string_view>(
    {"severe", "serious", "significant", "extensive", "bad", "badly"});
inline constexpr auto bound_fillers =
    std::to_array<std::string_view>({"be", "is", "was", "been", "a", "an", "any", "possibly"});
inline constexpr std::size_t most_bound_fillers = 2;
// A grading word stated before its grade by words of being, changing or reporting: "grade should
// be 4", "grade changed to 4", "grade amended to 4", "grade revised to IV", "grade is now 4",
// "grade at least 4", "grade no less than 4", "grade changed from 2 to 4" (the worse of the two).
// Up to `most_stating_words` of these between; a negator in them must open a bound from below
// ("grade no less than 4"; "grade not 4" is not read), and a lower word without one is a bound
// from above ("grade less than 4": not read).
inline constexpr auto stating_words = std::to_array<std::string_view>(
    {"is",         "was",      "be",        "been",       "should",     "would",      "will",
     "must",       "could",    "now",       "actually",   "really",     "definitely", "changed",
     "amended",    "revised",  "corrected", "updated",    "altered",    "increased",  "raised",
     "escalated",  "bumped",   "moved",     "upgraded",   "reassessed", "to",         "as",
     "a",          "an",       "of",        "at",         "least",      "minimum",    "min",
     "from",       "then",     "therefore", "considered", "deemed",     "thought",    "reported",
     "documented", "recorded", "given",     "assessed",   "reads",      "read",       "says",
     "confirmed",  "on",       "mri",       "us",         "uss",        "scan",       "ultrasound",
     "imaging",    "likely",   "probably",  "possibly",   "maybe",      "perhaps",    "than",
     "less",       "lower",    "below",     "not",        "no",         "nothing",    "can",
     "cannot",     "t"});
inline constexpr std::size_t most_stating_words = 5;
// A grade alone restated after a grade named earlier in its sentence is a correction or a second
// opinion, the worse read: "grade 2 on US; MRI says 4", "grade 2 (radiologist says 4)", "grade 2
// is wrong, it's a 4", "grade 2, amended to 4", "grade 2, surgeon thinks IV". One of
// `restating_words` within `restating_reach` words before it (past `restating_fillers`), and the
// words of being ("is", "was", "'s") only after a subject of `restated_subjects` ("it's a 4",
// "this is a 4"; not "pain is 4"); never with a scale word in the clause ("VAS now 4").
inline constexpr auto restating_words = std::to_array<std::string_view>(
    {"says",     "said",       "say",        "reads",     "reported",    "reports",
     "shows",    "showed",     "shown",      "calls",     "called",      "thinks",
     "thought",  "feels",      "felt",       "reckons",   "suggests",    "suggested",
     "confirms", "confirmed",  "grades",     "considers", "considered",  "regards",
     "deems",    "deemed",     "changed",    "amended",   "revised",     "corrected",
     "updated",  "altered",    "increased",  "raised",    "escalated",   "bumped",
     "actually", "really",     "rather",     "be",        "now",         "correction",
     "update",   "amendment",  "revision",   "addendum",  "radiologist", "radiology",
     "surgeon",  "consultant", "specialist", "doctor",    "dr",          "physician",
     "opinion",  "mri",        "us",         "uss",       "ultrasound",  "scan",
     "ct",       "imaging"});
// A grade alone followed by its source is restated too: "grade 2 per US, 4 per MRI", "grade 2 on
// US, 4 on MRI" (one of these, then one of restating_words within two words).
inline constexpr auto source_links =
    std::to_array<std::string_view>({"per", "on", "by", "from", "according", "via"});
inline constexpr auto being_restated = std::to_array<std::string_view>({"is", "was", "s"});
inline constexpr auto restated_subjects = std::to_array<std::string_view>(
    {"it", "this", "that", "which", "tear", "injury", "lesion", "strain", "grade", "grading", "mri",
     "scan", "us", "uss", "ultrasound", "what"});
inline constexpr auto restating_fillers = std::to_array<std::string_view>(
    {"a",          "an",      "to",   "it",    "its", "probably", "likely",
     "definitely", "clearly", "more", "like",  "as",  "grade",    "at",
     "least",      "should",  "must", "would", "the", "states"});
inline constexpr std::size_t restating_reach = 4;
// Words that may stand between two grades of a doubt, beyond alternative_words and doubt_words:
// "grade 2, maybe a 4", "grade 3 going on 4", "grade 3 with possible progression to 4",
// "between grade 3 and 4" ("and" only after "between"). A second grade reached past one of these
// ends its clause or names the tear ("grade 3, progressing to 4 nordics" is no grade).
inline constexpr auto progression_words = std::to_array<std::string_view>(
    {"a",          "an",          "going",         "on",          "verging",
     "bordering",  "borderline",  "approaching",   "heading",     "towards",
     "toward",     "with",        "progression",   "progressing", "progress",
     "evolving",   "becoming",    "potential",     "risk",        "of",
     "into",       "even",        "nearer",        "closer",      "more",
     "like",       "almost",      "nearly",        "edging",      "tending",
     "possibly",   "perhaps",     "could",         "be",          "might",
     "may",        "potentially", "conceivably",   "rising",      "moving",
     "increasing", "worsening",   "deteriorating", "the",         "cusp",
     "verge",      "brink",       "edge",          "border",      "if",
     "not"});
inline constexpr std::size_t most_range_words = 5;
inline constexpr std::string_view between_word = "between";
// Joiners a grading word may take before its grade beyond the plain ones: an underscore
// ("grade_4") and quotation marks ("grade \"4\"", "grade \u00AB4\u00BB").
inline constexpr std::string_view grade_joiners = " :=(-.?#_\"'[{";
// Severity out of four is a BAMIC grade: "severity: 4/4", "severity 4 of 4", "severity 4 out of
// 4" (a scale of four: 4/4 is the top, a complete tear).
inline constexpr auto severity_words = std::to_array<std::string_view>({"severity", "sev"});
// After a denial trailing the grade, one of these makes it "nothing else": "grade 4: nil else",
// "grade 4: none other", "grade 4, no other findings".
inline constexpr auto else_words =
    std::to_array<std::string_view>({"else", "other", "others", "more", "further", "besides",
                                     "additional", "beyond", "otherwise", "extra"});
// "grade 4 not seen by surgeon yet": not seen by a person is not a finding of imaging; one of
// these after the denial, in its clause, leaves it open.
inline constexpr auto not_yet_words = std::to_array<std::string_view>({"yet", "so", "still"});
// A complete tear by its extent: "tear: complete", "extent: complete", "thickness: full",
// "full-width tear", "tear through the entire width", "through-and-through tear", "torn 100%",
// "tear extent 100%", "100% of the cross-section torn", "entire cross-section involved". Not
// "depth" (a squat's) nor "length" (a tear may run the full length and not be complete).
inline constexpr auto extent_words = std::to_array<std::string_view>(
    {"extent", "thickness", "width", "cross", "section", "crosssection", "diameter",
     "circumference", "calibre", "caliber"});
// A verb of spanning before the whole extent: "tear involves the full width of the muscle".
inline constexpr auto spanning_words =
    std::to_array<std::string_view>({"involves", "involving", "involved", "involve", "spans",
                                     "spanning", "traverses", "traversing"});
inline constexpr auto through_words =
    std::to_array<std::string_view>({"through", "thru", "across"});
// Every fibre torn: "all fibres torn", "fibres: all torn", "no intact fibres".
inline constexpr auto fibre_words =
    std::to_array<std::string_view>({"fibre", "fibres", "fiber", "fibers"});
inline constexpr auto intact_words = std::to_array<std::string_view>(
    {"intact", "remaining", "residual", "continuous", "surviving", "preserved"});
inline constexpr auto involved_words = std::to_array<std::string_view>(
    {"involved", "involving", "involvement", "torn", "disrupted", "ruptured", "affected", "divided",
     "transected", "severed", "tear", "rupture", "disruption", "discontinuity"});
inline constexpr auto percent_words = std::to_array<std::string_view>({"percent", "pct"});
// Words that make "100%" a measure of recovery, not of the tear: "tear 100% healed", "strength
// 100%".
inline constexpr auto recovery_words = std::to_array<std::string_view>(
    {"heal*",     "recover*", "resolv*",    "repair*",   "strength",  "rom",     "range",
     "function*", "sprint*",  "speed",      "effort",    "intensity", "load*",   "pace",
     "capacity",  "fit",      "fitness",    "back",      "return*",   "rtp",     "rts",
     "effort*",   "max*",     "compliance", "adherence", "pain*",     "improv*", "better",
     "normal*",   "symmetr*", "lsi",        "nordic*",   "hop*"});
// A grade of a manual therapy or an exercise, not the tear's: "Grade 4 mobilisations", "G4
// mobs", "Maitland grade IV", "grade IV joint mobs to lumbar spine", "grade 4 exercise
// progression", "grade 4 of the running program", "progressed to grade 4 nordics", "Nordic grade
// 4 progression", "gym grade 4 membership". One of `exercise_after` after the grade past
// `exercise_fillers` only (at most `most_exercise_fillers`), with nothing but blanks between the
// grade and the next word ("Grade 4 - exercise progression paused" is a label: read), or one of
// `exercise_before` right before the grading word, with no tear's noun after the grade.
inline constexpr auto exercise_after = std::to_array<std::string_view>(
    {"mobilisation*", "mobilization*", "mob",       "mobs",         "mobes",     "mobilis*",
     "mobiliz*",      "manip*",        "glide*",    "oscillation*", "thrust*",   "mwm",
     "traction",      "exercise*",     "exercis*",  "progression*", "program*",  "programme*",
     "nordic*",       "nhe",           "drill*",    "plan",         "protocol*", "membership",
     "class*",        "workout*",      "circuit*",  "stage*",       "routine*",  "bridge*",
     "slider*",       "rdl*",          "deadlift*", "squat*",       "lunge*",    "plank*",
     "curl*",         "stretch*",      "pa",        "pas",          "aps",       "pivots"});
inline constexpr auto exercise_before = std::to_array<std::string_view>(
    {"maitland", "kaltenborn", "mulligan", "nordic*", "gym", "exercise*", "running", "program*",
     "programme*", "drill*", "mob", "mobs", "mobilisation*", "mobilization*", "manual", "strength",
     "pa", "ap"});
inline constexpr auto exercise_fillers = std::to_array<std::string_view>(
    {"joint",     "joints",    "spinal",    "spine",     "lumbar",   "thoracic", "cervical",
     "hip",       "knee",      "sij",       "pa",        "ap",       "central",  "unilateral",
     "accessory", "lateral",   "medial",    "posterior", "anterior", "of",       "the",
     "running",   "eccentric", "isometric", "loading"});
inline constexpr std::size_t most_exercise_fillers = 3;
// After "of" the grade is of what follows, up to `most_graded_words` words that are not the
// tear's or the muscle's ("grade 4 of the return to run programme"; not "grade 4 of the biceps
// femoris").
inline constexpr std::size_t most_graded_words = 5;
// A grade of the other leg is the history of another injury, as a dated one is (a warning, the
// recorded grade decides): "grade 4 on the other leg", "grade 4 contralateral", "contralateral
// grade 4", "opposite side: grade 4".
inline constexpr auto other_side_words =
    std::to_array<std::string_view>({"contralateral", "contralat"});
// "contra" only before a side's word: "contra leg"; not "contra-indicated".
inline constexpr auto other_words =
    std::to_array<std::string_view>({"other", "opposite", "contra"});
inline constexpr auto side_words = std::to_array<std::string_view>(
    {"leg", "legs", "side", "limb", "thigh", "hamstring", "hamstrings", "hammy"});
inline constexpr auto other_side_fillers = std::to_array<std::string_view>(
    {"on", "in", "of", "to", "the", "a", "an", "tear", "tears", "strain", "injury", "hamstring"});
inline constexpr std::size_t most_other_side_fillers = 5;
// "previous injury was grade 4": a dating word, then the injury named and a word of being.
inline constexpr auto history_fillers = std::to_array<std::string_view>(
    {"injury", "injuries", "tear", "tears",  "strain", "strains", "episode", "one",
     "was",    "were",     "had",  "been",   "a",      "an",      "the",     "hamstring",
     "left",   "right",    "is",   "graded", "as",     "of",      "tendon",  "muscle"});
inline constexpr std::size_t most_history_fillers = 4;
// "neither grade 3c nor 4": both grades denied.
inline constexpr auto neither_words = std::to_array<std::string_view>({"neither", "nor"});

}  // namespace coach::json::detail::grade_words
