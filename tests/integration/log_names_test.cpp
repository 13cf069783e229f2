// Names in the training log that nothing loaded knows (docs/DATA.md, "Names in the log"), from a
// read-only trial (trial 33): a misspelt exercise, an unknown exercise and an unknown philosophy
// were accepted silently by `check --strict`, and the misspelt one changed a plan.
#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "support.hpp"

using coach::test::run_coach;

namespace {

const std::string folder = COACH_TEST_FIXTURES_DIR "/athletes/log_names/";
const std::string misspelt = folder + "misspelt_exercise.json";
const std::string unknown = folder + "unknown_exercise.json";
const std::string unknown_philosophy = folder + "unknown_philosophy.json";

const std::string exercise_consequence =
    "; plans count it as no exercise they know (no progression is credited for it), the session "
    "still counts for its day and its pain";

const std::string misspelt_warning =
    misspelt
    + ": /log/0/items/0/exercise: \"slider_curl_doubel\" is in neither the exercise catalog nor a "
      "loaded philosophy's exercises (did you mean \"slider_curl_double\"?)"
    + exercise_consequence;

}  // namespace

TEST(log_names, check_warns_of_a_misspelt_exercise_with_the_one_it_likely_means) {
    const auto result = run_coach("check " + misspelt);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(result.err, "coach: warning: " + misspelt_warning + "\n");
    const auto strict = run_coach("check --strict " + misspelt);
    EXPECT_EQ(strict.exit_code, 2);
    EXPECT_EQ(strict.err, "coach: " + misspelt_warning + " (--strict)\n");
    EXPECT_TRUE(strict.out.empty());
}

TEST(log_names, check_strict_refuses_an_exercise_neither_the_catalog_nor_a_plugin_knows) {
    const auto strict = run_coach("check --strict " + unknown);
    EXPECT_EQ(strict.exit_code, 2);
    EXPECT_EQ(strict.err, "coach: " + unknown
                              + ": /log/0/items/0/exercise: \"moon_walk\" is in neither the "
                                "exercise catalog nor a loaded philosophy's exercises"
                              + exercise_consequence + " (--strict)\n");
}

TEST(log_names, check_strict_refuses_a_philosophy_no_plugin_loaded_has_and_lists_those_loaded) {
    const auto strict = run_coach("check --strict " + unknown_philosophy);
    EXPECT_EQ(strict.exit_code, 2);
    EXPECT_EQ(strict.err, "coach: " + unknown_philosophy
                              + ": /log/0/philosophy: \"nosuch\" is no loaded philosophy; plans "
                                "read the session as logged under another philosophy; loaded: "
                                "eccentric-strength, protocol:nordic-petersen-2011, "
                                "protocol:running-strength-heiderscheit-2010, sprint-manual, "
                                "stretch-ice (--strict)\n");
}

// A misspelt exercise is never read as the one it resembles: it could be another dose, and
// guessing would credit progression the athlete may not have made. The plan is the one of an
// exercise no one knows, not that of "slider_curl_double", and says why on stderr.
TEST(log_names, a_plan_reads_a_misspelt_exercise_as_unknown_never_as_the_one_it_resembles) {
    const std::string command = "plan -p eccentric-strength --format json ";
    const auto planned = run_coach(command + misspelt);
    EXPECT_EQ(planned.exit_code, 0) << planned.err;
    EXPECT_EQ(planned.err, "coach: warning: " + misspelt_warning + "\n");
    EXPECT_EQ(planned.out, run_coach(command + unknown).out);
    coach::test::TemporaryFolder corrected{"log-names"};
    auto text = coach::test::read_file(misspelt);
    text.replace(text.find("slider_curl_doubel"), 18, "slider_curl_double");
    { std::ofstream{corrected / "corrected.json"} << text; }
    const auto right = run_coach(command + corrected / "corrected.json");
    EXPECT_TRUE(right.err.empty()) << right.err;
    EXPECT_NE(planned.out, right.out);
}

// Trial 34: `check --strict` accepted a log entry whose philosophy is "" and an equipment item
// no philosophy looks for. Each is one line naming its JSON pointer, with the item likely meant
// when one is near ("trak" for "track"); none is proposed when none is ("trampolin").
TEST(log_names, check_strict_refuses_an_empty_philosophy) {
    const std::string input = folder + "empty_philosophy.json";
    const auto strict = run_coach("check --strict " + input);
    EXPECT_EQ(strict.exit_code, 2);
    EXPECT_EQ(strict.err, "coach: " + input
                              + ": /log/0/philosophy: empty: give the id of the philosophy the "
                                "session followed, or leave the field out (--strict)\n");
    const auto lenient = run_coach("check " + input);
    EXPECT_EQ(lenient.exit_code, 0) << lenient.err;
}

TEST(log_names, check_strict_refuses_unknown_equipment_with_the_item_likely_meant) {
    const std::string input = folder + "unknown_equipment.json";
    const std::string known =
        "; known: gym, home, pool, studio, track (a philosophy looks for "
        "these alone)";
    const auto strict = run_coach("check --strict " + input);
    EXPECT_EQ(strict.exit_code, 2);
    EXPECT_EQ(strict.err, "coach: " + input + ": /equipment/1: \"trak\" is no known equipment (did "
                              "you mean \"track\"?)" + known + " (--strict)\ncoach: " + input
                              + ": /equipment/2: \"trampolin\" is no known equipment" + known
                              + " (--strict)\n");
    const auto lenient = run_coach("check " + input);
    EXPECT_EQ(lenient.exit_code, 0) << lenient.err;
}
