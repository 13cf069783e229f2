// Red flags written in words, the thirty-second stop's trial (engine/src/json/red_flag_clause.hpp
// and red_flag_vocabulary.hpp): a denial or a resolution answers a mention only in its strict
// form, when every word after it is accounted for; other words for not bearing weight, for a gap
// or an avulsion and for the nerve's signs affirm their flag; a tingle of feeling and an
// exercise's compound name are no flag. Each wording is decoded in a record whose assessment
// records every red flag false (affirmed: a contradiction warning quoting the words, the flag
// read present) or none (ordinary: no problem, no warning).
#include <gtest/gtest.h>

#include <array>
#include <string>
#include <vector>

#include "coach/json.hpp"
#include "red_flag_notes.hpp"

using coach::json::decode_athlete;
using coach::test::all_flags_false;
using coach::test::contradiction;
using coach::test::decode_saying;
using coach::test::warnings_of;

namespace {

const std::string numbness = "symptoms.numbness false";
const std::string nerves = "symptoms.numbness false and symptoms.tingling false";
const std::string weight = "symptoms.unable_to_bear_weight false";
const std::string gap = "symptoms.palpable_gap false";

// `note` affirms what `records` says is absent, quoting `quoted`: the one warning is the
// contradiction.
void expect_affirmed(const std::string& note, const std::string& quoted,
                     const std::string& records) {
    const auto decoded = decode_saying(note, all_flags_false);
    ASSERT_TRUE(decoded.value) << note << ": " << decoded.problems.front().to_string();
    EXPECT_EQ(warnings_of(decoded), std::vector<std::string>{contradiction(quoted, records)})
        << note;
}

// Each {note, quoted} affirms numbness recorded false.
void expect_numbness_affirmed(const std::vector<std::array<std::string, 2>>& notes) {
    for (const auto& [note, quoted] : notes) {
        expect_affirmed(note, quoted, numbness);
    }
}

// `note` is no contradiction of a record of every flag as absent.
void expect_no_contradiction(const std::string& note) {
    const auto recorded = decode_saying(note, all_flags_false);
    ASSERT_TRUE(recorded.value) << note;
    EXPECT_TRUE(recorded.warnings.empty()) << note << ": " << warnings_of(recorded).front();
    EXPECT_EQ(recorded.value->athlete.assessments[0].symptoms.numbness, coach::Finding::absent)
        << note;
}

// `note` names no flag at all: nothing refused with no symptom recorded, no contradiction.
void expect_ordinary(const std::string& note) {
    const auto unrecorded = decode_saying(note, "{}");
    EXPECT_TRUE(unrecorded.problems.empty()) << note << ": " << unrecorded.problems[0].to_string();
    expect_no_contradiction(note);
}

}  // namespace

// "no significant numbness", "not much numbness": a word of degree qualifies the denial.
TEST(red_flag_strict_denial, a_qualifier_before_the_flag_leaves_it_standing) {
    expect_numbness_affirmed({{"no significant numbness", "numbness"},
                              {"no real numbness", "numbness"},
                              {"not much numbness", "numbness"},
                              {"no major numbness", "numbness"}});
}

// Words after the denial in its clause that are not neutral: an exception, a condition, a
// qualifier, a place a resolution is limited to, a number.
TEST(red_flag_strict_denial, words_after_the_denial_that_qualify_it_leave_the_flag_standing) {
    expect_numbness_affirmed({{"no numbness to speak of", "numbness"},
                              {"no numbness that he can tell", "numbness"},
                              {"no numbness outside of the heel", "numbness"},
                              {"no numbness beyond a little in the toes", "numbness"},
                              {"no numbness if not sitting", "numbness"},
                              {"no numbness - heel only", "numbness"},
                              {"no numbness\u2014only the heel", "numbness"},
                              {"numbness seems to have resolved", "numbness"},
                              {"numbness probably resolved", "numbness"},
                              {"numbness appears resolved", "numbness"},
                              {"numbness 90% resolved", "numbness"},
                              {"numbness resolved for the most part", "numbness"},
                              {"numbness resolved - partly", "numbness"},
                              {"numbness resolved in the thigh, persists in foot", "numbness"},
                              {"numbness gone from thigh, remains in foot", "numbness"}});
}

// Brackets, an ellipsis or a question right after the denial.
TEST(red_flag_strict_denial, brackets_an_ellipsis_or_a_question_after_it_leave_the_flag_standing) {
    expect_numbness_affirmed({{"no numbness (heel only)", "numbness"},
                              {"numbness resolved (partially)", "numbness"},
                              {"denies numbness (poor historian, query)", "numbness"},
                              {"nil numbness today (had it this morning)", "numbness"},
                              {"no numbness... or maybe a little", "numbness"},
                              {"no numbness whatsoever... until he sits", "numbness"},
                              {"no numbness? to check", "numbness"},
                              {"hard to say if numbness", "numbness"}});
}

// A later clause of the sentence that speaks of what is left of the flag.
TEST(red_flag_strict_denial, a_residue_in_a_later_clause_leaves_the_flag_standing) {
    expect_numbness_affirmed({{"no numbness, well, a little", "numbness"},
                              {"no numbness, mild only", "numbness"},
                              {"no numbness, albeit slight at the heel", "numbness"},
                              {"numbness has resolved, mostly", "numbness"},
                              {"no numbness currently; intermittent episodes", "numbness"},
                              {"numbness resolved, persists in the foot", "numbness"},
                              {"numbness resolved, still there in the foot", "numbness"}});
}

// Plain denials whose other words are neutral, or about another flag or matter, still deny.
TEST(red_flag_strict_denial, a_denial_with_only_neutral_words_after_it_still_denies) {
    for (const std::string note : {"no numbness today",
                                   "no numbness at rest",
                                   "no numbness on review",
                                   "no numbness in the left foot or leg",
                                   "no numbness or tingling reported today",
                                   "no numbness/tingling/weakness",
                                   "no numbness at any time",
                                   "numbness fully resolved",
                                   "numbness resolved completely",
                                   "numbness not present",
                                   "numbness - absent",
                                   "no numbness, no tingling, full weight bearing",
                                   "no numbness, pain no better",
                                   "numbness resolved, but hamstring still tight",
                                   "no crutches needed",
                                   "no proximal avulsion seen on MRI",
                                   "needles: none (no dry needling today)",
                                   "no new or worsening numbness",
                                   "did not need crutches",
                                   "off crutches since day 3",
                                   "no numbness since Monday"}) {
        expect_no_contradiction(note);
    }
}

// Not bearing weight, in the words of orders, aids and confinement.
TEST(red_flag_strict_denial, other_words_for_not_bearing_weight_affirm_it) {
    for (const auto& [note, quoted] : std::vector<std::array<std::string, 2>>{
             {"keeping weight off the leg", "weight off"},
             {"unable to load the leg in standing", "unable to load"},
             {"mobilising with a frame", "mobilising with a frame"},
             {"using a knee scooter", "knee scooter"},
             {"toe touching only", "touching only"},
             {"TWB", "TWB"},
             {"FFWB", "FFWB"},
             {"feather weight bearing", "feather weight"},
             {"limping heavily, can barely walk", "barely walk"},
             {"can hardly stand", "hardly stand"},
             {"unable to mobilise independently", "unable to mobilise"},
             {"mobility: nil", "mobility: nil"},
             {"bed bound", "bed bound"},
             {"housebound, can't manage stairs or walking", "housebound"}}) {
        expect_affirmed(note, quoted, weight);
    }
}

// A gap or an avulsion, in the words of the muscle bunched up and the tendon off its bone.
TEST(red_flag_strict_denial, other_words_for_a_gap_or_an_avulsion_affirm_it) {
    for (const auto& [note, quoted] : std::vector<std::array<std::string, 2>>{
             {"bunched-up muscle belly (Popeye sign)", "bunched-up"},
             {"balled-up muscle on contraction", "balled-up"},
             {"tendon pulled away from the bone", "away from the bone"},
             {"tendon torn off the sitting bone", "off the sitting bone"},
             {"bony fragment off ischium on X-ray", "bony fragment"},
             {"conjoint tendon torn from origin", "torn from origin"},
             {"tendon disrupted at origin", "disrupted at origin"},
             {"torn right through", "torn right through"},
             {"torn fully", "torn fully"}}) {
        expect_affirmed(note, quoted, gap);
    }
}

// The nerve's signs and symptoms: weakness of its muscles, reflexes lost, a burning, electric or
// sleeping limb, pain radiating to the foot, sciatica.
TEST(red_flag_strict_denial, the_nerves_signs_and_symptoms_affirm_both_nerve_flags) {
    for (const auto& [note, quoted] : std::vector<std::array<std::string, 2>>{
             {"decreased light touch sensation foot", "decreased light touch"},
             {"weak ankle dorsiflexion 3/5", "weak ankle dorsiflexion"},
             {"EHL weakness", "EHL weakness"},
             {"foot slapping gait", "foot slapping"},
             {"steppage gait", "steppage"},
             {"absent ankle jerk", "absent ankle jerk"},
             {"reflexes absent at ankle", "reflexes absent"},
             {"burning pain down the leg", "burning pain down"},
             {"electric shocks down the leg", "electric"},
             {"foot feels asleep", "foot feels asleep"},
             {"foot keeps going to sleep", "foot keeps going to sleep"},
             {"pain radiates to the heel", "radiates"},
             {"sciatica", "sciatica"},
             {"sciatic nerve irritation", "sciatic"},
             {"neural symptoms on slump", "neural"},
             {"slump reproduces symptoms", "slump reproduces"},
             {"dysesthesia", "dysesthesia"}}) {
        expect_affirmed(note, quoted, nerves);
    }
    expect_affirmed("buzzing in the foot", "buzzing in the foot", "symptoms.tingling false");
    expect_affirmed("formication in calf", "formication", "symptoms.tingling false");
    // Doubted or dated, they still ask only: the record answers them.
    for (const std::string note : {"history of sciatica", "sciatic nerve flossing 2x10",
                                   "slump reproduces hamstring pain"}) {
        expect_no_contradiction(note);
    }
}

// A tingle of feeling and an exercise's compound name are no red flag.
TEST(red_flag_strict_denial, a_tingle_of_feeling_or_a_compound_name_is_ordinary) {
    for (const std::string note :
         {"tingling of excitement before the game", "completed the tear-drop drill",
          "hopping drills completed pain-free", "frame by frame video analysis of sprint"}) {
        expect_ordinary(note);
    }
}
