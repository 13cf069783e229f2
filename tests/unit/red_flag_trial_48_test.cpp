// Trial 48's red flags that went through and its false stops: someone carrying the athlete to
// the clinic, helping him up the stairs or off the pitch, someone to lean on; a positive Tinel's
// sign, a neurological deficit; and a negative screen said of a session, a crutch of the mind.
#include <gtest/gtest.h>

#include <string>

#include "red_flag_notes.hpp"

using coach::test::expect_plan;
using coach::test::expect_withheld;

TEST(red_flag_trial_48, help_from_people_and_nerve_signs_withhold_every_plan) {
    for (const std::string note :
         {"Brother had to carry him into clinic today.",
          "Limping so badly his girlfriend had to help him up the stairs.",
          "Still needs someone to lean on to walk.",
          "Teammates helped him off the pitch and to the car.",
          "Positive Tinel's at the sciatic notch.", "Neurological deficit L foot.",
          // held out
          "Dad helped her off the field", "Sensory deficit over the lateral foot",
          "Tinel's positive over the fibular head", "Needs someone to lean on to get to the car"}) {
        expect_withheld(note);
    }
}

TEST(red_flag_trial_48, negative_screens_of_a_session_and_idioms_plan) {
    for (const std::string note :
         {"No numbness or tingling after session.", "Uses the gym as a crutch for his stress.",
          // held out, and near misses of the new words
          "No numbness after the run", "No tingling during training", "No neurological deficit",
          "Tinel's negative", "Helped with stair drills", "Needs help with the stairs workout",
          "Needs someone to lean on during stretches"}) {
        expect_plan(note);
    }
}

TEST(red_flag_trial_48, a_flag_after_a_session_denied_only_in_part_still_withholds) {
    for (const std::string note :
         {"No numbness, only after runs", "No numbness except after sessions",
          "No numbness after session, tingling in foot", "On crutches",
          "Using crutches as advised"}) {
        expect_withheld(note);
    }
}

// The second reading of trial 48: a foot fallen asleep, a sock felt that is not worn, pain into
// the sole, a leg that collapses under weight, standing only on the good leg, and people who
// hold the athlete up or help him along.
TEST(red_flag_trial_48, everyday_words_of_nerve_signs_and_of_no_weight_withhold_every_plan) {
    for (const std::string note :
         {"Foot feels like it has fallen asleep",
          "Feels like wearing a thick sock that isn't there",
          "Sharp pain down the back of the leg into the sole when coughing",
          "Can only stand on the good leg", "Leg collapses under him when he tries to stand",
          "Arrived supported by two teammates, one under each arm",
          "Walked in with the aid of his partner",
          // held out
          "Toes feel as if they have fallen asleep", "Like there is a sock on my foot",
          "Pain shoots into the heel", "Knee buckles when he puts weight on it",
          "Only weight bearing through the uninjured leg", "Supported by his dad to the car",
          "Got to the physio with the aid of a friend"}) {
        expect_withheld(note);
    }
}

TEST(red_flag_trial_48, the_new_words_in_other_senses_plan) {
    for (const std::string note :
         {"Fell asleep on the sofa with his leg up", "Wears compression socks for travel",
          "Feels like new in his new boots", "Stretch into the calf felt good",
          "Drill into heel raises went well", "Scrum collapsed in training, no issue",
          "Single leg balance tested on the good leg only",
          "Rehab supported by his partner emotionally", "First aid from a teammate on the pitch"}) {
        expect_plan(note);
    }
}

// A list denied by "negative for", a last item of no flag word of its own, and feelings about
// selection plan; a flag word about a place, or time off work for it, does not.
TEST(red_flag_trial_48, lists_denied_whole_and_feelings_about_things_plan) {
    for (const std::string note :
         {"Negative for numbness, tingling and weight-bearing difficulty",
          "Pins and needles about selection for Saturday.", "Feeling numb about being dropped",
          // held out
          "Negative for numbness, tingling or palpable gap",
          "No numbness, tingling or weight-bearing issues", "Denies tingling or difficulty",
          "A bit numb about the whole thing"}) {
        expect_plan(note);
    }
}

TEST(red_flag_trial_48, a_flag_about_a_place_or_off_work_for_it_still_withholds) {
    for (const std::string note :
         {"Numb about the heel", "Pins and needles about the left ankle",
          "Off work with tingling in the foot", "Time off for tingling in the foot",
          "Negative for numbness, tingling in the foot today",
          "Foot feels like it's wearing a thick sock that isn't there"}) {
        expect_withheld(note);
    }
}
