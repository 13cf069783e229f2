// Red flags in plain words that trial 63 found missed and the last stop left open: numbness in the
// saddle area named as the bottom or the private parts, the sensation of a full bladder or bowel
// lost, a hold of the bladder that fails, and contractions written without their apostrophe.
#include <gtest/gtest.h>

#include <string>

#include "red_flag_notes.hpp"

using coach::test::expect_plan;
using coach::test::expect_withheld;

// "Cheeks" alone puts numbness on the face; with the bottom named it is the saddle area, a sign of
// cauda equina syndrome (Finucane et al. 2020, J Orthop Sports Phys Ther 50(7):350-372).
TEST(red_flag_trial_63, numbness_of_the_bottom_or_private_parts_withholds_every_plan) {
    for (const std::string note :
         {"no feeling in his bum cheeks and private area",
          // held out
          "Numb bum cheeks since Tuesday.", "Tingling round her bottom and private parts.",
          "No feeling in his backside cheeks after the fall."}) {
        expect_withheld(note);
    }
    for (const std::string note : {"Numb cheeks from the cold at the morning session.",
                                   "Tingling in her cheeks and lips."}) {
        expect_plan(note);
    }
}

TEST(red_flag_trial_63, not_telling_when_the_bladder_or_bowel_is_full_withholds_every_plan) {
    for (const std::string note : {"cant tell when I need a wee", "can't tell when I need to poop",
                                   // held out
                                   "Doesn't know when he needs the toilet any more.",
                                   "Says she can't tell when her bladder is full."}) {
        expect_withheld(note);
    }
    for (const std::string note :
         {"Tell me when you need a wee break.", "Can't tell if it's the hamstring or the knee.",
          "Doesn't know where the toilet block is at the new ground."}) {
        expect_plan(note);
    }
}

// A negative before "hold", with "seem to" between or not, is a hold that fails, not a denial.
TEST(red_flag_trial_63, a_hold_of_the_bladder_that_fails_withholds_every_plan) {
    for (const std::string note :
         {"can't seem to hold his pee",
          // held out
          "can't hold his pee", "Couldn't hold her wee on the drive home.",
          "Doesn't seem able to hold his wee.", "Doesn't seem to be able to stop the tingling."}) {
        expect_withheld(note);
    }
    for (const std::string note : {"Can't hold a plank for long, no numbness.",
                                   "Can't seem to hold the bridge yet; no tingling or numbness."}) {
        expect_plan(note);
    }
}

// "wont", "doesnt", "dont" are read as "won't", "doesn't", "don't": an inability to bear weight
// stops, and a denial denies.
TEST(red_flag_trial_63, a_contraction_without_its_apostrophe_reads_as_with_it) {
    for (const std::string note : {"wont weight bare on it",
                                   // held out
                                   "wont bear weight", "doesnt walk on it yet",
                                   "wont stand on that leg", "cant feel his foot"}) {
        expect_withheld(note);
    }
    for (const std::string note :
         {"dont need crutches anymore", "wont need the crutches after today",
          "doesnt have any numbness or tingling", "didnt have any tingling"}) {
        expect_plan(note);
    }
}
