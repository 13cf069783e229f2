// Trial 47's red flags that went through and its false stops: help from a person's arm or
// shoulder, a person carried, walking along the furniture, a pole for support; sensory tests
// failed, pins and needles misspelt, a zap into the calf, an indent felt; and negative screens
// that name a weight-bearing trouble, a sensation altered, denied, or list items that are no
// flag between the flags they deny.
#include <gtest/gtest.h>

#include <string>

#include "red_flag_notes.hpp"

using coach::test::expect_plan;
using coach::test::expect_withheld;

TEST(red_flag_trial_47, help_from_people_and_furniture_to_walk_withholds_every_plan) {
    for (const std::string note :
         {"Needs his partner's shoulder to get from the car.",
          "Husband has to carry her up the stairs.", "Leaning on his dad's arm to walk.",
          "Walks holding onto furniture and walls.", "Uses a hiking pole for support.",
          // held out
          "Teammates carried him to the car", "Mum carries him to bed",
          "Leaning on a friend's shoulder to get to the toilet",
          "Gets around the house by holding onto the walls", "Needs a walking pole to get about",
          "Had to carry him to the car",
          // the trial's other wordings, read again at the end
          "Can only get round the house by holding on to the walls",
          "Needs a hand from a friend to get up the stairs, can't manage alone"}) {
        expect_withheld(note);
    }
}

TEST(red_flag_trial_47, failed_sensory_tests_nerve_words_and_lists_not_denied_withhold_every_plan) {
    for (const std::string note :
         {"Loss of light touch on dorsum of foot.", "Monofilament not felt.",
          "Vibration sense absent.", "pins and needels in the foot", "pins and neddles in the calf",
          "tinging in foot", "electric zap into the calf", "indent palpable at proximal MTJ",
          // held out
          "Reduced vibration sense at the hallux", "Unable to feel the monofilament on the sole",
          "Zapping feeling down the leg", "Indent felt in the muscle belly",
          "pins & needless in toes",
          // near misses of the denials read above: a measure or a "but" is no list item, a
          // trouble after another word is no denied trouble
          "No numbness, pain 7/10 or palpable gap", "No numbness, tingling, but palpable gap",
          "Cannot walk without difficulty", "NWB, problems sleeping"}) {
        expect_withheld(note);
    }
}

TEST(red_flag_trial_47, negative_screens_and_near_misses_of_the_new_words_plan) {
    for (const std::string note :
         {"no WB issues", "No altered sensation; FWB independently", "No weight-bearing problems",
          "Carried the shopping home",
          "No numbness, tingling, weight-bearing issues or palpable gap",
          // held out: a denial's list naming items that are no flag
          "Denies numbness, weight-bearing issues, tingling",
          "No numbness, weakness or palpable gap", "No numbness, swelling, bruising or tingling",
          // near misses of the new words
          "Mum had to carry her bags up the stairs", "Coach carried the cones to the car",
          "Arm swing drills while walking", "Needs to work on arm drive when walking",
          "Calf raises holding onto the wall", "Nordic walking with poles for cross-training",
          "Pole vault athlete, walking normally", "Vibration plate reduced soreness",
          "Vibration sense intact", "Monofilament not tested", "Monofilament intact",
          "Feeling zapped after the double session", "Needless to say he is keen",
          "Felt needled by the coach", "indent in the schedule this week",
          "Needs a hand carrying bags to the car"}) {
        expect_plan(note);
    }
}
