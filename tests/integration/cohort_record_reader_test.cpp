// How `coach cohort` reads its input's records, from a read-only trial (trial 33): a record
// written a key per line with list items at column 1, a byte-order mark before the first record,
// CR line endings and athlete ids given twice. Each input is the trial's own file.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "coach/cohort.hpp"
#include "coach/engine.hpp"
#include "support.hpp"

using coach::test::lines;
using coach::test::read_file;
using coach::test::run_coach;
using coach::test::TemporaryFolder;

namespace {

const std::string folder = COACH_TEST_FIXTURES_DIR "/cohort/";

std::string cohort_command(const std::string& arguments) {
    return "--plugins " + coach::test::fixture_plugin("good").string() + " cohort -p fixture-good "
           + arguments;
}

const coach::Engine& fixture_engine() {
    static const coach::Engine engine{
        coach::EngineOptions{.plugin_paths = {coach::test::fixture_plugin("good").string()},
                             .use_environment = false,
                             .use_bundled = false}};
    return engine;
}

// The lines of `err` that name `input` ("coach: INPUT:..." and "coach: warning: INPUT:...").
std::vector<std::string> lines_naming(const std::string& err, const std::string& input) {
    std::vector<std::string> named;
    for (const auto& line : lines(err)) {
        if (line.find(input + ":") != std::string::npos) {
            named.push_back(line);
        }
    }
    return named;
}

// The records rejected by the library, as (first line, last line), on `threads` threads.
std::pair<std::vector<std::pair<std::uint64_t, std::uint64_t>>, coach::CohortSummary> rejections(
    const std::string& text, unsigned threads) {
    std::istringstream in{text};
    std::ostringstream out;
    std::vector<std::pair<std::uint64_t, std::uint64_t>> rejected;
    coach::CohortOptions options;
    options.threads = threads;
    options.on_rejected = [&](const coach::RejectedLine& line) {
        rejected.emplace_back(line.line, line.last_line);
    };
    auto summary = coach::run_cohort(fixture_engine(), in, out, options);
    return {rejected, summary};
}

}  // namespace

// Trial 33: a record written a key per line, its assessments one per line at column 1 and the
// last with no comma after it, was read as a record over lines 4 to 16, then the last assessment
// as a record of its own and "]}" as another: 3 rejected records and 8 warnings for one bad
// record, 14 records for 12. A record over several lines is read by its nesting: one rejected
// record over lines 4 to 18, 12 records, no warning.
TEST(cohort_record_reader, a_record_with_list_items_at_column_1_is_one_rejected_record) {
    const std::string input = folder + "key-per-line-items-at-column-1.jsonl";
    TemporaryFolder out{"col1"};
    const auto result = run_coach(
        cohort_command(input + " -o " + out / "out.jsonl" + " --summary " + out / "summary.json"));
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(lines_naming(result.err, input),
              (std::vector<std::string>{
                  "coach: " + input
                  + ":4: a record over several lines (lines 4 to 18); cohort reads JSON Lines, "
                    "one whole record per line (for one record, use coach compare "
                  + input + ")"}));
    const auto summary = read_file(out / "summary.json");
    EXPECT_NE(summary.find("\"records\": 12,"), std::string::npos) << summary;
    EXPECT_NE(summary.find("\"rejected\": 1,"), std::string::npos) << summary;
    EXPECT_NE(summary.find("\"with_warnings\": 0,"), std::string::npos) << summary;
    const auto written = lines(read_file(out / "out.jsonl"));
    ASSERT_EQ(written.size(), 12u);
    EXPECT_NE(written[4].find("{\"line\":19,"), std::string::npos) << written[4];
    for (const unsigned threads : {1u, 2u}) {
        const auto [rejected, counts] = rejections(read_file(input), threads);
        EXPECT_EQ(rejected, (std::vector<std::pair<std::uint64_t, std::uint64_t>>{{4, 18}}));
        EXPECT_EQ(counts.records, 12u);
    }
}

// Other records of the kind: a closing "}" at column 1, items at column 1 after "[" with commas,
// and an array of records: each one record, and the records around them planned.
TEST(cohort_record_reader, nesting_not_columns_ends_a_record_over_several_lines) {
    const auto one_line = lines(read_file(COACH_TEST_FIXTURES_DIR "/cohort/mixed.jsonl")).at(0);
    const std::string key_per_line =
        "{\"schema\": \"coach.athlete/1\",\n\"id\": \"x\",\n\"log\": [\n{\"date\": "
        "\"2026-03-02\"},\n{\"date\": \"2026-03-03\", \"items\": [\n{\"exercise\": \"ice\"}\n]}\n"
        "],\n\"notes\": \"{ [ not nesting\"\n}\n";
    const auto [rejected, summary] =
        rejections(one_line + "\n" + key_per_line + one_line + "\n[\n" + one_line + ",\n" + one_line
                       + "\n]\n" + one_line + "\n",
                   1);
    EXPECT_EQ(rejected, (std::vector<std::pair<std::uint64_t, std::uint64_t>>{{2, 11}, {13, 16}}));
    EXPECT_EQ(summary.records, 5u);
    EXPECT_EQ(summary.ok, 3u);
}

// A bad record must still not swallow good neighbours: a record cut short where a value may
// come next ("[" or ":") ends before a whole record with a top-level "schema", and one cut inside
// a string or after a value ends before any line that opens an object.
TEST(cohort_record_reader, a_record_cut_short_where_a_value_may_come_loses_no_record_after_it) {
    const auto one_line = lines(read_file(COACH_TEST_FIXTURES_DIR "/cohort/mixed.jsonl")).at(0);
    const std::string pretty_start = "{\n  \"schema\": \"coach.athlete/1\",\n";
    const auto [rejected, summary] =
        rejections(one_line + "\n{\"schema\":\"coach.athlete/1\",\"log\":[\n" + one_line + "\n"
                       + "{\"schema\":\"coach.athlete/1\",\"notes\":\"cut in a string\n"
                       + pretty_start + "  \"id\": \"cut\"\n" + one_line + "\n" + pretty_start
                       + "  \"log\": [\n" + one_line + "\n",
                   1);
    EXPECT_EQ(rejected, (std::vector<std::pair<std::uint64_t, std::uint64_t>>{
                            {2, 2}, {4, 4}, {5, 7}, {9, 11}}));
    EXPECT_EQ(summary.records, 8u);
    EXPECT_EQ(summary.ok, 4u);
}

// Trial 33: a UTF-8 byte-order mark before the first record rejected it ("starts with a
// byte-order mark"), though one before a blank first line was skipped. It is skipped, silently.
TEST(cohort_record_reader, a_byte_order_mark_before_a_record_is_skipped) {
    const std::string input = folder + "byte-order-mark-first.jsonl";
    const auto result = run_coach(cohort_command(input + " -o /dev/null"));
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(lines_naming(result.err, input), std::vector<std::string>{});
    EXPECT_NE(result.err.find("Cohort: 12 records: 10 ok, 2 referral, 0 rejected\n"),
              std::string::npos)
        << result.err;
    // Trial 36: one rule for every reader. Before a later line too (files saved by an editor and
    // then joined), the mark is skipped and the record planned, as `check` reads a record file.
    const auto text = read_file(input);
    const auto [rejected, summary] =
        rejections(text.substr(0, text.find('\n') + 1) + text.substr(0, text.find('\n') + 1), 1);
    EXPECT_EQ(rejected, (std::vector<std::pair<std::uint64_t, std::uint64_t>>{}));
    EXPECT_EQ(summary.ok, 2u);
}

// Trial 33: an input with CR line endings read as one record, rejected with "unexpected content
// after the end ... line 1, column 923", no word of line endings. It is refused, naming them,
// exit 2, nothing written; a line among LF lines that holds two records parted by a lone CR is
// rejected, naming the CR inside it, the others planned; CRLF still reads as lines.
TEST(cohort_record_reader, cr_line_endings_are_named) {
    const std::string input = folder + "cr-line-endings.jsonl";
    TemporaryFolder out{"cr"};
    const std::string problem =
        "the input uses CR line endings (a carriage return alone ends its lines, as on classic "
        "Mac OS); cohort reads lines that end in LF or CRLF: convert them, e.g. tr '\\r' '\\n' "
        "< IN > OUT";
    const auto result = run_coach(cohort_command(input + " -o " + out / "out.jsonl"));
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_EQ(result.err, "coach: " + input + ":1: " + problem + "\n");
    EXPECT_EQ(out.names(), std::vector<std::string>{});

    const auto records = read_file(input);
    std::vector<std::string> record;
    for (std::size_t at = 0; at < records.size();) {
        const auto end = records.find('\r', at);
        record.push_back(records.substr(at, end - at));
        at = end == std::string::npos ? records.size() : end + 1;
    }
    ASSERT_GE(record.size(), 4u);
    std::ofstream{out / "mixed.jsonl", std::ios::binary}
        << record[0] + "\n" + record[1] + "\r" + record[2] + "\n" + record[3] + "\n";
    const auto piped = run_coach(cohort_command("- -o /dev/null < " + out / "mixed.jsonl"));
    EXPECT_EQ(piped.exit_code, 0) << piped.err;
    EXPECT_EQ(lines_naming(piped.err, "<stdin>"),
              (std::vector<std::string>{"coach: <stdin>:2: "
                                        + std::string{coach::carriage_return_inside_a_line}}));

    std::string crlf;
    for (const char c : records) {
        crlf += c == '\r' ? std::string{"\r\n"} : std::string{c};
    }
    std::ofstream{out / "crlf.jsonl", std::ios::binary} << crlf;
    const auto windows = run_coach(cohort_command(out / "crlf.jsonl -o /dev/null"));
    EXPECT_EQ(windows.exit_code, 0) << windows.err;
    EXPECT_NE(windows.err.find("Cohort: 12 records: 10 ok, 2 referral, 0 rejected\n"),
              std::string::npos)
        << windows.err;
}

// A carriage return with no line feed after it, inside a line that ends in LF: between values it
// is JSON whitespace (the record is planned, a line of nothing else is blank), inside a string it
// is the control character JSON forbids there, and where it ends a record with more after it, it
// is that line's fault alone. Each rejected line is named by its own number, and every good record
// around it is planned; a one-record input with such a carriage return is no input with CR line
// endings.
TEST(cohort_record_reader, a_stray_carriage_return_is_whitespace_or_its_own_lines_fault) {
    const std::string input = folder + "stray-carriage-returns.jsonl";
    TemporaryFolder out{"stray-cr"};
    const auto result = run_coach(cohort_command(input + " -o " + out / "out.jsonl"));
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(lines_naming(result.err, input),
              (std::vector<std::string>{
                  "coach: " + input
                      + ":3: not valid JSON at line 1, column 37: a control character U+000D (in "
                        "a string, write it as an escape such as \\n or \\u0009)",
                  "coach: " + input + ":5: " + std::string{coach::carriage_return_inside_a_line}}));
    EXPECT_NE(
        result.err.find("Cohort: 9 records: 7 ok, 0 referral, 2 rejected (1 blank line skipped)\n"),
        std::string::npos)
        << result.err;
    std::vector<std::string> numbers;
    for (const auto& line : lines(read_file(out / "out.jsonl"))) {
        numbers.push_back(line.substr(0, line.find(',')));
    }
    EXPECT_EQ(numbers, (std::vector<std::string>{"{\"line\":1", "{\"line\":2", "{\"line\":3",
                                                 "{\"line\":4", "{\"line\":5", "{\"line\":6",
                                                 "{\"line\":8", "{\"line\":9", "{\"line\":10"}));
    for (const unsigned threads : {1u, 2u}) {
        const auto [rejected, counts] = rejections(read_file(input), threads);
        EXPECT_EQ(rejected, (std::vector<std::pair<std::uint64_t, std::uint64_t>>{{3, 3}, {5, 5}}));
        EXPECT_EQ(counts.ok, 7u);
    }

    const std::string solo = folder + "one-record-stray-carriage-return.jsonl";
    const auto alone = run_coach(cohort_command(solo + " -o /dev/null"));
    EXPECT_EQ(alone.exit_code, 0) << alone.err;
    EXPECT_NE(alone.err.find("Cohort: 1 record: 1 ok, 0 referral, 0 rejected\n"), std::string::npos)
        << alone.err;
}

// Trial 33: two athletes given twice were planned twice with no word. Both records are still
// planned (which one is right is not the program's to guess), each later one with a warning
// naming the earlier line, in its result line and on stderr, and the summary counts them.
TEST(cohort_record_reader, an_athlete_id_given_twice_is_warned_naming_both_lines) {
    const std::string input = folder + "duplicate-ids.jsonl";
    TemporaryFolder out{"dup"};
    const auto result = run_coach(
        cohort_command(input + " -o " + out / "out.jsonl" + " --summary " + out / "summary.json"));
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(lines_naming(result.err, input),
              (std::vector<std::string>{
                  "coach: warning: " + input
                      + ":13: /id: athlete id \"syn-0000001\" is also the id of the record on line "
                        "1; both records are planned: give each athlete one record",
                  "coach: warning: " + input
                      + ":14: /id: athlete id \"syn-0000002\" is also the id of the record on line "
                        "2; both records are planned: give each athlete one record"}));
    EXPECT_NE(result.err.find("2 records repeat an earlier athlete id (planned, with a warning)\n"),
              std::string::npos)
        << result.err;
    const auto summary = read_file(out / "summary.json");
    EXPECT_NE(summary.find("\"records\": 14,"), std::string::npos) << summary;
    EXPECT_NE(summary.find("\"with_warnings\": 2,\n  \"duplicate_ids\": 2,"), std::string::npos)
        << summary;
    const auto written = lines(read_file(out / "out.jsonl"));
    ASSERT_EQ(written.size(), 14u);
    EXPECT_NE(
        written[12].find(",\"horizon_days\":42,\"warnings\":[{\"pointer\":\"/id\",\"message\":"
                         "\"athlete id \\\"syn-0000001\\\" is also the id of the record on "
                         "line 1; both records are planned: give each athlete one "
                         "record\"}],\"metrics\":"),
        std::string::npos)
        << written[12];
    EXPECT_EQ(written[0].find("\"warnings\""), std::string::npos) << written[0];
}
