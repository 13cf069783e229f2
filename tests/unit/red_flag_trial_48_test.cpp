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
