// Fifth user trial of the command line: a path with a newline or another control character is
// named escaped in every message, on one line, as record text is (coach/printable.hpp); "-p=" and
// "-X=" with nothing after the '=' are refused as "-X ''" is; and an output path that cannot be
// written exits 2 as every command's --help says, a write that fails later 1.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include "support.hpp"

using coach::test::run_coach;

namespace {

using Folder = coach::test::TemporaryFolder;

const std::string sample = COACH_EXAMPLES_DIR "/athletes/sample.json";

// `path` as one shell word: single quotes keep a newline in it.
std::string quoted(const std::string& path) {
    return "'" + path + "'";
}

// `path` with its newlines written "\n", as coach names it.
std::string escaped(std::string path) {
    for (auto at = path.find('\n'); at != std::string::npos; at = path.find('\n', at + 2)) {
        path.replace(at, 1, "\\n");
    }
    return path;
}

}  // namespace

TEST(cli_paths, a_control_character_in_a_path_is_escaped_in_every_message) {
    const Folder folder{"cli-paths-newline"};
    const auto record = folder / "a\nb.json";
    std::filesystem::copy_file(sample, record);
    const auto missing = folder / "no\nsuch.json";
    const auto no_folder = folder / "no\ndir";
    const auto sub_folder = folder / "a\nfolder";
    std::filesystem::create_directory(sub_folder);
    const auto* const plugin_file = "(.so) or protocol file (<name>.protocol.json)";
    const std::vector<std::pair<std::string, std::string>> refused = {
        {"check " + quoted(missing),
         escaped(missing) + ": cannot open the file: No such file or directory"},
        {"compare " + sample + " -o " + quoted(no_folder + "/r.txt"),
         escaped(no_folder) + "/r.txt: cannot write: no folder " + escaped(no_folder)},
        {"synth --count 1 -o " + quoted(no_folder + "/a.jsonl"),
         escaped(no_folder) + "/a.jsonl: cannot write: no folder " + escaped(no_folder)},
        {"compare " + sample + " -o " + quoted(sub_folder),
         escaped(sub_folder) + ": cannot write: is a folder, not a file"},
        {"validate-plugin " + quoted(missing),
         escaped(missing) + ": no such file; expected a plugin library " + plugin_file},
        {"--trust " + quoted(missing) + " list",
         escaped(missing) + ": no such file; expected a trust list, one SHA-256 per line"},
        {"compare " + quoted(record) + " -o " + quoted(record),
         escaped(record) + ": the output of -o is the input " + escaped(record)
             + "; refusing to overwrite it"},
    };
    for (const auto& [arguments, message] : refused) {
        SCOPED_TRACE(arguments);
        const auto result = run_coach(arguments);
        EXPECT_EQ(result.exit_code, 2);
        EXPECT_EQ(result.err, "coach: " + message + "\n");
    }
    // A valid record named on standard output: one line.
    const auto checked = run_coach("--width 1000 check " + quoted(record));
    EXPECT_EQ(checked.exit_code, 0) << checked.err;
    EXPECT_EQ(checked.out.rfind(escaped(record) + ": ok: athlete ath-001", 0), 0u) << checked.out;
    EXPECT_EQ(checked.out.find('\n'), checked.out.size() - 1) << checked.out;
}

// "-p=" is "-p ''": refused with what -p takes, not looked up as the philosophy ''; and so for
// every option written "-X=" or "--option=" with nothing after the '='.
TEST(cli_paths, an_empty_value_after_an_equals_sign_is_refused_as_an_empty_value) {
    const std::string id =
        "--philosophy: expected a philosophy id, as `coach list` shows it, "
        "got \"\" (coach ";
    const std::string output =
        "--output: expected a file name, or - for standard output, got "
        "\"\" (coach ";
    const std::string lists = " --help lists the options)\n";
    const std::vector<std::pair<std::string, std::string>> refused = {
        {"plan -p '' " + sample, id + "plan" + lists},
        {"plan -p= " + sample, id + "plan" + lists},
        {"plan --philosophy= " + sample, id + "plan" + lists},
        {"compare -p '' " + sample, id + "compare" + lists},
        {"compare -p= " + sample, id + "compare" + lists},
        {"today -p= " + sample, id + "today" + lists},
        {"cohort -p= " + sample, id + "cohort" + lists},
        {"compare " + sample + " -o=", output + "compare" + lists},
        {"compare " + sample + " -o ''", output + "compare" + lists},
        {"synth -o=", output + "synth" + lists},
        {"cohort " + sample + " --summary=",
         "--summary: expected a file name, or - for standard output, got \"\" (coach cohort"
             + lists},
    };
    for (const auto& [arguments, message] : refused) {
        SCOPED_TRACE(arguments);
        const auto result = run_coach(arguments);
        EXPECT_EQ(result.exit_code, 2);
        EXPECT_EQ(result.err, "coach: " + message);
        EXPECT_EQ(result.out, "");
    }
}

// What --help says of an output that cannot be written is what happens: an output path that
// cannot be written (no such folder, a folder) is exit 2 for every command that takes one; a
// write that fails (a full disk) is exit 1.
TEST(cli_paths, an_unwritable_output_path_exits_2_and_a_failed_write_1_as_help_says) {
    for (const std::string command : {"plan", "compare", "synth", "cohort"}) {
        SCOPED_TRACE(command);
        const auto help = run_coach("--width 1000 " + command + " --help").out;
        EXPECT_NE(help.find("cannot be written (no such folder, no permission, a folder)"),
                  std::string::npos)
            << help;
        EXPECT_NE(help.find("1 when writing fails (a full disk"), std::string::npos) << help;
    }
    const Folder folder{"cli-paths-unwritable"};
    const auto missing = folder / "missing";
    const auto two = folder / "two.jsonl";
    ASSERT_EQ(run_coach("synth --count 2 -o " + two).exit_code, 0);
    for (const std::string& arguments :
         {"plan -p eccentric-strength " + sample + " -o " + missing + "/p.txt",
          "compare " + sample + " -o " + missing + "/c.txt",
          "synth --count 1 -o " + missing + "/s.jsonl",
          "cohort " + two + " -o " + missing + "/r.jsonl",
          "cohort " + two + " -o /dev/null --summary " + missing + "/s.json"}) {
        SCOPED_TRACE(arguments);
        const auto result = run_coach(arguments);
        EXPECT_EQ(result.exit_code, 2);
        EXPECT_NE(result.err.find(": cannot write: no folder " + missing + "\n"), std::string::npos)
            << result.err;
    }
    const auto full = run_coach("synth --count 1 -o /dev/full");
    EXPECT_EQ(full.exit_code, 1);
    EXPECT_EQ(full.err, "coach: /dev/full: cannot write: No space left on device\n");
}
