// What every command writes: never over one of its inputs, never two outputs into one file, every
// failed write reported, and a file that appears only once it is complete.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <boost/json.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <tuple>
#include <vector>

#include "support.hpp"

using coach::test::read_file;
using coach::test::run_coach;
using coach::test::run_coach_with_stdout;
namespace fs = std::filesystem;

namespace {

using Folder = coach::test::TemporaryFolder;

const std::string sample = COACH_EXAMPLES_DIR "/athletes/sample.json";

std::string fixture_good() {
    return coach::test::fixture_plugin("good").string();
}

// A private folder under the temporary folder, removed with the object.

void write_file(const std::string& path, const std::string& text) {
    std::ofstream{path, std::ios::binary} << text;
}

// 20 synthetic athletes, written by `coach synth`.
std::string synthetic_records(const Folder& folder) {
    const auto path = folder / "athletes.jsonl";
    EXPECT_EQ(run_coach("synth --count 20 --seed 5 -o " + path).exit_code, 0);
    return path;
}

// Each of `commands` refuses, exit 2, to replace `target`, which holds `held`.
void expect_refused_to_replace(const std::string& target, const std::string& held,
                               const std::vector<std::string>& commands) {
    for (const auto& command : commands) {
        const auto result = run_coach(command);
        EXPECT_EQ(result.exit_code, 2) << command;
        EXPECT_EQ(result.err, "coach: " + target + ": the output of -o holds " + held
                                  + "; refusing to replace it (write to another file, or "
                                    "remove it first)\n")
            << command;
    }
}

}  // namespace

TEST(outputs, cohort_refuses_to_write_its_results_over_its_input_however_it_is_named) {
    const Folder folder{"outputs-over-input"};
    const auto input = synthetic_records(folder);
    const auto before = read_file(input);
    fs::create_symlink(input, folder / "link.jsonl");
    fs::create_hard_link(input, folder / "hard.jsonl");
    for (const auto& output : {input, folder / "link.jsonl", folder / "hard.jsonl"}) {
        SCOPED_TRACE(output);
        for (const auto& option : {"-o ", "--summary "}) {
            const auto result = run_coach("cohort " + input + " " + option + output);
            EXPECT_EQ(result.exit_code, 2) << result.err;
            EXPECT_EQ(result.err,
                      "coach: " + output + ": the output of "
                          + std::string{option}.substr(0, std::string{option}.size() - 1)
                          + " is the input " + input + "; refusing to overwrite it\n");
            EXPECT_EQ(read_file(input), before);
        }
    }
    // Appending standard output to the input would read back what it writes.
    const auto appended = run_coach_with_stdout("cohort " + input, ">" + input);
    EXPECT_EQ(appended.exit_code, 2);
    EXPECT_EQ(appended.err, "coach: <stdout>: standard output is the input " + input
                                + "; refusing to overwrite it\n");
    EXPECT_EQ(read_file(input), before);
}

TEST(outputs, plan_compare_and_check_refuse_to_write_over_the_athlete_record) {
    const Folder folder{"outputs-over-record"};
    const auto record = folder / "athlete.json";
    fs::copy_file(sample, record);
    const auto before = read_file(record);
    for (const auto& command : {"plan -p eccentric-strength " + record + " -o " + record,
                                "compare " + record + " --format html -o " + record}) {
        const auto result = run_coach(command);
        EXPECT_EQ(result.exit_code, 2) << command;
        EXPECT_EQ(result.err, "coach: " + record + ": the output of -o is the input " + record
                                  + "; refusing to overwrite it\n");
    }
    EXPECT_EQ(run_coach_with_stdout("check " + record, ">" + record).exit_code, 2);
    EXPECT_EQ(read_file(record), before);
}

// Trials 41 and 42: `coach synth -o sample.json` replaced an athlete record with synthetic lines,
// `coach cohort in.jsonl -o athletes.jsonl` a file of records, `coach compare -o my.protocol.json`
// a protocol file not loaded in that run. No command's output replaces such a file, input or not;
// an output of coach's own (a comparison, a cohort's results) may be written again.
TEST(outputs, no_command_replaces_athlete_records_or_a_protocol_file) {
    const Folder folder{"outputs-over-another-record"};
    const auto record = folder / "other.json";
    fs::copy_file(sample, record);
    const auto records = synthetic_records(folder);
    const auto protocol = folder / "my.protocol.json";
    fs::copy_file(std::string{COACH_EXAMPLES_DIR}
                      + "/../plugins/protocol/protocols/nordic-petersen-2011.protocol.json",
                  protocol);
    const auto cohort_input = folder / "in.jsonl";
    ASSERT_EQ(run_coach("synth --count 2 -o " + cohort_input).exit_code, 0);
    const std::vector<std::pair<std::string, std::string>> targets = {
        {record, "an athlete record"}, {records, "athlete records"}, {protocol, "a protocol file"}};
    for (const auto& [target, held] : targets) {
        const auto before = read_file(target);
        expect_refused_to_replace(
            target, held,
            {"synth --count 3 -o " + target, "compare " + sample + " -o " + target,
             "cohort " + cohort_input + " -o " + target});
        EXPECT_EQ(read_file(target), before) << target;
    }
    // Near misses: coach's own outputs are replaced.
    const auto report = folder / "report.json";
    write_file(report, "{\"schema\": \"coach.comparison/1\"}\n");
    EXPECT_EQ(run_coach("compare " + sample + " --format json -o " + report).exit_code, 0);
    const auto results = folder / "results.jsonl";
    EXPECT_EQ(run_coach("cohort " + records + " -o " + results).exit_code, 0);
    EXPECT_EQ(run_coach("cohort " + records + " -o " + results).exit_code, 0);
}

// Trial 53: a record saved as UTF-16 (as some Windows editors save it) was replaced by `plan -o`,
// as it did not read as JSON. coach reads only UTF-8, but the file is still a clinician's record.
TEST(outputs, a_record_saved_as_utf16_is_not_replaced) {
    const Folder folder{"outputs-over-utf16"};
    const std::string text = read_file(sample);
    const auto utf16 = [&](bool little, bool with_schema) {
        std::string wide = little ? "\xFF\xFE" : "\xFE\xFF";
        std::string narrow = text;
        if (!with_schema) {
            const auto at = narrow.find("\"schema\"");
            narrow.replace(at, narrow.find(',', at) + 1 - at, "");
        }
        for (const char c : narrow) {
            wide += little ? std::string{c, '\0'} : std::string{'\0', c};
        }
        return wide;
    };
    for (const auto& [name, little, with_schema] :
         {std::tuple{"le.json", true, true}, std::tuple{"be.json", false, true},
          std::tuple{"noschema.json", true, false}}) {
        SCOPED_TRACE(name);
        const auto target = folder / name;
        write_file(target, utf16(little, with_schema));
        const auto before = read_file(target);
        expect_refused_to_replace(target, "an athlete record",
                                  {"plan -p stretch-ice " + sample + " -o " + target,
                                   "compare " + sample + " -o " + target});
        EXPECT_EQ(read_file(target), before);
    }
    // Other UTF-16 text is replaced as any file is.
    const auto notes = folder / "notes.txt";
    write_file(notes, std::string{"\xFF\xFEn\0o\0t\0e\0s\0", 12});
    EXPECT_EQ(run_coach("compare " + sample + " -o " + notes).exit_code, 0);
}

// Trial 43: a record written with sorted keys (`jq -S`) and 330 log entries put the schema's name
// 180 KB in, past the first 64 KiB that was read, and was replaced; so were a record and a protocol
// file without a schema at all, and a large protocol file named *.protocol.json. The whole file is
// read, the first value's shape counts as much as its schema, and the name counts too.
TEST(outputs, records_and_protocol_files_are_known_by_their_shape_whatever_their_size_and_order) {
    const Folder folder{"outputs-over-shapes"};
    auto record = boost::json::parse(read_file(sample)).as_object();
    auto& log = record.at("log").as_array();
    const auto entries = log;
    while (log.size() < 2000) {  // some 360 KB
        log.insert(log.end(), entries.begin(), entries.end());
    }
    boost::json::object sorted;  // keys in sorted order: the schema's name comes last
    std::vector<std::string> keys;
    for (const auto& entry : record) {
        keys.emplace_back(entry.key());
    }
    std::sort(keys.begin(), keys.end());
    for (const auto& key : keys) {
        sorted[key] = record.at(key);
    }
    const auto sorted_text = boost::json::serialize(sorted);
    ASSERT_GT(sorted_text.size(), 200U * 1024);
    ASSERT_GT(sorted_text.find("\"coach.athlete/"), 64U * 1024);
    auto unnamed = record;
    unnamed.erase("schema");
    const auto protocol_text =
        read_file(std::string{COACH_EXAMPLES_DIR}
                  + "/../plugins/protocol/protocols/nordic-petersen-2011.protocol.json");
    auto protocol = boost::json::parse(protocol_text).as_object();
    protocol.erase("schema");
    const std::vector<std::tuple<std::string, std::string, std::string>> files = {
        {"sorted.json", sorted_text, "an athlete record"},
        {"noschema.json", boost::json::serialize(unnamed), "an athlete record"},
        {"noschema.jsonl",
         "not json\n" + boost::json::serialize(unnamed) + "\n" + boost::json::serialize(unnamed)
             + "\n",
         "an athlete record"},
        {"array.json", "[" + boost::json::serialize(unnamed) + "]", "athlete records"},
        // Trial 57: an export that opens with a header object before its records.
        {"export.json", R"([{"note": "export"}, )" + boost::json::serialize(unnamed) + "]",
         "athlete records"},
        // Trial 45: a record begun by hand, an id and the injury only.
        {"begun.json", R"({"id": "x", "injury": {"region": "hamstring", "grade": 2}})",
         "an athlete record"},
        {"draft-protocol.json", boost::json::serialize(protocol), "a protocol file"},
        {"big.protocol.json", std::string(300 * 1024, ' ') + "{}", "a protocol file"},
    };
    for (const auto& [name, text, held] : files) {
        const auto target = folder / name;
        write_file(target, text);
        expect_refused_to_replace(
            target, held,
            {"synth --count 2 -o " + target, "compare " + sample + " -o " + target,
             "plan -p stretch-ice " + sample + " -o " + target});
        EXPECT_EQ(read_file(target), text) << name;
    }
    // Near misses: a plan's JSON has `phases` but no `pain_ceiling`, a comparison an `athlete`
    // but no `injury`; both are written again, large or not.
    for (const auto& format : {"plan -p eccentric-strength ", "compare "}) {
        const auto target = folder / "again.json";
        const auto command = std::string{format} + sample + " --format json -o " + target;
        EXPECT_EQ(run_coach(command).exit_code, 0) << command;
        EXPECT_EQ(run_coach(command).exit_code, 0) << command;
    }
    // A cohort's result line names a wrong schema inside its problem's text: quoted in a string,
    // it is no schema of the file's own.
    const auto results = folder / "results.jsonl";
    write_file(results, std::string(300 * 1024, '\n')
                            + R"({"line":7,"status":"rejected","problem":"/schema: expected )"
                              R"(\"coach.athlete/1\", got \"coach.athlete/9\""})"
                              "\n");
    EXPECT_EQ(run_coach("synth --count 1 -o " + results).exit_code, 0);
    const auto padded = folder / "padded.json";
    write_file(padded, std::string(300 * 1024, ' ') + "{\"schema\": \"coach.comparison/1\"}");
    EXPECT_EQ(run_coach("compare " + sample + " -o " + padded).exit_code, 0);
}

// A user's trial: `--plugins pp compare a.json -o pp/x.protocol.json` replaced the protocol file
// with the comparison (and the next run refused it), `--trust t.txt ... -o t.txt` the trust list.
// The files the global options read are inputs too, for every command that writes.
TEST(outputs, no_command_writes_over_a_plugin_file_or_the_trust_list) {
    const Folder folder{"outputs-over-plugins"};
    fs::create_directories(folder / "pp");
    const auto protocol = folder / "pp/nordic-petersen-2011.protocol.json";
    fs::copy_file(COACH_EXAMPLES_DIR
                  "/../plugins/protocol/protocols/nordic-petersen-2011.protocol.json",
                  protocol);
    const auto trust = folder / "trust.txt";
    write_file(trust, "# none\n");
    const auto protocol_before = read_file(protocol);
    const auto in = " is the input ";
    struct Case {
        std::string command;
        std::string output;
        std::string input_and_option;
    };
    const std::vector<Case> cases = {
        {"--plugins " + folder / "pp" + " compare " + sample + " --format json -o " + protocol,
         protocol, protocol + " of --plugins"},
        {"--plugins " + protocol + " plan -p eccentric-strength " + sample + " -o " + protocol,
         protocol, protocol + " of --plugins"},
        {"--plugins " + folder / "pp" + " synth --count 2 -o " + protocol, protocol,
         protocol + " of --plugins"},
        {"--trust " + trust + " compare " + sample + " --format csv -o " + trust, trust,
         trust + " of --trust"},
        {"--trust " + trust + " cohort " + sample + " --summary " + trust, trust,
         trust + " of --trust"},
    };
    for (const auto& [command, output, input] : cases) {
        const auto result = run_coach(command);
        EXPECT_EQ(result.exit_code, 2) << command;
        const auto option = command.find("--summary") != std::string::npos ? "--summary" : "-o";
        EXPECT_EQ(result.err, "coach: " + output + ": the output of " + option + in + input
                                  + "; refusing to overwrite it\n")
            << command;
    }
    // A folder of COACH_PLUGIN_PATH is searched as --plugins folders are (a user's trial).
    ::setenv("COACH_PLUGIN_PATH", ("/nonexistent:" + folder / "pp").c_str(), 1);
    for (const auto& command :
         {"compare " + sample + " --format json -o " + protocol,
          "cohort " + sample + " -o " + folder / "results.jsonl" + " --summary " + protocol}) {
        const auto result = run_coach(command);
        EXPECT_EQ(result.exit_code, 2) << command;
        const auto option = command.find("--summary") != std::string::npos ? "--summary" : "-o";
        EXPECT_EQ(result.err, "coach: " + protocol + ": the output of " + option + in + protocol
                                  + " of COACH_PLUGIN_PATH; refusing to overwrite it\n")
            << command;
    }
    ::unsetenv("COACH_PLUGIN_PATH");
    EXPECT_EQ(read_file(protocol), protocol_before);
    EXPECT_EQ(read_file(trust), "# none\n");
}

// The bundled plugins are searched with no option at all: their folder holds inputs too.
TEST(outputs, no_command_writes_over_a_bundled_plugin_file) {
    const std::string bundled =
        COACH_BUNDLED_PLUGIN_DIR "/running-strength-heiderscheit-2010.protocol.json";
    const auto before = read_file(bundled);
    const auto result = run_coach("compare " + sample + " --format json -o " + bundled);
    if (read_file(bundled) != before) {
        write_file(bundled, before);  // the build tree stays whole for the other tests
        ADD_FAILURE() << "compare -o replaced " << bundled;
    }
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_TRUE(result.err.starts_with("coach: " + bundled + ": the output of -o is the input "))
        << result.err;
    EXPECT_TRUE(result.err.ends_with(
        "running-strength-heiderscheit-2010.protocol.json of the bundled plugin folder; "
        "refusing to overwrite it\n"))
        << result.err;
}

TEST(outputs, two_outputs_that_resolve_to_one_file_are_refused) {
    const Folder folder{"outputs-one-file"};
    const auto input = synthetic_records(folder);
    fs::create_directories(folder / "sub");
    for (const auto& summary : {folder / "out", folder / "sub/../out"}) {
        const auto result =
            run_coach("cohort " + input + " -o " + folder / "out" + " --summary " + summary);
        EXPECT_EQ(result.exit_code, 2) << result.err;
        EXPECT_EQ(result.err, "coach: " + summary
                                  + ": given to both -o and --summary; each output needs a file "
                                    "of its own\n");
    }
    EXPECT_EQ(folder.names(), (std::vector<std::string>{"athletes.jsonl", "sub"}));
}

TEST(outputs, the_summary_cannot_share_standard_output_with_the_results) {
    const Folder folder{"outputs-stdout-twice"};
    const auto input = synthetic_records(folder);
    const auto result = run_coach("cohort " + input + " --summary -");
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_EQ(result.err,
              "coach: --summary -: -o already goes to standard output; send one of them to a "
              "file\n");
    EXPECT_EQ(result.out, "");
    // With the results in a file, the summary may have standard output.
    const auto summary =
        run_coach("cohort " + input + " -o " + folder / "results.jsonl" + " --summary -");
    EXPECT_EQ(summary.exit_code, 0) << summary.err;
    EXPECT_EQ(summary.out.rfind("{\n  \"schema\": \"coach.cohort-summary/1\"", 0), 0u);
}

TEST(outputs, a_full_disk_fails_every_command_naming_the_output) {
    const Folder folder{"outputs-full"};
    const auto input = synthetic_records(folder);
    const std::string plugins = "--plugins " + fixture_good() + " ";
    const std::vector<std::string> to_stdout = {
        "list",
        "check " + sample,
        plugins + "plan -p fixture-good " + sample,
        plugins + "compare " + sample + " --format csv",
        plugins + "today -p fixture-good " + sample + " --date 2026-10-08",
        plugins + "cohort -p fixture-good " + input,
        "synth --count 5",
        "validate-plugin " + coach::test::fixture_plugin("no_entry").string(),
        "--help",
    };
    for (const auto& command : to_stdout) {
        SCOPED_TRACE(command);
        const auto result = run_coach_with_stdout(command, "/dev/full");
        EXPECT_EQ(result.exit_code, 1);
        EXPECT_NE(result.err.find("coach: <stdout>: cannot write: No space left on device\n"),
                  std::string::npos)
            << result.err;
    }
    const std::vector<std::string> to_file = {
        plugins + "plan -p fixture-good " + sample + " -o /dev/full",
        plugins + "compare " + sample + " --format csv -o /dev/full",
        plugins + "cohort -p fixture-good " + input + " -o /dev/full",
        plugins + "cohort -p fixture-good " + input + " -o " + folder / "r.jsonl"
            + " --summary /dev/full",
        "synth --count 5 -o /dev/full",
    };
    for (const auto& command : to_file) {
        SCOPED_TRACE(command);
        const auto result = run_coach(command);
        EXPECT_EQ(result.exit_code, 1);
        EXPECT_NE(result.err.find("coach: /dev/full: cannot write: No space left on device\n"),
                  std::string::npos)
            << result.err;
    }
}

// A path the user got wrong is bad usage (exit 2), named with what is missing; a disk that fills
// up is not (exit 1, above).
TEST(outputs, an_output_into_a_missing_folder_is_a_usage_error_naming_the_folder) {
    const Folder folder{"outputs-missing-folder"};
    const auto missing = folder / "no-such-folder";
    for (const std::string& command : {"compare " + sample + " -o " + missing + "/r.txt",
                                       "synth --count 2 -o " + missing + "/a.jsonl"}) {
        SCOPED_TRACE(command);
        const auto result = run_coach(command);
        EXPECT_EQ(result.exit_code, 2);
        EXPECT_NE(result.err.find(": cannot write: no folder " + missing + "\n"), std::string::npos)
            << result.err;
        EXPECT_FALSE(std::filesystem::exists(missing));
    }
}

// Trial 52: "nosuch/../in.jsonl" is "in.jsonl" to the eye, and coach compared and wrote that
// form, replacing the input; to the kernel a missing folder cannot be passed through, so the path
// names no file. It is refused as a missing folder, for every command and for a record synth would
// otherwise have replaced, and the file is left as it was.
TEST(outputs, a_path_through_a_missing_folder_never_reaches_the_file_it_looks_like) {
    const Folder folder{"outputs-through-missing-folder"};
    const auto input = synthetic_records(folder);
    const auto record = folder / "athlete.json";
    fs::copy_file(sample, record);
    const auto before = read_file(input);
    const auto record_before = read_file(record);
    const auto missing = folder / "nosuch";
    for (const std::string& command :
         {"cohort " + input + " -o " + missing + "/../" + fs::path(input).filename().string(),
          "cohort " + input + " -o /dev/null --summary " + missing + "/../"
              + fs::path(input).filename().string(),
          "compare " + record + " -o " + missing + "/../athlete.json",
          "plan -p stretch-ice " + record + " -o " + missing + "/../athlete.json",
          "synth --count 1 -o " + missing + "/../athlete.json"}) {
        SCOPED_TRACE(command);
        const auto result = run_coach(command);
        EXPECT_EQ(result.exit_code, 2);
        EXPECT_NE(result.err.find(": cannot write: no folder " + missing + "\n"), std::string::npos)
            << result.err;
        EXPECT_EQ(read_file(input), before);
        EXPECT_EQ(read_file(record), record_before);
        EXPECT_FALSE(fs::exists(missing));
    }
}

TEST(outputs, a_file_is_replaced_through_its_link_keeping_its_mode) {
    const Folder folder{"outputs-replace"};
    const auto target = folder / "report.csv";
    write_file(target, "previous\n");
    fs::permissions(target, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
    fs::create_symlink(target, folder / "link.csv");
    const auto result = run_coach("--plugins " + fixture_good() + " compare " + sample
                                  + " --format csv -o " + folder / "link.csv");
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_TRUE(fs::is_symlink(folder / "link.csv"));
    EXPECT_EQ(read_file(target).rfind("philosophy,status,", 0), 0u) << read_file(target);
    EXPECT_EQ(fs::status(target).permissions() & fs::perms::all,
              fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
    EXPECT_EQ(folder.names(), (std::vector<std::string>{"link.csv", "report.csv"}));
}

TEST(outputs, a_killed_command_leaves_the_previous_file_and_nothing_else) {
    const Folder folder{"outputs-killed"};
    const auto input = folder / "athletes.jsonl";
    ASSERT_EQ(run_coach("synth --count 4000 --seed 9 -o " + input).exit_code, 0);
    const auto results = folder / "results.jsonl";
    write_file(results, "previous\n");
    const pid_t coach = coach::test::start_coach("cohort " + input + " --threads 1 -o " + results,
                                                 ">/dev/null 2>/dev/null");
    std::this_thread::sleep_for(std::chrono::milliseconds{400});
    ::kill(coach, SIGKILL);
    ASSERT_EQ(coach::test::wait_for_exit(coach), 128 + SIGKILL) << "finished before the kill";
    EXPECT_EQ(read_file(results), "previous\n");
    EXPECT_EQ(folder.names(), (std::vector<std::string>{"athletes.jsonl", "results.jsonl"}));
}

TEST(outputs, a_record_from_a_pipe_stops_at_the_size_limit) {
    // Reading on to the end first would hold all 64 MiB, then fail on the size.
    const auto command =
        "head -c 67108864 /dev/zero | " + std::string{COACH_CLI} + " check - 2>&1 >/dev/null";
    std::unique_ptr<FILE, int (*)(FILE*)> pipe{::popen(command.c_str(), "r"), &::pclose};
    ASSERT_TRUE(pipe);
    std::string err;
    char buffer[256];
    while (std::fgets(buffer, sizeof buffer, pipe.get()) != nullptr) {
        err += buffer;
    }
    EXPECT_EQ(err, "coach: <stdin>: more than 16 MiB; a record may be at most 16 MiB\n");
}
