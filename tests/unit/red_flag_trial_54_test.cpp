// Trial 54's red flags that went through: a deformity or a dimple of the thigh (the shape a
// retracted or avulsed muscle leaves) was no word of a gap, and pain running down the leg reached
// the foot only within three words of "down" ("pain down the leg to the foot").
#include <gtest/gtest.h>

#include <string>

#include "red_flag_notes.hpp"

using coach::test::expect_plan;
using coach::test::expect_withheld;

TEST(red_flag_trial_54, a_deformity_or_a_dimple_of_the_thigh_withholds_every_plan) {
    for (const std::string note :
         {"obvious deformity posterior thigh", "obvious dimple at the tear site",
          // held out
          "Deformity noted mid-thigh", "Visible dimpling over the muscle belly",
          "Dimple proximal thigh on contraction"}) {
        expect_withheld(note);
    }
}

TEST(red_flag_trial_54, pain_down_the_leg_to_the_foot_withholds_every_plan) {
    for (const std::string note :
         {"pain down the leg to the foot",
          // held out
          "Pain down the back of the leg into the calf", "Aching down the leg into the foot",
          "Pain runs down the leg to the heel"}) {
        expect_withheld(note);
    }
}

TEST(red_flag_trial_54, denied_deformity_and_walking_down_with_the_foot_flat_plan) {
    for (const std::string note : {"No deformity", "No dimple or gap", "Golf ball dimples",
                                   "Walk down the stairs, foot flat, pain 1/10",
                                   "Step down from the box onto the foot with no pain",
                                   "Pain settles down over the week, foot fine"}) {
        expect_plan(note);
    }
}

// Trial 55: crutches ended in the next clause of the sentence ("Used crutches for 2 days after
// injury, weaned off") were read as still in use.
TEST(red_flag_trial_54, crutches_ended_in_the_next_clause_plan) {
    for (const std::string note : {"Used crutches for 2 days after injury, weaned off",
                                   // held out
                                   "On crutches for 2 days, now weaned off", "Crutches, stopped",
                                   "Crutches day 1, then discarded"}) {
        expect_plan(note);
    }
}

TEST(red_flag_trial_54, crutches_still_in_use_after_a_clause_of_ending_withhold) {
    for (const std::string note : {"On crutches, weaned off the boot but still using them",
                                   "On crutches, weaned off one, still using the other",
                                   "On crutches, stopped running", "On crutches. Stopped physio"}) {
        expect_withheld(note);
    }
}

// Trial 56: "then" before the end of the aid in its own clause, a deformity said with "deformed",
// and pain down the leg reaching the foot further along it.
TEST(red_flag_trial_54, crutches_then_ended_plan_and_other_ends_of_the_leg_withhold) {
    for (const std::string note :
         {"Crutches for 2 days then weaned off", "crutches days 1-3 then stopped",
          "crutches for 2 days, then off",
          // held out
          "Crutches briefly, then discarded"}) {
        expect_plan(note);
    }
    for (const std::string note :
         {"thigh looks deformed", "pain down the back of the leg to the foot",
          "Pain from the buttock down the back of the leg to the foot",
          "Pain down the outside of the leg to the foot", "On crutches then stopped physio",
          "Crutches then off the boot", "On crutches and off work",
          // held out
          "Posterior thigh deformed on contraction", "Aching along the leg to the heel"}) {
        expect_withheld(note);
    }
    for (const std::string note :
         {"Single leg balance, foot flat, pain 1/10", "Leg press with foot high, pain 2/10",
          "No pain in the leg or foot"}) {
        expect_plan(note);
    }
}
