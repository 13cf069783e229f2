// The thirty-second stop's trial records, run through `coach check` as a user would: a denial or
// a resolution that other words qualify ("numbness has resolved, mostly", "no significant
// numbness", "no numbness (heel only)") stops every plan although the record says the flag is
// absent, as do other words for not bearing weight, a tendon off its bone and the nerve's signs,
// with a warning that quotes the words; plain denials with neutral words after them, a tingle of
// feeling and an exercise's compound name stop nothing.
#include <gtest/gtest.h>

#include <string>

#include "red_flag_stop.hpp"
#include "support.hpp"

using coach::test::expect_red_flag_stop;
using coach::test::run_coach;

namespace {

std::string fixture(const std::string& name) {
    return std::string{COACH_TEST_FIXTURES_DIR} + "/athletes/red_flags/" + name;
}

const std::string this_assessment = "this assessment";

}  // namespace

TEST(red_flag_trial_thirty_two, numbness_resolved_mostly_stops_every_plan) {
    expect_red_flag_stop("trial32_numbness_resolved_mostly.json", "/assessments/0/notes",
                         "numbness", this_assessment, "symptoms.numbness false", "numbness");
}

TEST(red_flag_trial_thirty_two, no_significant_numbness_stops_every_plan) {
    expect_red_flag_stop("trial32_no_significant_numbness.json", "/assessments/0/notes", "numbness",
                         this_assessment, "symptoms.numbness false", "numbness");
}

TEST(red_flag_trial_thirty_two, numbness_denied_but_for_the_heel_in_brackets_stops_every_plan) {
    expect_red_flag_stop("trial32_numbness_denied_heel_only.json", "/assessments/0/notes",
                         "numbness", this_assessment, "symptoms.numbness false", "numbness");
}

TEST(red_flag_trial_thirty_two, keeping_weight_off_the_leg_stops_every_plan) {
    expect_red_flag_stop("trial32_keeping_weight_off_the_leg.json", "/assessments/0/notes",
                         "weight off", this_assessment, "symptoms.unable_to_bear_weight false",
                         "unable to bear weight");
}

TEST(red_flag_trial_thirty_two, tendon_torn_off_the_sitting_bone_stops_every_plan) {
    expect_red_flag_stop("trial32_torn_off_the_sitting_bone.json", "/assessments/0/notes",
                         "off the sitting bone", this_assessment, "symptoms.palpable_gap false",
                         "a palpable gap at the injury site");
}

TEST(red_flag_trial_thirty_two, foot_slapping_gait_stops_every_plan) {
    expect_red_flag_stop("trial32_foot_slapping_gait.json", "/assessments/0/notes", "foot slapping",
                         this_assessment, "symptoms.numbness false and symptoms.tingling false",
                         "numbness and tingling");
}

// "no numbness in the left foot or leg. no tingling at any time. no crutches needed. tingling of
// excitement before the game. completed the tear-drop drill. sciatic nerve flossing 2x10.", every
// flag recorded false: valid, no warning, and no stop.
TEST(red_flag_trial_thirty_two, plain_denials_and_false_alarms_stop_nothing) {
    const auto path = fixture("trial32_plain_denials_and_false_alarms.json");
    const auto checked = run_coach("--width 1000 check --strict " + path);
    EXPECT_EQ(checked.exit_code, 0) << checked.err;
    EXPECT_EQ(checked.err, "");
    EXPECT_NE(checked.out.find("trial32_plain_denials_and_false_alarms.json: ok:"),
              std::string::npos)
        << checked.out;
    EXPECT_EQ(checked.out.find(": stop:"), std::string::npos) << checked.out;
}
