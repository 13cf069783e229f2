// Red flags in plain words that trial 66 found missed, and its false stops: a parent's note about
// a son or daughter, a tendon torn off, a muscle rolled up into a ball with a gap beside it, a
// plain denial ending in "anywhere", and an animal that cannot bear weight.
#include <gtest/gtest.h>

#include <string>

#include "red_flag_notes.hpp"

using coach::test::expect_plan;
using coach::test::expect_withheld;

// A parent writes a young athlete's notes: "my daughter" is the athlete, not another person.
TEST(red_flag_trial_66, a_parents_note_about_a_son_or_daughter_withholds_every_plan) {
    for (const std::string note :
         {"my daughter cant weight bear on her right leg",
          // held out
          "My son can't walk on it since the match.", "Our daughter is on crutches today.",
          "My son's foot has gone numb."}) {
        expect_withheld(note);
    }
    for (const std::string note :
         {"My dad is on crutches after his knee operation.", "Her brother uses a wheelchair."}) {
        expect_plan(note);
    }
}

// An animal is no athlete: "my dog cant bear weight on his paw".
TEST(red_flag_trial_66, an_animal_unable_to_bear_weight_is_not_the_athlete) {
    for (const std::string note :
         {"my dog cant bear weight on his paw",
          // held out
          "The cat can't put weight on her back leg.", "Our horse is non-weight bearing."}) {
        expect_plan(note);
    }
    expect_withheld("Walked the dog, could not bear weight on the leg after.");
}

// A tendon torn off its bone is a complete tear, a palpable gap (Askling et al. 2013, Br J Sports
// Med 47(15):953-959, reads the proximal avulsion as the worst of these injuries).
TEST(red_flag_trial_66, a_hamstring_torn_off_is_a_palpable_gap) {
    for (const std::string note :
         {"hamstring tore right off",
          // held out
          "Felt a rip and the tendon tore off completely.", "His hamstring ripped clean off.",
          "The muscle snapped off at the top."}) {
        expect_withheld(note);
    }
    for (const std::string note : {"Took off and tore his hamstring, grade 2 on the scan.",
                                   "Tore off down the wing and felt the hamstring tighten.",
                                   "Ripped off the strapping on the hamstring after training."}) {
        expect_plan(note);
    }
}

// A retracted muscle bunches: "rolled up into a ball", with a gap below the bulge.
TEST(red_flag_trial_66, a_muscle_rolled_into_a_ball_or_a_gap_below_it_is_a_palpable_gap) {
    for (const std::string note : {"muscle rolled up into a ball, gap below it",
                                   // held out
                                   "The hamstring rolled up into a ball behind the knee.",
                                   "There's a gap under the lump."}) {
        expect_withheld(note);
    }
    for (const std::string note : {"Foam rolled the hamstring with a lacrosse ball into the glute.",
                                   "Keep no gap under the lower back on the mat.",
                                   "Kicked the ball into the net, hamstring fine."}) {
        expect_plan(note);
    }
}

// A plain denial that ends in "anywhere" or "anyway" stays whole.
TEST(red_flag_trial_66, a_denial_ending_in_anywhere_is_a_denial) {
    for (const std::string note :
         {"bladder fine, bowels fine, no numbness anywhere",
          // held out
          "No tingling anywhere in the leg.", "No numbness anyway, just tight."}) {
        expect_plan(note);
    }
    expect_withheld("No numbness anywhere until last night, now the foot is numb.");
}
