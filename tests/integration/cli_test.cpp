#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "coach/json.hpp"
#include "coach/report.hpp"
#include "support.hpp"

using coach::test::lines;
using coach::test::run_coach;

namespace {

const std::string sample = COACH_EXAMPLES_DIR "/athletes/sample.json";
const std::string fixtures = COACH_TEST_FIXTURES_DIR;

}  // namespace

TEST(cli, check_accepts_a_good_record) {
    const auto result = run_coach("check " + sample);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(result.out.rfind(sample + ": ok: athlete ath-001", 0), 0u) << result.out;
}

// A valid record with red flags is valid: exit 0, as for any valid record (check is about the
// file), but the ok line is followed by the gate's findings, so that no one reads "ok" as "safe
// to plan".
TEST(cli, check_reports_the_red_flags_of_a_valid_record_after_its_ok_line) {
    const auto file = fixtures + "/athletes/red_flags/same_day_assessments.json";
    const auto result = run_coach("--width 400 check " + file);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(lines(result.out),
              (std::vector<std::string>{
                  file
                      + ": ok: athlete same-day-assessments, grade 2 hamstring injury of "
                        "2026-08-10, 2 assessments, 0 log entries",
                  file
                      + ": stop: unable to bear weight recorded on 2026-08-12 and not lifted "
                        "since by a clinician's review: needs a medical assessment first (every "
                        "plan is withheld as a referral)",
                  file
                      + ": stop: a palpable gap at the injury site recorded on 2026-08-12 and "
                        "not lifted since by a clinician's review: possible complete tear, needs "
                        "imaging and a medical assessment (every plan is withheld as a referral)",
                  file
                      + ": advise: red flags not screened: no assessment up to 2026-08-12 "
                        "records numbness and tingling (present or absent): screen them before "
                        "loading"}));
}

TEST(cli, check_prints_one_line_per_problem_and_exits_2) {
    const auto file = fixtures + "/athletes/invalid/many_problems.json";
    const auto result = run_coach("check " + file);
    EXPECT_EQ(result.exit_code, 2);
    const auto printed = lines(result.err);
    ASSERT_EQ(printed.size(), 8u) << result.err;
    EXPECT_EQ(printed[2], "coach: " + file + ": /injury/grade: expected integer 0..4, got 7");
    EXPECT_TRUE(result.out.empty());
}

TEST(cli, check_names_a_missing_file) {
    const auto result = run_coach("check /nonexistent.json");
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_EQ(result.err,
              "coach: /nonexistent.json: cannot open the file: No such file or directory\n");
}

TEST(cli, every_command_names_an_unknown_philosophy_and_suggests_a_near_one) {
    for (const std::string command :
         {"plan -p stretch-ic", "compare -p stretch-ic", "today -p stretch-ic"}) {
        const auto result = run_coach(command + " " + sample);
        EXPECT_EQ(result.exit_code, 2) << command;
        EXPECT_EQ(result.err,
                  "coach: no philosophy 'stretch-ic' is loaded (did you mean 'stretch-ice'?); "
                  "`coach list` shows those found\n")
            << command;
    }
    // A loaded id by its first words, or a protocol's without its "protocol:" prefix.
    const std::vector<std::pair<std::string, std::string>> meant = {
        {"eccentric", "eccentric-strength"},
        {"nordic-petersen-2011", "protocol:nordic-petersen-2011"},
        {"nordic-petersen", "protocol:nordic-petersen-2011"}};
    for (const auto& [given, id] : meant) {
        for (const std::string command : {"plan", "compare", "today"}) {
            const auto result = run_coach(command + " -p " + given + " " + sample);
            EXPECT_EQ(result.exit_code, 2) << command << " -p " << given;
            EXPECT_EQ(result.err, "coach: no philosophy '" + given + "' is loaded (did you mean '"
                                      + id + "'?); `coach list` shows those found\n")
                << command;
        }
    }
    // Near none: every loaded one is named (trial 43).
    const std::string loaded_ids =
        "eccentric-strength, protocol:nordic-petersen-2011, "
        "protocol:running-strength-heiderscheit-2010, sprint-manual, stretch-ice";
    const auto far = run_coach("compare -p zzz " + sample);
    EXPECT_EQ(far.exit_code, 2);
    EXPECT_EQ(far.err, "coach: no philosophy 'zzz' is loaded: one of " + loaded_ids + "\n");
}

TEST(cli, usage_errors_exit_2) {
    EXPECT_EQ(run_coach("").exit_code, 2);
    EXPECT_EQ(run_coach("frobnicate").exit_code, 2);
    EXPECT_EQ(run_coach("plan " + sample).exit_code, 2);  // no -p
    EXPECT_EQ(run_coach("compare " + sample + " --format yaml").exit_code, 2);
    EXPECT_EQ(run_coach("plan -p nobody " + sample).exit_code, 2);
}

TEST(cli, help_teaches_the_commands) {
    const auto result = run_coach("--help");
    EXPECT_EQ(result.exit_code, 0);
    for (const auto* word : {"list", "check", "plan", "compare", "Exit codes"}) {
        EXPECT_NE(result.out.find(word), std::string::npos) << word;
    }
}

TEST(cli, list_refuses_bad_plugins_with_exit_3_and_keeps_the_good) {
    const auto result = run_coach("--plugins " + std::string{COACH_FIXTURE_PLUGIN_DIR} + " list");
    EXPECT_EQ(result.exit_code, 3);
    EXPECT_NE(result.out.find("fixture-good"), std::string::npos) << result.out;
    EXPECT_NE(result.err.find("SDK major version mismatch: plugin built with SDK 4.0, engine has "
                              "SDK 3.0"),
              std::string::npos)
        << result.err;
    EXPECT_NE(result.err.find("no entry symbol coach_create"), std::string::npos);
    EXPECT_NE(result.err.find("duplicate philosophy id 'fixture-duplicate'"), std::string::npos);
    for (const auto& line : lines(result.err)) {
        EXPECT_EQ(line.rfind("coach: plugin ", 0), 0u) << line;
    }
}

TEST(cli, plan_through_a_throwing_plugin_exits_3_naming_it) {
    const auto result = run_coach("--plugins " + coach::test::fixture_plugin("throws_std").string()
                                  + " plan -p fixture-throws-std " + sample);
    EXPECT_EQ(result.exit_code, 3);
    EXPECT_EQ(result.err,
              "coach: plugin 'fixture-throws-std' failed: plan() threw the fixture always fails\n");
}

TEST(cli, plan_prints_json_in_the_contract) {
    const auto result = run_coach("--plugins " + coach::test::fixture_plugin("good").string()
                                  + " plan -p fixture-good " + sample + " --format json --days 3");
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const auto plan = coach::json::decode_plan(result.out);
    ASSERT_TRUE(plan.value) << result.out;
    // 2026-10-05 has a logged session: the engine does not prescribe that day again.
    EXPECT_EQ(plan.value->sessions.size(), 2u);
    EXPECT_EQ(plan.value->sessions.front().date.iso(), "2026-10-06");
    EXPECT_EQ(plan.value->as_of.iso(), "2026-10-05");  // the record's last dated entry
}

TEST(cli, compare_shows_each_philosophy_side_by_side) {
    const auto result =
        run_coach("--plugins " + coach::test::fixture_plugin("good").string() + " --plugins "
                  + coach::test::fixture_plugin("throws_std").string() + " compare " + sample);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    const auto printed = lines(result.out);
    const auto header = std::find_if(printed.begin(), printed.end(),
                                     [](const auto& line) { return line.rfind("metric", 0) == 0; });
    ASSERT_NE(header, printed.end()) << result.out;
    EXPECT_NE(header->find("fixture-good"), std::string::npos);
    EXPECT_NE(header->find("fixture-throws-std"), std::string::npos);
    EXPECT_NE(result.out.find("cross_training (min)"), std::string::npos) << result.out;
    EXPECT_NE(result.err.find("plugin 'fixture-throws-std' failed"), std::string::npos);
}

TEST(cli, compare_writes_the_comparison_json_to_a_file) {
    const auto output = std::filesystem::temp_directory_path() / "coach-cli-compare.json";
    const auto result = run_coach("--plugins " + coach::test::fixture_plugin("good").string()
                                  + " compare " + sample + " --format json -o " + output.string());
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const auto text = coach::test::read_file(output);
    std::filesystem::remove(output);
    EXPECT_NE(text.find("\"schema\": \"coach.comparison/1\""), std::string::npos);
    // 41 x 20: the first day has a logged session and is not prescribed again.
    EXPECT_NE(text.find("\"cross_training_min\": 820"), std::string::npos) << text;
}

TEST(cli, today_reports_a_logged_session_and_what_follows_instead_of_a_rest_day) {
    // The handed case: a draggy session stopped at 3/10, above sprint-manual's 2/10, logged on
    // the day asked for. The page reports it, the plugin's answer (no running the next day, then
    // below the dose that hurt), and the next session; it never calls the day a rest day.
    const auto result = run_coach("today -p sprint-manual " + fixtures
                                  + "/athletes/today/today-after-logged-session.json --date "
                                    "2026-04-08");
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(result.out.find("Rest day"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("Logged today: Acceleration: 3 x 10 m at 50%; not finished; pain "
                              "3/10 during\n  it; the hamstring felt draggy.\n"
                              "What follows: The session of 2026-04-08 (10 m at 50%) ended with "
                              "pain above\n  the light tug this work allows, during it or the "
                              "next day (3/10): no running"),
              std::string::npos)
        << result.out;
    EXPECT_NE(result.out.find("Next session, Thursday 2026-04-09: "), std::string::npos)
        << result.out;
    EXPECT_NE(result.out.find("Your pain is already above this plan's limit of 2/10"),
              std::string::npos)
        << result.out;
}

TEST(cli, today_prints_the_day_for_the_athlete) {
    const auto result = run_coach("--plugins " + coach::test::fixture_plugin("good").string()
                                  + " today -p fixture-good " + sample + " --date 2026-10-08");
    ASSERT_EQ(result.exit_code, 0) << result.err;
    // The session item by item, then the week one line a day, then the pain limit.
    EXPECT_EQ(result.out,
              "Thursday 2026-10-08, fixture-good\n"
              "Today, walking: recovery\n"
              "\n"
              "1. Gentle cycling: 20 min\n"
              "     easy spin\n"
              "\n"
              "This week\n"
              "  Thu 2026-10-08  recovery\n"
              "  Fri 2026-10-09  recovery\n"
              "  Sat 2026-10-10  recovery\n"
              "  Sun 2026-10-11  no session until reassessed\n"
              "  Mon 2026-10-12  no session until reassessed\n"
              "  Tue 2026-10-13  no session until reassessed\n"
              "  Wed 2026-10-14  no session until reassessed\n"
              "\n"
              "Stop and tell your clinician if pain goes above 3/10.\n");
}

// The user trial: an athlete never assessed since the injury was given loading on day 3 by a page
// that also told them to be assessed. Never assessed, no day is prescribed from the projection
// alone, from the injury day on (safety::unassessed_gap()), for every philosophy.
TEST(cli, today_prescribes_no_session_to_an_athlete_never_assessed) {
    const auto record = fixtures + "/athletes/today/never-assessed.json";
    for (const std::string philosophy : {"eccentric-strength", "sprint-manual", "stretch-ice"}) {
        const auto result =
            run_coach("--width 1000 today -p " + philosophy + " " + record + " --date 2026-10-04");
        ASSERT_EQ(result.exit_code, 0) << result.err;
        EXPECT_NE(result.out.find("\nNo session today: nothing measured since the injury on "
                                  "2026-10-01, 3 days before 2026-10-04: the projected course of "
                                  "recovery alone is not enough to train on (the project's rule); "
                                  "have pain, ASLR and strength assessed first.\n"),
                  std::string::npos)
            << philosophy << "\n"
            << result.out;
        EXPECT_EQ(result.out.find("Today, "), std::string::npos) << result.out;
        EXPECT_EQ(result.out.find("Next session"), std::string::npos) << result.out;
        EXPECT_EQ(result.out.find("Not assessed yet"), std::string::npos) << result.out;
        EXPECT_NE(result.out.find("  Sun 2026-10-04  no session until reassessed\n"),
                  std::string::npos)
            << result.out;
        EXPECT_NE(result.out.find("  Sat 2026-10-10  no session until reassessed\n"),
                  std::string::npos)
            << result.out;
    }
    // On the injury day itself, too.
    const auto first =
        run_coach("--width 1000 today -p eccentric-strength " + record + " --date 2026-10-01");
    ASSERT_EQ(first.exit_code, 0) << first.err;
    EXPECT_NE(
        first.out.find("No session today: nothing measured since the injury on 2026-10-01: the "
                       "projected course"),
        std::string::npos)
        << first.out;
}

// Months past the last assessment (2026-10-03), the day's page prescribes nothing from the
// projection: no session, why, and what to reassess (safety::unassessed_gap()).
TEST(cli, today_months_past_the_last_assessment_prescribes_no_session) {
    const auto result = run_coach("today -p sprint-manual " + sample + " --date 2027-02-10");
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("No session today: last assessed on 2026-10-03, 130 days before "
                              "2027-02-10:\n  past 7 days the projected course of recovery alone"),
              std::string::npos)
        << result.out;
    EXPECT_EQ(result.out.find("Next session"), std::string::npos) << result.out;
    EXPECT_EQ(result.out.find("Acceleration"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("  Tue 2027-02-16  no session until reassessed\n"), std::string::npos)
        << result.out;
}

// A plan made weeks past the last assessment (2026-10-03) is kept whole, but the gate says so once
// in every plan (safety::unassessed_plan_advice()): plan, compare and cohort alike.
TEST(cli, a_plan_weeks_past_the_last_assessment_says_what_to_reassess) {
    const std::string advice =
        "last assessment 28 days before this plan (2026-10-03): reassess pain, ASLR and strength "
        "before following it; the plan assumes the projected course";
    const auto json = run_coach("plan -p sprint-manual --as-of 2026-10-31 --format json " + sample);
    ASSERT_EQ(json.exit_code, 0) << json.err;
    const auto plan = coach::json::decode_plan(json.out);
    ASSERT_TRUE(plan.value) << json.out;
    EXPECT_FALSE(plan.value->sessions.empty()) << "the plan is not cut";
    EXPECT_EQ(std::count(plan.value->referrals.begin(), plan.value->referrals.end(),
                         coach::Referral{coach::ReferralLevel::advise, advice}),
              1);

    const auto text = run_coach("plan -p sprint-manual --as-of 2026-10-31 " + sample);
    ASSERT_EQ(text.exit_code, 0) << text.err;
    EXPECT_NE(text.out.find("reassess pain, ASLR and strength"), std::string::npos) << text.out;
    const auto compare = run_coach("compare --as-of 2026-10-31 " + sample);
    ASSERT_EQ(compare.exit_code, 0) << compare.err;
    std::size_t said = 0;
    for (const auto* out : {&text.out, &compare.out}) {
        for (const auto& line : lines(*out)) {
            EXPECT_LE(line.size(), 80u) << line;
        }
    }
    for (std::size_t at = compare.out.find("reassess pain, ASLR"); at != std::string::npos;
         at = compare.out.find("reassess pain, ASLR", at + 1)) {
        ++said;
    }
    EXPECT_EQ(said, 1u) << "once, for every plan:\n" << compare.out;
    EXPECT_NE(compare.out.find("referral (advise, safety gate, every plan): last assessment 28"),
              std::string::npos)
        << compare.out;

    // The sample as one JSON line, as cohort reads records.
    const auto jsonl = std::filesystem::temp_directory_path() / "coach-cli-reassess.jsonl";
    {
        std::ifstream in{sample};
        std::string record{std::istreambuf_iterator<char>{in}, {}};
        std::erase(record, '\n');
        std::ofstream{jsonl} << record << '\n';
    }
    const auto cohort = run_coach("cohort --as-of 2026-10-31 " + jsonl.string());
    ASSERT_EQ(cohort.exit_code, 0) << cohort.err;
    EXPECT_NE(cohort.out.find("\"horizon_days\":42,\"reassess\":\"" + advice + "\",\"metrics\""),
              std::string::npos)
        << cohort.out;
    // Within the window (2026-10-05, 2 days after it), no word of it.
    const auto within = run_coach("cohort " + jsonl.string());
    EXPECT_NE(within.out.find("\"as_of\":\"2026-10-05\""), std::string::npos) << within.out;
    EXPECT_EQ(within.out.find("reassess\""), std::string::npos) << within.out;
    std::filesystem::remove(jsonl);
}

TEST(cli, today_on_a_red_flag_sends_the_athlete_to_a_clinician) {
    const auto result = run_coach("--plugins " + coach::test::fixture_plugin("good").string()
                                  + " today -p fixture-good " + fixtures
                                  + "/athletes/red_flags/numbness.json --date 2026-10-05");
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("STOP, see a clinician: numbness recorded on 2026-10-04"),
              std::string::npos)
        << result.out;
    EXPECT_NE(result.out.find("No session"), std::string::npos);
}

TEST(cli, today_refuses_a_day_before_the_injury) {
    const auto result = run_coach("--plugins " + coach::test::fixture_plugin("good").string()
                                  + " today -p fixture-good " + sample + " --date 2026-09-01");
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_EQ(result.err, "coach: --date 2026-09-01 comes before the injury date 2026-10-01 of "
                              + sample + " (/injury/date)\n");
}

TEST(cli, a_trust_list_refuses_unlisted_plugins_printing_their_digest) {
    const auto list = std::filesystem::temp_directory_path() / "coach-cli-trust.txt";
    {
        std::ofstream out{list};
        out << "# administrators' list\n" << std::string(64, 'a') << " some_other.so\n";
    }
    const auto result = run_coach("--trust " + list.string() + " --plugins "
                                  + coach::test::fixture_plugin("good").string() + " list");
    EXPECT_EQ(result.exit_code, 3);
    EXPECT_NE(result.err.find("not on the trust list: sha256 "), std::string::npos) << result.err;
    {
        std::ofstream out{list};
        out << "not-a-digest\n";
    }
    const auto bad = run_coach("--trust " + list.string() + " list");
    std::filesystem::remove(list);
    EXPECT_EQ(bad.exit_code, 2);
    EXPECT_EQ(bad.err, "coach: " + list.string()
                           + ":1: expected a lower-case hex SHA-256, got \"not-a-digest\"\n");
}

TEST(cli, compare_takes_one_philosophy_per_p_and_keeps_the_record_argument) {
    const auto result =
        run_coach("--plugins " + coach::test::fixture_plugin("good").string() + " --plugins "
                  + coach::test::fixture_plugin("set").string()
                  + " compare -p fixture-good -p fixture-set-b " + sample + " --format csv");
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const auto rows = lines(result.out);
    ASSERT_EQ(rows.size(), 3u) << result.out;
    EXPECT_EQ(rows[1].rfind("fixture-good,ok,", 0), 0u);
    EXPECT_EQ(rows[2].rfind("fixture-set-b,ok,", 0), 0u);
}

// A philosophy named twice is compared once, where it was first named, with a warning (as cohort
// runs it once: command_line_test.cpp).
TEST(cli, compare_shows_a_philosophy_named_twice_once_and_warns) {
    const auto result = run_coach("--plugins " + coach::test::fixture_plugin("good").string()
                                  + " --plugins " + coach::test::fixture_plugin("set").string()
                                  + " compare -p fixture-set-b -p fixture-good -p fixture-set-b "
                                  + sample + " --format csv");
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const auto rows = lines(result.out);
    ASSERT_EQ(rows.size(), 3u) << result.out;
    EXPECT_EQ(rows[1].rfind("fixture-set-b,ok,", 0), 0u);
    EXPECT_EQ(rows[2].rfind("fixture-good,ok,", 0), 0u);
    EXPECT_EQ(result.err,
              "coach: warning: -p fixture-set-b is given more than once; it runs once, where "
              "first given\n");
}

TEST(cli, every_numeric_option_refuses_nan_negative_and_out_of_range_values_naming_its_range) {
    const std::string plan = "plan -p eccentric-strength " + sample;
    const std::vector<std::pair<std::string, std::string>> refused = {
        {"--isolate --plugin-timeout nan list",
         "--plugin-timeout: expected a number from 0.001 to 86400 seconds, got \"nan\""},
        {"--isolate --plugin-timeout -1 list",
         "--plugin-timeout: expected a number from 0.001 to 86400 seconds, got \"-1\""},
        {"--isolate --plugin-timeout inf list",
         "--plugin-timeout: expected a number from 0.001 to 86400 seconds, got \"inf\""},
        {"--isolate --plugin-memory -1 list",
         "--plugin-memory: expected a whole number from 0 to 1048576 MB, got \"-1\""},
        {"--isolate --plugin-memory 1e3 list",
         "--plugin-memory: expected a whole number from 0 to 1048576 MB, got \"1e3\""},
        {"synth --count -1", "--count: expected a whole number from 0 to 1000000000, got \"-1\""},
        {"synth --count 1 --seed -3",
         "--seed: expected a whole number from 0 to 18446744073709551615, got \"-3\""},
        {"cohort - --threads 0", "--threads: expected a whole number from 1 to 1024, got \"0\""},
        {"cohort - --threads -1", "--threads: expected a whole number from 1 to 1024, got \"-1\""},
        {"cohort - --days 366", "--days: expected a whole number from 1 to 365 days, got \"366\""},
        {plan + " --days nan", "--days: expected a whole number from 1 to 365 days, got \"nan\""},
        {"compare " + sample + " --days 4294967338",
         "--days: expected a whole number from 1 to 365 days, got \"4294967338\""},
        {"validate-plugin x.so --time-limit nan",
         "--time-limit: expected a number from 0.001 to 86400 seconds, got \"nan\""},
        {"validate-plugin x.so --memory-limit -5",
         "--memory-limit: expected a whole number from 0 to 1048576 MiB, got \"-5\""},
    };
    for (const auto& [arguments, message] : refused) {
        SCOPED_TRACE(arguments);
        const auto result = run_coach(arguments);
        EXPECT_EQ(result.exit_code, 2);
        // A global option is explained by `coach --help`, a command's own by the command's.
        const auto help = arguments.starts_with("--")
                              ? std::string{"coach --help"}
                              : "coach " + arguments.substr(0, arguments.find(' ')) + " --help";
        EXPECT_EQ(result.err, "coach: " + message + " (" + help + " lists the options)\n");
        EXPECT_EQ(result.out, "");
    }
}

// The README's embedding example (decode, then compare with the record's own request) gives what
// `coach compare` prints for the same file: a record's as_of is the request of both.
TEST(cli, the_embedding_example_plans_from_the_records_own_as_of_like_coach_compare) {
    const std::string file = fixtures + "/athletes/eccentric_strength/grade2_with_log.json";
    const auto decoded = coach::json::decode_athlete(coach::test::read_file(file));
    ASSERT_TRUE(decoded.value);
    ASSERT_TRUE(decoded.value->request.as_of) << "the fixture must carry its own as_of";
    const auto comparison =
        coach::test::bundled_engine().compare(decoded.value->athlete, decoded.value->request);
    EXPECT_EQ(comparison.as_of, *decoded.value->request.as_of);

    const auto result = run_coach("compare " + file + " --width 80");
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(result.out, coach::report::comparison_table(comparison, 80));
}

// One rule for plugins that fail to load: each is named on stderr, every command that runs the
// plugins does its work with those that loaded, then exits 3; check, which runs none, exits 0.
TEST(cli, a_plugin_path_that_cannot_be_loaded_is_named_and_every_command_exits_3_after_its_work) {
    const std::string missing = "/no/such/plugin-dir";
    const std::string refused = "coach: plugin " + missing + ": no such plugin file or folder\n";
    const std::string cohort = fixtures + "/cohort/synth_seed_7.jsonl --threads 1";
    for (const std::string& command : std::vector<std::string>{
             "list", "compare " + sample, "compare --format csv " + sample,
             "plan -p eccentric-strength " + sample,
             "today -p sprint-manual --date 2026-10-08 " + sample, "cohort " + cohort}) {
        const auto without = run_coach(command);
        ASSERT_EQ(without.exit_code, 0) << command << without.err;
        const auto result = run_coach("--plugins " + missing + " " + command);
        EXPECT_EQ(result.exit_code, 3) << command;
        EXPECT_EQ(result.out, without.out) << command << ": the work is done all the same";
        EXPECT_EQ(result.err, refused + without.err) << command;
    }
    const auto check = run_coach("--plugins " + missing + " check " + sample);
    EXPECT_EQ(check.exit_code, 0);
    EXPECT_EQ(check.err, refused);

    // A folder holding refused files alongside a good one: the good one is compared.
    const auto mixed = run_coach("--plugins " + std::string{COACH_FIXTURE_PLUGIN_DIR}
                                 + " compare --format csv -p fixture-good " + sample);
    EXPECT_EQ(mixed.exit_code, 3) << mixed.err;
    EXPECT_EQ(lines(mixed.out).at(1).rfind("fixture-good,ok,", 0), 0u) << mixed.out;
    EXPECT_NE(mixed.err.find("duplicate philosophy id 'fixture-duplicate'"), std::string::npos);
}
