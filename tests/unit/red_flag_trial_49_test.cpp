// Trial 49's red flags that went through: walking on cotton wool, an electric current into the
// toes, a dip felt in the back of the thigh, a tendon come away from the sitting bone, and not
// walking without an aid; with the treatments, exercises and idioms the same words are used for.
#include <gtest/gtest.h>

#include <string>

#include "red_flag_notes.hpp"

using coach::test::expect_plan;
using coach::test::expect_withheld;

TEST(red_flag_trial_49, everyday_words_of_numbness_a_gap_and_no_weight_withhold_every_plan) {
    for (const std::string note :
         {"Feels like walking on cotton wool", "Buzzing like an electric current into the toes",
          "Can feel a dip in the back of the thigh", "Tendon has come away from the sitting bone",
          "Not walking unaided yet",
          // held out
          "Left foot like walking on cotton wool", "Electric current into the heel when bending",
          "Electric current down into the sole", "A dip under the fingers in the hamstring",
          "Hamstring tendon pulled right off the bone", "Cannot stand unaided",
          "Still not able to walk unaided"}) {
        expect_withheld(note);
    }
}

TEST(red_flag_trial_49, the_same_words_as_treatments_exercises_and_idioms_plan) {
    for (const std::string note :
         {"Electric stim applied to the hamstring", "Electrical muscle stimulation by the physio",
          "Electric current applied by the TENS unit", "Electric current therapy for pain relief",
          "Slight dip in energy today", "Dip in form since the injury",
          "Did a tricep dip on the bench, felt fine", "Walks unaided and not limping",
          "Walking unaided, no pain", "Cotton wool pads between the toes for blisters",
          "Walked to the shop in woolly socks", "Sitting bone sore after the long drive"}) {
        expect_plan(note);
    }
}

// A second reading: a person carried in, and the false stops of trial 49 (a list of plain words
// denied with the flag after them, a defect denied along the muscle's length, an aid asked of
// and never needed, "and not" after walking).
TEST(red_flag_trial_49, carried_in_withholds_every_plan) {
    for (const std::string note :
         {"Brother carried him in", "Dad carried her inside", "Athlete's brother carried him in",
          "No pain but swelling or numbness", "Defect palpable along the length of the muscle",
          "Crutches? Used them yesterday", "Walking and not able to bear weight"}) {
        expect_withheld(note);
    }
}

TEST(red_flag_trial_49, lists_denied_whole_aids_never_needed_and_walking_and_not_limping_plan) {
    for (const std::string note :
         {"No reduced or altered sensation", "No pain, swelling or numbness",
          "Denies pain, swelling or numbness", "Nil pain, bruising or altered sensation",
          "No defect palpable along the length of the muscle",
          "No gap along the whole length of the hamstring", "Crutches? Never needed them.",
          "Crutches? Not needed.", "Walks and not limping", "Walking unaided and not in pain",
          "Teammates carried him in the match", "Carried her bag in"}) {
        expect_plan(note);
    }
}
