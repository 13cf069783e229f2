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

// Trial 62, a fresh user's everyday words: toes that snag or do not clear the ground, a bed or
// pants wetted, both legs gone to jelly or giving out, a gap felt when pressed, the muscle come
// apart.
TEST(red_flag_trial_62, everyday_words_of_a_fresh_user_withhold_every_plan) {
    for (const std::string note :
         {"toes keep snagging on the carpet, he's tripping over nothing",
          "keeps stubbing his toe, foot wont come up", "keeps tripping, toes dont clear the ground",
          "he's wetting the bed again since the injury", "peeing the bed since the game",
          "has wet his pants twice this week without noticing",
          "he's pissed himself twice this week and didnt know",
          "both his legs went to jelly and he fell over on the stairs",
          "legs both gave out under him twice today", "both legs like spaghetti, cant climb stairs",
          "his legs are both giving way", "lump at the top and a gap underneath when you press",
          "can feel where the muscle has come apart"}) {
        expect_withheld(note);
    }
}

TEST(red_flag_trial_62, the_same_words_said_of_other_things_plan) {
    for (const std::string note :
         {"had a toilet accident with the phone, dropped it in lol",
          "Legs like jelly after the 10k, normal.", "Feet hip-width apart for the bridge.",
          "Hamstring bridge, feet apart.", "Hamstring curls with knees apart.",
          "Wet shorts from the rain at training.", "Both teams gave a good effort.",
          "Position of the foot not clear from the video."}) {
        expect_plan(note);
    }
}

// Trial 63, a second fresh user after the fixes.
TEST(red_flag_trial_62, a_second_fresh_users_words_withhold_every_plan) {
    for (const std::string note : {"she can't pick her foot up properly, drags it",
                                   "hasn't been able to hold his wee since friday",
                                   "theres like a hollow bit in the middle of the hamstring",
                                   "no feeling in his bum since the fall"}) {
        expect_withheld(note);
    }
}

TEST(red_flag_trial_62, a_second_fresh_users_harmless_words_plan) {
    for (const std::string note :
         {"uses crutch words like um a lot when nervous, otherwise chatty",
          "Hollow hold 3 x 20 s, hamstring fine.", "Can't pick the ball up with her foot yet, lol",
          "Not able to make Tuesday's session; no numbness or tingling."}) {
        expect_plan(note);
    }
}
