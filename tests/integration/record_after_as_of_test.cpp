// What a record holds after the day a plan starts from (`--as-of D`, or coach today's day):
// a later red flag is said on stderr by every command that plans (red flags always win), and a
// session logged later is left out of the plan, with one warning that counts it.
#include <gtest/gtest.h>

#include <string>

#include "support.hpp"

using coach::test::run_coach;

namespace {

const std::string dir = COACH_TEST_FIXTURES_DIR "/athletes/as_of/";
const std::string today_dir = COACH_TEST_FIXTURES_DIR "/athletes/today/";

const char* const philosophies[] = {"eccentric-strength", "stretch-ice", "sprint-manual",
                                    "protocol:nordic-petersen-2011",
                                    "protocol:running-strength-heiderscheit-2010"};

// The warning of the gap recorded on 2026-10-25: past the horizon the plan stands; inside it every
// plan is withheld already, and the warning says so rather than "before training on this plan".
std::string gap_warning(const std::string& file, bool inside_the_horizon = false) {
    return "coach: warning: " + file
           + ": a red flag is recorded after 2026-10-10, the day this plan starts from: a "
             "palpable gap at the injury site recorded on 2026-10-25; possible complete tear, "
             "needs imaging and a medical assessment; "
           + (inside_the_horizon ? "every plan is withheld: see a clinician\n"
                                 : "see a clinician before training on this plan\n");
}

TEST(record_after_as_of, a_red_flag_after_the_horizon_is_warned_of_by_plan_and_compare) {
    const std::string record = dir + "gap-recorded-later.json";
    // --days 7 ends the plan on 2026-10-16, long before the flag: the plan cannot carry it.
    for (const std::string id : philosophies) {
        const auto plan =
            run_coach("plan -p " + id + " --format json --as-of 2026-10-10 --days 7 " + record);
        EXPECT_EQ(plan.exit_code, 0) << plan.err;
        EXPECT_EQ(plan.err, gap_warning(record)) << id;
    }
    const auto compare = run_coach("compare --format json --as-of 2026-10-10 --days 7 " + record);
    EXPECT_EQ(compare.exit_code, 0) << compare.err;
    EXPECT_EQ(compare.err, gap_warning(record)) << "once per record, not per philosophy";
}

TEST(record_after_as_of, a_red_flag_inside_the_horizon_is_warned_of_and_withholds_the_plan) {
    const std::string record = dir + "gap-recorded-later.json";
    const auto plan =
        run_coach("plan -p eccentric-strength --format json --as-of 2026-10-10 " + record);
    EXPECT_EQ(plan.exit_code, 0) << plan.err;
    EXPECT_EQ(plan.err, gap_warning(record, true));
    EXPECT_NE(plan.out.find("\"status\": \"referral\""), std::string::npos) << plan.out;
    EXPECT_NE(plan.out.find("inside this plan's horizon: every plan withheld"), std::string::npos)
        << plan.out;
    // The text comparison has no table and no course of recovery to show: every plan is withheld.
    const auto compare = run_coach("compare --as-of 2026-10-10 --width 200 " + record);
    EXPECT_EQ(compare.exit_code, 0) << compare.err;
    EXPECT_EQ(compare.err, gap_warning(record, true));
    EXPECT_NE(compare.out.find("No plan to compare: every philosophy was withheld"),
              std::string::npos)
        << compare.out;
    EXPECT_EQ(compare.out.find("course of recovery"), std::string::npos) << compare.out;
}

// The warning reads "inside the horizon" as the gate does: the flag of 2026-10-25 is on the last
// day of a 16-day plan from 2026-10-10 (withheld) and the day after a 15-day one (the plan stands).
TEST(record_after_as_of, the_warning_and_the_gate_agree_on_the_horizons_last_day) {
    const std::string record = dir + "gap-recorded-later.json";
    const auto last_day = run_coach(
        "plan -p eccentric-strength --format json --as-of 2026-10-10 --days 16 " + record);
    EXPECT_EQ(last_day.exit_code, 0) << last_day.err;
    EXPECT_EQ(last_day.err, gap_warning(record, true));
    EXPECT_NE(last_day.out.find("\"status\": \"referral\""), std::string::npos) << last_day.out;
    const auto day_after = run_coach(
        "plan -p eccentric-strength --format json --as-of 2026-10-10 --days 15 " + record);
    EXPECT_EQ(day_after.exit_code, 0) << day_after.err;
    EXPECT_EQ(day_after.err, gap_warning(record));
    EXPECT_EQ(day_after.out.find("\"status\": \"referral\""), std::string::npos) << day_after.out;
}

// Held out: another flag, months later, beyond even the default horizon.
TEST(record_after_as_of, a_flag_months_later_is_named_with_its_own_need) {
    const std::string record = dir + "numbness-recorded-much-later.json";
    const auto compare = run_coach("compare --as-of 2026-10-10 " + record);
    EXPECT_EQ(compare.exit_code, 0) << compare.err;
    EXPECT_EQ(compare.err, "coach: warning: " + record
                               + ": a red flag is recorded after 2026-10-10, the day this plan "
                                 "starts from: numbness recorded on 2026-11-30; nerve involvement "
                                 "must be ruled out by a clinician; the same day if bladder, bowel or saddle sensation "
"has changed or both legs are weak; see a clinician before "
                                 "training on this plan\n");
}

TEST(record_after_as_of, a_later_assessment_without_a_flag_says_nothing) {
    const auto plan = run_coach("compare --format json --as-of 2026-10-10 --days 7 " + dir
                                + "assessed-later-no-flag.json");
    EXPECT_EQ(plan.exit_code, 0);
    EXPECT_EQ(plan.err, "");
}

// Every philosophy plans from D as if the later sessions were not in the record: the plan is the
// one of the record logged up to D, byte for byte, but for the rationale line that counts them.
TEST(record_after_as_of, sessions_logged_later_leave_every_plan_as_the_record_up_to_as_of_gives) {
    const std::string later = dir + "two-sessions-logged-later.json";
    const std::string note =
        "2 sessions logged after 2026-10-10, the day this plan starts from, the first on "
        "2026-10-20, were not used to plan it: plan from a later day to take them into account.";
    for (const std::string id : philosophies) {
        const auto with_later = run_coach("plan -p " + id + " --format json --as-of 2026-10-10 "
                                          + later + " 2>/dev/null");
        const auto up_to = run_coach("plan -p " + id + " --format json --as-of 2026-10-10 " + dir
                                     + "logged-up-to-as-of.json");
        ASSERT_EQ(with_later.exit_code, 0);
        ASSERT_EQ(up_to.exit_code, 0) << up_to.err;
        std::string expected = up_to.out;
        const auto last_line = expected.rfind("\"\n  ],\n  \"sources\"");
        ASSERT_NE(last_line, std::string::npos) << id;
        expected.insert(last_line + 1, ",\n    \"" + note + "\"");
        EXPECT_EQ(with_later.out, expected) << id;
    }
    const auto compare = run_coach("compare --format csv --as-of 2026-10-10 " + later);
    EXPECT_EQ(compare.exit_code, 0);
    EXPECT_EQ(compare.err,
              "coach: warning: " + later
                  + ": /log/2/philosophy: empty: give the id of the philosophy the session "
                    "followed, or leave the field out\n"
                  + "coach: warning: " + later + ": " + note + "\n")
        << "one warning for the later sessions, not one per philosophy";
}

// The page of a day knows nothing logged after it: the day before a session logged on
// 2026-10-07 (stopped at 7/10), the page names the session planned for 2026-10-07.
TEST(record_after_as_of, today_is_not_shaped_by_a_session_logged_after_its_day) {
    const auto page = run_coach("today -p eccentric-strength --width 200 --date 2026-10-06 "
                                + today_dir + "session-stopped-at-7.json");
    EXPECT_EQ(page.exit_code, 0) << page.err;
    EXPECT_NE(page.out.find("Next session, Wednesday 2026-10-07: eccentric circuit"),
              std::string::npos)
        << page.out;
    EXPECT_NE(page.out.find("  Wed 2026-10-07  strength\n"), std::string::npos) << page.out;
    EXPECT_EQ(page.out.find("7/10"), std::string::npos) << page.out;
    EXPECT_EQ(page.out.find("logged"), std::string::npos) << page.out;
}

// One instruction: the advice to see a clinician first, and the day's session named as for after
// that visit, never a plain "Today, ..." under "See a doctor or physio before you train".
TEST(record_after_as_of, a_page_under_a_clinician_s_advice_gives_its_session_for_after_the_visit) {
    const auto page = run_coach("today -p eccentric-strength --width 200 --date 2026-10-08 "
                                + today_dir + "session-stopped-at-7.json");
    EXPECT_EQ(page.exit_code, 0) << page.err;
    EXPECT_TRUE(
        page.out.starts_with("Thursday 2026-10-08, eccentric-strength\n"
                             "See a doctor or physio before you train:\n"))
        << page.out;
    EXPECT_NE(page.out.find("\nToday, once a clinician has seen you, pain-relief loading: pain "
                            "relief\n"),
              std::string::npos)
        << page.out;
    EXPECT_EQ(page.out.find("\nToday, pain-relief"), std::string::npos) << page.out;
}

}  // namespace

// Held out: weight-bearing lost on day 24 of a 42-day horizon, a review after as_of beside it.
// Every command withholds every plan and counts the record a referral; exit 0 (a finding about
// the athlete, not a fault of the file).
TEST(record_after_as_of, a_red_flag_inside_the_horizon_is_a_referral_for_every_command) {
    const std::string record = dir + "weight-bearing-lost-in-horizon.json";
    const std::string stop =
        "unable to bear weight recorded on 2026-03-30, inside this plan's "
        "horizon: every plan withheld; needs a medical assessment first";
    const auto compare = run_coach("compare --format json " + record);
    EXPECT_EQ(compare.exit_code, 0) << compare.err;
    EXPECT_EQ(compare.out.find("\"status\": \"ok\""), std::string::npos) << compare.out;
    EXPECT_NE(compare.out.find(stop), std::string::npos) << compare.out;
    const auto check = run_coach("check --width 1000 " + record);
    EXPECT_EQ(check.exit_code, 0) << check.err;
    EXPECT_NE(check.out.find(": stop: " + stop + " (every plan is withheld as a referral)\n"),
              std::string::npos)
        << check.out;
    const auto cohort = run_coach("cohort " + record);
    EXPECT_EQ(cohort.exit_code, 0) << cohort.err;
    EXPECT_NE(cohort.out.find("\"status\":\"referral\""), std::string::npos) << cohort.out;
    const auto today = run_coach("today -p sprint-manual --width 1000 --date 2026-03-28 " + record);
    EXPECT_EQ(today.exit_code, 0) << today.err;
    EXPECT_TRUE(today.out.ends_with(
        "No session: this plan is withheld until a clinician has assessed you.\n"))
        << today.out;
}
