// The command line's surface: global options in either place, and messages that say what is
// wrong with a path (a folder for a file, an empty file, a protocol or athlete file given as a
// plugin), each one line naming the path, with the right exit code.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "support.hpp"

using coach::test::fixture_plugin;
using coach::test::lines;
using coach::test::run_coach;
using coach::test::TemporaryFolder;

namespace {

const std::string sample = COACH_EXAMPLES_DIR "/athletes/sample.json";
const std::string protocols = COACH_TEST_FIXTURES_DIR "/protocols/mixed";

void write(const std::string& path, const std::string& text) {
    std::ofstream{path} << text;
}

// `coach OPTION COMMAND...` and `coach COMMAND... OPTION` print and exit the same.
void expect_same_in_both_places(const std::string& option, const std::string& command,
                                bool same_stderr = true) {
    const auto before = run_coach(option + " " + command);
    const auto after = run_coach(command + " " + option);
    EXPECT_NE(after.exit_code, 2) << command << " " << option << "\n" << after.err;
    EXPECT_EQ(after.exit_code, before.exit_code) << command << " " << option << "\n" << after.err;
    EXPECT_EQ(after.out, before.out) << command << " " << option;
    if (same_stderr) {
        EXPECT_EQ(after.err, before.err) << command << " " << option;
    }
}

}  // namespace

TEST(command_line, compare_takes_plugins_after_the_record) {
    const auto result = run_coach("compare " + sample + " --plugins "
                                  + fixture_plugin("good").string() + " --format csv");
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("\nfixture-good,ok,"), std::string::npos) << result.out;
    // --plugins takes one path: the record after it is the command's, not a second folder.
    const auto before_record = run_coach("compare --plugins " + fixture_plugin("good").string()
                                         + " " + sample + " --format csv");
    EXPECT_EQ(before_record.exit_code, 0) << before_record.err;
    EXPECT_EQ(before_record.out, result.out);
}

TEST(command_line, every_global_option_may_follow_the_command) {
    TemporaryFolder folder{"global-options"};
    write(folder / "trust.txt", std::string(64, 'a') + "\n");
    const std::string plan = "plan -p fixture-good " + sample + " --days 3";
    const std::string good = "--plugins " + fixture_plugin("good").string();
    expect_same_in_both_places(good, plan);
    expect_same_in_both_places(good + " --plugins " + protocols, "list");
    expect_same_in_both_places("--log-level error", "list");
    expect_same_in_both_places("--log-level debug", "list", false);
    expect_same_in_both_places("--allow-untrusted", "list");
    expect_same_in_both_places("--trust " + (folder / "trust.txt"), "list");
    expect_same_in_both_places("--isolate", "compare " + sample);
    expect_same_in_both_places("--in-process", "compare " + sample);
    expect_same_in_both_places("--isolate --plugin-timeout 30", good + " " + plan);
    expect_same_in_both_places("--plugin-memory 512", "compare " + sample);
    expect_same_in_both_places("--width 60", "compare " + sample);
    expect_same_in_both_places("--width 60",
                               "today -p sprint-manual " + sample + " --date 2026-10-08");
    ASSERT_EQ(run_coach("synth --count 2 -o " + (folder / "two.jsonl")).exit_code, 0);
    expect_same_in_both_places("--width 50", "cohort " + (folder / "two.jsonl") + " -o /dev/null");
}

TEST(command_line, a_bad_global_option_after_the_command_is_named_like_before_it) {
    const auto result = run_coach("list --plugin-memory -1");
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_EQ(result.err,
              "coach: --plugin-memory: expected a whole number from 0 to 1048576 MB, got \"-1\" "
              "(coach --help lists the options)\n");
    EXPECT_EQ(run_coach("list --in-process --isolate").exit_code, 2);
}

TEST(command_line, a_folder_where_a_file_is_expected_is_named_as_a_folder) {
    TemporaryFolder folder{"folder-for-file"};
    const auto dir = folder.path().string();
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"check " + dir, dir + ": is a folder, not a file"},
        {"compare " + dir, dir + ": is a folder, not a file"},
        {"cohort " + dir, dir + ": is a folder, not a file"},
        {"validate-plugin " + dir, dir
                                       + ": is a folder, not a file; expected a plugin library "
                                         "(.so) or protocol file (<name>.protocol.json)"},
        {"--trust " + dir + " list",
         dir + ": is a folder, not a file; expected a trust list, one SHA-256 per line"},
        {"compare " + sample + " -o " + dir, dir + ": cannot write: is a folder, not a file"},
    };
    for (const auto& [arguments, message] : cases) {
        const auto result = run_coach(arguments);
        EXPECT_EQ(result.exit_code, 2) << arguments;
        EXPECT_EQ(result.err, "coach: " + message + "\n") << arguments;
    }
    const auto athletes =
        run_coach("validate-plugin " + fixture_plugin("good").string() + " --athletes " + sample);
    EXPECT_EQ(athletes.exit_code, 2);
    EXPECT_EQ(athletes.err, "coach: " + sample
                                + ": is a file, not a folder; expected a folder of athlete "
                                  "records (--athletes)\n");
}

TEST(command_line, an_empty_file_is_named_as_empty) {
    TemporaryFolder folder{"empty-files"};
    for (const auto* name :
         {"athlete.json", "blank.json", "trust.txt", "empty.so", "empty.protocol.json"}) {
        write(folder / name, std::string{name} == "blank.json" ? " \n\t\n" : "");
    }
    // Blanks and a byte-order mark are as empty as no bytes (trial 73: a protocol file of blanks
    // said "not valid JSON").
    write(folder / "blank.protocol.json", "\xEF\xBB\xBF  \r\n\n");
    const std::string plugin =
        "; expected a plugin folder, a plugin library (.so) or a <name>.protocol.json file";
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"check " + (folder / "athlete.json"),
         folder / "athlete.json" + ": is empty; expected an athlete record (coach.athlete/1)"},
        {"plan -p stretch-ice " + (folder / "blank.json"),
         folder / "blank.json" + ": is empty; expected an athlete record (coach.athlete/1)"},
        {"--trust " + (folder / "trust.txt") + " list",
         folder / "trust.txt" + ": is empty; expected a trust list, one SHA-256 per line"},
        {"--plugins " + (folder / "empty.so") + " list",
         folder / "empty.so" + ": is empty" + plugin},
        {"list --plugins " + (folder / "empty.protocol.json"),
         folder / "empty.protocol.json" + ": is empty" + plugin},
        {"validate-plugin " + (folder / "empty.so"),
         folder / "empty.so"
             + ": is empty; expected a plugin library (.so) or protocol file "
               "(<name>.protocol.json)"},
        {"validate-plugin " + (folder / "blank.protocol.json"),
         folder / "blank.protocol.json" + ": is empty; expected a protocol file"},
        {"list --plugins " + (folder / "blank.protocol.json"),
         folder / "blank.protocol.json" + ": is empty" + plugin},
    };
    for (const auto& [arguments, message] : cases) {
        const auto result = run_coach(arguments);
        EXPECT_EQ(result.exit_code, 2) << arguments;
        EXPECT_EQ(result.err, "coach: " + message + "\n") << arguments;
        EXPECT_EQ(result.out, "") << arguments;
    }
    write(folder / "trust.txt", "# nothing listed yet\n");
    const auto comments = run_coach("--trust " + (folder / "trust.txt") + " list");
    EXPECT_EQ(comments.exit_code, 2);
    EXPECT_EQ(comments.err, "coach: " + folder / "trust.txt"
                                + ": lists no SHA-256; expected a trust list, one SHA-256 per "
                                  "line\n");
}

TEST(command_line, a_protocol_file_given_to_plugins_is_loaded_as_a_protocol) {
    const auto file = protocols + "/fixture-good.protocol.json";
    const auto result = run_coach("list --plugins " + file);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("\nprotocol:fixture-good "), std::string::npos) << result.out;
}

TEST(command_line, json_given_as_a_plugin_says_how_to_give_it) {
    TemporaryFolder folder{"misplaced-json"};
    std::filesystem::copy_file(protocols + "/fixture-good.protocol.json", folder / "mine.json");
    const auto protocol = run_coach("--plugins " + (folder / "mine.json") + " list");
    EXPECT_EQ(protocol.exit_code, 2);
    EXPECT_EQ(protocol.err, "coach: " + folder / "mine.json"
                                + ": is a JSON file, not a plugin library: a protocol file is "
                                  "loaded when its name is <name>.protocol.json, <name> being its "
                                  "\"name\"\n");
    const auto athlete = run_coach("--plugins " + sample + " list");
    EXPECT_EQ(athlete.exit_code, 2);
    EXPECT_EQ(athlete.err, "coach: " + sample
                               + ": is an athlete record, not a plugin: give it after the "
                                 "command, as in `coach compare "
                               + sample + "`\n");
    // The help says which rule these follow: not a refused plugin (exit 3, the others run) but a
    // usage error (trial 80 read the one and met the other).
    auto help = run_coach("--help").out;
    std::replace(help.begin(), help.end(), '\n', ' ');
    help.erase(
        std::unique(help.begin(), help.end(), [](char a, char b) { return a == ' ' && b == ' '; }),
        help.end());
    EXPECT_NE(help.find("A --plugins file that is no plugin at all (an athlete record, or a "
                        "protocol file not named <name>.protocol.json) is a usage error: exit 2, "
                        "nothing run."),
              std::string::npos)
        << help;
    // A protocol file given to validate-plugin is validated as one (validate_plugin_test).
    const auto validated =
        run_coach("validate-plugin " + protocols + "/fixture-good.protocol.json");
    EXPECT_NE(validated.exit_code, 2) << validated.err;  // a report, not a usage error
    EXPECT_EQ(validated.out.rfind("note  read         defines protocol:fixture-good ", 0), 0u)
        << validated.out;
}

// A clinician who misspells an optional field learns it from whichever command reads the record,
// in the words `coach check` uses, and the command's output and exit code stay as they were.
TEST(command_line, every_command_that_reads_a_record_warns_of_its_unknown_fields) {
    TemporaryFolder folder{"unknown-fields"};
    auto text = coach::test::read_file(sample);
    const std::string sport = "\"sport\": \"marathon\",";
    ASSERT_NE(text.find(sport), std::string::npos);
    const auto misspelt = folder / "misspelt.json";
    write(misspelt,
          text.replace(text.find(sport), sport.size(), sport + " \"sprot\": \"marathon\","));
    const std::string warning =
        "coach: warning: " + misspelt
        + ": /profile/sprot: unknown field \"sprot\" (did you mean \"sport\"?), ignored except "
          "for red-flag words\n";
    for (const std::string command :
         {"check ", "plan -p eccentric-strength ", "compare ", "compare --format csv ",
          "today -p sprint-manual --date 2026-10-08 "}) {
        const auto clean = run_coach(command + sample);
        const auto result = run_coach(command + misspelt);
        EXPECT_EQ(result.exit_code, 0) << command << result.err;
        EXPECT_EQ(result.err, warning) << command;
        if (command != "check ") {  // check names the file it read
            EXPECT_EQ(result.out, clean.out) << command;
        }
    }
}

// A misspelt injury region would get "not applicable" from every philosophy: each command that
// reads the record says so and suggests the region meant; `check --strict` refuses it.
TEST(command_line, an_injury_region_no_philosophy_covers_is_a_warning_with_the_nearest_region) {
    TemporaryFolder folder{"uncovered-region"};
    const auto text = coach::test::read_file(sample);
    const std::string region = "\"region\": \"hamstring\"";
    ASSERT_NE(text.find(region), std::string::npos);
    int written = 0;
    const auto with_region = [&](const std::string& name) {
        auto copy = text;
        const auto path = folder / ("region-" + std::to_string(++written) + ".json");
        write(path, copy.replace(copy.find(region), region.size(), "\"region\": \"" + name + "\""));
        return path;
    };
    for (const std::string name : {"Hamstrings", "hamstrings", "hamstring ", "HAMSTRING"}) {
        const auto path = with_region(name);
        const std::string line = path + ": /injury/region: no loaded philosophy covers the injury "
                                        "region \"" + name
                                 + "\" (did you mean \"hamstring\"?); they cover hamstring";
        for (const std::string command : {"check ", "compare ", "plan -p stretch-ice "}) {
            const auto result = run_coach(command + path);
            EXPECT_EQ(result.exit_code, 0) << command << result.err;
            EXPECT_EQ(result.err, "coach: warning: " + line + "\n") << command;
        }
        const auto strict = run_coach("check --strict " + path);
        EXPECT_EQ(strict.exit_code, 2);
        EXPECT_EQ(strict.err, "coach: " + line + " (--strict)\n");
        EXPECT_TRUE(strict.out.empty());
    }
    const auto knee = with_region("knee");
    const auto result = run_coach("check " + knee);
    EXPECT_EQ(result.exit_code, 0);
    EXPECT_EQ(result.err, "coach: warning: " + knee
                              + ": /injury/region: no loaded philosophy covers the injury region "
                                "\"knee\"; they cover hamstring\n");
    EXPECT_TRUE(run_coach("check " + sample).err.empty());
}

// Every command that takes -p more than once runs a repeated one once, with the same warning
// (compare: cli_test.cpp); coach-mpi cohort does as cohort (tests/mpi/mpi_cohort_test.py).
TEST(command_line, cohort_runs_a_philosophy_given_twice_once_and_warns) {
    TemporaryFolder folder{"cohort-repeated-p"};
    ASSERT_EQ(run_coach("synth --count 2 -o " + (folder / "two.jsonl")).exit_code, 0);
    const auto result = run_coach("cohort -p stretch-ice -p eccentric-strength -p stretch-ice "
                                  + (folder / "two.jsonl") + " -o " + (folder / "out.jsonl"));
    EXPECT_EQ(result.exit_code, 0) << result.err;
    ASSERT_FALSE(lines(result.err).empty());
    EXPECT_EQ(lines(result.err).front(),
              "coach: warning: -p stretch-ice is given more than once; it runs once, where first "
              "given");
    std::ifstream out{folder / "out.jsonl"};
    std::string first;
    std::getline(out, first);
    EXPECT_NE(first.find("\"stretch-ice\""), std::string::npos) << first;
}

// A cohort of no one is more likely a failed export than a result: exit 2, named, and no output
// file written (the --help says so).
TEST(command_line, cohort_refuses_an_input_without_athletes_and_writes_nothing) {
    TemporaryFolder folder{"cohort-empty"};
    write(folder / "empty.jsonl", "");
    write(folder / "blank.jsonl", "\n  \n\n");
    // Saved "empty" by an editor that writes a UTF-8 byte-order mark: nothing in it either.
    write(folder / "bom.jsonl", "\xEF\xBB\xBF");
    write(folder / "bom-blank.jsonl", "\xEF\xBB\xBF \t\r\n\n");
    for (const std::string name : {"empty.jsonl", "blank.jsonl", "bom.jsonl", "bom-blank.jsonl"}) {
        const auto result = run_coach("cohort " + (folder / name) + " -o " + (folder / "out.jsonl")
                                      + " --summary " + (folder / "summary.json"));
        EXPECT_EQ(result.exit_code, 2) << name;
        EXPECT_EQ(result.err, "coach: " + (folder / name)
                                  + ": holds no athlete records; expected one coach.athlete/1 "
                                    "JSON object per line\n");
    }
    EXPECT_EQ(folder.names(), (std::vector<std::string>{"blank.jsonl", "bom-blank.jsonl",
                                                        "bom.jsonl", "empty.jsonl"}));
    const auto from_stdin = run_coach("cohort - -o /dev/null < /dev/null");
    EXPECT_EQ(from_stdin.exit_code, 2);
    EXPECT_EQ(from_stdin.err,
              "coach: <stdin>: holds no athlete records; expected one coach.athlete/1 JSON "
              "object per line\n");
    const auto help = run_coach("cohort --help");
    EXPECT_NE(help.out.find("holds no athlete records"), std::string::npos) << help.out;
}

// A short option written with '=' takes the value after it, as "--output=FILE" does (CLI11 would
// read "=out.csv" whole and write a file of that name): "-o=FILE", "-p=ID", and "-o=" is an empty
// path, refused as "-o ''" is.
TEST(command_line, a_short_option_written_with_equals_takes_the_value_after_it) {
    const TemporaryFolder folder{"short-equals"};
    const auto written = run_coach("synth --count 2 -o=" + (folder / "two.jsonl"));
    EXPECT_EQ(written.exit_code, 0) << written.err;
    EXPECT_EQ(folder.names(), std::vector<std::string>{"two.jsonl"});
    EXPECT_EQ(coach::test::read_file(folder / "two.jsonl"), run_coach("synth --count 2").out);

    const auto plan = run_coach("plan -p=stretch-ice " + sample);
    EXPECT_EQ(plan.exit_code, 0) << plan.err;
    EXPECT_EQ(plan.out, run_coach("plan -p stretch-ice " + sample).out);

    const auto unknown = run_coach("plan -p=zzz " + sample);
    EXPECT_EQ(unknown.exit_code, 2);
    EXPECT_EQ(unknown.err,
              "coach: no philosophy 'zzz' is loaded: one of eccentric-strength, "
              "protocol:nordic-petersen-2011, protocol:running-strength-heiderscheit-2010, "
              "sprint-manual, stretch-ice\n");

    const auto empty = run_coach("synth --count 1 -o=");
    EXPECT_EQ(empty.exit_code, 2);
    EXPECT_EQ(empty.err,
              "coach: --output: expected a file name, or - for standard output, got \"\" (coach "
              "synth --help lists the options)\n");
}

// Plugin paths and the messages that quote them go through printable() as record text does: a
// U+202E in a --plugins path, or in the names of two plugin files with one id, is shown as
// \u202e, a soft hyphen as \u00ad, never turning the line around or hiding in it.
TEST(command_line, plugin_paths_in_messages_are_escaped_as_record_text_is) {
    const std::string missing = "/no/such/evil\u202Eos.\u00ADdir";
    const auto result = run_coach("--plugins '" + missing + "' list");
    EXPECT_EQ(result.exit_code, 3);
    EXPECT_EQ(result.err,
              "coach: plugin /no/such/evil\\u202eos.\\u00addir: no such plugin file or folder\n");

    const TemporaryFolder folder{"escaped-plugin-paths"};
    namespace fs = std::filesystem;
    const auto mode = fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec
                      | fs::perms::others_read | fs::perms::others_exec;
    fs::permissions(folder.path(), mode);
    for (const std::string name : {"a\u202Eos.so", "b\u00AD.so"}) {
        fs::copy_file(fixture_plugin("good"), folder / name);
        fs::permissions(folder / name, mode);
    }
    const auto duplicate = run_coach("--plugins " + folder.path().string() + " list");
    EXPECT_EQ(duplicate.exit_code, 3);
    const std::string first = folder.path().string() + "/a\\u202eos.so";
    const std::string second = folder.path().string() + "/b\\u00ad.so";
    EXPECT_EQ(duplicate.err, "coach: plugin " + second
                                 + ": duplicate philosophy id 'fixture-good': already loaded from "
                                 + first + "; refusing " + second + "\n");
}

// A command that does not exist is named in the one-line error, exit 2 as every usage error,
// wherever the global options stand; a missing command is still said as such.
TEST(command_line, an_unknown_command_is_named) {
    for (const std::string& arguments : std::vector<std::string>{
             "bogus", "bogus " + sample, "--width 100 bogus", "--plugins " + protocols + " bogus",
             "--log-level=error bogus", "-- bogus"}) {
        const auto result = run_coach(arguments);
        EXPECT_EQ(result.exit_code, 2) << arguments;
        EXPECT_EQ(result.err, "coach: unknown command 'bogus'; see coach --help\n") << arguments;
        EXPECT_EQ(result.out, "") << arguments;
    }
    // Control characters in the word are escaped, as in every message.
    const auto escaped = run_coach("\"$(printf 'bo\\033gus')\"");
    EXPECT_EQ(escaped.exit_code, 2);
    EXPECT_EQ(escaped.err, "coach: unknown command 'bo\\u001bgus'; see coach --help\n");
    const auto none = run_coach("--width 100");
    EXPECT_EQ(none.exit_code, 2);
    EXPECT_EQ(none.err,
              "coach: no command given; one of check, cohort, compare, list, plan, synth, today, "
              "validate-plugin (see coach --help)\n");
}

// A word option refused reads like a number refused: what it takes, then what it got.
TEST(command_line, a_log_level_not_known_says_the_levels_it_takes) {
    const auto loud = run_coach("--log-level loud list");
    EXPECT_EQ(loud.exit_code, 2);
    EXPECT_EQ(loud.err,
              "coach: --log-level: expected trace, debug, info, warn, error or off, got \"loud\" "
              "(coach --help lists the options)\n");
    EXPECT_EQ(loud.out, "");
}

// A new-user trial typed `coach comapre`: a word at most two edits from a command (letters
// swapped, one missing or extra; one for a word of four letters or fewer, as for a misspelt field)
// gets the command it is near; a word far from every command gets none, and a word of one or two
// letters is not taken for any.
TEST(command_line, an_unknown_command_near_a_command_names_it) {
    for (const auto& [given, meant] :
         std::vector<std::pair<std::string, std::string>>{{"comapre", "compare"},
                                                          {"todya", "today"},
                                                          {"--width 100 lst", "list"},
                                                          {"cohrt " + sample, "cohort"},
                                                          {"validate-plugins", "validate-plugin"},
                                                          {"COMPARE " + sample, "compare"},
                                                          {"Today", "today"},
                                                          {"PLNA", "plan"}}) {
        const auto result = run_coach(given);
        EXPECT_EQ(result.exit_code, 2) << given;
        EXPECT_EQ(result.out, "") << given;
        EXPECT_NE(result.err.find("'; did you mean '" + meant + "'? See coach --help\n"),
                  std::string::npos)
            << given << ": " << result.err;
    }
    const auto exact = run_coach("comapre " + sample);
    EXPECT_EQ(exact.err,
              "coach: unknown command 'comapre'; did you mean 'compare'? See coach --help\n");
    for (const std::string far : {"bogus", "xy", "p", "chk"}) {
        const auto result = run_coach(far);
        EXPECT_EQ(result.exit_code, 2) << far;
        EXPECT_EQ(result.err, "coach: unknown command '" + far + "'; see coach --help\n") << far;
    }
}

// A date of the right shape that the calendar does not have is named as such, not as a shape:
// the day past the month's end, February 29 outside a leap year, month 13.
TEST(command_line, a_date_the_calendar_does_not_have_is_said_not_to_exist) {
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"plan -p stretch-ice " + sample + " --as-of 2026-02-30",
         "coach: --as-of: 2026-02-30 does not exist: February 2026 has 28 days\n"},
        {"compare " + sample + " --as-of 2025-02-29",
         "coach: --as-of: 2025-02-29 does not exist: February 2025 has 28 days\n"},
        {"compare " + sample + " --as-of 2026-04-31",
         "coach: --as-of: 2026-04-31 does not exist: April 2026 has 30 days\n"},
        {"compare " + sample + " --as-of 2026-13-01",
         "coach: --as-of: 2026-13-01 does not exist: there is no month 13\n"},
        {"today -p stretch-ice " + sample + " --date 2026-06-31",
         "coach: --date: 2026-06-31 does not exist: June 2026 has 30 days\n"},
        {"cohort " + sample + " -o /dev/null --as-of 2026-02-30",
         "coach: --as-of: 2026-02-30 does not exist: February 2026 has 28 days\n"},
    };
    for (const auto& [arguments, message] : cases) {
        const auto result = run_coach(arguments);
        EXPECT_EQ(result.exit_code, 2) << arguments;
        EXPECT_EQ(result.err, message) << arguments;
    }
    // A leap day that exists is a date.
    EXPECT_EQ(run_coach("compare " + sample + " --as-of 2028-02-29 --format csv").exit_code, 0);
}
