// Signs that trial 76 found missed, and its false stops. Nerve pain along the whole sciatic path
// (Heiderscheit et al. 2010, J Orthop Sports Phys Ther 40(2):67-81, table 3), the bladder's signs
// of cauda equina compression and both legs weak (Finucane et al. 2020, J Orthop Sports Phys Ther
// 50(7):350-372) withhold every plan; a step felt in the tendon is a palpable gap.
#include <gtest/gtest.h>

#include <string>

#include "red_flag_notes.hpp"

using coach::test::expect_plan;
using coach::test::expect_withheld;

TEST(red_flag_trial_76, pain_from_the_buttock_to_the_heel_withholds_every_plan) {
    for (const std::string note :
         {"Burning pain radiating from the buttock to the heel",
          "Burning pain from buttock to heel", "Pain travelling from the buttock to the heel",
          // held out
          "Aching from the left buttock all the way to the foot."}) {
        expect_withheld(note);
    }
    for (const std::string note :
         {"Bruising from buttock to heel, settling", "No pain from buttock to heel",
          "Pain from the buttock into the hamstring only",
          "Reports no pain radiating from the buttock to the foot"}) {
        expect_plan(note);
    }
}

TEST(red_flag_trial_76, lightning_down_the_leg_withholds_every_plan) {
    for (const std::string note : {"Lightning pain down the leg", "Lightning bolts into the foot",
                                   // held out
                                   "Lightning-like pain into the calf when sitting."}) {
        expect_withheld(note);
    }
    for (const std::string note :
         {"Lightning quick off the mark in drills today", "Lightning fast down the wing, no pain",
          "No lightning pain down the leg"}) {
        expect_plan(note);
    }
}

TEST(red_flag_trial_76, a_catheter_for_the_bladder_withholds_every_plan) {
    for (const std::string note :
         {"Needed a catheter in ED overnight for retention", "Needed a catheter in ED overnight",
          "Foley catheter inserted in ED",
          // held out
          "Catheter placed in hospital last night."}) {
        expect_withheld(note);
    }
    for (const std::string note : {"IV catheter removed, fine", "No catheter needed",
                                   "Did not need a catheter", "Catheter: not needed"}) {
        expect_plan(note);
    }
}

TEST(red_flag_trial_76, both_legs_weak_named_side_by_side_withhold_every_plan) {
    for (const std::string note :
         {"Weakness L and R legs", "Weakness R and L legs", "Weak L + R legs", "Weak L & R legs",
          "Weakness left and right legs",
          // held out
          "Right and left legs weak since the fall."}) {
        expect_withheld(note);
    }
    // "L/R" is a ratio of one side to the other, not both sides.
    for (const std::string note : {"Hamstring strength L and R tested, weak on the left",
                                   "L/R hamstring ratio 0.8, weak side left", "Weak left leg only",
                                   "Strength L and R: equal", "No weakness L and R legs"}) {
        expect_plan(note);
    }
}

TEST(red_flag_trial_76, urine_passed_unknowingly_or_leaking_withholds_every_plan) {
    for (const std::string note :
         {"Peed without realising on the bus home", "Urgency and leaking since the fall",
          // held out
          "Wet himself without knowing.", "Leaking into a pad daily."}) {
        expect_withheld(note);
    }
    for (const std::string note :
         {"Realised he needed a wee before the session", "Went to pee without any pain",
          "Leaking goals at the back all season, says the coach", "Denies urgency or leaking"}) {
        expect_plan(note);
    }
}

TEST(red_flag_trial_76, a_step_felt_in_the_tendon_withholds_every_plan) {
    for (const std::string note : {"Felt a step in the tendon", "Palpated a step at the tendon",
                                   "Can feel a step in the tendon",
                                   // held out
                                   "Could feel a step at the top of the hamstring."}) {
        expect_withheld(note);
    }
    for (const std::string note :
         {"Progressed to step 2 of tendon loading", "Felt a step change in tendon pain this week",
          "Felt a step forward in the tendon rehab", "Felt a step closer to the tendon goal",
          "Can do step 3 of tendon loading", "No step felt in the tendon"}) {
        expect_plan(note);
    }
}

// Trial 76's false stops: an abbreviation spelt out as something else, and a stream that is not
// urine's.
TEST(red_flag_trial_76, ces_spelt_out_as_something_else_plans) {
    for (const std::string note : {"CES (Continuing Education Seminar) attended by the physio",
                                   "Attended CES (Continuing Education Seminar) on Friday",
                                   "Weak stream of motivation this week, ha"}) {
        expect_plan(note);
    }
    for (const std::string note :
         {"CES (cauda equina syndrome) suspected", "CES (Cauda Equina Syndrome).", "Weak stream"}) {
        expect_withheld(note);
    }
}

// Known misses and a false stop listed since trial 73, read by the same kinds of rule.
TEST(red_flag_trial_76, both_feet_dropping_retention_positive_and_cauda_misspelt_withhold) {
    for (const std::string note :
         {"Both feet dropping", "Retention ++", "Retention +ve", "caude equina ?",
          "Caude equina suspected", "Cauda equine symptoms",
          // held out
          "Feet dropping when walking.", "?Corda equina"}) {
        expect_withheld(note);
    }
    for (const std::string note : {"Feet dropped off the box in the drill", "Fluid retention ++",
                                   "Player retention positive this season"}) {
        expect_plan(note);
    }
}

TEST(red_flag_trial_76, a_label_value_after_a_colon_answers_the_phrase_before_it) {
    expect_plan("Bladder control: intact");
    expect_plan("Bladder control: normal.");
    expect_withheld("Bladder control: lost");
}

TEST(red_flag_trial_76, a_walk_not_yet_normal_is_no_inability_to_bear_weight) {
    for (const std::string note : {"Walking not normal yet but improving", "Walking not painful",
                                   "Weight bearing not normal", "Walking not quite right."}) {
        expect_plan(note);
    }
    for (const std::string note :
         {"Walking not possible", "Walking: not possible", "Walking: not yet"}) {
        expect_withheld(note);
    }
}
