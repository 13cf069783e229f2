// `coach today`: the day it plans from is the one `compare` plans from, and its week must fit the
// calendar.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <ctime>
#include <fstream>
#include <regex>
#include <string>
#include <tuple>
#include <vector>

#include "coach/sdk/date.hpp"
#include "support.hpp"

using coach::Date;
using coach::test::run_coach;

namespace {

const std::string sample = COACH_EXAMPLES_DIR "/athletes/sample.json";

// Today on this machine, as `coach today` reads it when no --date is given.
Date today_here() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return *Date::from_ymd(local.tm_year + 1900, static_cast<unsigned>(local.tm_mon + 1),
                           static_cast<unsigned>(local.tm_mday));
}

// A record dated around today: injured 20 days ago, assessed 10 days ago, a session logged 5 days
// ago, and the request field as_of 8 days ago (before that session).
std::string record_around(Date today) {
    const auto on = [today](int days_ago) { return "\"" + (today - days_ago).iso() + "\""; };
    return R"({"schema":"coach.athlete/1","id":"as-of-today",)"
           R"("injury":{"region":"hamstring","grade":1,"site":"a","date":)"
           + on(20) + R"(,"mechanism":"sprinting"},"assessments":[{"date":)" + on(10)
           + R"(,"pain_rest":0,"pain_walking":0,"pain_exercise":2,"aslr_deficit_pct":10,)"
             R"("strength_deficit_pct":15,"max_sprint_pct":60,"symptoms":{"numbness":false,)"
             R"("tingling":false,"altered_gait":false,"unable_to_bear_weight":false,)"
             R"("palpable_gap":false}}],"log":[{"date":)"
           + on(5)
           + R"(,"philosophy":"eccentric-strength","pain_during":1,"pain_next_day":1,)"
             R"("items":[{"exercise":"slider_curl_double","sets":3,"reps":6}]}],"as_of":)"
           + on(8) + "}";
}

// `text` written to `folder` as athlete.json; its path.
std::string write_record(const coach::test::TemporaryFolder& folder, const std::string& text) {
    const std::string record = folder / "athlete.json";
    std::ofstream{record} << text;
    return record;
}

// The safety gate's findings on a plan made on `date` (`compare --days 7 --as-of`, gate[]), each
// as the page says it: a stop as "STOP, see a clinician: REASON", an advice in plain words
// (without "see a clinician" behind, capitalised, with a full stop). The advice to reassess is
// left out: the page's hold says it, counted to its day.
std::vector<std::string> gate_findings_as_the_page_says_them(const std::string& record,
                                                             const std::string& date) {
    const auto compare = run_coach("compare -p eccentric-strength --format json --days 7 --as-of "
                                   + date + " " + record);
    EXPECT_EQ(compare.exit_code, 0) << compare.err;
    const auto begin = compare.out.find("\"gate\": [");
    const auto gate = compare.out.substr(begin, compare.out.find("\n  ]", begin) - begin);
    static const std::regex finding{R"re("level": "(\w+)",\s*"reason": "([^"]*)")re"};
    std::vector<std::string> said;
    for (auto found = std::sregex_iterator(gate.begin(), gate.end(), finding);
         found != std::sregex_iterator{}; ++found) {
        std::string reason = (*found)[2];
        if ((*found)[1] == "stop") {
            said.push_back("STOP, see a clinician: " + reason);
            continue;
        }
        if (reason.starts_with("last assessment ")
            || reason.starts_with("nothing measured since the injury")) {
            continue;
        }
        for (const std::string tail : {": see a clinician", ": see a doctor"}) {
            if (reason.ends_with(tail)) {
                reason.erase(reason.size() - tail.size());
            }
        }
        reason[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(reason[0])));
        said.push_back("  - " + reason + (reason.ends_with('.') ? "" : "."));
    }
    return said;
}

// A referral of a plan as the page says it: a stop as "STOP, see a clinician: REASON"; an advice
// in plain words (report's plain(): without "See a doctor:" in front or ": see a clinician" behind,
// capitalised, with a full stop), under "See a doctor or physio before you train:".
std::string as_the_page_says(const std::string& level, std::string reason) {
    if (level == "stop") {
        return "STOP, see a clinician: " + reason + "\n";
    }
    for (const std::string lead : {"See a doctor: ", "see a doctor: "}) {
        if (reason.starts_with(lead)) {
            reason.erase(0, lead.size());
        }
    }
    for (const std::string tail : {": see a clinician", ": see a doctor"}) {
        if (reason.ends_with(tail)) {
            reason.erase(reason.size() - tail.size());
        }
    }
    reason[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(reason[0])));
    return "  - " + reason + (reason.ends_with('.') ? "" : ".") + "\n";
}

}  // namespace

// A trial user: `today --date 2026-10-09` on the sample left out the gate's advice that `plan
// --as-of 2026-10-09` carried (gait altered past day 7): the page's plan starts from the record's
// last entry, day 4, when there was nothing to advise yet. Every stop and every advice of the gate
// on a plan made on the page's day is on the page, whatever day its plan starts from, for every
// philosophy and on every day of the first weeks, with a red flag too.
TEST(today_command, the_page_carries_every_stop_and_advice_of_the_gate_on_its_day) {
    const auto page =
        run_coach("today -p eccentric-strength --width 1000 " + sample + " --date 2026-10-09");
    ASSERT_EQ(page.exit_code, 0) << page.err;
    EXPECT_NE(page.out.find("Friday 2026-10-09, eccentric-strength\nSee a doctor or physio "
                            "before you train:\n  - Gait altered as last recorded (assessment of "
                            "2026-10-03), now 8 days after injury.\n"),
              std::string::npos)
        << page.out;
    const std::string flags = COACH_TEST_FIXTURES_DIR "/athletes/red_flags/";
    for (const auto& [record, first, last] : std::vector<std::tuple<std::string, Date, Date>>{
             {sample, *Date::parse("2026-10-01"), *Date::parse("2026-10-20")},
             {flags + "numbness.json", *Date::parse("2026-10-01"), *Date::parse("2026-10-10")},
             {flags + "reviewed_numbness.json", *Date::parse("2026-10-01"),
              *Date::parse("2026-10-12")},
             {COACH_TEST_FIXTURES_DIR "/athletes/today/assessed-long-before.json",
              *Date::parse("2026-10-05"), *Date::parse("2026-10-20")}}) {
        for (Date day = first; day <= last; day += 1) {
            const auto findings = gate_findings_as_the_page_says_them(record, day.iso());
            for (const std::string id : {"eccentric-strength", "stretch-ice", "sprint-manual",
                                         "protocol:nordic-petersen-2011"}) {
                const auto shown = run_coach("today -p " + id + " --width 1000 " + record
                                             + " --date " + day.iso());
                ASSERT_EQ(shown.exit_code, 0) << shown.err;
                for (const auto& finding : findings) {
                    EXPECT_NE(shown.out.find(finding + "\n"), std::string::npos)
                        << record << " " << day.iso() << " " << id << ": " << finding << "\n"
                        << shown.out;
                }
            }
        }
    }
}

// One rule (coach::resolve_as_of) decides for both: the record's as_of, here 8 days before
// today, not the session logged after it; and both say that the session was not used.
TEST(today_command, plans_from_the_day_compare_plans_from_without_a_date) {
    const coach::test::TemporaryFolder folder{"today-as-of"};
    const Date today = today_here();
    const auto record = write_record(folder, record_around(today));
    const std::string as_of = (today - 8).iso();

    const auto compare = run_coach("compare -p eccentric-strength --format json " + record);
    ASSERT_EQ(compare.exit_code, 0) << compare.err;
    EXPECT_NE(compare.out.find("\"as_of\": \"" + as_of + "\""), std::string::npos) << compare.out;
    EXPECT_NE(
        compare.out.find("1 session logged after " + as_of
                         + ", the day this plan starts from, the first on " + (today - 5).iso()
                         + ", was not used to plan it: plan from a later day to take it "
                           "into account."),
        std::string::npos)
        << compare.out;

    const auto page = run_coach("today -p eccentric-strength --width 200 " + record);
    ASSERT_EQ(page.exit_code, 0) << page.err;
    EXPECT_NE(page.out.find("Planned from the record as of " + as_of
                            + ": 1 session logged after that day was not used.\n"),
              std::string::npos)
        << page.out;
}

// Without --date the day is today's: a record injured after today is refused naming the record's
// field and the day used, not blaming a --date that was never given.
TEST(today_command, an_injury_after_today_names_the_field_and_todays_date_not_the_option) {
    const coach::test::TemporaryFolder folder{"today-injury-ahead"};
    const Date today = today_here();
    const Date injury = today + 3;
    const auto record = write_record(folder, R"({"schema":"coach.athlete/1","id":"ahead",)"
                                             R"("injury":{"region":"hamstring","grade":1,"date":")"
                                                 + injury.iso() + R"("}})");
    const auto result = run_coach("today -p stretch-ice " + record);
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_EQ(result.out, "");
    EXPECT_EQ(result.err, "coach: today's date " + today.iso()
                              + " (no --date given) comes before the injury date " + injury.iso()
                              + " of " + record + " (/injury/date)\n");
}

// Dates are read from 1900-01-01 to 2199-12-31 (docs/DATA.md): --date outside them is a usage
// error naming the option, before any horizon is worked out; a page whose week would pass the
// last of them is refused too (no plan holds a date a record cannot), the last week is planned.
TEST(today_command, a_date_outside_the_readable_years_is_a_usage_error_in_one_line) {
    auto result = run_coach("today -p stretch-ice " + sample + " --date 9999-12-31");
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_EQ(result.out, "");
    EXPECT_EQ(result.err,
              "coach: --date: expected a date from 1900-01-01 to 2199-12-31, got "
              "\"9999-12-31\"\n");
    result = run_coach("today -p stretch-ice " + sample + " --date 2199-12-31");
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_EQ(result.out, "");
    EXPECT_EQ(result.err,
              "coach: --date 2199-12-31: its week ends past 2199-12-31, the last date a record "
              "can hold; at most 2199-12-25\n");
    // docs/DATA.md quotes that message and gives the same last day (it said 9999-12-25).
    auto data = coach::test::read_file(COACH_EXAMPLES_DIR "/../docs/DATA.md");
    std::replace(data.begin(), data.end(), '\n', ' ');
    EXPECT_NE(data.find("`" + result.err.substr(0, result.err.size() - 1) + "`"),
              std::string::npos);
    EXPECT_EQ(data.find("9999-12-25"), std::string::npos);
    result = run_coach("today -p stretch-ice " + sample + " --date 2199-12-25");
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("Wednesday 2199-12-25, stretch-ice\n"), std::string::npos)
        << result.out;
}

// Trial 30: after a Nordic session of 5/10 on a Sunday, the last day of week 3's block, `today`
// (planned from that Sunday, the record's last day) showed week 3 while `plan --as-of` the next
// day showed week 2. The step back is now the log's: every day `today` shows with a session is
// the day's session of `plan --as-of` that day, with its week, and no planned session is missing
// (but for the engine's hold on days past a week without an assessment).
TEST(today_command, today_and_plan_as_of_the_same_day_agree_after_a_painful_session) {
    const std::string record =
        COACH_TEST_FIXTURES_DIR "/protocols/athletes/nordic_week3_painful_sunday.json";
    for (const std::string date : {"2026-11-02", "2026-11-03", "2026-11-05"}) {
        const auto page = run_coach("today -p protocol:nordic-petersen-2011 --width 200 " + record
                                    + " --date " + date);
        ASSERT_EQ(page.exit_code, 0) << page.err;
        const auto plan = run_coach("plan -p protocol:nordic-petersen-2011 --format json " + record
                                    + " --as-of " + date + " --days 7");
        ASSERT_EQ(plan.exit_code, 0) << plan.err;
        const Date first = Date::parse(date).value();
        for (Date day = first; day < first + 7; day += 1) {
            const auto at =
                plan.out.find("\"date\": \"" + day.iso() + "\"", plan.out.find("\"sessions\""));
            const auto line_at = page.out.find(day.iso() + "  ");
            ASSERT_NE(line_at, std::string::npos) << date << "\n" << page.out;
            const auto line =
                page.out.substr(line_at + day.iso().size() + 2,
                                page.out.find('\n', line_at) - line_at - day.iso().size() - 2);
            if (at == std::string::npos) {
                EXPECT_TRUE(line == "nothing planned" || line == "no session until reassessed")
                    << date << ": " << day.iso() << " " << line;
                continue;
            }
            if (line == "no session until reassessed") {
                continue;
            }
            const auto focus_at = plan.out.find("\"focus\": \"", at);
            ASSERT_NE(focus_at, std::string::npos);
            const auto focus_start = focus_at + std::string_view{"\"focus\": \""}.size();
            const auto focus =
                plan.out.substr(focus_start, plan.out.find('"', focus_start) - focus_start);
            EXPECT_EQ(line, focus) << date << ": " << day.iso();
        }
    }
    const auto page = run_coach("today -p protocol:nordic-petersen-2011 --width 200 " + record
                                + " --date 2026-11-02");
    EXPECT_NE(page.out.find("Today, nordic progression: eccentric strength (week 2)\n"),
              std::string::npos)
        << page.out;
    EXPECT_NE(page.out.find("1. Nordic hamstring curl: 2 sets of 6\n"), std::string::npos);
}

// A new-user trial: the last session went to 2/10 during it and 6/10 the next day, above the
// Nordic protocol's ceiling of 3/10. The protocol steps its dose back on the worse of the two
// (worst_pain()), but the page said "already above this plan's limit" only for pain during a
// session. Both measures are read alike, the next day's once that day has passed. Trial 45: a
// reading of an earlier day was still said to be the pain now ("already above") under a session
// the plan loads, stepped back: on a later day it is dated, with what to do if it has not settled.
TEST(today_command, pain_the_next_day_above_the_limit_is_said_as_pain_during_it_is) {
    const std::string record =
        COACH_TEST_FIXTURES_DIR "/athletes/today/next-day-pain-above-ceiling.json";
    const auto page = run_coach("today -p protocol:nordic-petersen-2011 --width 1000 " + record
                                + " --date 2026-11-02");
    ASSERT_EQ(page.exit_code, 0) << page.err;
    EXPECT_NE(page.out.find("\nYour pain is already above this plan's limit of 3/10 (6/10 the day "
                            "after the session of 2026-11-01, logged under "
                            "protocol:nordic-petersen-2011). Do not train through it: keep to "
                            "the plan above, which allows for it, and tell your clinician.\n"
                            "Stop and tell your clinician if pain goes above 3/10.\n"),
              std::string::npos)
        << page.out;
    const auto later = run_coach("today -p protocol:nordic-petersen-2011 --width 1000 " + record
                                 + " --date 2026-11-03");
    ASSERT_EQ(later.exit_code, 0) << later.err;
    EXPECT_EQ(later.out.find("already above"), std::string::npos) << later.out;
    EXPECT_NE(later.out.find("\nYour last pain reading, 6/10 on 2026-11-02 (the day after the "
                             "session of 2026-11-01, logged under protocol:nordic-petersen-2011), "
                             "was above this plan's limit of 3/10. Rate your pain before you "
                             "train: if it is still above 3/10, do not train today and tell your "
                             "clinician.\nStop and tell your clinician if pain goes above 3/10.\n"),
              std::string::npos)
        << later.out;
}

// A trial user: `today` on a session's own day planned on that session's next-day pain, which is
// not known until the day after. On 2026-11-01 only the pain during it (2/10, within the Nordic
// protocol's 3/10) counts: the page does not say it is above the limit, and its plan goes on to
// week 4; from 2026-11-02 the next-day pain (6/10) counts: that day, its pain above the ceiling,
// has no loading, and the protocol steps back to week 2 after it. `plan --as-of 2026-11-01` reads
// the whole record and steps back on that day already (docs/DATA.md, "The page of one day").
TEST(today_command, on_a_session_s_own_day_only_the_pain_during_it_counts) {
    const std::string record =
        COACH_TEST_FIXTURES_DIR "/athletes/today/next-day-pain-above-ceiling.json";
    const auto same_day = run_coach("today -p protocol:nordic-petersen-2011 --width 1000 " + record
                                    + " --date 2026-11-01");
    ASSERT_EQ(same_day.exit_code, 0) << same_day.err;
    EXPECT_EQ(same_day.out.find("above this plan's limit"), std::string::npos) << same_day.out;
    EXPECT_NE(same_day.out.find("Logged today: Nordic hamstring curl: 3 sets of 6; pain 2/10 "
                                "during it.\n\nNext session, Monday 2026-11-02: nordic "
                                "progression: eccentric strength (week 4)\n"),
              std::string::npos)
        << same_day.out;
    const auto next_day = run_coach("today -p protocol:nordic-petersen-2011 --width 1000 " + record
                                    + " --date 2026-11-02");
    ASSERT_EQ(next_day.exit_code, 0) << next_day.err;
    EXPECT_NE(next_day.out.find("Rest day: No loading on 2026-11-02: pain 6/10 the day after the "
                                "session of 2026-11-01, above this protocol's ceiling of 3/10;"),
              std::string::npos)
        << next_day.out;
    EXPECT_NE(next_day.out.find("\nNext session, Thursday 2026-11-05: nordic progression: "
                                "eccentric strength (week 2)\n"),
              std::string::npos)
        << next_day.out;
    const auto plan = run_coach("plan -p protocol:nordic-petersen-2011 --width 1000 " + record
                                + " --as-of 2026-11-01 --days 3");
    EXPECT_NE(plan.out.find("2026-11-02 Mon  rest (nordic progression)\n      - Rest: No loading "
                            "on 2026-11-02"),
              std::string::npos)
        << plan.out;
    // Every philosophy's page of that day is the page of a record without the next-day pain.
    const coach::test::TemporaryFolder folder{"today-next-day-pain"};
    auto text = coach::test::read_file(record);
    const std::string next_day_pain = "\"pain_next_day\": 6,";
    const auto at = text.find(next_day_pain);
    ASSERT_NE(at, std::string::npos) << text;
    text.erase(at, next_day_pain.size());
    const auto without = write_record(folder, text);
    for (const std::string id :
         {"eccentric-strength", "stretch-ice", "sprint-manual", "protocol:nordic-petersen-2011"}) {
        const auto page =
            run_coach("today -p " + id + " --width 1000 " + record + " --date 2026-11-01");
        const auto unknown =
            run_coach("today -p " + id + " --width 1000 " + without + " --date 2026-11-01");
        EXPECT_EQ(page.out, unknown.out) << id;
    }
}

// A new-user trial: a session of 5/10 (ceiling 3/10) two days before a session of 1/10. The
// protocol's step back still holds, but the page quoted only the latest pain and gave no reason
// for the lighter dose. It names the session that went above the limit, its pain and its plan,
// as the plan's rationale does, then the pain since.
TEST(today_command, a_step_back_for_an_older_session_names_that_session) {
    const std::string record =
        COACH_TEST_FIXTURES_DIR "/athletes/today/older-session-above-ceiling.json";
    const auto page = run_coach("today -p protocol:nordic-petersen-2011 --width 1000 " + record
                                + " --date 2026-11-04");
    ASSERT_EQ(page.exit_code, 0) << page.err;
    EXPECT_NE(page.out.find("\nYour pain went above this plan's limit of 3/10 (5/10 during the "
                            "session of 2026-11-01, logged under protocol:nordic-petersen-2011); "
                            "since then 1/10 the day after the session of 2026-11-03. Keep to "
                            "the plan "
                            "above, which allows for it, and tell your clinician.\n"
                            "Stop and tell your clinician if pain goes above 3/10.\n"),
              std::string::npos)
        << page.out;
    const auto plan = run_coach("plan -p protocol:nordic-petersen-2011 --width 1000 " + record
                                + " --as-of 2026-11-04 --days 7");
    EXPECT_NE(plan.out.find("The session of 2026-11-01 (logged under "
                            "protocol:nordic-petersen-2011) went to 5/10 during it"),
              std::string::npos)
        << plan.out;
}

// A new-user trial: the advice said "Last assessment 14 days before this plan" at every --date
// (it counted to the record's last entry, where the plan starts) while the hold under it counted
// to --date. Every count on the page is to the page's day: the gait advice, the hold, and no
// second count of the days since the assessment.
TEST(today_command, every_count_of_days_on_the_page_is_to_the_page_s_day) {
    const std::string record = COACH_TEST_FIXTURES_DIR "/athletes/today/assessed-long-before.json";
    for (const auto& [date, since_injury, since_assessed] :
         std::vector<std::tuple<std::string, std::string, std::string>>{
             {"2026-10-20", "19", "17"}, {"2026-10-25", "24", "22"}}) {
        const auto page =
            run_coach("today -p eccentric-strength --width 1000 " + record + " --date " + date);
        ASSERT_EQ(page.exit_code, 0) << page.err;
        EXPECT_NE(page.out.find("See a doctor or physio before you train:\n  - Gait altered as "
                                "last recorded (assessment of 2026-10-03), now "
                                + since_injury
                                + " days after injury.\nNo session today: last assessed on "
                                  "2026-10-03, "
                                + since_assessed + " days before " + date
                                + ": past 7 days the projected course of recovery alone is not "
                                  "enough to train on (the project's rule); have pain, ASLR and "
                                  "strength reassessed first.\n"),
                  std::string::npos)
            << page.out;
        EXPECT_EQ(page.out.find("before this plan"), std::string::npos) << page.out;
    }
}

// A trial user: numbness recorded on 2026-10-15 withholds `plan --as-of D` (inside its horizon)
// for D from 2026-10-05, yet `today --date D` showed that week's sessions with no word of it: the
// page's plan runs through its week only, and the flag lay after it. Every stop of a plan made on
// the page's day, with its longer horizon, is on the page, and the page gives no session to do.
TEST(today_command, a_red_flag_recorded_after_the_page_s_week_stops_the_page_as_it_stops_the_plan) {
    const std::string record =
        COACH_TEST_FIXTURES_DIR "/athletes/today/numbness-recorded-later.json";
    const std::string stop =
        "STOP, see a clinician: numbness recorded on 2026-10-15, inside this plan's horizon: "
        "every plan withheld; nerve involvement must be ruled out by a clinician"
        "; the same day if bladder, bowel or saddle sensation has changed or both legs are weak\n";
    for (Date day = *Date::parse("2026-10-03"); day <= *Date::parse("2026-10-14"); day += 1) {
        for (const std::string id :
             {"eccentric-strength", "stretch-ice", "sprint-manual", "protocol:nordic-petersen-2011",
              "protocol:running-strength-heiderscheit-2010"}) {
            const auto plan =
                run_coach("plan -p " + id + " --format json --as-of " + day.iso() + " " + record);
            ASSERT_EQ(plan.exit_code, 0) << plan.err;
            EXPECT_NE(plan.out.find("numbness recorded on 2026-10-15, inside this plan's "
                                    "horizon: every plan withheld"),
                      std::string::npos)
                << id << " " << day.iso();
            const auto page =
                run_coach("today -p " + id + " --width 1000 " + record + " --date " + day.iso());
            ASSERT_EQ(page.exit_code, 0) << page.err;
            EXPECT_NE(page.out.find(stop), std::string::npos) << id << "\n" << page.out;
            EXPECT_TRUE(page.out.ends_with("No session: the record holds the red flag above, "
                                           "after this page's week; do not train, even before "
                                           "its day, until a clinician has assessed you.\n")
                        || page.out.ends_with("No session: this plan is withheld until a "
                                              "clinician has assessed you.\n"))
                << id << "\n"
                << page.out;
        }
    }
    const auto after =
        run_coach("today -p eccentric-strength --width 1000 " + record + " --date 2026-10-16");
    EXPECT_NE(after.out.find("STOP, see a clinician: numbness recorded on 2026-10-15 and not "
                             "lifted since by a clinician's review"),
              std::string::npos)
        << after.out;
}

// A trial user: `plan --as-of 2026-10-16` carried the Heiderscheit protocol's own advice "walking
// still painful two weeks after injury", which the page of that day left out: its plan starts
// from the record's last assessment (2026-10-06, day 5), when the rule did not yet apply. Every
// referral of a plan made on the page's day is on the page, the plugin's own as well as the
// gate's, for every philosophy and every other day of three weeks; but the advice to reassess (the
// page's hold says it, counted to its day) and the pain of the day after a session logged on the
// page's day (not known yet that day).
TEST(today_command, every_referral_of_a_plan_made_on_the_page_s_day_is_on_the_page) {
    static const std::regex referral{R"re("level": "(\w+)",\s*"reason": "([^"]*)")re"};
    const std::string early_walking_pain =
        COACH_TEST_FIXTURES_DIR "/athletes/today/walking-pain-early-then-no-assessment.json";
    for (const auto* record : {&sample, &early_walking_pain}) {
        for (Date day = *Date::parse("2026-10-02"); day <= *Date::parse("2026-10-22"); day += 2) {
            for (const std::string id :
                 {"eccentric-strength", "stretch-ice", "sprint-manual",
                  "protocol:nordic-petersen-2011", "protocol:running-strength-heiderscheit-2010"}) {
                const auto plan = run_coach("plan -p " + id + " --format json --as-of " + day.iso()
                                            + " " + *record);
                ASSERT_EQ(plan.exit_code, 0) << plan.err;
                const auto page = run_coach("today -p " + id + " --width 1000 " + *record
                                            + " --date " + day.iso());
                ASSERT_EQ(page.exit_code, 0) << page.err;
                for (auto found = std::sregex_iterator(plan.out.begin(), plan.out.end(), referral);
                     found != std::sregex_iterator{}; ++found) {
                    const std::string reason = (*found)[2];
                    if (reason.starts_with("last assessment ")
                        || reason.starts_with("nothing measured since the injury")
                        || reason.find("the session of " + day.iso()) != std::string::npos
                        || reason.find("/10 on " + day.iso() + ")") != std::string::npos) {
                        continue;
                    }
                    EXPECT_NE(page.out.find(as_the_page_says((*found)[1], reason)),
                              std::string::npos)
                        << *record << " " << id << " " << day.iso() << ": " << reason << "\n"
                        << page.out;
                }
            }
        }
    }
}

// Trial 43: a session went to 5/10 during it and 0/10 the next day. The Heiderscheit protocol
// plans the next day at half its dose, and the page said the pain "is already above" the limit
// under that session. The pain now is the latest reading, the next day's 0/10: the page says the
// pain went above the limit and what it has been since, as the plan's step back answers it.
TEST(today_command, pain_that_went_above_the_limit_and_settled_the_next_day_is_said_so) {
    const std::string record =
        COACH_TEST_FIXTURES_DIR "/athletes/today/trial43-during-5-next-day-0.json";
    const auto page = run_coach("today -p protocol:running-strength-heiderscheit-2010 --width 1000 "
                                + record + " --date 2026-02-17");
    ASSERT_EQ(page.exit_code, 0) << page.err;
    EXPECT_EQ(page.out.find("already above"), std::string::npos) << page.out;
    EXPECT_NE(page.out.find("\nYour pain went above this plan's limit of 2/10 (5/10 during the "
                            "session of 2026-02-16, logged under no plan); since then 0/10 the "
                            "day after the session of 2026-02-16."),
              std::string::npos)
        << page.out;
    // On the session's own day the next day's pain is not known: 5/10 is the pain now.
    const auto same_day = run_coach(
        "today -p protocol:running-strength-heiderscheit-2010 "
        "--width 1000 "
        + record + " --date 2026-02-16");
    EXPECT_NE(same_day.out.find("Your pain is already above this plan's limit of 2/10 (5/10 "
                                "during the session of 2026-02-16"),
              std::string::npos)
        << same_day.out;
}

// Trial 43: on a rest day that is the record's last day, the week's first row read "nothing
// logged", as if a session had been missed; the day is not over, and nothing is planned on it.
TEST(today_command, the_page_s_own_rest_day_reads_nothing_planned) {
    const std::string record =
        COACH_TEST_FIXTURES_DIR "/athletes/today/trial43-next-day-5-rest-today.json";
    const auto page =
        run_coach("today -p eccentric-strength --width 1000 " + record + " --date 2026-02-17");
    ASSERT_EQ(page.exit_code, 0) << page.err;
    EXPECT_NE(page.out.find("\n  Tue 2026-02-17  nothing planned\n"), std::string::npos)
        << page.out;
    EXPECT_EQ(page.out.find("nothing logged"), std::string::npos) << page.out;
}

// Trial 43: the return to sport of a plan, projected for 2026-02-18, fell in the week of the page
// of 2026-02-13, which listed "no session until reassessed" on that day with no word of a return
// or a sign-off. The page says, ahead of it, that the day is an estimate and that a clinician's
// assessment and sign-off come first; a page whose week does not reach it says nothing of it.
TEST(today_command, a_projected_return_to_sport_in_the_week_is_named_with_its_sign_off) {
    const std::string record =
        COACH_TEST_FIXTURES_DIR "/athletes/today/trial43-projected-return-this-week.json";
    const std::string said =
        "Return to sport ~2026-02-18 is an estimate on the projected course of recovery: no "
        "session from that day until a clinician has assessed you and signed off.\n";
    for (const std::string id : {"sprint-manual", "eccentric-strength"}) {
        const auto page =
            run_coach("today -p " + id + " --width 1000 " + record + " --date 2026-02-13");
        ASSERT_EQ(page.exit_code, 0) << page.err;
        EXPECT_NE(page.out.find(said), std::string::npos) << id << "\n" << page.out;
        EXPECT_NE(page.out.find("  Wed 2026-02-18  no session until reassessed\n"),
                  std::string::npos)
            << page.out;
    }
    const auto before =
        run_coach("today -p sprint-manual --width 1000 " + record + " --date 2026-02-02");
    EXPECT_EQ(before.out.find("Return to sport"), std::string::npos) << before.out;
}
