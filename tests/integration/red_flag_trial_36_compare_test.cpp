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

#include "red_flag_stop.hpp"

namespace {

using coach::test::expect_every_plan_made;
using coach::test::expect_every_plan_withheld;

std::string fixture(const std::string& name) {
    return std::string{COACH_TEST_FIXTURES_DIR} + "/athletes/red_flags/trial36_" + name + ".json";
}

constexpr auto nerve_flags = "symptoms.numbness false and symptoms.tingling false";

}  // namespace

TEST(red_flag_trial_36_compare, a_gap_asked_twice_and_answered_yes_withholds_every_plan) {
    expect_every_plan_withheld(fixture("gap_asked_twice_yes"), "Gap?? yes",
                               "symptoms.palpable_gap false");
}

TEST(red_flag_trial_36_compare, fewer_than_four_steps_withhold_every_plan) {
    expect_every_plan_withheld(fixture("only_three_steps"), "only 3 steps",
                               "symptoms.unable_to_bear_weight false");
}

TEST(red_flag_trial_36_compare, sensation_asked_and_answered_altered_withholds_every_plan) {
    expect_every_plan_withheld(fixture("sensation_asked_altered"), "Sensation: Altered",
                               nerve_flags);
}

TEST(red_flag_trial_36_compare, dorsiflexion_graded_3_of_5_withholds_every_plan) {
    expect_every_plan_withheld(fixture("weak_ankle_df_3_of_5"), "Weak ankle DF", nerve_flags);
}

// A resolution on a day already passed, a defect not palpable, a complete tear doubted and
// shown partial on ultrasound.
TEST(red_flag_trial_36_compare, denials_and_dated_resolutions_withhold_no_plan) {
    for (const std::string name : {"numbness_resolved_day_1", "defect_none_palpable",
                                   "complete_tear_unlikely_partial_on_us"}) {
        expect_every_plan_made(fixture(name));
    }
}

// With no symptoms block, or a log note after the latest assessment: the words answer themselves
// ("Tingling settled by day 1", "Tingling settled by day 2, none since"), or name no red flag of
// this injury ("Ruptured Achilles 2015", a goal's event "numbness charity run").
TEST(red_flag_trial_36_compare, words_that_answer_themselves_need_no_symptom_recorded) {
    for (const std::string name :
         {"tingling_settled_by_day_1_no_symptoms", "log_tingling_settled_answered_by_assessment",
          "ruptured_achilles_2015_no_symptoms", "goal_named_numbness_charity_run"}) {
        expect_every_plan_made(fixture(name));
    }
}
