// Trial 46's red flags that went through and its false stop: a sensory test impaired, a gap a
// finger fits into or a trough under the buttock; and a standard negative screen whose list
// names a flag of two words ("No paraesthesia or sensory change").
#include <gtest/gtest.h>

#include <string>

#include "red_flag_notes.hpp"

using coach::test::expect_plan;
using coach::test::expect_withheld;

TEST(red_flag_trial_46, an_impaired_sensory_test_and_a_gap_a_finger_fits_withhold_every_plan) {
    for (const std::string note :
         {"Sharp/blunt discrimination impaired lateral foot.",
          "Two-point discrimination impaired over the heel.",
          "Can put a finger in the hole in the back of his thigh.",
          "Can fit two fingers into the space where the tendon should be.",
          "Muscle belly has slid down, leaving a trough under the buttock.",
          // held out
          "2-point discrimination reduced on the sole", "Trough palpable in the muscle belly",
          "A hole in the thigh you can put two fingers in",
          "No tingling, sensory change in the heel",
          "No tingling or altered sensation except at night"}) {
        expect_withheld(note);
    }
}

TEST(red_flag_trial_46, a_negative_screen_naming_a_flag_of_two_words_plans) {
    for (const std::string note :
         {"No paraesthesia or sensory change.", "Denies any paraesthesia or sensory change.",
          // held out, and the near misses of the new words
          "No tingling or altered sensation.", "No numbness or sensation loss",
          "Two-point discrimination normal", "Sharp/blunt discrimination intact",
          "Space in the gym was tight", "Hole in his sock",
          "Found his groove in the hamstring session", "A trough in training load this week"}) {
        expect_plan(note);
    }
}
