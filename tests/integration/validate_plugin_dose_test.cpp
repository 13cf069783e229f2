// `coach validate-plugin FILE.protocol.json`, its `dose` check (tools/coach/validate/
// protocol_dose.hpp): user trial 41 wrote a protocol whose entry criteria let eccentric loading
// start at pain up to 10/10 and whose first week was its peak (3 x 12 Nordic curls), and the
// report said "0 warned". Each is now a warning at its JSON pointer with where the rule comes
// from (Silbernagel et al. 2007; Petersen et al. 2011); the bundled files and a file whose entry
// criteria stay within its ceiling draw none.

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "support.hpp"

namespace {

namespace fs = std::filesystem;

using coach::test::lines;
using coach::test::run_coach;

struct Report {
    std::vector<std::string> dose;  // the dose check's lines
    std::string summary;
    int exit_code = -1;
};

Report validate(const fs::path& file) {
    const auto result = run_coach("validate-plugin --width 1000 " + file.string());
    Report report{.exit_code = result.exit_code};
    for (const auto& line : lines(result.out)) {
        if (line.find("  dose  ") != std::string::npos) {
            report.dose.push_back(line);
        } else if (line.starts_with("summary: ")) {
            report.summary = line;
        }
    }
    return report;
}

fs::path dose_fixture(const std::string& name) {
    return fs::path{COACH_TEST_FIXTURES_DIR} / "protocols/dose" / (name + ".protocol.json");
}

const std::string peak_first =
    ": week 1 gives nordic_curl at 3x12, its highest dose in the file, in the first week it "
    "appears: a graded programme starts eccentric work below its peak (Petersen et al. 2011, Am "
    "J Sports Med: 2x5 Nordic curls in week 1, 3x12-10-8 by week 5)";

std::string pain_above(const std::string& criterion, const std::string& words, int most,
                       int ceiling) {
    return "warn  dose         /phases/0/entry/" + criterion + "/at_most: lets the phase start with "
           + words + " up to " + std::to_string(most) + "/10, above the file's pain_ceiling of "
           + std::to_string(ceiling) + "/10: loading would begin at a pain the file steps back "
           "from (pain-monitoring model, Silbernagel et al. 2007, Am J Sports Med)";
}

}  // namespace

TEST(validate_plugin_dose, trial_41_pain_up_to_10_and_a_first_week_at_the_peak_are_warned) {
    const auto report = validate(dose_fixture("trial41-unbounded-pain-peak-first"));
    EXPECT_EQ(report.dose, (std::vector<std::string>{
                               pain_above("pain_rest", "pain at rest", 10, 4),
                               pain_above("pain_walking", "pain walking", 10, 4),
                               "warn  dose         /phases/0/weeks/0/items/0" + peak_first,
                           }));
    EXPECT_EQ(report.summary,
              "summary: 3 checks of trial41-unbounded-pain-peak-first.protocol.json: 2 passed, 1 "
              "warned, 0 failed, 0 skipped");
    EXPECT_EQ(report.exit_code, 0) << "a warning is not a failure";
}

// Held out: pain during exercise up to 5/10 under a ceiling of 3, and a first week given as a
// range whose top (3 x 10-12) is the file's peak.
TEST(validate_plugin_dose, another_criterion_above_the_ceiling_and_a_ranged_peak_are_warned) {
    const auto report = validate(dose_fixture("held-out-exercise-pain-above-ceiling"));
    EXPECT_EQ(report.dose, (std::vector<std::string>{
                               pain_above("pain_exercise", "pain during exercise", 5, 3),
                               "warn  dose         /phases/0/weeks/0/items/0" + peak_first,
                           }));
}

// Near misses: a criterion at the ceiling itself with a graded first week, and both bundled
// protocols (Petersen 2x5 rising to 3x12; Heiderscheit's Nordic curls from 3x5 in week 5).
TEST(validate_plugin_dose, criteria_within_the_ceiling_and_a_graded_start_draw_no_warning) {
    const fs::path bundled = fs::path{COACH_EXAMPLES_DIR} / ".." / "plugins/protocol/protocols";
    for (const auto& file : {dose_fixture("near-miss-pain-at-the-ceiling"),
                             bundled / "nordic-petersen-2011.protocol.json",
                             bundled / "running-strength-heiderscheit-2010.protocol.json"}) {
        const auto report = validate(file);
        EXPECT_EQ(report.dose, std::vector<std::string>{}) << file;
        EXPECT_NE(report.summary.find(": 3 passed, 0 warned, 0 failed"), std::string::npos)
            << report.summary;
    }
}

// A command that loads such a file compares it as an equal of the others: it warns of each dose
// on stderr, once, naming the file, and plans as before.
TEST(validate_plugin_dose, every_command_that_loads_the_file_warns_of_its_doses) {
    const auto file = dose_fixture("trial41-unbounded-pain-peak-first").string();
    const auto result =
        run_coach("--plugins " + file + " compare " COACH_EXAMPLES_DIR "/athletes/sample.json");
    EXPECT_EQ(result.exit_code, 0) << result.err;
    const auto warnings = lines(result.err);
    ASSERT_EQ(warnings.size(), 3u) << result.err;
    EXPECT_EQ(warnings[2],
              "coach: warning: plugin " + file + ": /phases/0/weeks/0/items/0" + peak_first);
    EXPECT_NE(result.out.find("protocol:trial41-unbounded-pain-peak-first"), std::string::npos);
    const auto graded =
        run_coach("--plugins " + dose_fixture("near-miss-pain-at-the-ceiling").string()
                  + " compare " COACH_EXAMPLES_DIR "/athletes/sample.json");
    EXPECT_EQ(graded.err, "");
}

// Trial 43: the published notation slipped through. A first week of 3 sets of 12, 10 and 8 (a
// list of one count per set), a file at that peak every week, and a first week of 2 x 5 six
// times a day (60 Nordic curls a day, twice the peak session) are each a first week at the peak;
// an entry on the last session's pain up to 9/10 under a ceiling of 3 is above the ceiling.
TEST(validate_plugin_dose, a_peak_written_as_a_list_or_times_a_day_and_last_session_pain_warn) {
    const auto at_peak = [](const std::string& dose) {
        return "warn  dose         /phases/0/weeks/0/items/0: week 1 gives nordic_curl at " + dose
               + ", its highest dose in the file, in the first week it appears: a graded "
                 "programme starts eccentric work below its peak (Petersen et al. 2011, Am J "
                 "Sports Med: 2x5 Nordic curls in week 1, 3x12-10-8 by week 5)";
    };
    EXPECT_EQ(validate(dose_fixture("trial43-reps-list-peak-first")).dose,
              std::vector<std::string>{at_peak("3x(12,10,8)")});
    EXPECT_EQ(validate(dose_fixture("trial43-flat-peak")).dose,
              std::vector<std::string>{at_peak("3x(12,10,8)")});
    EXPECT_EQ(validate(dose_fixture("trial43-times-a-day-peak-first")).dose,
              std::vector<std::string>{at_peak("2x5 6 times a day")});
    const auto report = validate(dose_fixture("trial43-last-session-pain-above-ceiling"));
    EXPECT_EQ(report.dose, std::vector<std::string>{
                               pain_above("last_session_pain", "pain in the last session", 9, 3)});
    EXPECT_EQ(report.exit_code, 0) << "a warning is not a failure";
}
