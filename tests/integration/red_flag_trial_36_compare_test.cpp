// Trial 36's kinds of fault in red flags in notes, run through `coach compare` as the trial ran
// them. A question asked twice and answered yes ("Gap?? yes"), fewer than four steps ("only 3
// steps"), a sensation asked of and answered altered, and weak dorsiflexion graded 3/5 withhold
// every plan, with one warning quoting the words. A resolution dated to a day already passed, a
// defect denied as not palpable, a complete tear doubted and shown partial, a goal named for a
// charity run and another body part's rupture years ago withhold none and warn of nothing, with
// or without a symptoms block; so does a log note's dated resolution the latest assessment
// answers. Each record's assessment records every red flag false unless it has no symptoms.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support.hpp"

using coach::test::lines;
using coach::test::run_coach;

namespace {

std::string fixture(const std::string& name) {
    return std::string{COACH_TEST_FIXTURES_DIR} + "/athletes/red_flags/trial36_" + name + ".json";
}

// `coach compare` of the fixture: every plan a referral, and the one warning that the words
// `quoted` contradict `records`.
void expect_every_plan_withheld(const std::string& name, const std::string& quoted,
                                const std::string& records) {
    const auto path = fixture(name);
    const auto compared = run_coach("compare --format json " + path);
    EXPECT_EQ(compared.exit_code, 0) << compared.err;
    EXPECT_EQ(
        lines(compared.err),
        std::vector<std::string>{"coach: warning: " + path + ": /assessments/0/notes: mentions \""
                                 + quoted + "\", but this assessment records " + records
                                 + ": the words contradict the record, and the red flag is "
                                   "read as present (red flags win); correct the one that "
                                   "is wrong"});
    EXPECT_NE(compared.out.find("\"status\": \"referral\""), std::string::npos) << compared.out;
    EXPECT_EQ(compared.out.find("\"status\": \"ok\""), std::string::npos) << compared.out;
}

// `coach compare` of the fixture: no plan withheld, nothing on standard error.
void expect_every_plan_made(const std::string& name) {
    const auto compared = run_coach("compare --format json " + fixture(name));
    EXPECT_EQ(compared.exit_code, 0) << compared.err;
    EXPECT_EQ(compared.err, "");
    EXPECT_NE(compared.out.find("\"status\": \"ok\""), std::string::npos) << compared.out;
    EXPECT_EQ(compared.out.find("\"status\": \"referral\""), std::string::npos) << compared.out;
}

constexpr auto nerve_flags = "symptoms.numbness false and symptoms.tingling false";

}  // namespace

TEST(red_flag_trial_36_compare, a_gap_asked_twice_and_answered_yes_withholds_every_plan) {
    expect_every_plan_withheld("gap_asked_twice_yes", "Gap?? yes", "symptoms.palpable_gap false");
}

TEST(red_flag_trial_36_compare, fewer_than_four_steps_withhold_every_plan) {
    expect_every_plan_withheld("only_three_steps", "only 3 steps",
                               "symptoms.unable_to_bear_weight false");
}

TEST(red_flag_trial_36_compare, sensation_asked_and_answered_altered_withholds_every_plan) {
    expect_every_plan_withheld("sensation_asked_altered", "Sensation: Altered", nerve_flags);
}

TEST(red_flag_trial_36_compare, dorsiflexion_graded_3_of_5_withholds_every_plan) {
    expect_every_plan_withheld("weak_ankle_df_3_of_5", "Weak ankle DF", nerve_flags);
}

TEST(red_flag_trial_36_compare, a_resolution_on_a_past_day_withholds_no_plan) {
    expect_every_plan_made("numbness_resolved_day_1");
}

TEST(red_flag_trial_36_compare, a_defect_none_palpable_withholds_no_plan) {
    expect_every_plan_made("defect_none_palpable");
}

TEST(red_flag_trial_36_compare, a_complete_tear_doubted_and_shown_partial_withholds_no_plan) {
    expect_every_plan_made("complete_tear_unlikely_partial_on_us");
}

// With no symptoms block: the words answer themselves, or name no red flag of this injury.
TEST(red_flag_trial_36_compare, a_resolution_with_its_day_needs_no_symptom_recorded) {
    expect_every_plan_made("tingling_settled_by_day_1_no_symptoms");
}

TEST(red_flag_trial_36_compare, another_parts_old_rupture_needs_no_symptom_recorded) {
    expect_every_plan_made("ruptured_achilles_2015_no_symptoms");
}

TEST(red_flag_trial_36_compare, a_log_notes_dated_resolution_needs_no_later_assessment) {
    expect_every_plan_made("log_tingling_settled_answered_by_assessment");
}

TEST(red_flag_trial_36_compare, a_goals_name_is_no_symptom) {
    expect_every_plan_made("goal_named_numbness_charity_run");
}
