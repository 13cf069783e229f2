// What a new user's trial found the command line telling too little: a JSON syntax error that
// says neither what was found nor where, a missing file typed in full-width letters, a protocol
// asked for after its file was refused, and protocol files whose names start with '.' or '-'.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "support.hpp"

using coach::test::lines;
using coach::test::run_coach;
namespace fs = std::filesystem;

namespace {

using Folder = coach::test::TemporaryFolder;

const std::string fixtures = COACH_TEST_FIXTURES_DIR;
const std::string sample = COACH_EXAMPLES_DIR "/athletes/sample.json";

std::string text_of(const std::string& path) {
    std::ifstream in{path, std::ios::binary};
    return {std::istreambuf_iterator<char>{in}, {}};
}

// The valid Askling protocol, written to `folder` as `file` with "name": `name`.
std::string protocol_named(const Folder& folder, const std::string& file, const std::string& name) {
    auto text = text_of(fixtures + "/protocols/valid/askling-l-protocol-2013.protocol.json");
    const std::string old_name = "\"askling-l-protocol-2013\"";
    text.replace(text.find(old_name), old_name.size(), "\"" + name + "\"");
    const auto path = folder / file;
    std::ofstream{path, std::ios::binary} << text;
    return path;
}

}  // namespace

// A lone UTF-16 surrogate escape ("\ud800" with no "\udc00".."\udfff" after it, or the low half
// alone) is named where it stands, not taken for a comma missing after the string (trial 39).
TEST(input_messages, a_lone_surrogate_escape_is_named_as_half_a_pair) {
    const auto record = fixtures + "/input/lone_surrogate.json";
    const auto result = run_coach("check " + record);
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_EQ(result.err, "coach: " + record
                              + ": not valid JSON at line 14, column 23: \\ud800 is half of a "
                                "UTF-16 surrogate pair, without its other half (write the "
                                "character itself, or both halves of its pair)\n");
    const Folder folder{"input-messages-surrogate"};
    const std::vector<std::pair<std::string, std::string>> cases = {
        {R"({"a":"\udc00"})", "column 7: \\udc00 is half of a UTF-16 surrogate pair"},
        {R"({"a":"\uD83D\u0041"})", "column 7: \\uD83D is half of a UTF-16 surrogate pair"},
        {R"({"a":"x\ud800y"})", "column 8: \\ud800 is half of a UTF-16 surrogate pair"},
        // A whole pair, then a fault of its own: the fault is named, not the pair.
        {R"({"a":"\ud83d\ude00" "b":1})",
         "column 21: syntax error: unexpected \" (a comma "
         "missing before it?)"},
        // An escaped backslash: "\\ud800" is text, not an escape.
        {R"({"a":"\\ud800" "b":1})",
         "column 16: syntax error: unexpected \" (a comma missing "
         "before it?)"}};
    for (const auto& [text, said] : cases) {
        const auto path = folder / "record.json";
        std::ofstream{path, std::ios::binary | std::ios::trunc} << text;
        const auto checked = run_coach("check " + path);
        EXPECT_EQ(checked.exit_code, 2) << text;
        EXPECT_NE(checked.err.find("not valid JSON at line 1, " + said), std::string::npos)
            << text << "\n"
            << checked.err;
    }
}

// The shared strict reader says what stopped it, where: every input (athlete record, cohort line,
// protocol file) reads through it.
TEST(input_messages, a_nul_byte_or_a_trailing_comma_is_named_with_its_line_and_column) {
    const auto nul = fixtures + "/input/nul_byte.json";
    auto result = run_coach("check " + nul);
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_EQ(result.err, "coach: " + nul
                              + ": not valid JSON at line 2, column 47: a NUL byte (JSON text "
                                "holds none: is the file binary, or saved as UTF-16?)\n");

    const auto comma = fixtures + "/input/trailing_comma.json";
    result = run_coach("check " + comma);
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_EQ(result.err, "coach: " + comma
                              + ": not valid JSON at line 2, column 68: a trailing comma before "
                                "} (JSON allows none: remove it)\n");

    const auto line = fixtures + "/input/trailing_comma.jsonl";
    result = run_coach("cohort -p stretch-ice " + line);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(lines(result.err).front(), "coach: " + line
                                             + ":2: not valid JSON at line 1, column 116: a "
                                               "trailing comma before } (JSON allows none: "
                                               "remove it)");

    const auto protocol = fixtures + "/protocols/syntax/trailing-comma.protocol.json";
    result = run_coach("--plugins " + protocol + " list");
    EXPECT_EQ(result.exit_code, 3);
    EXPECT_EQ(lines(result.err).front(), "coach: plugin " + protocol
                                             + ": not valid JSON at line 91, column 4: a "
                                               "trailing comma before } (JSON allows none: "
                                               "remove it)");
}

// A missing file's name is compared with the folder's once full-width letters, as an East Asian
// input method types them, are folded to ASCII: the file meant is proposed.
TEST(input_messages, a_missing_file_in_full_width_letters_proposes_the_file_meant) {
    const Folder folder{"input-messages-full-width"};
    std::ofstream{folder / "athlete.json"} << text_of(sample);
    const std::string typed = folder / "\uff41\uff54\uff48\uff4c\uff45\uff54\uff45.json";
    auto result = run_coach("check " + typed);
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_EQ(result.err, "coach: " + typed
                              + ": cannot open the file: No such file or directory (did you "
                                "mean "
                              + folder / "athlete.json" + "?)\n");
    // A misspelling is proposed as before; a name like none is not.
    result = run_coach("compare " + folder / "athelte.json");
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_EQ(result.err, "coach: " + folder / "athelte.json"
                              + ": cannot open the file: No such file or directory (did you "
                                "mean "
                              + folder / "athlete.json" + "?)\n");
    result = run_coach("check " + folder / "zzz.json");
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_EQ(result.err, "coach: " + folder / "zzz.json"
                              + ": cannot open the file: No such file or directory\n");
}

// A protocol asked for after its file was refused is told as that refusal, with why and the
// nearest loaded name, exit 3 (a plugin file refused), not as a name never loaded.
TEST(input_messages, a_protocol_whose_file_was_refused_says_so_and_why) {
    const auto protocol = fixtures + "/protocols/syntax/trailing-comma.protocol.json";
    const auto result =
        run_coach("--plugins " + protocol + " plan -p protocol:trailing-comma " + sample);
    EXPECT_EQ(result.exit_code, 3);
    EXPECT_EQ(result.out, "");
    const auto why = protocol
                     + ": not valid JSON at line 91, column 4: a trailing comma before } (JSON "
                       "allows none: remove it)";
    EXPECT_EQ(lines(result.err),
              (std::vector<std::string>{
                  "coach: plugin " + why,
                  "coach: no philosophy 'protocol:trailing-comma' is loaded: its file "
                      + why.substr(0, why.find(": not valid"))
                      + " was refused at load: " + why.substr(why.find("not valid"))}));
}

TEST(input_messages, a_refused_protocol_misspelt_is_pointed_to_the_nearest_loaded_name) {
    const Folder folder{"input-messages-typ"};
    const auto typ = protocol_named(folder, "typ.protocol.json", "wrong");
    protocol_named(folder, "type.protocol.json", "type");
    const auto result = run_coach("--plugins " + folder.path().string() + " today -p protocol:typ "
                                  + sample + " --date 2026-10-08");
    EXPECT_EQ(result.exit_code, 3);
    EXPECT_EQ(lines(result.err).back(),
              "coach: no philosophy 'protocol:typ' is loaded (did you mean 'protocol:type'?): its "
              "file "
                  + typ + " was refused at load: /name: expected \"typ\" (the file is "
                          "typ.protocol.json), got \"wrong\"");
}

// docs/DATA.md, "Protocol names": a name may not start with '.' or '-'. Named with --plugins such
// a file is refused; a hidden one found in a folder is left out with a warning naming it, and a
// '-' one there is refused. None loads either way.
TEST(input_messages, a_protocol_name_starting_with_a_dot_or_a_dash_is_refused_both_ways) {
    const Folder folder{"input-messages-hidden"};
    const auto hidden = protocol_named(folder, ".hidden.protocol.json", ".hidden");
    const auto dots = protocol_named(folder, "..protocol.json", ".");
    const auto dash = protocol_named(folder, "-lead.protocol.json", "-lead");
    const std::string rule =
        "a protocol name may not start with '.' or '-'; rename the file to <name>.protocol.json, "
        "<name> starting with a-z or 0-9, with \"name\": \"<name>\", to load it";

    auto result = run_coach("--plugins " + folder.path().string() + " list");
    EXPECT_EQ(result.exit_code, 3);
    EXPECT_EQ(result.out.find("protocol:."), std::string::npos) << result.out;
    EXPECT_EQ(result.out.find("protocol:-"), std::string::npos) << result.out;
    EXPECT_EQ(
        lines(result.err),
        (std::vector<std::string>{
            "coach: warning: plugin " + dots + ": skipped, a hidden file: " + rule,
            "coach: warning: plugin " + hidden + ": skipped, a hidden file: " + rule,
            "coach: plugin " + dash + ": the file names the protocol \"-lead\", but " + rule}));

    result = run_coach("--plugins " + hidden + " list");
    EXPECT_EQ(result.exit_code, 3);
    EXPECT_EQ(result.out.find("protocol:.hidden"), std::string::npos) << result.out;
    EXPECT_EQ(result.err, "coach: plugin " + hidden
                              + ": the file names the protocol \".hidden\", but " + rule + "\n");
}
