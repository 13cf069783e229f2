#include "coach/cohort.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <utility>
#include <vector>

#include "support.hpp"

using coach::test::lines;
using coach::test::run_coach;

namespace {

const std::string mixed = COACH_TEST_FIXTURES_DIR "/cohort/mixed.jsonl";
// Four records the decoder warns about or not: a grade 2b whose notes say "MRI: BAMIC 4c", an
// unknown key, a clean record, and a rejected record (grade 7) with an unknown key of text.
const std::string warned = COACH_TEST_FIXTURES_DIR "/cohort/warnings.jsonl";

std::string fixture_good() {
    return coach::test::fixture_plugin("good").string();
}

// A file name in the temporary folder, unique to this process, removed with the object.
struct TemporaryFile {
    std::filesystem::path path;
    explicit TemporaryFile(const std::string& name)
        : path(std::filesystem::temp_directory_path()
               / ("coach-cohort-" + std::to_string(getpid()) + "-" + name)) {}
    ~TemporaryFile() { std::filesystem::remove(path); }
};

// Only the fixture philosophy, whose plan is one 20-minute ride a day: every metric is known.
std::string cohort_command(const std::string& arguments) {
    return "--plugins " + fixture_good() + " cohort -p fixture-good " + arguments;
}

// The result line of an ok record of athlete `id` planned for `days` days from 2026-03-05, with
// `warnings` (a JSON array) when given.
std::string ok_line(int line, const std::string& id, int grade, int days,
                    const std::string& warnings = "") {
    const auto n = std::to_string(days);
    return "{\"line\":" + std::to_string(line) + ",\"athlete\":\"" + id
           + "\",\"status\":\"ok\",\"grade\":" + std::to_string(grade)
           + ",\"as_of\":\"2026-03-05\",\"horizon_days\":" + n
           + (warnings.empty() ? "" : ",\"warnings\":" + warnings)
           // Never assessed since the injury of 2026-03-01: every plan carries the advice.
           + ",\"reassess\":\"nothing measured since the injury, 4 days before this plan "
             "(2026-03-01): assess pain, ASLR and strength before following it; the plan "
             "assumes the projected course\""
           + ",\"metrics\":{\"fixture-good\":{\"status\":\"ok\",\"days_to_first_run\":null,"
             "\"days_to_full_speed\":null,\"return_to_run\":null,\"return_to_sport\":null,"
             "\"beyond_horizon\":[],\"projected_milestones\":[],\"sessions\":"
           + n
           + ",\"projected_sessions\":0,\"rest_days\":0,\"eccentric_reps\":0,"
             "\"strength_reps\":0,\"isometric_s\":0,\"sprint_m\":0,"
             "\"high_speed_m\":0,\"manual_therapy_min\":0,\"stretch_min\":0,\"ice_min\":0,"
             "\"cross_training_min\":"
           + std::to_string(20 * days) + "}}}";
}

std::string ok_line(int line, int grade, int days) {
    return ok_line(line, std::string{"coh-"} + (line < 10 ? "0" : "") + std::to_string(line), grade,
                   days);
}

// `text` as inside a JSON string, for text whose only character to escape is '"'.
std::string json_quotes_escaped(const std::string& text) {
    std::string escaped;
    for (const char c : text) {
        escaped += c == '"' ? std::string{"\\\""} : std::string{c};
    }
    return escaped;
}

const std::string bamic_4c_warning =
    "says \"BAMIC 4c\", but injury records grade 2 at site b: the worse grade is read (the "
    "worst reading wins), so the safety gate stops every plan as for a recorded grade 4 at site "
    "c; correct the one that is wrong";

}  // namespace

TEST(cohort, writes_one_line_per_record_in_input_order_with_two_threads) {
    const auto result = run_coach(cohort_command(mixed + " --threads 2"));
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const auto out = lines(result.out);
    ASSERT_EQ(out.size(), 11u) << result.out;  // 12 lines, one of them blank
    EXPECT_EQ(out[0], ok_line(1, 1, 4));
    EXPECT_EQ(out[1], ok_line(2, 2, 10));
    EXPECT_EQ(out[2].rfind("{\"line\":3,\"athlete\":null,\"status\":\"rejected\",\"problem\":"
                           "{\"pointer\":\"\",\"message\":\"not valid JSON",
                           0),
              0u)
        << out[2];
    EXPECT_EQ(out[3],
              "{\"line\":5,\"athlete\":\"coh-05\",\"status\":\"rejected\",\"problem\":{\"pointer\":"
              "\"/assessments/0/pain_rest\",\"message\":\"expected integer 0..10, got 11\"}}");
    EXPECT_EQ(out[4],
              "{\"line\":6,\"athlete\":\"coh-06\",\"status\":\"rejected\",\"problem\":{\"pointer\":"
              "\"/schema\",\"message\":\"expected \\\"coach.athlete/1\\\", got "
              "\\\"coach.plan/1\\\"\"}}");
    EXPECT_EQ(out[5].rfind("{\"line\":7,\"athlete\":\"coh-07\",\"status\":\"referral\",\"grade\":4,"
                           "\"as_of\":\"2026-03-05\",\"horizon_days\":5,\"referrals\":[\"",
                           0),
              0u)
        << out[5];
    EXPECT_NE(out[5].find("\"metrics\":{\"fixture-good\":{\"status\":\"referral\"}}}"),
              std::string::npos)
        << out[5];
    EXPECT_EQ(out[6], ok_line(8, 0, 1));
    EXPECT_EQ(out[10], ok_line(12, 2, 8));
}

TEST(cohort, names_each_bad_line_with_its_number_and_json_pointer) {
    const auto result = run_coach(cohort_command(mixed + " --threads 2"));
    ASSERT_EQ(result.exit_code, 0) << result.err;  // a run with rejected lines still completes
    const auto err = lines(result.err);
    ASSERT_GE(err.size(), 3u) << result.err;
    EXPECT_EQ(err[0].rfind("coach: " + mixed + ":3: not valid JSON at line 1, column ", 0), 0u)
        << err[0];
    EXPECT_EQ(err[1],
              "coach: " + mixed + ":5: /assessments/0/pain_rest: expected integer 0..10, got 11");
    EXPECT_EQ(err[2], "coach: " + mixed
                          + ":6: /schema: expected \"coach.athlete/1\", got \"coach.plan/1\"");
    EXPECT_EQ(err[3], "Cohort: 11 records: 7 ok, 1 referral, 3 rejected (1 blank line skipped)");
}

// The decoder's warnings (docs/DATA.md, "Cohort"): a grade read from the notes over the recorded
// one, which is why the line says grade 4 and referral for a record of grade 2, and unknown keys,
// in the words `coach compare` uses; a clean record carries none; a rejected record carries
// its warnings after its problem.
TEST(cohort, a_record_the_decoder_warns_about_carries_its_warnings_in_its_line) {
    const auto result = run_coach(cohort_command(warned + " --threads 2"));
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const auto out = lines(result.out);
    ASSERT_EQ(out.size(), 4u) << result.out;
    EXPECT_EQ(out[0],
              "{\"line\":1,\"athlete\":\"warn-01\",\"status\":\"referral\",\"grade\":4,"
              "\"as_of\":\"2026-03-05\",\"horizon_days\":3,\"warnings\":[{\"pointer\":"
              "\"/assessments/0/notes\",\"message\":\""
                  + json_quotes_escaped(bamic_4c_warning)
                  + "\"}],\"referrals\":[\"grade 4 (complete) tear: needs a surgical opinion "
                    "before any rehabilitation plan\"],\"metrics\":{\"fixture-good\":{"
                    "\"status\":\"referral\"}}}");
    EXPECT_EQ(out[1], ok_line(2, "warn-02", 1, 2,
                              "[{\"pointer\":\"/height_cm\",\"message\":\"unknown field "
                              "\\\"height_cm\\\", ignored\"}]"));
    EXPECT_EQ(out[2], ok_line(3, "warn-03", 1, 4));
    EXPECT_EQ(out[3],
              "{\"line\":4,\"athlete\":\"warn-04\",\"status\":\"rejected\",\"problem\":{"
              "\"pointer\":\"/injury/grade\",\"message\":\"expected integer 0..4, got 7\"},"
              "\"warnings\":[{\"pointer\":\"/comment\",\"message\":\"unknown field "
              "\\\"comment\\\", ignored except for red-flag words\"}]}");
}

TEST(cohort, names_each_warning_on_stderr_and_counts_the_records_that_have_some) {
    const TemporaryFile summary{"warned-summary.json"};
    const auto result = run_coach(
        cohort_command(warned + " --threads 2 -o /dev/null --summary " + summary.path.string()));
    ASSERT_EQ(result.exit_code, 0) << result.err;  // warnings do not fail the run
    const auto err = lines(result.err);
    ASSERT_GE(err.size(), 6u) << result.err;
    EXPECT_EQ(err[0],
              "coach: warning: " + warned + ":1: /assessments/0/notes: " + bamic_4c_warning);
    EXPECT_EQ(err[1], "coach: warning: " + warned + ":2: /height_cm: unknown field \"height_cm\", "
                                                    "ignored");
    EXPECT_EQ(err[2], "coach: " + warned + ":4: /injury/grade: expected integer 0..4, got 7");
    EXPECT_EQ(err[3], "coach: warning: " + warned
                          + ":4: /comment: unknown field \"comment\", ignored except for "
                            "red-flag words");
    EXPECT_EQ(err[4], "Cohort: 4 records: 2 ok, 1 referral, 1 rejected");
    EXPECT_EQ(err[5], "3 records with warnings, each listed in its result line (\"warnings\")");
    EXPECT_NE(coach::test::read_file(summary.path)
                  .find("  \"rejected\": 1,\n  \"blank_lines\": 0,\n  \"with_warnings\": 3,\n"),
              std::string::npos)
        << coach::test::read_file(summary.path);
}

// A cohort of a million records with warnings must not print a million lines: the first ten
// warnings, then how many more; every line still carries its own.
TEST(cohort, prints_at_most_ten_warnings_on_stderr_and_counts_the_rest) {
    const auto unknown_key = lines(coach::test::read_file(warned)).at(1);
    std::string input;
    for (int i = 0; i < 25; ++i) {  // 25 athletes: an id given twice would be warned about too
        auto line = unknown_key;
        line.replace(line.find("\"warn-02\""), 9, "\"warn-" + std::to_string(100 + i) + "\"");
        input += line + "\n";
    }
    const TemporaryFile athletes{"warned-25.jsonl"};
    std::ofstream{athletes.path} << input;
    const auto name = athletes.path.string();
    const auto result = run_coach(cohort_command(name + " --threads 2"));
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const auto err = lines(result.err);
    ASSERT_GE(err.size(), 13u) << result.err;
    for (std::size_t i = 0; i < 10; ++i) {
        EXPECT_EQ(err[i], "coach: warning: " + name + ":" + std::to_string(i + 1)
                              + ": /height_cm: unknown field \"height_cm\", ignored");
    }
    EXPECT_EQ(err[10], "coach: warning: " + name
                           + ": 15 more warnings not shown: see \"warnings\" in the result lines");
    EXPECT_EQ(err[11], "Cohort: 25 records: 25 ok, 0 referral, 0 rejected");
    EXPECT_EQ(err[12], "25 records with warnings, each listed in its result line (\"warnings\")");
    const auto out = lines(result.out);
    ASSERT_EQ(out.size(), 25u);
    for (const auto& line : out) {
        EXPECT_NE(line.find(",\"warnings\":[{\"pointer\":\"/height_cm\","), std::string::npos)
            << line;
    }
}

TEST(cohort, summary_counts_add_up_and_give_median_and_quartiles_by_hand) {
    const TemporaryFile summary{"summary.json"};
    const auto result =
        run_coach(cohort_command(mixed + " --threads 2 --summary " + summary.path.string()));
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const auto text = coach::test::read_file(summary.path);
    // records = ok + referral + rejected: 11 = 7 + 1 + 3
    EXPECT_NE(text.find("\"records\": 11,\n  \"ok\": 7,\n  \"referral\": 1,\n  \"not_applicable\": "
                        "0,\n  \"rejected\": 3,\n"
                        "  \"blank_lines\": 1,"),
              std::string::npos)
        << text;
    // sessions over the 7 ok plans: 1 2 4 6 7 8 10 -> Q1 h=1.5: 3, median 6, Q3 h=4.5: 7.5
    EXPECT_NE(text.find("\"sessions\": {\"n\": 7, \"median\": 6, \"q1\": 3, \"q3\": 7.5}"),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("\"cross_training_min\": {\"n\": 7, \"median\": 120, \"q1\": 60, \"q3\": "
                        "150}"),
              std::string::npos);
    // grade 2: 6 8 10
    EXPECT_NE(text.find("\"grade\": 2,\n          \"athletes\": 3,\n          \"ok\": 3,"),
              std::string::npos);
    EXPECT_NE(text.find("\"sessions\": {\"n\": 3, \"median\": 8, \"q1\": 7, \"q3\": 9}"),
              std::string::npos);
    // the grade 4 record was withheld by the safety gate
    EXPECT_NE(text.find("\"grade\": 4,\n          \"athletes\": 1,\n          \"ok\": 0,\n"
                        "          \"referral\": 1,"),
              std::string::npos);
}

TEST(cohort, one_thread_and_two_threads_write_the_same_bytes) {
    const auto one = run_coach(cohort_command(mixed + " --threads 1"));
    const auto two = run_coach(cohort_command(mixed + " --threads 2"));
    EXPECT_EQ(one.exit_code, 0);
    EXPECT_EQ(one.out, two.out);
    EXPECT_EQ(one.err, two.err);
}

TEST(cohort, keeps_a_long_synthetic_stream_in_order_with_two_threads) {
    const TemporaryFile athletes{"athletes.jsonl"};
    ASSERT_EQ(run_coach("synth --count 300 --seed 3 -o " + athletes.path.string()).exit_code, 0);
    const TemporaryFile results{"results.jsonl"};
    const auto result = run_coach(
        cohort_command(athletes.path.string() + " --threads 2 -o " + results.path.string()));
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const auto out = lines(coach::test::read_file(results.path));
    ASSERT_EQ(out.size(), 300u);
    for (std::size_t i = 0; i < out.size(); ++i) {
        const auto number = std::to_string(i + 1);
        const auto id = "syn-" + std::string(7 - number.size(), '0') + number;
        const auto expected = "{\"line\":" + number + ",\"athlete\":\"" + id + "\",\"status\":\"";
        ASSERT_EQ(out[i].rfind(expected, 0), 0u) << out[i];
        EXPECT_EQ(out[i].find("rejected"), std::string::npos) << out[i];
    }
}

TEST(cohort, reads_stdin_and_names_it_in_errors) {
    const auto result = run_coach(cohort_command("- --threads 2 < " + mixed));
    EXPECT_EQ(result.exit_code, 0);
    EXPECT_EQ(lines(result.out).size(), 11u);
    EXPECT_NE(result.err.find("coach: <stdin>:5: /assessments/0/pain_rest: expected integer 0..10, "
                              "got 11\n"),
              std::string::npos)
        << result.err;
}

TEST(cohort, an_unreadable_input_exits_2_naming_it) {
    const auto result = run_coach(cohort_command("/nonexistent.jsonl"));
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_EQ(result.err,
              "coach: /nonexistent.jsonl: cannot open the file: No such file or directory\n");
    EXPECT_TRUE(result.out.empty());
}

TEST(cohort, help_says_rejected_lines_do_not_fail_the_run) {
    const auto result = run_coach("cohort --help");
    EXPECT_EQ(result.exit_code, 0);
    EXPECT_NE(result.out.find("Exits 0 when the run completes, even when some lines were rejected"),
              std::string::npos)
        << result.out;
}

namespace {

const coach::Engine& fixture_engine() {
    static const coach::Engine engine{coach::EngineOptions{
        .plugin_paths = {fixture_good()}, .use_environment = false, .use_bundled = false}};
    return engine;
}

}  // namespace

TEST(cohort_library, reports_rejected_lines_and_progress_in_input_order) {
    std::istringstream in{coach::test::read_file(mixed)};
    std::ostringstream out;
    std::vector<std::uint64_t> rejected;
    std::vector<std::uint64_t> progress;
    coach::CohortOptions options;
    options.threads = 2;
    options.on_rejected = [&](const coach::RejectedLine& line) { rejected.push_back(line.line); };
    const auto summary = coach::run_cohort(
        fixture_engine(), in, out, options,
        [&](const coach::CohortProgress& done) { progress.push_back(done.records); });
    EXPECT_EQ(rejected, (std::vector<std::uint64_t>{3, 5, 6}));
    EXPECT_EQ(progress, (std::vector<std::uint64_t>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}));
    EXPECT_EQ(summary.records, summary.ok + summary.referral + summary.rejected);
    EXPECT_EQ(summary.philosophies.at(0).overall().athletes(), summary.ok + summary.referral);
}

TEST(cohort_library, reports_each_records_warnings_once_in_input_order_after_its_rejection) {
    std::istringstream in{coach::test::read_file(warned)};
    std::ostringstream out;
    std::vector<std::string> events;
    std::vector<coach::RecordWarnings> warned_records;
    coach::CohortOptions options;
    options.threads = 2;
    options.on_rejected = [&](const coach::RejectedLine& line) {
        events.push_back("rejected " + std::to_string(line.line));
    };
    options.on_warnings = [&](const coach::RecordWarnings& record) {
        events.push_back("warnings " + std::to_string(record.line));
        warned_records.push_back(record);
    };
    const auto summary = coach::run_cohort(fixture_engine(), in, out, options);
    EXPECT_EQ(events,
              (std::vector<std::string>{"warnings 1", "warnings 2", "rejected 4", "warnings 4"}));
    ASSERT_EQ(warned_records.size(), 3u);
    ASSERT_EQ(warned_records[0].warnings.size(), 1u);
    EXPECT_EQ(warned_records[0].warnings[0].pointer, "/assessments/0/notes");
    EXPECT_EQ(warned_records[0].warnings[0].message, bamic_4c_warning);
    EXPECT_FALSE(warned_records[0].warnings[0].unknown_key);
    ASSERT_EQ(warned_records[1].warnings.size(), 1u);
    EXPECT_EQ(warned_records[1].warnings[0].to_string(), "/height_cm: unknown field \"height_cm\"");
    EXPECT_TRUE(warned_records[1].warnings[0].unknown_key);
    EXPECT_EQ(summary.records, 4u);
    EXPECT_EQ(summary.ok, 2u);  // no good record is lost to its warnings
    EXPECT_EQ(summary.referral, 1u);
    EXPECT_EQ(summary.rejected, 1u);
    EXPECT_EQ(summary.with_warnings, 3u);
    // The grade read from the notes is the grade the record is summarised under.
    EXPECT_EQ(summary.philosophies.at(0).by_grade[4].referral, 1u);
    EXPECT_EQ(summary.philosophies.at(0).by_grade[2].athletes(), 0u);
}

namespace {

// The smallest valid record, on one line.
const std::string minimal_record =
    R"({"schema":"coach.athlete/1","id":"a","injury":{"region":"hamstring","grade":1,)"
    R"("date":"2026-03-01"},"horizon_days":3})";

// Runs `input` on one thread with lines of at most 1000 bytes; the output goes to `out`.
coach::CohortSummary run_with_a_1000_byte_limit(const std::string& input, std::ostream& out) {
    std::istringstream in{input};
    coach::CohortOptions options;
    options.threads = 1;
    options.max_line_bytes = 1000;
    return coach::run_cohort(fixture_engine(), in, out, options);
}

}  // namespace

TEST(cohort_library, a_line_over_the_limit_is_rejected_and_the_rest_go_on) {
    std::ostringstream out;
    const auto summary = run_with_a_1000_byte_limit(
        minimal_record + "\n" + std::string(5000, ' ') + "x\n" + minimal_record + "\r\n", out);
    EXPECT_EQ(summary.ok, 2u);
    EXPECT_EQ(summary.rejected, 1u);
    EXPECT_EQ(lines(out.str()).at(1),
              "{\"line\":2,\"athlete\":null,\"status\":\"rejected\",\"problem\":{\"pointer\":\"\","
              "\"message\":\"line is longer than 1000 bytes\"}}");
}

TEST(cohort_library, refuses_to_run_without_a_philosophy) {
    const coach::Engine empty{coach::EngineOptions{.use_environment = false, .use_bundled = false}};
    std::istringstream in{""};
    std::ostringstream out;
    EXPECT_THROW(coach::run_cohort(empty, in, out), std::invalid_argument);
    coach::CohortOptions twice;
    twice.philosophies = {"fixture-good", "fixture-good"};
    EXPECT_THROW(coach::run_cohort(fixture_engine(), in, out, twice), std::invalid_argument);
}

TEST(cohort_library, a_line_break_does_not_count_toward_the_line_limit) {
    // The record padded with spaces to exactly the limit, ended by \n, by \r\n, by nothing; and
    // one byte over the limit, ended by \r\n.
    const std::string exact = minimal_record + std::string(1000 - minimal_record.size(), ' ');
    std::ostringstream out;
    const auto summary =
        run_with_a_1000_byte_limit(exact + "\n" + exact + "\r\n" + exact + " \r\n" + exact, out);
    EXPECT_EQ(summary.ok, 3u);
    EXPECT_EQ(summary.rejected, 1u);
    EXPECT_NE(lines(out.str()).at(2).find("line is longer than 1000 bytes"), std::string::npos);
}

namespace {

// Runs `input` whole, then cut after each of its lines into two parts, the second numbered from
// its first line; returns how many cuts were tried.
std::uint64_t expect_parts_to_add_up_to_the_whole_run(const std::string& input) {
    coach::CohortOptions options;
    options.threads = 2;
    std::istringstream whole_in{input};
    std::ostringstream whole_out;
    const auto whole = coach::run_cohort(fixture_engine(), whole_in, whole_out, options);
    std::size_t cut = 0;
    std::uint64_t lines_before = 0;
    for (;;) {
        std::istringstream first_in{input.substr(0, cut)};
        std::istringstream second_in{input.substr(cut)};
        std::ostringstream out;
        auto merged = coach::run_cohort(fixture_engine(), first_in, out, options);
        auto second_options = options;
        second_options.first_line = lines_before + 1;
        merged.merge(coach::run_cohort(fixture_engine(), second_in, out, second_options));
        EXPECT_EQ(out.str(), whole_out.str()) << "cut after line " << lines_before;
        EXPECT_EQ(merged, whole) << "cut after line " << lines_before;
        if (cut == input.size()) {
            return lines_before;
        }
        cut = input.find('\n', cut);
        cut = cut == std::string::npos ? input.size() : cut + 1;
        ++lines_before;
    }
}

}  // namespace

// What a distributed run does: the input cut at a line start, each part run with the number of
// its first line, the outputs put end to end and the summaries merged; the same bytes and the same
// summary (records with warnings too) as one run, wherever the cut falls.
TEST(cohort_library, parts_numbered_from_their_first_line_add_up_to_the_whole_run) {
    EXPECT_GE(expect_parts_to_add_up_to_the_whole_run(coach::test::read_file(mixed)), 12u);
    EXPECT_GE(expect_parts_to_add_up_to_the_whole_run(coach::test::read_file(warned)), 4u);
}

TEST(cohort_library, a_first_line_of_0_is_refused) {
    std::istringstream in{""};
    std::ostringstream out;
    coach::CohortOptions options;
    options.first_line = 0;
    EXPECT_THROW(coach::run_cohort(fixture_engine(), in, out, options), std::invalid_argument);
}

// Cohort input is JSON Lines. A user trial gave a pretty-printed record (the shape `coach
// compare` reads) and got 28 lines rejected one by one, and exit 0. A record over several lines
// is now refused once, naming the file and the line it starts on, exit 2, nothing written.
TEST(cohort, a_record_over_several_lines_is_refused_once_with_what_to_use_instead) {
    const std::string pretty = COACH_TEST_FIXTURES_DIR "/cohort/pretty-printed.json";
    const TemporaryFile out{"pretty.jsonl"};
    const auto result = run_coach(cohort_command(pretty + " -o " + out.path.string()));
    EXPECT_EQ(result.exit_code, 2) << result.err;
    EXPECT_EQ(result.err, "coach: " + pretty
                              + ":1: a record over several lines; cohort reads JSON Lines, one "
                                "whole record per line (for one record, use coach compare "
                              + pretty + ")\n");
    EXPECT_FALSE(std::filesystem::exists(out.path));
    // From standard input, after blank lines, and as an array of records: the same, at the line
    // the record starts on.
    const auto piped = run_coach(cohort_command("- -o /dev/null < " + pretty));
    EXPECT_EQ(piped.exit_code, 2);
    EXPECT_EQ(piped.err,
              "coach: <stdin>:1: a record over several lines; cohort reads JSON Lines, one whole "
              "record per line (for one record, use coach compare FILE)\n");
    const TemporaryFile array{"array.json"};
    std::ofstream{array.path} << "\n\n[\n  {\"schema\": \"coach.athlete/1\"}\n]\n";
    const auto listed = run_coach(cohort_command(array.path.string() + " -o /dev/null"));
    EXPECT_EQ(listed.exit_code, 2);
    EXPECT_EQ(listed.err, "coach: " + array.path.string()
                              + ":3: a record over several lines; cohort reads JSON Lines, one "
                                "whole record per line (for one record, use coach compare "
                              + array.path.string() + ")\n");
}

// A new-user trial: a pretty-printed record after good ones got each of its lines rejected with a
// JSON syntax error and no word of what was wrong (the hint came only on line 1). A record over
// several lines is one record, rejected once with the hint and its lines, wherever it stands, and
// every good record around it is still planned, exit 0.
TEST(cohort, a_record_over_several_lines_after_good_ones_is_named_where_it_starts) {
    const std::string mixed = COACH_TEST_FIXTURES_DIR "/cohort/pretty-record-mid-file.jsonl";
    const auto result = run_coach(cohort_command(mixed));
    EXPECT_EQ(result.exit_code, 0) << result.err;
    const auto printed = lines(result.out);
    ASSERT_EQ(printed.size(), 3u) << result.out;
    EXPECT_NE(printed[0].find("\"athlete\":\"coh-01\",\"status\":\"ok\""), std::string::npos)
        << printed[0];
    EXPECT_EQ(printed[1],
              "{\"line\":2,\"athlete\":null,\"status\":\"rejected\",\"problem\":{\"pointer\":\"\","
              "\"message\":\"a record over several lines (lines 2 to 13); cohort reads JSON Lines, "
              "one whole record per line\"}}");
    EXPECT_NE(printed[2].find("\"line\":14,\"athlete\":\"coh-02\",\"status\":\"ok\""),
              std::string::npos)
        << printed[2];
    const auto err = lines(result.err);
    ASSERT_GE(err.size(), 2u) << result.err;
    EXPECT_EQ(err[0], "coach: " + mixed
                          + ":2: a record over several lines (lines 2 to 13); cohort reads JSON "
                            "Lines, one whole record per line (for one record, use coach compare "
                          + mixed + ")");
    EXPECT_EQ(err[1].rfind("coach: " + mixed, 0), std::string::npos) << err[1];
    // From standard input, and when the record opens an array of records: the same hint.
    const TemporaryFile array{"array-mid.jsonl"};
    const auto text = coach::test::read_file(mixed);
    std::ofstream{array.path} << text.substr(0, text.find('\n')) << "\n  [\n  {}\n]\n";
    const auto piped = run_coach(cohort_command("- < " + array.path.string()));
    EXPECT_EQ(piped.exit_code, 0) << piped.err;
    EXPECT_EQ(lines(piped.err).at(0),
              "coach: <stdin>:2: a record over several lines (lines 2 to 4); cohort reads JSON "
              "Lines, one whole record per line (for one record, use coach compare FILE)");
    EXPECT_EQ(lines(piped.out).size(), 2u) << piped.out;
}

// A trial user's file: a record pretty-printed over lines 3 to 477, its lists of objects each
// opening a line with "{", among one-line records. It got the hint once per object inside it (61
// times) and 479 records counted. The record over several lines is one rejected record with one
// hint naming its lines; the records before and after it are planned; the counts are honest.
TEST(cohort, a_pretty_printed_record_among_one_line_records_is_one_rejected_record) {
    const std::string input =
        COACH_TEST_FIXTURES_DIR "/cohort/pretty-record-among-one-line-records.jsonl";
    const TemporaryFile summary{"pretty-among-summary.json"};
    const auto result = run_coach(cohort_command(input + " --summary " + summary.path.string()));
    EXPECT_EQ(result.exit_code, 0) << result.err;
    const auto printed = lines(result.out);
    ASSERT_EQ(printed.size(), 5u) << result.out;
    EXPECT_EQ(printed[0], ok_line(1, 1, 4));
    EXPECT_EQ(printed[1], ok_line(2, 1, 4));
    EXPECT_EQ(printed[2],
              "{\"line\":3,\"athlete\":null,\"status\":\"rejected\",\"problem\":{\"pointer\":\"\","
              "\"message\":\"a record over several lines (lines 3 to 56); cohort reads JSON Lines, "
              "one whole record per line\"}}");
    EXPECT_EQ(printed[3], ok_line(57, "coh-04", 1, 4));
    EXPECT_EQ(printed[4], ok_line(58, "coh-05", 1, 4));
    std::vector<std::string> named;
    for (const auto& line : lines(result.err)) {
        if (line.starts_with("coach: ")) {
            named.push_back(line);
        }
    }
    EXPECT_EQ(named, (std::vector<std::string>{
                         "coach: " + input
                         + ":3: a record over several lines (lines 3 to 56); cohort reads JSON "
                           "Lines, one whole record per line (for one record, use coach compare "
                         + input + ")"}))
        << result.err;
    const auto counts = coach::test::read_file(summary.path);
    EXPECT_NE(counts.find("\"records\": 5,\n  \"ok\": 4,"), std::string::npos) << counts;
    EXPECT_NE(counts.find("\"rejected\": 1,"), std::string::npos) << counts;
}

// The library reads the same: one rejection, of the record's first line to its last, and every
// record counted once, on one thread and on two.
TEST(cohort_library, a_record_over_several_lines_is_one_rejected_record) {
    for (const unsigned threads : {1u, 2u}) {
        std::istringstream in{coach::test::read_file(
            COACH_TEST_FIXTURES_DIR "/cohort/pretty-record-among-one-line-records.jsonl")};
        std::ostringstream out;
        std::vector<std::pair<std::uint64_t, std::uint64_t>> rejected;
        coach::CohortOptions options;
        options.threads = threads;
        options.on_rejected = [&](const coach::RejectedLine& line) {
            rejected.emplace_back(line.line, line.last_line);
        };
        const auto summary = coach::run_cohort(fixture_engine(), in, out, options);
        EXPECT_EQ(rejected, (std::vector<std::pair<std::uint64_t, std::uint64_t>>{{3, 56}}));
        EXPECT_EQ(summary.records, 5u);
        EXPECT_EQ(summary.ok, 4u);
        EXPECT_EQ(summary.rejected, 1u);
    }
}

// A record over several lines cut short (its closing lines lost) ends before the next one-line
// record: no good record after it is lost. So does one at the end of the input, at its end.
TEST(cohort_library, a_record_over_several_lines_cut_short_loses_no_record_after_it) {
    const auto one_line = lines(coach::test::read_file(mixed)).at(0);
    std::istringstream in{one_line
                          + "\n{\n  \"schema\": \"coach.athlete/1\",\n  \"log\": [\n    {\n"
                          + one_line + "\n[\n  {\"id\": \"x\"},\n"};
    std::ostringstream out;
    std::vector<std::pair<std::uint64_t, std::uint64_t>> rejected;
    coach::CohortOptions options;
    options.threads = 1;
    options.on_rejected = [&](const coach::RejectedLine& line) {
        rejected.emplace_back(line.line, line.last_line);
    };
    const auto summary = coach::run_cohort(fixture_engine(), in, out, options);
    EXPECT_EQ(rejected, (std::vector<std::pair<std::uint64_t, std::uint64_t>>{{2, 5}, {7, 8}}));
    EXPECT_EQ(summary.records, 4u);
    EXPECT_EQ(summary.rejected, 2u);
}

// A JSON Lines file whose first line is cut short is no pretty-printed record: the bad line is
// rejected and named, and every good record after it is planned, exit 0.
TEST(cohort, a_first_line_cut_short_loses_no_good_record_after_it) {
    const std::string cut = COACH_TEST_FIXTURES_DIR "/cohort/first-line-cut.jsonl";
    const auto result = run_coach(cohort_command(cut));
    EXPECT_EQ(result.exit_code, 0) << result.err;
    const auto printed = lines(result.out);
    ASSERT_EQ(printed.size(), 3u) << result.out;
    EXPECT_NE(printed[0].find("\"status\":\"rejected\""), std::string::npos) << printed[0];
    EXPECT_NE(printed[1].find("\"athlete\":\"coh-01\",\"status\":\"ok\""), std::string::npos)
        << printed[1];
    EXPECT_NE(printed[2].find("\"athlete\":\"coh-02\",\"status\":\"ok\""), std::string::npos)
        << printed[2];
    EXPECT_EQ(lines(result.err).front().rfind("coach: " + cut + ":1: ", 0), 0u) << result.err;
}
