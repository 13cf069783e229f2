// Trial 44's red flags that went through and its false stops: a gap with a place or a finger
// depth, a foot that "has gone to sleep" said far from the foot, a side named before the
// uninjured leg; and tiredness, a numbskull, a numbing cream and one's own sleep read as flags.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "red_flag_notes.hpp"

using coach::test::gate_verdict_on;

TEST(red_flag_trial_44, a_gap_and_a_foot_asleep_in_these_words_withhold_every_plan) {
    for (const std::string note :
         {"Obvious gap mid-thigh", "You can lay two fingers in the gap",
          "Says her foot feels like it has gone to sleep since the injury and it has not woken up",
          // held out
          "A gap you can feel across the back of the thigh",
          "Calf feels like it has gone to sleep again",
          // "as if" is a likeness, not a condition; a label of weight on the limb, nil
          "Calf feels as if it has gone to sleep", "Feels as if the numbness is back",
          "Weight on the leg: none", "Weight through L leg: nil"}) {
        const auto verdict = gate_verdict_on(note);
        EXPECT_TRUE(verdict.stops) << note;
        EXPECT_TRUE(verdict.warned) << note;
    }
}

TEST(red_flag_trial_44, tiredness_a_numbskull_a_cream_and_sleep_plan) {
    for (const std::string note :
         {"Legs felt dead tired after the session", "Numb-skull mistake: forgot the warm-up",
          "Numbing cream used for the dry needling", "Numbing cold ice bath after",
          "Went to sleep with the leg elevated on a pillow.",
          "Gap between sessions was two days; thigh fine.",
          "Small dent in the left uninjured hamstring from an old kick.",
          "Weight on the leg: no pain", "Weight on the leg: full",
          "Check if numbness appears after the run", "Went to sleep early with the leg up"}) {
        const auto verdict = gate_verdict_on(note);
        EXPECT_FALSE(verdict.stops) << note;
        EXPECT_EQ(verdict.warnings, std::vector<std::string>{}) << note;
    }
}
