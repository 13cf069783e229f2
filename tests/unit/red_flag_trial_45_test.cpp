// Trial 45's red flags that went through and its false stops: crutches borrowed from someone,
// help from people counted before the walking, a gap said to be clear (evident), toes gone funny,
// an inability said of weight bearing by "do so"; and pins and needles of excitement, an aid lent
// out.
#include <gtest/gtest.h>

#include <string>

#include "red_flag_notes.hpp"

using coach::test::expect_plan;
using coach::test::expect_withheld;

TEST(red_flag_trial_45,
     an_aid_borrowed_help_to_walk_an_evident_gap_and_funny_toes_withhold_every_plan) {
    for (const std::string note :
         {"Came in on crutches borrowed from her brother", "Needs help from two people to walk",
          "A clear groove can be felt in the muscle",
          "Reports her toes have gone funny, kind of fuzzy",
          "Weight bearing painful, unable to do so without help",
          // held out
          "Walking very painful, cannot do it without crutches", "Lent crutches to get home",
          "Using a stick borrowed from the club", "Needs help from a teammate to stand",
          "Clear gap felt in the muscle belly", "Clear step-off at the ischium",
          "Groove palpable at the site", "Foot feels funny since the injury"}) {
        expect_withheld(note);
    }
}

TEST(red_flag_trial_45, an_aid_lent_to_someone_else_excitement_and_a_flag_said_clear_plan) {
    for (const std::string note :
         {"Crutches borrowed by her brother for his knee", "Lent his crutches to a teammate",
          "Pins and needles of excitement before the final",
          "Felt pins and needles of anticipation before the race",
          "Help him with his walking drills", "In the groove with training, hamstring feels great",
          "Funny story about his foot at the match", "Neuro clear, no numbness",
          "Numbness clear since Monday", "Clear of any numbness or tingling",
          "Walking sore, cannot do so without pain", "Walks fine, unable to do Nordics yet",
          "Walking is fine. Unable to do it fast."}) {
        expect_plan(note);
    }
}
