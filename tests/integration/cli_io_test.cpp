// What the command line takes in and gives out, as a user trial found it wanting: paths that are
// empty, dates no athlete has, formats by the name the help gives them, outputs that appear
// together or not at all, the call that failed named with its own reason, text that cannot turn
// a terminal line around, and counts that agree with their nouns.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "support.hpp"

using coach::test::lines;
using coach::test::read_file;
using coach::test::run_coach;
namespace fs = std::filesystem;

namespace {

using Folder = coach::test::TemporaryFolder;

const std::string sample = COACH_EXAMPLES_DIR "/athletes/sample.json";
const std::string fixtures = COACH_TEST_FIXTURES_DIR;
const std::string mixed = fixtures + "/cohort/mixed.jsonl";

void write_file(const std::string& path, const std::string& text) {
    std::ofstream{path, std::ios::binary} << text;
}

// tests/fixtures/plugins/faults/fixture_<name>.so: a philosophy whose plugin fails in a worker.
std::string fault_plugin(std::string_view name) {
    return (fs::path{COACH_FIXTURE_PLUGIN_DIR} / "faults"
            / ("fixture_" + std::string{name} + ".so"))
        .string();
}

// Runs each command line of `refused` (arguments, message): exit 2, nothing on standard output,
// and one line on standard error, "coach: " + message + `ending`.
void expect_usage_errors(const std::vector<std::pair<std::string, std::string>>& refused,
                         std::string_view ending = "") {
    for (const auto& [arguments, message] : refused) {
        SCOPED_TRACE(arguments);
        const auto result = run_coach(arguments);
        EXPECT_EQ(result.exit_code, 2);
        EXPECT_EQ(result.err, "coach: " + message + std::string{ending} + "\n");
        EXPECT_EQ(result.out, "");
    }
}

}  // namespace

// Failures, not the safety gate, left nothing to compare: the last line says which plugins failed
// and why, and the exit code is the plugin error's (3), as --help documents it.
TEST(cli_io, a_comparison_whose_every_plugin_failed_names_each_failure_and_exits_3) {
    const auto result =
        run_coach("--width 1000 --plugins " + fault_plugin("segfault") + " --plugins "
                  + coach::test::fixture_plugin("throws_std").string() + " compare " + sample
                  + " -p fixture-segfault -p fixture-throws-std");
    EXPECT_EQ(result.exit_code, 3);
    ASSERT_FALSE(lines(result.out).empty()) << result.err;
    EXPECT_EQ(lines(result.out).back(),
              "No plan to compare: plugin 'fixture-segfault' failed: plan() worker crashed "
              "(signal 11, Segmentation fault); plugin 'fixture-throws-std' failed: plan() threw "
              "the fixture always fails.")
        << result.out;
    EXPECT_EQ(result.out.find("withheld"), std::string::npos) << result.out;
}

// An empty path is never standard output nor "no option given": exit 2, naming the option and
// what it takes, with nothing written.
TEST(cli_io, an_empty_path_is_a_usage_error_for_every_option_that_takes_a_path) {
    const Folder folder{"cli-io-empty-path"};
    const std::string output = "expected a file name, or - for standard output, got \"\"";
    const std::string input = "expected a file name, or - for standard input, got \"\"";
    const std::vector<std::pair<std::string, std::string>> refused = {
        {"compare " + sample + " -o ''", "--output: " + output + " (coach compare --help"},
        {"plan -p stretch-ice " + sample + " -o ''", "--output: " + output + " (coach plan --help"},
        {"synth --count 1 -o ''", "--output: " + output + " (coach synth --help"},
        {"cohort " + mixed + " -o ''", "--output: " + output + " (coach cohort --help"},
        {"cohort " + mixed + " -o " + folder / "r.jsonl" + " --summary ''",
         "--summary: " + output + " (coach cohort --help"},
        {"check ''", "ATHLETE: " + input + " (coach check --help"},
        {"compare ''", "ATHLETE: " + input + " (coach compare --help"},
        {"today -p stretch-ice ''", "ATHLETE: " + input + " (coach today --help"},
        {"cohort ''", "IN: " + input + " (coach cohort --help"},
        {"validate-plugin ''",
         "FILE: expected a plugin library or a *.protocol.json file, got \"\" (coach "
         "validate-plugin --help"},
        {"validate-plugin x.so --athletes ''",
         "--athletes: expected a folder, got \"\" (coach validate-plugin --help"},
        {"--plugins '' list",
         "--plugins: expected a folder, a plugin library or a *.protocol.json file, got \"\" "
         "(coach --help"},
        {"list --trust ''", "--trust: expected a file name, got \"\" (coach --help"},
    };
    expect_usage_errors(refused, " lists the options)");
    EXPECT_TRUE(folder.names().empty());
}

// An empty or blank date is not "no date given" (the record's own as_of, or today): exit 2, one
// line naming the option, the format and where the options are explained, however it is empty
// ("--as-of ''", "--as-of=", "--as-of ' '").
TEST(cli_io, an_empty_date_is_a_usage_error_for_every_option_that_takes_a_date) {
    const Folder folder{"cli-io-empty-date"};
    const std::string date = "expected a date YYYY-MM-DD, got \"\"";
    const std::string blank = "expected a date YYYY-MM-DD, got \" \"";
    const std::vector<std::pair<std::string, std::string>> refused = {
        {"compare " + sample + " --as-of ''", "--as-of: " + date + " (coach compare --help"},
        {"plan -p stretch-ice " + sample + " --as-of ''",
         "--as-of: " + date + " (coach plan --help"},
        {"today -p stretch-ice " + sample + " --date ''",
         "--date: " + date + " (coach today --help"},
        {"cohort " + mixed + " -o " + folder / "r.jsonl" + " --as-of ''",
         "--as-of: " + date + " (coach cohort --help"},
        {"compare " + sample + " --as-of=", "--as-of: " + date + " (coach compare --help"},
        {"compare --as-of= " + sample, "--as-of: " + date + " (coach compare --help"},
        {"plan -p stretch-ice " + sample + " --as-of=", "--as-of: " + date + " (coach plan --help"},
        {"today -p stretch-ice " + sample + " --date=", "--date: " + date + " (coach today --help"},
        {"cohort " + mixed + " -o " + folder / "r.jsonl" + " --as-of=",
         "--as-of: " + date + " (coach cohort --help"},
        {"compare " + sample + " --as-of ' '", "--as-of: " + blank + " (coach compare --help"},
        {"today -p stretch-ice " + sample + " --date ' '",
         "--date: " + blank + " (coach today --help"},
        {"cohort " + mixed + " -o " + folder / "r.jsonl" + " --as-of=' '",
         "--as-of: " + blank + " (coach cohort --help"},
        {"compare " + sample + " --output=",
         "--output: expected a file name, or - for standard "
         "output, got \"\" (coach compare --help"},
    };
    expect_usage_errors(refused, " lists the options)");
    EXPECT_TRUE(folder.names().empty());
}

// The README: outputs appear only when the run completes. A summary that cannot be written keeps
// the results from appearing too, and the previous files stay as they were.
TEST(cli_io, a_cohort_whose_summary_fails_leaves_neither_output) {
    const Folder folder{"cli-io-together"};
    const auto results = folder / "x.jsonl";
    const std::string run = "--plugins " + coach::test::fixture_plugin("good").string()
                            + " cohort -p fixture-good " + mixed + " -o " + results;
    auto result = run_coach(run + " --summary /dev/full");
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_EQ(result.err.substr(result.err.find("coach: /dev/full")),
              "coach: /dev/full: cannot write: No space left on device\n");
    EXPECT_TRUE(folder.names().empty()) << "no results, no temporary file";

    write_file(results, "previous\n");
    const auto summary = folder / "summary.json";
    write_file(summary, "previous summary\n");
    result = run_coach(run + " --summary /dev/full");
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_EQ(read_file(results), "previous\n");
    EXPECT_EQ(folder.names(), (std::vector<std::string>{"summary.json", "x.jsonl"}));

    result = run_coach(run + " --summary " + summary);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(lines(read_file(results)).size(), 11u);
    EXPECT_NE(read_file(summary).find("coach.cohort-summary/1"), std::string::npos);
}

// Every date of a record is from 1900-01-01 to 2199-12-31: each one outside is named with the file
// and its pointer, not planned ("gait still altered 739891 days after injury") nor refused as a
// horizon that runs past 9999-12-31.
TEST(cli_io, a_date_no_athlete_can_have_is_refused_with_its_file_and_pointer) {
    const auto file = fixtures + "/athletes/invalid/dates_out_of_range.json";
    const std::string range = "expected a date from 1900-01-01 to 2199-12-31, got ";
    auto result = run_coach("check " + file);
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_EQ(lines(result.err),
              (std::vector<std::string>{
                  "coach: " + file + ": /injury/date: " + range + "\"0001-01-01\"",
                  "coach: " + file + ": /goal/date: " + range + "\"2200-01-01\"",
                  "coach: " + file + ": /assessments/1/date: " + range + "\"9999-12-20\"",
                  "coach: " + file + ": /log/0/date: " + range + "\"1899-12-31\"",
                  "coach: " + file + ": /as_of: " + range + "\"2200-01-01\""}));
    EXPECT_EQ(result.out, "");

    const auto late = fixtures + "/athletes/invalid/injury_in_9999.json";
    result = run_coach("compare " + late);
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_EQ(result.err, "coach: " + late + ": /injury/date: " + range + "\"9999-12-20\"\n");

    result = run_coach("--plugins " + coach::test::fixture_plugin("good").string()
                       + " cohort -p fixture-good - < " + late);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(result.err.substr(0, result.err.find('\n') + 1),
              "coach: <stdin>:1: /injury/date: " + range + "\"9999-12-20\"\n");
    EXPECT_NE(result.out.find("\"status\":\"rejected\",\"problem\":{\"pointer\":\"/injury/date\""),
              std::string::npos)
        << result.out;
}

// A date given on the command line is checked the same way and named by its option, not by the
// horizon it would run past.
TEST(cli_io, a_date_option_outside_the_plausible_range_names_the_option) {
    const std::vector<std::pair<std::string, std::string>> refused = {
        {"today -p stretch-ice " + sample + " --date 9999-12-31",
         "--date: expected a date from 1900-01-01 to 2199-12-31, got \"9999-12-31\""},
        {"compare " + sample + " --as-of 2200-01-01",
         "--as-of: expected a date from 1900-01-01 to 2199-12-31, got \"2200-01-01\""},
        {"cohort " + mixed + " --as-of 1899-12-31",
         "--as-of: expected a date from 1900-01-01 to 2199-12-31, got \"1899-12-31\""},
    };
    expect_usage_errors(refused);
    // The last day a record may hold is planned, but no plan passes it (docs/DATA.md, "Dates"):
    // a horizon that would is refused with how long it may be, not cut silently nor run into 2200.
    EXPECT_EQ(
        run_coach("compare " + sample + " --as-of 2199-12-31 --days 1 --format csv").exit_code, 0);
    const auto past = run_coach("compare " + sample + " --as-of 2199-12-31 --days 365");
    EXPECT_EQ(past.exit_code, 2);
    EXPECT_EQ(past.out, "");
    EXPECT_EQ(past.err, "coach: " + sample
                            + ": a horizon of 365 days from 2199-12-31 runs past 2199-12-31, the "
                              "last date a record can hold: at most 1 day from 2199-12-31\n");
    const auto plan = run_coach("plan -p stretch-ice " + sample + " --as-of 2199-12-20");
    EXPECT_EQ(plan.exit_code, 2);
    EXPECT_EQ(plan.err, "coach: " + sample
                            + ": a horizon of 42 days from 2199-12-20 runs past 2199-12-31, the "
                              "last date a record can hold: at most 12 days from 2199-12-20\n");
    // A cohort's record that would is rejected with the same words, the others planned.
    const auto cohort = run_coach("cohort " + mixed + " -o /dev/null --as-of 2199-12-01 --days 42");
    EXPECT_EQ(cohort.exit_code, 0) << cohort.err;
    EXPECT_NE(cohort.err.find(":1: a horizon of 42 days from 2199-12-01 runs past 2199-12-31, the "
                              "last date a record can hold: at most 31 days from 2199-12-01\n"),
              std::string::npos)
        << cohort.err;
}

// "text for people", as the README and --help call it, is the table; any other name is refused
// with the formats the command takes.
TEST(cli_io, format_text_is_the_table_and_an_unknown_format_lists_the_formats) {
    const auto table = run_coach("compare " + sample);
    const auto text = run_coach("compare " + sample + " --format text");
    EXPECT_EQ(text.exit_code, 0) << text.err;
    EXPECT_EQ(text.out, table.out);
    const auto plan = run_coach("plan -p stretch-ice " + sample + " --format text");
    EXPECT_EQ(plan.exit_code, 0) << plan.err;
    EXPECT_EQ(plan.out, run_coach("plan -p stretch-ice " + sample).out);

    auto result = run_coach("compare " + sample + " --format markdown");
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_EQ(result.err,
              "coach: --format: expected table, json, csv or html (text is the table), got "
              "\"markdown\" (coach compare --help lists the options)\n");
    result = run_coach("plan -p stretch-ice " + sample + " --format csv");
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_EQ(result.err,
              "coach: --format: expected table or json (text is the table), got \"csv\" (coach "
              "plan --help lists the options)\n");
}

// Every default-ignorable code point from a record is escaped like a control character: the soft
// hyphen, the combining grapheme joiner, the Hangul fillers and the variation selectors show as
// nothing, so "ath-1" with a soft hyphen would look like "ath-1".
TEST(cli_io, default_ignorable_code_points_from_a_record_are_escaped_in_text) {
    const Folder folder{"cli-io-ignorable"};
    const auto file = folder / "ignorable.json";
    write_file(file,
               "{\"schema\":\"coach.athlete/1\",\"id\":\"ath\\u00ad-1\\u034f\\u115f\\u1160\\u3164"
               "\\uffa0\\ufe0f\",\"injury\":{\"region\":\"hamstring\",\"grade\":1,"
               "\"date\":\"2026-10-01\"}}");
    const auto check = run_coach("--width 400 check " + file);
    EXPECT_EQ(check.exit_code, 0) << check.err;
    EXPECT_EQ(check.out.rfind(file
                                  + ": ok: athlete ath\\u00ad-1\\u034f\\u115f\\u1160\\u3164"
                                    "\\uffa0\\ufe0f, grade 1",
                              0),
              0u)
        << check.out;
    const auto compare = run_coach("--width 100 compare " + file + " -p stretch-ice");
    EXPECT_EQ(compare.exit_code, 0) << compare.err;
    EXPECT_EQ(lines(compare.out).front(),
              "Comparison for ath\\u00ad-1\\u034f\\u115f\\u1160\\u3164\\uffa0\\ufe0f as of "
              "2026-10-01, 42 days");
}

// Bidirectional overrides and isolates (and other invisible format characters) from a record are
// escaped like control characters: an id "ath", U+202E, "100-" must not show as "ath-001".
TEST(cli_io, invisible_format_characters_from_a_record_are_escaped_in_text) {
    const Folder folder{"cli-io-bidi"};
    const auto file = folder / "bidi.json";
    write_file(file,
               "{\"schema\":\"coach.athlete/1\",\"id\":\"ath\\u202e100-\\u2066x\\u2069\","
               "\"injury\":{\"region\":\"hamstring\",\"grade\":1,\"date\":\"2026-10-01\"}}");
    const auto check = run_coach("--width 400 check " + file);
    EXPECT_EQ(check.exit_code, 0) << check.err;
    EXPECT_EQ(check.out.rfind(file + ": ok: athlete ath\\u202e100-\\u2066x\\u2069, grade 1", 0), 0u)
        << check.out;
    const auto compare = run_coach("compare " + file + " -p stretch-ice");
    EXPECT_EQ(compare.exit_code, 0) << compare.err;
    EXPECT_EQ(lines(compare.out).front(),
              "Comparison for ath\\u202e100-\\u2066x\\u2069 as of 2026-10-01, 42 days");
    const auto line = folder / "bidi.jsonl";
    write_file(line,
               "{\"schema\":\"coach.athlete/1\",\"id\":\"a\",\"injury\":{\"region\":\"hamstring\","
               "\"grade\":1,\"site\":\"\\u202eb\",\"date\":\"2026-10-01\"}}\n");
    const auto cohort = run_coach("cohort -p stretch-ice " + line);
    EXPECT_EQ(cohort.exit_code, 0) << cohort.err;
    EXPECT_EQ(lines(cohort.err).front(), "coach: " + line
                                             + ":1: /injury/site: expected one of a, b, c, got "
                                               "\"\\u202eb\"");
}

// The HTML report escapes them as the text does (one function, printable()): the record of a
// new user's trial, whose id, sport, notes, goal and log hold bidirectional overrides, isolates,
// marks, separators and zero width spaces, gives a page with none of them raw.
TEST(cli_io, invisible_format_characters_from_a_record_are_escaped_in_html) {
    const auto result = run_coach("compare " COACH_TEST_FIXTURES_DIR
                                  "/athletes/hostile/invisible_format_characters.json "
                                  "--format html -p stretch-ice");
    EXPECT_EQ(result.exit_code, 0) << result.err;
    for (const std::string raw :
         {"\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067",
          "\u2068", "\u2069", "\u200b", "\u200e", "\u200f", "\u061c", "\u180e",
          "\u2028", "\u0085", "\u115f", "\u3164", "\u00ad", "\u034f", "\ufe0f"}) {
        EXPECT_EQ(result.out.find(raw), std::string::npos)
            << "raw U+" << std::hex << static_cast<int>(static_cast<unsigned char>(raw[1]));
    }
    EXPECT_NE(result.out.find("ath\\u202e100-\\u061c\\u200e\\u2066x\\u180e\\u115f\\u3164\\u00ad"
                              "\\u034f\\ufe0f"),
              std::string::npos);
    EXPECT_NE(result.out.find("run\\u202ening\\u061c"), std::string::npos);
    EXPECT_NE(result.out.find("city\\u2067 marathon\\u202d"), std::string::npos);
}

// Standard input is "<stdin>" in every message, as cohort and docs/DATA.md name it.
TEST(cli_io, standard_input_is_named_stdin_by_every_command) {
    auto result = run_coach("check - < " + sample);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(result.out.rfind("<stdin>: ok: athlete ath-001", 0), 0u) << result.out;
    const Folder folder{"cli-io-stdin"};
    write_file(folder / "empty-object.json", "{}");
    result = run_coach("check - < " + folder / "empty-object.json");
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_EQ(lines(result.err).front(), "coach: <stdin>: /schema: required, missing");
    result = run_coach("compare - --as-of 2026-09-01 < " + sample);
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_EQ(result.err,
              "coach: --as-of 2026-09-01 comes before the injury date 2026-10-01 of <stdin> "
              "(/injury/date)\n");
}

// The reason of the call that failed, with what that call was: /proc/version exists, but no file
// can be made beside it to rename over it.
TEST(cli_io, an_output_that_cannot_be_made_names_the_call_that_failed) {
    const auto result = run_coach("compare " + sample + " -o /proc/version");
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_EQ(result.err,
              "coach: /proc/version: cannot write: cannot create a file in /proc: No such file or "
              "directory\n");
}

TEST(cli_io, every_command_help_gives_its_exit_codes) {
    for (const std::string command :
         {"list", "check", "plan", "compare", "today", "cohort", "synth", "validate-plugin"}) {
        SCOPED_TRACE(command);
        const auto help = run_coach(command + " --help").out;
        EXPECT_TRUE(help.find("Exits ") != std::string::npos
                    || help.find("exits ") != std::string::npos
                    || help.find("Exit codes") != std::string::npos)
            << help;
    }
    const auto today = run_coach("today --help").out;
    EXPECT_NE(today.find("Exits 2 on a bad record or option"), std::string::npos) << today;
    EXPECT_NE(today.find("3 when the plugin fails"), std::string::npos) << today;
    const auto synth = run_coach("synth --help").out;
    EXPECT_NE(synth.find("Exits 0 when every record was written, 2 on a bad option or an -o path "
                         "that"),
              std::string::npos)
        << synth;
}

TEST(cli_io, a_count_of_one_takes_the_singular) {
    auto result = run_coach("compare " + sample + " --days 1 -p stretch-ice");
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(lines(result.out).front(), "Comparison for ath-001 as of 2026-10-05, 1 day");
    const Folder folder{"cli-io-plural"};
    const auto one = folder / "one.jsonl";
    write_file(one, lines(read_file(mixed)).front() + "\n");
    result = run_coach("cohort -p stretch-ice " + one + " -o /dev/null");
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.err.find("Cohort: 1 record: 1 ok, 0 referral, 0 rejected\n"),
              std::string::npos)
        << result.err;
}

// Trial 41: `coach plan ATHLETE` with no -p said only that --philosophy is required, so a
// clinician needed `coach list` to learn what to type; the message names every loaded id.
TEST(cli_io, plan_and_today_without_a_philosophy_name_the_loaded_ones) {
    const std::string ids =
        "one of eccentric-strength, protocol:nordic-petersen-2011, "
        "protocol:running-strength-heiderscheit-2010, sprint-manual, "
        "stretch-ice";
    for (const std::string command : {"plan", "today"}) {
        const auto result = run_coach(command + " " + sample);
        EXPECT_EQ(result.exit_code, 2) << command;
        EXPECT_EQ(result.out, "") << command;
        EXPECT_EQ(result.err, "coach: --philosophy is required: " + ids + " (coach " + command
                                  + " --help lists the options)\n");
    }
}
