// Red flags in plain words that trial 60 found missed, and one false stop found in review. A foot
// that will not lift is a foot drop; wetting oneself is a loss of bladder control, and the verb's
// forms are named, so that "peeled herself" is no such thing.
#include <gtest/gtest.h>

#include <string>

#include "red_flag_notes.hpp"

using coach::test::expect_plan;
using coach::test::expect_withheld;

TEST(red_flag_trial_62, a_foot_that_will_not_lift_withholds_every_plan) {
    for (const std::string note : {"the foot won't lift", "The foot won't lift when she walks.",
                                   // held out
                                   "Her foot doesn't lift properly, toes drag.",
                                   "Left foot didn't lift on the stairs yesterday."}) {
        expect_withheld(note);
    }
}

// "Can't stop" is a control that fails, not a denial: it affirms what follows it.
TEST(red_flag_trial_62, wetting_oneself_in_each_form_of_the_verb_withholds_every_plan) {
    for (const std::string note :
         {"Can't stop myself weeing", "Can't stop weeing myself",
          // held out
          "Couldn't help wetting herself on the bus.", "Peed herself at training.",
          "Wees himself at night now.", "She weed herself in the car.",
          "Pees herself when she coughs.", "Ice doesn't help the numbness."}) {
        expect_withheld(note);
    }
}

TEST(red_flag_trial_62, words_that_only_begin_like_those_plan) {
    for (const std::string note :
         {"Peeled herself off the mat after the last set.", "Won't lift heavy until week 3.",
          "Peered herself at the scan report, no questions.",
          "Can't stop smiling, no numbness or tingling.",
          "Didn't stop the session; no pins and needles."}) {
        expect_plan(note);
    }
}
