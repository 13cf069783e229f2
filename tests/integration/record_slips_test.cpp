// Slips in a record that plans can still be made from: each is a warning naming its JSON pointer
// (exit 0), and `coach check --strict` refuses the record (exit 2), as for other warnings.
#include <gtest/gtest.h>

#include <string>

#include "support.hpp"

using coach::test::run_coach;

namespace {

const std::string dir = COACH_TEST_FIXTURES_DIR "/athletes/slips/";

TEST(record_slips, a_goal_dated_before_the_injury_is_warned_of_at_its_pointer) {
    const std::string record = dir + "goal-before-injury.json";
    const auto check = run_coach("check " + record);
    EXPECT_EQ(check.exit_code, 0) << check.err;
    EXPECT_EQ(check.err, "coach: warning: " + record
                             + ": /goal/date: 2020-01-15 is before the injury date 2026-10-01: a "
                               "goal lies after the injury\n");
    const auto strict = run_coach("check --strict " + record);
    EXPECT_EQ(strict.exit_code, 2);
    EXPECT_NE(strict.err.find("/goal/date: 2020-01-15 is before the injury date"),
              std::string::npos)
        << strict.err;
}

TEST(record_slips, no_sets_in_a_completed_session_is_warned_of_at_its_pointer) {
    const std::string record = dir + "no-sets-in-a-completed-session.json";
    const auto plan = run_coach("plan -p eccentric-strength --format json " + record);
    EXPECT_EQ(plan.exit_code, 0) << plan.err;
    EXPECT_EQ(plan.err, "coach: warning: " + record
                            + ": /log/0/items/0/sets: 0 sets in a completed session: give the "
                              "sets done, or leave the item out\n");
    EXPECT_EQ(run_coach("check --strict " + record).exit_code, 2);
}

// Held out: a session stopped early may have done none of an item's sets; nothing to warn of.
TEST(record_slips, no_sets_in_a_stopped_session_is_no_slip) {
    const auto check = run_coach("check " + dir + "no-sets-in-a-stopped-session.json");
    EXPECT_EQ(check.exit_code, 0);
    EXPECT_EQ(check.err, "");
}

}  // namespace
