// Red flags in plain words that trial 64 found missed, and its false stops: the bowel lost as the
// bladder is, a notch in the leg that a finger fits, and numbness of the mouth from a dentist.
#include <gtest/gtest.h>

#include <string>

#include "red_flag_notes.hpp"

using coach::test::expect_plan;
using coach::test::expect_withheld;

TEST(red_flag_trial_64, a_loss_of_bowel_control_withholds_every_plan) {
    for (const std::string note :
         {"had an accident, couldnt hold my poo in",
          // held out
          "Pooed himself at training on Tuesday.", "Can't hold her poo in since the fall.",
          "He soiled himself on the bus home."}) {
        expect_withheld(note);
    }
    for (const std::string note :
         {"Dog poo on the pitch, moved the session.", "Poo bags are in the kit room."}) {
        expect_plan(note);
    }
}

TEST(red_flag_trial_64, a_notch_in_the_leg_is_a_palpable_gap) {
    for (const std::string note :
         {"there's like a notch in the back of the leg, you can put a finger in it",
          // held out
          "A notch you can put a finger in, halfway up the thigh."}) {
        expect_withheld(note);
    }
    for (const std::string note : {"Move the pin up a notch on the leg curl machine.",
                                   "Took it up a notch in the last set, legs fine."}) {
        expect_plan(note);
    }
}

TEST(red_flag_trial_64, numbness_of_the_mouth_or_teeth_is_no_nerve_sign_of_the_leg) {
    for (const std::string note :
         {"dentist numbed my mouth yesterday", "Tingling gums after the filling."}) {
        expect_plan(note);
    }
    expect_withheld("Numb foot since Sunday, and a numb mouth from the dentist.");
}

// Trial 65, run right after: both legs that gave way with a word between "both" and "legs".
TEST(red_flag_trial_64, both_legs_that_gave_way_withhold_every_plan) {
    for (const std::string note :
         {"both my legs gave way on the stairs", "Both her legs gave out at the shops."}) {
        expect_withheld(note);
    }
    expect_plan("Both sides of the band gave way, swap it for a new one.");
}
