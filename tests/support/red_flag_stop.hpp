// What the trial tests of red flags in notes assert of a record, in one place.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support.hpp"

namespace coach::test {

// `coach check` of tests/fixtures/athletes/red_flags/`name`, whose text at `pointer` affirms what
// `where` records false as `records` (quoting `quoted`): the contradiction warning as its only
// line on standard error, exit 0, the stop `stop` for the assessment of 2026-10-10 on standard
// output, and exit 2 under --strict.
inline void expect_red_flag_stop(const std::string& name, const std::string& pointer,
                                 const std::string& quoted, const std::string& where,
                                 const std::string& records, const std::string& stop) {
    const auto path = std::string{COACH_TEST_FIXTURES_DIR} + "/athletes/red_flags/" + name;
    const auto checked = run_coach("--width 1000 check " + path);
    EXPECT_EQ(checked.exit_code, 0) << checked.err;
    EXPECT_EQ(lines(checked.err),
              std::vector<std::string>{"coach: warning: " + path + ": " + pointer + ": mentions \""
                                       + quoted + "\", but " + where + " records " + records
                                       + ": the words contradict the record, and the red flag is "
                                         "read as present (red flags win); correct the one that "
                                         "is wrong"});
    EXPECT_NE(checked.out.find(": stop: " + stop + " recorded on 2026-10-10 and not lifted since"),
              std::string::npos)
        << checked.out;
    EXPECT_EQ(run_coach("check --strict " + path).exit_code, 2);
}

// `coach compare --format json` of the record at `path`, whose assessment's notes affirm what it
// records false as `records` (quoting `quoted`): exit 0, every plan a referral, and the
// contradiction warning as the only line on standard error.
inline void expect_every_plan_withheld(const std::string& path, const std::string& quoted,
                                       const std::string& records) {
    const auto compared = run_coach("compare --format json " + path);
    EXPECT_EQ(compared.exit_code, 0) << compared.err;
    EXPECT_EQ(
        lines(compared.err),
        std::vector<std::string>{"coach: warning: " + path + ": /assessments/0/notes: mentions \""
                                 + quoted + "\", but this assessment records " + records
                                 + ": the words contradict the record, and the red flag is "
                                   "read as present (red flags win); correct the one that "
                                   "is wrong"});
    EXPECT_NE(compared.out.find("\"status\": \"referral\""), std::string::npos) << compared.out;
    EXPECT_EQ(compared.out.find("\"status\": \"ok\""), std::string::npos) << compared.out;
}

// `coach compare --format json` of the record at `path`: exit 0, no plan withheld, nothing on
// standard error.
inline void expect_every_plan_made(const std::string& path) {
    const auto compared = run_coach("compare --format json " + path);
    EXPECT_EQ(compared.exit_code, 0) << compared.err;
    EXPECT_EQ(compared.err, "");
    EXPECT_NE(compared.out.find("\"status\": \"ok\""), std::string::npos) << compared.out;
    EXPECT_EQ(compared.out.find("\"status\": \"referral\""), std::string::npos) << compared.out;
}

}  // namespace coach::test
