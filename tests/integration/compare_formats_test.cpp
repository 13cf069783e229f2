#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "support.hpp"

using coach::test::fixture_plugin;
using coach::test::lines;
using coach::test::run_coach;

namespace {

const std::string sample = COACH_EXAMPLES_DIR "/athletes/sample.json";

// The fixture that plans 20 min of cycling a day and the one that always throws, alone.
std::string fixture_compare(const std::string& format) {
    return "--plugins " + fixture_plugin("good").string() + " --plugins "
           + fixture_plugin("throws_std").string() + " compare " + sample
           + " -p fixture-good -p fixture-throws-std --days 7 --format " + format;
}

}  // namespace

TEST(compare_formats, csv_has_one_row_per_philosophy_and_the_error_of_a_failed_plugin) {
    const auto result = run_coach(fixture_compare("csv"));
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(result.out,
              "philosophy,status,days_to_first_run,days_to_full_speed,return_to_run,"
              "return_to_sport,beyond_horizon,projected_milestones,sessions,projected_sessions,"
              "rest_days,eccentric_reps,strength_reps,isometric_s,sprint_m,high_speed_m,"
              "manual_therapy_min,stretch_min,ice_min,cross_training_min,error,reason,referrals\n"
              // The record's as_of has a logged session: 6 days planned, none a rest day.
              "fixture-good,ok,,,,,,,6,0,0,0,0,0,0,0,0,0,0,120,,,\n"
              "fixture-throws-std,error,,,,,,,,,,,,,,,,,,,plugin 'fixture-throws-std' failed: "
              "plan() threw the fixture always fails,,\n");
    EXPECT_EQ(result.err,
              "coach: plugin 'fixture-throws-std' failed: plan() threw the fixture always fails\n");
}

TEST(compare_formats, html_goes_to_the_file_given_with_o_and_nothing_to_stdout) {
    const auto output = std::filesystem::temp_directory_path()
                        / ("coach-compare-" + std::to_string(getpid()) + ".html");
    const auto result = run_coach(fixture_compare("html") + " -o " + output.string());
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_TRUE(result.out.empty());
    const auto page = coach::test::read_file(output);
    std::filesystem::remove(output);
    EXPECT_EQ(page.rfind("<!DOCTYPE html>\n", 0), 0u);
    EXPECT_NE(page.find("<figure class=\"chart\" data-chart=\"cross_training\">"),
              std::string::npos);
    EXPECT_NE(page.find("fixture-good <strong>120</strong> min"), std::string::npos);
    EXPECT_NE(page.find(">no plan: plugin &#39;fixture-throws-std&#39; failed"), std::string::npos);
}

TEST(compare_formats, html_goes_to_stdout_without_o) {
    const auto result = run_coach(fixture_compare("html"));
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(result.out.rfind("<!DOCTYPE html>\n", 0), 0u);
    EXPECT_EQ(lines(result.out).back(), "</html>");
}

TEST(compare_formats, help_names_every_format) {
    const auto result = run_coach("compare --help");
    EXPECT_EQ(result.exit_code, 0);
    EXPECT_NE(result.out.find("table (for people; also called text), json, csv"), std::string::npos)
        << result.out;
    EXPECT_NE(result.out.find("html"), std::string::npos);
}

TEST(compare_formats, the_safety_gates_referral_is_said_once_for_every_plan) {
    const auto result =
        run_coach("compare " COACH_TEST_FIXTURES_DIR "/athletes/red_flags/numbness.json");
    EXPECT_EQ(result.exit_code, 0) << result.err;
    const auto first = result.out.find("referral (stop, safety gate, every plan): numbness");
    ASSERT_NE(first, std::string::npos) << result.out;
    EXPECT_EQ(result.out.find("numbness", first + 60), std::string::npos)
        << "the gate's referral is repeated:\n"
        << result.out;
    EXPECT_EQ(result.out.find("referral (stop, eccentric-strength)"), std::string::npos);
}

TEST(compare_formats, json_holds_the_safety_gates_findings_once_beside_the_plans) {
    const auto result = run_coach("compare " COACH_TEST_FIXTURES_DIR
                                  "/athletes/red_flags/numbness.json --format json");
    EXPECT_EQ(result.exit_code, 0) << result.err;
    const auto gate = result.out.find("\"gate\": [");
    const auto plans = result.out.find("\"plans\": [");
    ASSERT_NE(gate, std::string::npos) << result.out.substr(0, 400);
    ASSERT_LT(gate, plans);
    const auto findings = result.out.substr(gate, plans - gate);
    EXPECT_NE(findings.find("\"level\": \"stop\""), std::string::npos) << findings;
    EXPECT_NE(findings.find("\"reason\": \"numbness recorded"), std::string::npos) << findings;

    const auto clean = run_coach("compare " + sample + " --format json");
    EXPECT_NE(clean.out.find("\"gate\": []"), std::string::npos) << clean.out.substr(0, 400);
}

// Every format carries the advice the safety gate gives every plan (docs/DATA.md, "Comparison"):
// CSV as the last field of each row, level and reason, as JSON and HTML carry it.
TEST(compare_formats, csv_carries_the_reassessment_and_gait_advice_in_every_row) {
    const auto result =
        run_coach("compare " + sample + " -p sprint-manual --as-of 2026-10-20 --format csv");
    EXPECT_EQ(result.exit_code, 0) << result.err;
    const auto rows = lines(result.out);
    ASSERT_EQ(rows.size(), 2u) << result.out;
    EXPECT_TRUE(rows[1].ends_with(
        ",\"advise: gait altered as last recorded (assessment of 2026-10-03), now 19 days after "
        "injury: see a clinician | advise: last assessment 17 days before this plan (2026-10-03): "
        "reassess pain, ASLR and strength before following it; the plan assumes the projected "
        "course\""))
        << rows[1];
}

// The table for people says where each plan's advice comes from, and what it did not use, as the
// JSON and HTML do (each plan's sources and rationale), within the terminal's width.
TEST(compare_formats, the_table_names_each_plans_sources_and_the_sessions_it_did_not_use) {
    const std::string compare =
        "compare " + sample
        + " -p sprint-manual -p protocol:nordic-petersen-2011 --as-of 2026-10-04";
    const auto wide = run_coach(compare + " --width 400");
    EXPECT_EQ(wide.exit_code, 0) << wide.err;
    const auto rows = lines(wide.out);
    EXPECT_NE(std::find(rows.begin(), rows.end(),
                        "note: 1 session logged after 2026-10-04, the day this plan starts from, "
                        "the first on 2026-10-05, was not used to plan it: plan from a later day "
                        "to take it into account."),
              rows.end())
        << wide.out;
    const auto sources = std::find(rows.begin(), rows.end(), "Sources");
    ASSERT_NE(sources, rows.end()) << wide.out;
    EXPECT_EQ(std::vector<std::string>(sources + 1, rows.end()),
              (std::vector<std::string>{
                  "sprint-manual:",
                  "  1. Derek M. Hansen, \"Hamstring Rehabilitation and Running Mechanics - Part "
                  "1\": a sprint coach's case study of a torn hamstring, with his answers in the "
                  "comment thread",
                  "protocol:nordic-petersen-2011:",
                  "  1. Petersen J, Thorborg K, Nielsen MB, Budtz-Jorgensen E, Holmich P. "
                  "Preventive effect of eccentric training on acute hamstring injuries in men's "
                  "soccer: a cluster-randomized controlled trial. Am J Sports Med. "
                  "2011;39(11):2296-2303. doi:10.1177/0363546511419277"}));
    // In 80 columns, the same lines wrapped.
    const auto narrow = run_coach(compare);
    EXPECT_EQ(narrow.exit_code, 0) << narrow.err;
    for (const auto& line : lines(narrow.out)) {
        EXPECT_LE(line.size(), 80u) << line;
    }
    EXPECT_NE(narrow.out.find("\nnote: 1 session logged after 2026-10-04"), std::string::npos);
    EXPECT_NE(narrow.out.find("\nSources\nsprint-manual:\n  1. Derek M. Hansen"), std::string::npos)
        << narrow.out;
}
