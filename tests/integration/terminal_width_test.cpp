// Text for people fits the terminal: every command at the default width of 80 (not a terminal),
// at --width N, and at the width of a real terminal (a pseudo-terminal of a given size).
#include <gtest/gtest.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "coach/text_wrap.hpp"
#include "support.hpp"

using coach::test::lines;
using coach::test::run_coach;

namespace {

namespace fs = std::filesystem;

const std::string sample = COACH_EXAMPLES_DIR "/athletes/sample.json";
const std::string long_names = COACH_TEST_FIXTURES_DIR "/protocols/long-names";

const std::vector<std::string> bundled_philosophies = {
    "eccentric-strength", "sprint-manual", "stretch-ice", "protocol:nordic-petersen-2011",
    "protocol:running-strength-heiderscheit-2010"};

const std::vector<std::string> commands = {"list",   "check", "plan",  "compare",
                                           "cohort", "synth", "today", "validate-plugin"};

// The bundled athletes: the example record and the SDK's reference athletes.
std::vector<std::string> bundled_athletes() {
    std::vector<std::string> paths{sample};
    for (const auto& entry : fs::directory_iterator{COACH_SDK_REFERENCE_ATHLETES_DIR}) {
        if (entry.path().extension() == ".json") {
            paths.push_back(entry.path().string());
        }
    }
    std::sort(paths.begin(), paths.end());
    return paths;
}

// The widest line of `text`, but for error lines ("coach: FILE:LINE: ..."), which stay one line
// each whatever the width so that they can be searched.
std::size_t longest_line(const std::string& text) {
    std::size_t longest = 0;
    for (const auto& line : lines(text)) {
        if (!line.starts_with("coach: ")) {
            longest = std::max(longest, coach::report::display_width(line));
        }
    }
    return longest;
}

// The widest line of `text`, every line counted.
std::size_t widest_line(const std::string& text) {
    std::size_t widest = 0;
    for (const auto& line : lines(text)) {
        widest = std::max(widest, coach::report::display_width(line));
    }
    return widest;
}

// Runs `arguments` and expects it to succeed with every line of both streams at most `width`
// (the cohort's summary table is on stderr).
void expect_fits(const std::string& arguments, std::size_t width, int exit_code = 0) {
    const auto result = run_coach(arguments);
    EXPECT_EQ(result.exit_code, exit_code) << arguments << "\n" << result.err;
    EXPECT_FALSE(result.out.empty() && result.err.empty()) << arguments;
    EXPECT_LE(longest_line(result.out), width) << arguments << "\n" << result.out;
    EXPECT_LE(longest_line(result.err), width) << arguments << "\n" << result.err;
}

// The day a record plans from, as `compare` states it: "Comparison for X as of 2026-10-05, ...".
std::string as_of(const std::string& athlete) {
    const auto out = run_coach("compare " + athlete + " --width 1000").out;
    const auto at = out.find(" as of ");
    return at == std::string::npos ? "" : out.substr(at + 7, 10);
}

// What `coach` prints on a pseudo-terminal `columns` wide: stdout and stderr together.
std::string on_a_terminal(unsigned short columns, const std::string& arguments, int exit_code = 0) {
    winsize size{};
    size.ws_row = 50;
    size.ws_col = columns;
    int terminal = -1;
    const pid_t pid = forkpty(&terminal, nullptr, nullptr, &size);
    if (pid == 0) {
        const auto command = "exec " + std::string{COACH_CLI} + " " + arguments;
        execl("/bin/sh", "sh", "-c", command.c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    EXPECT_GT(pid, 0);
    std::string text;
    char buffer[4096];
    for (ssize_t got; (got = ::read(terminal, buffer, sizeof buffer)) > 0;) {
        text.append(buffer, static_cast<std::size_t>(got));
    }
    ::close(terminal);
    int status = 0;
    ::waitpid(pid, &status, 0);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == exit_code) << text;
    std::erase(text, '\r');  // the terminal ends lines in "\r\n"
    return text;
}

}  // namespace

TEST(terminal_width, list_check_and_compare_fit_80_columns_for_every_bundled_athlete) {
    expect_fits("list", 80);
    for (const auto& athlete : bundled_athletes()) {
        expect_fits("check " + athlete, 80);
        expect_fits("compare " + athlete, 80);
    }
}

TEST(terminal_width, every_plan_and_every_day_fit_80_columns_for_every_bundled_athlete) {
    for (const auto& athlete : bundled_athletes()) {
        const auto day = as_of(athlete);
        ASSERT_EQ(day.size(), 10u) << athlete;
        for (const auto& id : bundled_philosophies) {
            expect_fits("plan -p " + id + " " + athlete, 80);
            expect_fits("today -p " + id + " " + athlete + " --date " + day, 80);
        }
    }
}

namespace {

// The columns `line` takes on a terminal, counted apart from the engine's own display_width():
// two for the wide East Asian blocks (Hangul Jamo, CJK radicals to Yi, Hangul syllables, CJK
// compatibility ideographs, fullwidth forms), one for any other character.
std::size_t east_asian_columns(const std::string& line) {
    std::size_t columns = 0;
    for (std::size_t at = 0; at < line.size();) {
        const auto lead = static_cast<unsigned char>(line[at]);
        const std::size_t bytes = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        char32_t code = bytes == 1 ? lead : lead & (0x3F >> (bytes - 1));
        for (std::size_t i = 1; i < bytes && at + i < line.size(); ++i) {
            code = (code << 6) | (static_cast<unsigned char>(line[at + i]) & 0x3F);
        }
        const bool wide =
            (code >= 0x1100 && code <= 0x115F) || (code >= 0x2E80 && code <= 0xA4CF)
            || (code >= 0xAC00 && code <= 0xD7A3) || (code >= 0xF900 && code <= 0xFAFF)
            || (code >= 0xFF00 && code <= 0xFF60) || (code >= 0xFFE0 && code <= 0xFFE6);
        columns += wide ? 2 : 1;
        at += bytes;
    }
    return columns;
}

}  // namespace

// An athlete id of wide characters (Japanese, two columns each) is laid out by the columns it
// takes, not by its characters: every line fits 80 columns as a terminal shows it.
TEST(terminal_width, wide_characters_are_laid_out_by_the_columns_they_take) {
    const std::string athlete =
        COACH_TEST_FIXTURES_DIR "/athletes/wide_characters/japanese_id.json";
    for (const auto& arguments :
         {"check " + athlete, "compare " + athlete, "plan -p eccentric-strength " + athlete,
          "today -p sprint-manual " + athlete + " --date 2026-10-06"}) {
        const auto result = run_coach(arguments);
        EXPECT_EQ(result.exit_code, 0) << arguments << "\n" << result.err;
        if (!arguments.starts_with("today")) {  // the day's page names the day, not the athlete
            ASSERT_NE(result.out.find("\u5c71\u7530"), std::string::npos) << arguments;
        }
        for (const auto& line : lines(result.out + result.err)) {
            if (!line.starts_with("coach: ")) {
                EXPECT_LE(east_asian_columns(line), 80u) << arguments << "\n" << line;
            }
        }
    }
}

TEST(terminal_width, cohort_summary_synth_and_validate_plugin_fit_80_columns) {
    expect_fits("synth --count 1 | " + std::string{COACH_CLI} + " cohort - -o /dev/null", 80);
    expect_fits("--plugins " + long_names + " cohort " + COACH_TEST_FIXTURES_DIR
                    + "/cohort/mixed.jsonl -o /dev/null",
                80);
    expect_fits("validate-plugin " + coach::test::fixture_plugin("good").string(), 80);
}

// The "~" legend starts its own line, so that no width leaves the mark at the end of one line and
// its meaning on the next.
TEST(terminal_width, the_cohort_summarys_tilde_legend_stays_with_its_explanation) {
    const auto result = run_coach("--width 80 cohort " + std::string{COACH_TEST_FIXTURES_DIR}
                                  + "/cohort/mixed.jsonl -o /dev/null");
    const auto text = result.out + result.err;
    EXPECT_NE(text.find("\n~ planned on the projected course of recovery, to be reassessed.\n"),
              std::string::npos)
        << text;
}

TEST(terminal_width, every_help_fits_80_columns) {
    expect_fits("--help", 80);
    for (const auto& command : commands) {
        expect_fits(command + " --help", 80);
    }
}

// A footer is written in source lines; wrapped, a sentence flows on instead of leaving a stub
// ("(from\n  its last\nassessment") where the source broke its line.
TEST(terminal_width, help_footers_wrap_as_paragraphs_without_stub_lines) {
    const auto today = lines(run_coach("today --help").out);
    const auto at = std::find(today.begin(), today.end(),
                              "The page comes from the plan made on the record as it stands that "
                              "day (from");
    ASSERT_NE(at, today.end());
    ASSERT_LT(at + 2, today.end());
    EXPECT_EQ(*(at + 1),
              "  its last assessment or logged session), so that the days of a week follow one");
    EXPECT_EQ(*(at + 2), "  plan.");
    const auto cohort = lines(run_coach("cohort --help").out);
    const auto exits = std::find_if(cohort.begin(), cohort.end(), [](const std::string& line) {
        return line.starts_with("Exits 0 when the run completes");
    });
    ASSERT_NE(exits, cohort.end()) << "a sentence after an example's indented line starts a line";
    EXPECT_EQ(*(exits - 1),
              "         coach cohort athletes.jsonl -o results.jsonl --summary summary.json");
}

TEST(terminal_width, many_philosophies_with_long_names_fit_and_keep_their_whole_names) {
    const auto list = run_coach("--plugins " + long_names + " list");
    ASSERT_EQ(list.exit_code, 0) << list.err;
    EXPECT_LE(longest_line(list.out), 80u) << list.out;
    for (const auto& entry : fs::directory_iterator{long_names}) {
        const auto file = entry.path().filename().string();
        const auto id = "protocol:" + file.substr(0, file.find(".protocol.json"));
        EXPECT_NE(list.out.find("\n" + id + " "), std::string::npos) << id << "\n" << list.out;
    }
    expect_fits("--plugins " + long_names + " compare " + sample, 80);
    for (const auto& athlete : bundled_athletes()) {
        expect_fits("--plugins " + long_names + " compare " + athlete, 80);
    }
}

TEST(terminal_width, width_n_lays_every_command_out_in_n_columns) {
    for (const std::size_t width : {40u, 57u, 120u}) {
        const auto w = " --width " + std::to_string(width);
        expect_fits("list" + w, width);
        expect_fits("--plugins " + long_names + " list" + w, width);
        expect_fits("check " + sample + w, width);
        expect_fits("compare " + sample + w, width);
        expect_fits("--plugins " + long_names + " compare " + sample + w, width);
        expect_fits("plan -p eccentric-strength " + sample + w, width);
        expect_fits("today -p sprint-manual " + sample + " --date 2026-10-08" + w, width);
        expect_fits("synth --count 1 | " + std::string{COACH_CLI} + " cohort - -o /dev/null" + w,
                    width);
        expect_fits("--help" + w, width);
        expect_fits("compare --help" + w, width);
    }
    // Wide enough, the comparison is one block: all the philosophies on the header's line.
    const auto wide = run_coach("compare " + sample + " --width 200");
    const auto printed = lines(wide.out);
    const auto header = std::find_if(printed.begin(), printed.end(),
                                     [](const auto& line) { return line.starts_with("metric"); });
    ASSERT_NE(header, printed.end()) << wide.out;
    for (const auto& id : bundled_philosophies) {
        EXPECT_NE(header->find(id), std::string::npos) << id << "\n" << wide.out;
    }
}

TEST(terminal_width, machine_formats_are_not_wrapped) {
    const auto json = run_coach("plan -p eccentric-strength " + sample + " --format json");
    EXPECT_GT(longest_line(json.out), 80u);  // the sources and cues, each on one line
    const auto csv = run_coach("compare " + sample + " --format csv --width 40");
    EXPECT_GT(longest_line(csv.out), 40u);
    EXPECT_EQ(lines(csv.out).size(), 1 + bundled_philosophies.size()) << csv.out;
}

TEST(terminal_width, width_is_a_checked_number_naming_its_range) {
    for (const auto* value : {"39", "1001", "-80", "80.5", "wide"}) {
        const auto result = run_coach(std::string{"list --width "} + value);
        EXPECT_EQ(result.exit_code, 2) << value;
        EXPECT_EQ(result.err,
                  "coach: --width: expected a whole number from 40 to 1000 columns, "
                  "got \""
                      + std::string{value} + "\" (coach --help lists the options)\n");
    }
}

TEST(terminal_width, on_a_terminal_the_text_takes_its_width) {
    const auto narrow = on_a_terminal(60, "compare " + sample);
    EXPECT_LE(longest_line(narrow), 60u) << narrow;
    EXPECT_GT(longest_line(narrow), 50u) << narrow;
    const auto wide = on_a_terminal(200, "compare " + sample);
    EXPECT_GT(longest_line(wide), 100u) << wide;  // one block
    EXPECT_LE(longest_line(wide), 200u) << wide;
    EXPECT_LE(longest_line(on_a_terminal(200, "compare " + sample + " --width 80")), 80u);
}

TEST(terminal_width, columns_does_not_change_what_is_piped) {
    ::setenv("COLUMNS", "200", 1);
    const auto piped = run_coach("compare " + sample);
    ::unsetenv("COLUMNS");
    EXPECT_EQ(piped.out, run_coach("compare " + sample).out);
    EXPECT_LE(longest_line(piped.out), 80u);
}

TEST(terminal_width, a_long_reason_in_the_validate_plugin_report_wraps_under_itself) {
    const auto result =
        run_coach("validate-plugin " + coach::test::fixture_plugin("major_mismatch").string());
    EXPECT_EQ(result.exit_code, 3) << result.err;
    EXPECT_NE(
        result.out.find("fail  abi          SDK major version mismatch: plugin built with SDK "
                        "4.0, engine\n                   has SDK 3.0\n"),
        std::string::npos)
        << result.out;
    EXPECT_LE(longest_line(result.out), 80u) << result.out;
}

// Trial 78: a protocol file's dose warnings and a command's errors were one line of up to 492
// columns at an 80-column terminal. They wrap there as a record's warnings do, and stay one line
// each when piped.
TEST(terminal_width, plugin_warnings_and_errors_wrap_on_a_terminal_and_stay_one_line_when_piped) {
    const std::string dose = " --plugins " COACH_TEST_FIXTURES_DIR
                             "/protocols/dose/trial41-unbounded-pain-peak-first.protocol.json";
    const auto shown = on_a_terminal(60, "compare -p stretch-ice " + sample + dose);
    EXPECT_NE(shown.find("coach: warning: plugin\n"), std::string::npos) << shown;
    EXPECT_LE(widest_line(shown), 60u) << shown;
    const auto piped = run_coach("compare -p stretch-ice " + sample + dose);
    ASSERT_EQ(piped.exit_code, 0) << piped.err;
    for (const auto& warning : lines(piped.err)) {
        EXPECT_TRUE(warning.starts_with("coach: warning: plugin ")) << piped.err;
    }
    EXPECT_GT(widest_line(piped.err), 60u) << piped.err;

    const auto refused = on_a_terminal(50, "plan " + sample, 2);
    EXPECT_NE(refused.find("coach: --philosophy is required"), std::string::npos) << refused;
    EXPECT_LE(widest_line(refused), 50u) << refused;
    EXPECT_EQ(lines(run_coach("plan " + sample).err).size(), 1u);
    const auto no_command = on_a_terminal(50, "", 2);
    EXPECT_NE(no_command.find("coach: no command given;"), std::string::npos) << no_command;
    EXPECT_LE(widest_line(no_command), 50u) << no_command;
}

// A warning about an input is one line when stderr is piped or logged (one warning to a line, for
// grep) and wraps on a terminal (trial 48 read a 245-column warning at an 80-column terminal).
TEST(terminal_width, warnings_wrap_on_a_terminal_and_stay_one_line_when_piped) {
    const std::string record =
        COACH_TEST_FIXTURES_DIR "/athletes/red_flags/note_contradicts_the_record.json";
    const auto shown = on_a_terminal(60, "check " + record);
    EXPECT_NE(shown.find("coach: warning:"), std::string::npos) << shown;
    EXPECT_NE(shown.find("mentions \"needles\""), std::string::npos) << shown;
    EXPECT_LE(widest_line(shown), 60u) << shown;
    const auto piped = run_coach("check " + record);
    const auto warnings = lines(piped.err);
    ASSERT_EQ(warnings.size(), 1u) << piped.err;
    EXPECT_TRUE(warnings[0].starts_with("coach: warning: ")) << warnings[0];
    EXPECT_TRUE(warnings[0].ends_with("correct the one that is wrong")) << warnings[0];
}
