#include "coach/log_names.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

coach::Athlete athlete_logging(std::string philosophy, std::vector<std::string> exercises) {
    coach::Athlete athlete;
    coach::LogEntry entry;
    entry.philosophy = std::move(philosophy);
    for (auto& exercise : exercises) {
        entry.items.push_back({.exercise = std::move(exercise)});
    }
    athlete.log.push_back(entry);
    return athlete;
}

std::vector<std::string> pointers(const std::vector<coach::json::Problem>& warnings) {
    std::vector<std::string> each;
    for (const auto& warning : warnings) {
        each.push_back(warning.pointer);
    }
    return each;
}

}  // namespace

// An exercise a loaded philosophy declares is known, as a catalog one is; another is not.
TEST(log_names, an_exercise_a_loaded_philosophy_declares_is_known) {
    coach::PhilosophyInfo info{.id = "custom"};
    info.exercises.push_back({.id = "sled_pull", .category = coach::Category::running});
    const auto athlete = athlete_logging("custom", {"sled_pull", "nordic_curl", "sled_pul"});
    const auto warnings = coach::unknown_log_names(athlete, {&info});
    EXPECT_EQ(pointers(warnings), std::vector<std::string>{"/log/0/items/2/exercise"});
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_NE(warnings[0].message.find("(did you mean \"sled_pull\"?)"), std::string::npos)
        << warnings[0].message;
    EXPECT_EQ(pointers(coach::unknown_log_names(athlete, {})),
              (std::vector<std::string>{"/log/0/items/0/exercise", "/log/0/items/2/exercise"}));
}

// With no philosophy loaded there is none to name; an entry with no philosophy names none.
TEST(log_names, a_philosophy_is_checked_only_against_loaded_ones_and_only_when_given) {
    coach::PhilosophyInfo info{.id = "eccentric-strength"};
    EXPECT_TRUE(coach::unknown_log_names(athlete_logging("nosuch", {"ice"}), {}).empty());
    EXPECT_TRUE(coach::unknown_log_names(athlete_logging("", {"ice"}), {&info}).empty());
    const auto warnings =
        coach::unknown_log_names(athlete_logging("eccentric-strenght", {}), {&info});
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_EQ(warnings[0].pointer, "/log/0/philosophy");
    EXPECT_EQ(warnings[0].message,
              "\"eccentric-strenght\" is no loaded philosophy (did you mean "
              "\"eccentric-strength\"?); plans read the session as logged under another "
              "philosophy; loaded: eccentric-strength");
}

// Trial 69: a logged id of 100,000 characters was echoed whole, a 100 KB warning line. It is cut
// after 64 bytes, and its control bytes are escaped where the warning is made, for every output.
TEST(log_names, a_long_logged_id_is_echoed_cut_with_its_control_bytes_escaped) {
    const auto warnings = coach::unknown_log_names(
        athlete_logging("", {"ab\x1b[31m" + std::string(100000, 'a')}), {});
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_TRUE(warnings[0].message.starts_with("\"ab\\u001b[31m" + std::string(57, 'a')
                                                + "...\" is in neither the exercise catalog"))
        << warnings[0].message;
    EXPECT_LT(warnings[0].message.size(), 400u);
}
