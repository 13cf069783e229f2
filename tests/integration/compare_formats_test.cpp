#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

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
              "manual_therapy_min,stretch_min,ice_min,cross_training_min,error,reason\n"
              // The record's as_of has a logged session: 6 days planned, none a rest day.
              "fixture-good,ok,,,,,,,6,0,0,0,0,0,0,0,0,0,0,120,,\n"
              "fixture-throws-std,error,,,,,,,,,,,,,,,,,,,plugin 'fixture-throws-std' failed: "
              "plan() threw the fixture always fails,\n");
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
