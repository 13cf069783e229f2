// An option a command does not have, from a read-only trial (trial 33): CLI11's own words came
// out ("The following arguments were not expected: 2026-10-05 --as_of"), reversed, with no
// suggestion. One line names the option and the command, and the option likely meant (the
// near-miss rule `coach COMPARE` gets a command by), else the options the command has; exit 2.
#include <gtest/gtest.h>

#include <string>

#include "support.hpp"

using coach::test::run_coach;

namespace {

const std::string sample = COACH_EXAMPLES_DIR "/athletes/sample.json";

}  // namespace

TEST(unknown_option, a_misspelt_option_names_the_one_it_likely_means) {
    const auto result = run_coach("plan -p sprint-manual " + sample + " --as_of 2026-10-05");
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_EQ(result.err,
              "coach: plan has no option --as_of; did you mean --as-of? (coach plan --help lists "
              "the options)\n");
    EXPECT_TRUE(result.out.empty());
    const auto with_equals = run_coach("plan -p sprint-manual " + sample + " --as_of=2026-10-05");
    EXPECT_EQ(with_equals.exit_code, 2);
    EXPECT_EQ(with_equals.err, result.err);
    const auto summary = run_coach("cohort - -o /dev/null --sumary s.json < /dev/null");
    EXPECT_EQ(summary.exit_code, 2);
    EXPECT_EQ(summary.err,
              "coach: cohort has no option --sumary; did you mean --summary? (coach cohort --help "
              "lists the options)\n");
}

TEST(unknown_option, an_option_the_command_does_not_have_lists_the_ones_it_has) {
    const auto result = run_coach("today -p sprint-manual " + sample + " --format json");
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_EQ(result.err,
              "coach: today has no option --format; it has -p/--philosophy, --date (coach today "
              "--help lists the options)\n");
    EXPECT_TRUE(result.out.empty());
    // A short option one letter from another is no likely misspelling.
    const auto short_option = run_coach("check -x " + sample);
    EXPECT_EQ(short_option.exit_code, 2);
    EXPECT_EQ(short_option.err,
              "coach: check has no option -x; it has --strict (coach check --help lists the "
              "options)\n");
}

// Every command says it the same way, and a global option misspelt before the command is named
// as a global option.
TEST(unknown_option, every_command_names_an_option_it_does_not_have) {
    for (const std::string command :
         {"list", "check", "plan", "compare", "cohort", "synth", "today", "validate-plugin"}) {
        const auto result = run_coach(command + " --no-such-option");
        EXPECT_EQ(result.exit_code, 2) << command;
        EXPECT_EQ(result.err.rfind("coach: " + command + " has no option --no-such-option", 0), 0u)
            << result.err;
        EXPECT_NE(result.err.find(" (coach " + command + " --help lists the options)\n"),
                  std::string::npos)
            << result.err;
    }
    const auto global = run_coach("--widht 80 list");
    EXPECT_EQ(global.exit_code, 2);
    EXPECT_EQ(global.err,
              "coach: no global option --widht; did you mean --width? (coach --help lists the "
              "options)\n");
    const auto after = run_coach("compare " + sample + " --plugin x");
    EXPECT_EQ(after.err,
              "coach: compare has no option --plugin; did you mean --plugins? (coach compare "
              "--help lists the options)\n");
}

// Trial 36: `coach check a.json b.json` printed CLI11's "The following argument was not
// expected: b.json". One line in the tool's words says what the command takes, in the order
// given; exit 2, nothing on stdout.
TEST(unknown_option, arguments_beyond_what_a_command_takes_are_named_with_what_it_takes) {
    const auto check = run_coach("check " + sample + " b.json");
    EXPECT_EQ(check.exit_code, 2);
    EXPECT_EQ(check.err,
              "coach: check takes one ATHLETE; b.json is one too many (coach check --help shows "
              "how to call it)\n");
    EXPECT_TRUE(check.out.empty());
    const auto compare = run_coach("compare " + sample + " x.json y.json");
    EXPECT_EQ(compare.exit_code, 2);
    EXPECT_EQ(compare.err,
              "coach: compare takes one ATHLETE; x.json y.json are too many (coach compare --help "
              "shows how to call it)\n");
    const auto list = run_coach("list everything");
    EXPECT_EQ(list.exit_code, 2);
    EXPECT_EQ(list.err,
              "coach: list takes no arguments; everything is one too many (coach list --help "
              "shows how to call it)\n");
}
