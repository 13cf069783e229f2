// The thirty-third stop's trial records, run through `coach check` as a user would: a denial
// doubted before it ("probably no numbness", "? no palpable gap"), an exception or a recurrence
// opening the next sentence ("No numbness. Except at night.", "tingling resolved. Recurs at
// night.") and words the reader did not know (the tendon off the ischium, refusing to weight
// bear, elbow crutches as "EC", weak toe extension, prickling) stop every plan although the record
// says the flag is absent, with a warning that quotes the words; exercises named after a gap
// ("step-off drill", "retraction drills for the scapula"), "needles avoided" and "crutches no
// longer needed" stop nothing.
#include <gtest/gtest.h>

#include <string>

#include "red_flag_stop.hpp"
#include "support.hpp"

using coach::test::expect_red_flag_stop;
using coach::test::run_coach;

namespace {

const std::string notes = "/assessments/0/notes";
const std::string this_assessment = "this assessment";

}  // namespace

TEST(red_flag_trial_thirty_three, probably_no_numbness_stops_every_plan) {
    expect_red_flag_stop("trial33_probably_no_numbness.json", notes, "numbness", this_assessment,
                         "symptoms.numbness false", "numbness");
}

TEST(red_flag_trial_thirty_three, a_queried_denial_of_a_gap_stops_every_plan) {
    expect_red_flag_stop("trial33_no_palpable_gap_queried.json", notes, "palpable gap",
                         this_assessment, "symptoms.palpable_gap false",
                         "a palpable gap at the injury site");
}

TEST(red_flag_trial_thirty_three, an_exception_in_the_next_sentence_stops_every_plan) {
    expect_red_flag_stop("trial33_no_numbness_except_at_night.json", notes, "numbness",
                         this_assessment, "symptoms.numbness false", "numbness");
}

TEST(red_flag_trial_thirty_three, a_recurrence_in_the_next_sentence_stops_every_plan) {
    expect_red_flag_stop("trial33_tingling_resolved_recurs_at_night.json", notes, "tingling",
                         this_assessment, "symptoms.tingling false", "tingling");
}

TEST(red_flag_trial_thirty_three, a_hollow_at_the_ischium_after_a_denied_gap_stops_every_plan) {
    expect_red_flag_stop("trial33_no_gap_felt_but_hollow_at_the_ischium.json", notes,
                         "hollow at the ischium", this_assessment, "symptoms.palpable_gap false",
                         "a palpable gap at the injury site");
}

TEST(red_flag_trial_thirty_three, the_conjoint_tendon_off_the_ischium_stops_every_plan) {
    expect_red_flag_stop("trial33_conjoint_tendon_off_the_ischium.json", notes, "off the ischium",
                         this_assessment, "symptoms.palpable_gap false",
                         "a palpable gap at the injury site");
}

TEST(red_flag_trial_thirty_three, refusing_to_weight_bear_stops_every_plan) {
    expect_red_flag_stop("trial33_refuses_to_weight_bear.json", notes, "refuses to weight",
                         this_assessment, "symptoms.unable_to_bear_weight false",
                         "unable to bear weight");
}

TEST(red_flag_trial_thirty_three, elbow_crutches_written_ec_stop_every_plan) {
    expect_red_flag_stop("trial33_mobilises_with_2_ec.json", notes, "mobilises with 2 EC",
                         this_assessment, "symptoms.unable_to_bear_weight false",
                         "unable to bear weight");
}

TEST(red_flag_trial_thirty_three, weak_toe_extension_stops_every_plan) {
    expect_red_flag_stop("trial33_weak_toe_extension.json", notes, "weak toe", this_assessment,
                         "symptoms.numbness false and symptoms.tingling false",
                         "numbness and tingling");
}

TEST(red_flag_trial_thirty_three, prickling_in_the_foot_stops_every_plan) {
    expect_red_flag_stop("trial33_prickling_in_the_foot.json", notes, "prickling", this_assessment,
                         "symptoms.tingling false", "tingling");
}

// "step-off drill. retraction drills for the scapula. needles avoided. crutches no longer
// needed. no numbness or tingling. No numbness. But hamstring still tight.", every flag recorded
// false: valid under --strict, no warning, and no stop.
TEST(red_flag_trial_thirty_three,
     exercises_a_treatment_avoided_and_crutches_not_needed_stop_nothing) {
    const auto path = std::string{COACH_TEST_FIXTURES_DIR}
                      + "/athletes/red_flags/trial33_plain_denials_and_false_alarms.json";
    const auto checked = run_coach("--width 1000 check --strict " + path);
    EXPECT_EQ(checked.exit_code, 0) << checked.err;
    EXPECT_EQ(checked.err, "");
    EXPECT_NE(checked.out.find("trial33_plain_denials_and_false_alarms.json: ok:"),
              std::string::npos)
        << checked.out;
    EXPECT_EQ(checked.out.find(": stop:"), std::string::npos) << checked.out;
}
