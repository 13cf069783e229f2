// Red flags written in words, the thirty-third stop's trial
// (engine/src/json/red_flag_vocabulary.hpp): a denial doubted before it is no denial ("probably no
// numbness", "? no palpable gap"), an exception or a recurrence opening the next sentence undoes a
// denial or a resolution ("No numbness. Except at night.", "tingling resolved. Recurs at night."),
// and words the reader did not know name a flag (the tendon off the ischium, refusing to weight
// bear, elbow crutches as "EC", weak toe extension, prickling); exercises named after a gap, a
// treatment avoided and crutches no longer needed name none. Each wording is decoded in a record
// whose assessment records every red flag false (affirmed: a contradiction warning, the flag read
// present) or none (ordinary: no problem, no warning).
#include <gtest/gtest.h>

#include <array>
#include <string>
#include <vector>

#include "coach/json.hpp"
#include "red_flag_notes.hpp"

using coach::test::all_flags_false;
using coach::test::contradiction;
using coach::test::decode_saying;
using coach::test::warnings_of;

namespace {

using Rows = std::vector<std::array<std::string, 3>>;

// Each row's note affirms its flag (quoting the row's words): the one warning is the
// contradiction, and the flag is read present.
void expect_affirmed(const Rows& rows) {
    for (const auto& [note, quoted, flag] : rows) {
        coach::test::expect_affirmed(note, quoted, flag);
    }
}

// `note` affirms both nerve flags, quoting `quoted`.
void expect_nerve_flags(const std::string& note, const std::string& quoted) {
    const auto decoded = decode_saying(note, all_flags_false);
    ASSERT_TRUE(decoded.value) << note;
    EXPECT_EQ(warnings_of(decoded),
              std::vector<std::string>{
                  contradiction(quoted, "symptoms.numbness false and symptoms.tingling false")})
        << note;
}

// Each note is ordinary words: nothing refused with no symptom recorded, no contradiction.
void expect_ordinary(const std::vector<std::string>& notes) {
    for (const auto& note : notes) {
        const auto unrecorded = decode_saying(note, "{}");
        EXPECT_TRUE(unrecorded.problems.empty())
            << note << ": " << unrecorded.problems[0].to_string();
        const auto recorded = decode_saying(note, all_flags_false);
        ASSERT_TRUE(recorded.value) << note;
        EXPECT_TRUE(recorded.warnings.empty()) << note << ": " << recorded.warnings[0].to_string();
    }
}

// Each note says no more than the record's "absent" answers: no contradiction.
void expect_no_contradiction(const std::vector<std::string>& notes) {
    for (const auto& note : notes) {
        const auto recorded = decode_saying(note, all_flags_false);
        ASSERT_TRUE(recorded.value) << note;
        EXPECT_TRUE(recorded.warnings.empty()) << note << ": " << recorded.warnings[0].to_string();
    }
}

}  // namespace

// "probably no numbness": the denial is doubted, so the flag stands.
TEST(red_flag_trial_thirty_three, a_denial_doubted_before_it_is_a_flag) {
    expect_affirmed({{"probably no numbness", "numbness", "numbness"},
                     {"likely no tingling", "tingling", "tingling"},
                     {"? no palpable gap", "palpable gap", "palpable_gap"},
                     {"?no numbness", "numbness", "numbness"},
                     {"I think no tingling", "tingling", "tingling"},
                     {"mostly no numbness", "numbness", "numbness"}});
    // A doubt elsewhere in the sentence, or a plain denial, leaves the denial whole.
    expect_ordinary({"no numbness", "no numbness, probably a tight hamstring",
                     "unlikely to need MRI, no numbness"});
}

// "No numbness. Except at night.": the next sentence takes the denial back.
TEST(red_flag_trial_thirty_three, an_exception_opening_the_next_sentence_is_a_flag) {
    expect_affirmed({{"No numbness. Except at night.", "numbness", "numbness"},
                     {"No tingling. Only when driving.", "tingling", "tingling"},
                     {"Numbness resolved. Except in the mornings.", "Numbness", "numbness"},
                     {"no numbness; unless sitting long", "numbness", "numbness"}});
    // A contrast about another matter, a gym's bar, or a comma after the word, is no exception.
    expect_ordinary({"No numbness. But hamstring still tight.", "no numbness; bar work from week 2",
                     "No numbness. However, review in two weeks."});
}

// "tingling resolved. Recurs at night.": a recurrence in the next sentence wins.
TEST(red_flag_trial_thirty_three, a_recurrence_in_the_next_sentence_is_a_flag) {
    expect_affirmed({{"tingling resolved. Recurs at night.", "tingling", "tingling"},
                     {"Numbness settled. Relapsed yesterday.", "Numbness", "numbness"},
                     {"numbness gone. Returns when sitting.", "numbness", "numbness"},
                     {"Numbness resolved. Returns on slump.", "Numbness", "numbness"}});
    // A return to training is where the athlete went, not the flag: the resolution answers.
    expect_no_contradiction({"numbness resolved, returned to training",
                             "tingling resolved. Returns to running Monday."});
}

// "No gap felt. But tender hollow at the ischium.": the hollow is a gap of its own.
TEST(red_flag_trial_thirty_three, the_tendon_off_or_a_hollow_at_the_ischium_is_a_gap) {
    expect_affirmed(
        {{"No gap felt. But tender hollow at the ischium.", "hollow at the ischium",
          "palpable_gap"},
         {"conjoint tendon off the ischium", "off the ischium", "palpable_gap"},
         {"tendon pulled away from the ischium", "away from the ischium", "palpable_gap"},
         {"pulled off the ischial tuberosity", "pulled off the ischial tuberosity",
          "palpable_gap"}});
    expect_ordinary({"tender over the ischium", "sitting on the ischium hurts"});
}

TEST(red_flag_trial_thirty_three,
     refusing_to_weight_bear_and_elbow_crutches_are_not_bearing_weight) {
    expect_affirmed(
        {{"refuses to weight bear", "refuses to weight", "unable_to_bear_weight"},
         {"refusing to walk", "refusing to walk", "unable_to_bear_weight"},
         {"declines to bear weight", "declines to bear", "unable_to_bear_weight"},
         {"mobilises with 2 EC", "mobilises with 2 EC", "unable_to_bear_weight"},
         {"walks with bilateral EC", "with bilateral EC", "unable_to_bear_weight"},
         {"mobilises with one stick", "mobilises with one stick", "unable_to_bear_weight"}});
    expect_affirmed({{"refusing WB on the left", "refusing WB", "unable_to_bear_weight"}});
    // Refusing something else, or pain declining, is not refusing to bear weight.
    expect_ordinary({"pain declined when walking", "refused MRI walking normally",
                     "EC hamstring curls with a band"});
}

TEST(red_flag_trial_thirty_three, weak_toe_extension_and_prickling_are_nerve_signs) {
    expect_nerve_flags("weak toe extension", "weak toe");
    expect_nerve_flags("great toe extension weak", "toe extension weak");
    expect_nerve_flags("weak hallux extension", "weak hallux");
    expect_nerve_flags("foot drop", "foot drop");
    expect_affirmed({{"prickling in the foot", "prickling", "tingling"},
                     {"pricking sensation in the toes", "pricking", "tingling"},
                     {"fizzing in the foot", "fizzing in the foot", "tingling"}});
    expect_ordinary({"weak hip extension", "weak toe raises", "toe touches 3x10"});
}

// Exercises named after a gap, a treatment avoided and crutches needed no more are no flag.
TEST(red_flag_trial_thirty_three,
     exercises_a_treatment_avoided_and_crutches_not_needed_are_no_flag) {
    expect_ordinary({"step-off drill", "box step-off landing 3x5", "step off drills",
                     "retraction drills for the scapula", "scapular retraction holds",
                     "needles avoided", "needles were avoided today"});
    expect_no_contradiction({"crutches no longer needed", "crutches are no longer needed",
                             "crutches not required", "crutches unnecessary now"});
    // A step-off felt at the site still is (a retracted tendon is a grade 4 tear since trial 34).
    expect_affirmed({{"step-off felt at the ischium", "step-off", "palpable_gap"},
                     {"crutches still needed", "crutches", "unable_to_bear_weight"}});
}

// "Tingling resolved last week.": when the flag resolved is part of the resolution, not the flag
// still there; a return after it still is. A date is one already passed: the note is of
// 2026-10-02, so "resolved on 3 Oct" would be to come (trial 39: red_flag_trial_39_kinds_test).
TEST(red_flag_trial_thirty_three, a_time_after_a_resolution_is_part_of_it) {
    expect_no_contradiction({"Tingling resolved last week.", "numbness resolved 2 days ago",
                             "tingling settled yesterday", "Numbness resolved on 1 Oct.",
                             "tingling gone since Monday", "numbness resolved a week ago",
                             "tingling resolved over the last week", "numbness resolved last month",
                             "tingling resolved earlier this week",
                             "numbness resolved 3 weeks ago, walking normally"});
    expect_affirmed(
        {{"Tingling resolved last week, back today", "Tingling", "tingling"},
         {"numbness resolved 2 days ago, returned this morning", "numbness", "numbness"},
         {"tingling settled yesterday. Recurs at night.", "tingling", "tingling"},
         {"Tingling resolved 2 days ago. Back today.", "Tingling", "tingling"},
         {"numbness resolved last week but back today", "numbness", "numbness"},
         {"numbness resolved last week in the thigh", "numbness", "numbness"}});
}

// "with EC nordics": elbow crutches written "EC" before an exercise's name are that exercise's
// variant, not a walking aid; before anything else they still are.
TEST(red_flag_trial_thirty_three, ec_before_an_exercise_name_is_no_walking_aid) {
    expect_ordinary({"with EC nordics", "with EC nordic holds 3x5", "using EC RDLs",
                     "with EC bridges", "with EC sliders", "EC deadlifts 3x8"});
    expect_affirmed({{"walks with EC, nordics next week", "walks with EC", "unable_to_bear_weight"},
                     {"mobilises with 2 EC", "mobilises with 2 EC", "unable_to_bear_weight"}});
}
