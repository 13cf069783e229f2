// Signs that trial 75 found missed: cauda equina's red flags named alone or said positive,
// micturition hard to start, and a foot that cannot be dorsiflexed (a foot drop). Read as the
// nerve flags (Finucane et al. 2020, J Orthop Sports Phys Ther 50(7):350-372).
#include <gtest/gtest.h>

#include <string>

#include "red_flag_notes.hpp"

using coach::test::expect_plan;
using coach::test::expect_withheld;

TEST(red_flag_trial_75, cauda_equina_red_flags_named_or_positive_withhold_every_plan) {
    for (const std::string note : {"Cauda-equina red flags +", "Cauda equina red flags positive",
                                   "Cauda equina red flags", "Red flags + for cauda equina",
                                   // held out
                                   "CES red flag.", "Red flags for CES."}) {
        expect_withheld(note);
    }
    for (const std::string note :
         {"Cauda equina red flags: none.", "CES red flags negative.",
          "Cauda equina red flags screened, all negative.", "Red flags for cauda equina: nil."}) {
        expect_plan(note);
    }
}

TEST(red_flag_trial_75, micturition_hard_to_start_withholds_every_plan) {
    for (const std::string note :
         {"Difficulty initiating micturition since yesterday", "Difficulty initiating micturition",
          // held out
          "Hesitancy of micturition."}) {
        expect_withheld(note);
    }
    for (const std::string note : {"Micturition normal.", "No difficulty with micturition.",
                                   "Micturition without difficulty."}) {
        expect_plan(note);
    }
}

TEST(red_flag_trial_75, a_foot_that_cannot_be_dorsiflexed_withholds_every_plan) {
    for (const std::string note :
         {"Dragging the left foot, can't dorsiflex", "Can't dorsiflex left ankle",
          // held out
          "Unable to dorsiflex the right foot."}) {
        expect_withheld(note);
    }
    expect_plan("Calf too tight to dorsiflex fully.");
}

// Known since trial 73: the legs weak in one clause, both sides named after a comma.
TEST(red_flag_trial_75, legs_weak_with_both_sides_after_a_comma_withhold_every_plan) {
    for (const std::string note :
         {"Weak legs, both sides, since this morning.", "Legs weak, bilaterally.",
          "Lower limb weakness, bilateral.", "Leg weakness, both sides, worse on left."}) {
        expect_withheld(note);
    }
    for (const std::string note :
         {"No weakness in legs, both sides fine.", "Weak left leg, both sides tested.",
          "Hamstring weak, both sides stretched.", "Weak legs, both sides normal now."}) {
        expect_plan(note);
    }
}
