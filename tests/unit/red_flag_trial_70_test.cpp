// Red flags in plain words that trial 70 found missed, and its false stops: urine that will not
// come or will not stay, a sphincter's control lost, both hamstrings weak, a foot barely felt; a
// saddle sensation screened normal, and a pain or a difference that cannot be felt.
#include <gtest/gtest.h>

#include <string>

#include "red_flag_notes.hpp"

using coach::test::expect_plan;
using coach::test::expect_withheld;

// Urine retained or hard to pass, and incontinence named alone, are signs of cauda equina
// compression, read as the nerve flags (Finucane et al. 2020, J Orthop Sports Phys Ther
// 50(7):350-372).
TEST(red_flag_trial_70, urine_that_will_not_come_or_will_not_stay_withholds_every_plan) {
    for (const std::string note :
         {"Unable to pass urine.", "Can't pee.", "Couldn't wee all day.",
          "Hasn't been able to pee properly since yesterday.", "Struggling to start peeing.",
          "Dribbling urine since the injury.", "Incontinence since Friday.",
          "Loss of sphincter control.",
          // held out
          "Cannot pass water since the fall.", "Has trouble starting to pee.",
          "New incontinence, worse today.", "Sphincter tone reduced on exam."}) {
        expect_withheld(note);
    }
    for (const std::string note :
         {"Passing urine normally.", "Dribbling drills then a wee break.",
          "Strained hamstring, needs a pee before the session.", "Can pass water fine.",
          "No difficulty passing urine.", "Denies any difficulty passing urine.",

          "Pass the ball, then sprint.", "Needs to pee before every session, nerves."}) {
        expect_plan(note);
    }
    // "Without" right before a trouble after the urine denies the trouble, not the urine (the
    // stop after trial 73): a catheter is no trouble denied, and a denial before the urine reads
    // first.
    expect_plan("Passing urine without any difficulty.");
    expect_withheld("Unable to pass urine without a catheter.");
    expect_withheld("Unable to pass urine without difficulty.");
}

// Weakness of both hamstrings is weakness of both legs (trial 59's "both legs weak").
TEST(red_flag_trial_70, both_hamstrings_weak_withholds_every_plan) {
    for (const std::string note :
         {"Both hamstrings feel weak and wobbly.",
          // held out
          "Weakness in both hamstrings since this morning.",
          // trial 71
          "Both of her legs feel weak.", "Both hams feel weak and wobbly."}) {
        expect_withheld(note);
    }
    expect_plan("Right hamstring weak on testing, left strong.");
}

// A foot barely or hardly felt is a foot numb.
TEST(red_flag_trial_70, a_foot_barely_felt_withholds_every_plan) {
    for (const std::string note : {"Can barely feel the sole of my foot.",
                                   // held out
                                   "Can hardly feel my toes."}) {
        expect_withheld(note);
    }
}

// A saddle sensation screened and found normal is no red flag; a pain or a difference that
// cannot be felt is no numbness.
TEST(red_flag_trial_70, a_normal_screen_or_no_pain_felt_is_planned) {
    for (const std::string note :
         {"Saddle sensation intact.", "Bladder fine, bowels fine, saddle sensation normal.",
          "Can't feel any pain today.",
          "Can't feel the difference between left and right anymore, strength symmetric.",
          // held out
          "Saddle sensation unchanged.", "Cannot feel any pain on the stretch now.",
          // trial 71
          "Can't feel the tightness anymore.", "Can't feel the stretch as much."}) {
        expect_plan(note);
    }
    for (const std::string note : {"Saddle area feels odd, like sitting on cotton wool.",
                                   "Can't feel my foot.", "Saddle area not fine."}) {
        expect_withheld(note);
    }
}
