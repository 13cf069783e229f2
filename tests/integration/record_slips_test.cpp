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

// Trial 36: a year typo in the record's last entry moved the plans' first day 335 days on, and
// `check` said nothing.
TEST(record_slips, a_last_entry_a_year_after_every_other_date_is_warned_of_at_its_pointer) {
    const std::string record = dir + "year-slip-in-the-last-entry.json";
    const auto check = run_coach("check " + record);
    EXPECT_EQ(check.exit_code, 0) << check.err;
    EXPECT_EQ(check.err, "coach: warning: " + record
                             + ": /log/0/date: 2027-09-01 is 333 days after every other date of "
                               "the record (the latest: 2026-10-03), and the plans start from it: "
                               "a slip of the year? (as_of sets the first day)\n");
    EXPECT_EQ(run_coach("check --strict " + record).exit_code, 2);
    const auto compare = run_coach("compare --format csv " + record);
    EXPECT_EQ(compare.exit_code, 0);
    EXPECT_NE(compare.err.find("/log/0/date: 2027-09-01 is 333 days after"), std::string::npos)
        << compare.err;
    // A record's as_of says where the plans start: the entry after it is dropped, with a note.
    const auto given = run_coach("check " + dir + "year-slip-after-as-of.json");
    EXPECT_EQ(given.exit_code, 0);
    EXPECT_EQ(given.err.find("slip of the year"), std::string::npos) << given.err;
}

// Held out: a record kept over months has dates between; its last entry is no slip.
TEST(record_slips, a_record_kept_over_months_is_no_slip) {
    const auto check = run_coach("check " + dir + "a-record-kept-over-months.json");
    EXPECT_EQ(check.exit_code, 0);
    EXPECT_EQ(check.err, "");
}

}  // namespace
