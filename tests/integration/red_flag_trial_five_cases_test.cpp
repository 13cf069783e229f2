// The fifth user trial's records, run through `coach check` as a user would: words that say a
// nerve symptom persists ("numbness no better") or came back after a denial ("numbness denied
// yesterday, present today") stop every plan although the assessment records it false; a walking
// aid of the past, "no walking aids" and "numbness: none reported" stop nothing.
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

// `coach check` of `path`, whose assessment records numbness false and whose note `quoted`
// affirms it: the contradiction warning, and the stop.
void expect_numbness_stops(const std::string& path, const std::string& quoted) {
    const auto checked = run_coach("--width 1000 check " + path);
    EXPECT_EQ(checked.exit_code, 0) << checked.err;
    EXPECT_EQ(lines(checked.err),
              std::vector<std::string>{
                  "coach: warning: " + path + ": /assessments/0/notes: mentions \"" + quoted
                  + "\", but this assessment records symptoms.numbness false: the words "
                    "contradict the record, and the red flag is read as present (red flags win); "
                    "correct the one that is wrong"});
    EXPECT_NE(checked.out.find(": stop: numbness recorded on 2026-10-02 and not lifted since"),
              std::string::npos)
        << checked.out;
    EXPECT_EQ(run_coach("check --strict " + path).exit_code, 2);
}

}  // namespace

TEST(red_flag_trial_five, numbness_no_better_stops_every_plan) {
    expect_numbness_stops(fixture("trial5_numbness_no_better.json"), "numbness");
}

TEST(red_flag_trial_five, numbness_denied_then_present_stops_every_plan) {
    expect_numbness_stops(fixture("trial5_numbness_denied_then_present.json"), "numbness");
}

// "crutches until day 3" (written on day 5), "discharged from crutches", "stopped using
// crutches", "no walking aids", "numbness: none reported", every flag recorded false: valid, no
// warning, and no stop.
TEST(red_flag_trial_five, past_walking_aids_and_a_denial_reported_stop_nothing) {
    const auto path = fixture("trial5_false_alarms.json");
    const auto checked = run_coach("--width 1000 check --strict " + path);
    EXPECT_EQ(checked.exit_code, 0) << checked.err;
    EXPECT_EQ(checked.err, "");
    EXPECT_NE(checked.out.find("trial5_false_alarms.json: ok:"), std::string::npos) << checked.out;
    EXPECT_EQ(checked.out.find(": stop:"), std::string::npos) << checked.out;
}
