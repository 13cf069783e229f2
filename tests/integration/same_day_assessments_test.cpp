// Several assessments of one day are one assessment, the worse value of each field winning
// (docs/DATA.md, "Chronology"), whatever their order in the file. Trial 37: two assessments of
// 2026-10-05, one with pain 6/7/8 and one with 0/0/0; with the painless one last,
// eccentric-strength read it alone and prescribed a heavy deadlift the next day, while the gate
// reported 8/10 pain on exercise; in the other order it gave isometric holds.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "coach/json.hpp"
#include "support.hpp"

using coach::test::run_coach;

namespace {

const std::string dir = COACH_TEST_FIXTURES_DIR "/athletes/same_day/";

TEST(same_day_assessments, every_plan_is_the_same_whatever_the_order_in_the_file) {
    const auto first = run_coach("compare --format json " + dir + "painful_then_painless.json");
    const auto second = run_coach("compare --format json " + dir + "painless_then_painful.json");
    ASSERT_EQ(first.exit_code, 0) << first.err;
    ASSERT_EQ(second.exit_code, 0) << second.err;
    EXPECT_EQ(first.out, second.out);
}

TEST(same_day_assessments, eccentric_strength_reads_the_worse_pain_of_the_day) {
    for (const std::string record : {"painful_then_painless.json", "painless_then_painful.json"}) {
        const auto result = run_coach("plan -p eccentric-strength --format json " + dir + record);
        ASSERT_EQ(result.exit_code, 0) << result.err;
        const auto plan = coach::json::decode_plan(result.out);
        ASSERT_TRUE(plan.value) << record;
        ASSERT_FALSE(plan.value->sessions.empty()) << record;
        // 8/10 on exercise that day: pain-relief holds first, no loaded deadlift.
        const auto& first = plan.value->sessions.front();
        EXPECT_EQ(first.date.iso(), "2026-10-06") << record;
        std::vector<std::string> exercises;
        for (const auto& item : first.items) {
            exercises.push_back(item.exercise);
        }
        EXPECT_EQ(exercises,
                  (std::vector<std::string>{"isometric_bridge_hold", "isometric_heel_dig"}))
            << record;
    }
}

TEST(same_day_assessments, today_reads_the_worse_pain_of_the_day) {
    const auto first = run_coach("today -p eccentric-strength --date 2026-10-06 " + dir
                                 + "painful_then_painless.json");
    const auto second = run_coach("today -p eccentric-strength --date 2026-10-06 " + dir
                                  + "painless_then_painful.json");
    EXPECT_EQ(first.exit_code, 0) << first.err;
    EXPECT_EQ(first.out, second.out);
}

}  // namespace
