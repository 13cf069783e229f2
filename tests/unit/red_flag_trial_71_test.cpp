// Signs of cauda equina compression that trial 71 found missed: urine not passed said with a
// denial, voiding, a stream hard to start, a bladder that will not empty, anal tone reduced, a
// saddle screened not intact, a foot with little feeling. Read as the nerve flags (Finucane et al.
// 2020, J Orthop Sports Phys Ther 50(7):350-372).
#include <gtest/gtest.h>

#include <string>

#include "red_flag_notes.hpp"

using coach::test::expect_plan;
using coach::test::expect_withheld;

// "Not" and "no" before urine read as denials of the flag; the denial of passing it is the flag.
TEST(red_flag_trial_71, urine_not_passed_said_with_a_denial_withholds_every_plan) {
    for (const std::string note :
         {"Has not been able to pass urine today.", "Not passed urine since the session.",
          "No urine passed for 12 hours.", "Urine won't come out.", "Unable to void.",
          "Needs to strain to wee.", "Trouble starting his stream.",
          "Can't empty my bladder fully.",
          // held out
          "Not able to pass urine since lunch.", "No urine passed since the fall.",
          "Has not passed water all day.", "Has not voided since 6am.",
          "Cannot void since this morning.", "Straining to pee.",
          "Weak urine stream since Tuesday.", "Bladder doesn't feel empty after going.",
          "Unable to empty bladder completely.", "Has not passed urine since the pain started."}) {
        expect_withheld(note);
    }
    for (const std::string note :
         {"No problems passing urine.", "Has not had any trouble passing urine.",
          "Not had any issues passing water.", "No problems with urine or bowels.",
          "Urine sample not needed.", "Did not pass the urine test.",
          "No bruising, urine passed normally.", "Bladder emptying normally.", "Bladder fine.",
          "Strained his hamstring, needs a wee before sessions.",
          "Watched the live stream of the match, slow start.",
          // A void felt at the tear is a gap, and stops as one; one not felt plans.
          "No void palpable at the site."}) {
        expect_plan(note);
    }
}

// The anal sphincter's tone or feeling reduced, and a saddle screen found not intact or not
// normal; the saddle row had taken "not" for a normal screen denied.
TEST(red_flag_trial_71, anal_tone_reduced_and_a_saddle_not_intact_withhold_every_plan) {
    for (const std::string note :
         {"Reduced anal tone.", "Saddle sensation not intact.", "Saddle not normal.",
          // held out
          "Anal tone reduced on exam.", "Anal sensation reduced.",
          "Saddle sensation is not intact.", "Sensation in the saddle area not intact.",
          "Perineal sensation not intact."}) {
        expect_withheld(note);
    }
    for (const std::string note : {"Anal tone normal on exam.", "Saddle sensation intact.",
                                   "Saddle normal.", "Saddle sensation intact, not numb.",
                                   "Skin not intact over the graze.", "Gait not normal yet."}) {
        expect_plan(note);
    }
}

// Little feeling in the foot is numbness; a little feeling of tightness is not.
TEST(red_flag_trial_71, little_feeling_in_the_foot_withholds_every_plan) {
    for (const std::string note : {"Little feeling in the sole of the left foot.",
                                   // held out
                                   "Very little feeling in his toes."}) {
        expect_withheld(note);
    }
    for (const std::string note :
         {"A little feeling of tightness under the heel.",
          "Normal feeling in the sole of the foot.", "Little feeling of tightness today."}) {
        expect_plan(note);
    }
}
