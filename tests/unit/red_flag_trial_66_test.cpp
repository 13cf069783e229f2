// Red flags in plain words that trial 66 found missed, and its false stops: a parent's note about
// a son or daughter, a tendon torn off, a muscle rolled up into a ball with a gap beside it, a
// plain denial ending in "anywhere".
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

// An animal opening a sentence is more often the cause of the athlete's injury than its subject:
// the red flag after it is the athlete's, and "my dog cant bear weight on his paw" stops too, the
// safe mistake.
TEST(red_flag_trial_66, a_red_flag_after_an_animal_withholds_every_plan) {
    for (const std::string note :
         {"my dog cant bear weight on his paw", "Dog bit my leg, now numb foot.",
          "Horse riding accident, now on crutches.",
          "Dog walk this morning, couldnt weight bear after.",
          "Cat scratched my leg, tingling since."}) {
        expect_withheld(note);
    }
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

// A hollow after a pop, in one clause, is a palpable gap (trial 67, found after trial 66's
// changes). A pop in the clause before is not read with it ("Felt it pop, there's a hollow"): the
// reader's phrases stay inside a clause.
TEST(red_flag_trial_66, a_hollow_after_a_pop_is_a_palpable_gap) {
    for (const std::string note : {"heard a pop and now theres a hollow",
                                   // held out
                                   "Felt it pop and there's a hollow there now."}) {
        expect_withheld(note);
    }
    for (const std::string note :
         {"Hollow body hold 3 x 20 s, then pop squats.", "Pop the band on, hollow rock x 10."}) {
        expect_plan(note);
    }
}
