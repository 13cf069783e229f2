// Trial 35's kinds of fault in red flags in notes, run through `coach compare` as the trial ran
// them: a red-flag question answered with a hedge ("Gap? Unsure.") or with partial weight bearing
// ("Weight bearing? Partial.") withholds every plan, with one warning quoting the words; a strong
// denial ("Numbness? Never.") and another person's walking aid ("Dad on crutches") withhold none
// and warn of nothing. Each record's assessment records every red flag false.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "red_flag_stop.hpp"

namespace {

using coach::test::expect_every_plan_made;
using coach::test::expect_every_plan_withheld;

std::string fixture(const std::string& name) {
    return std::string{COACH_TEST_FIXTURES_DIR} + "/athletes/red_flags/" + name;
}

}  // namespace

TEST(red_flag_trial_35_compare, a_gap_left_unsure_withholds_every_plan) {
    expect_every_plan_withheld(fixture("trial35_gap_unsure.json"), "Gap? Unsure",
                               "symptoms.palpable_gap false");
}

TEST(red_flag_trial_35_compare, partial_weight_bearing_withholds_every_plan) {
    expect_every_plan_withheld(fixture("trial35_weight_bearing_partial.json"),
                               "Weight bearing? Partial", "symptoms.unable_to_bear_weight false");
}

TEST(red_flag_trial_35_compare, numbness_never_withholds_no_plan) {
    expect_every_plan_made(fixture("trial35_numbness_never.json"));
}

TEST(red_flag_trial_35_compare, another_persons_crutches_withhold_no_plan) {
    expect_every_plan_made(fixture("trial35_dad_on_crutches.json"));
}
