// Trial 35's kinds of fault in red flags in notes, run through `coach compare` as the trial ran
// them: a red-flag question answered with a hedge ("Gap? Unsure.") or with partial weight bearing
// ("Weight bearing? Partial.") withholds every plan, with one warning quoting the words; a strong
// denial ("Numbness? Never.") and another person's walking aid ("Dad on crutches") withhold none
// and warn of nothing. Each record's assessment records every red flag false.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support.hpp"

using coach::test::lines;
using coach::test::run_coach;

namespace {

std::string fixture(const std::string& name) {
    return std::string{COACH_TEST_FIXTURES_DIR} + "/athletes/red_flags/" + name;
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

}  // namespace

TEST(red_flag_trial_35_compare, a_gap_left_unsure_withholds_every_plan) {
    expect_every_plan_withheld("trial35_gap_unsure.json", "Gap? Unsure",
                               "symptoms.palpable_gap false");
}

TEST(red_flag_trial_35_compare, partial_weight_bearing_withholds_every_plan) {
    expect_every_plan_withheld("trial35_weight_bearing_partial.json", "Weight bearing? Partial",
                               "symptoms.unable_to_bear_weight false");
}

TEST(red_flag_trial_35_compare, numbness_never_withholds_no_plan) {
    expect_every_plan_made("trial35_numbness_never.json");
}

TEST(red_flag_trial_35_compare, another_persons_crutches_withhold_no_plan) {
    expect_every_plan_made("trial35_dad_on_crutches.json");
}
