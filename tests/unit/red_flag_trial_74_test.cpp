// Signs of cauda equina compression that trial 74 found missed (shorthand for both lower limbs,
// a post-void residual by its initials, retention under a label, urine not passed in other words,
// the saddle under a label, urine passed unfelt, impotence, CES red flags positive, misspelt or
// ligatured words), and its false stops: bladder and bowel habits unchanged. Read as the nerve
// flags (Finucane et al. 2020, J Orthop Sports Phys Ther 50(7):350-372).
#include <gtest/gtest.h>

#include <string>

#include "red_flag_notes.hpp"

using coach::test::expect_plan;
using coach::test::expect_withheld;

TEST(red_flag_trial_74, shorthand_for_both_lower_limbs_weak_withholds_every_plan) {
    for (const std::string note :
         {"Bilat LE weakness.", "Bil. lower limb weakness.", "BLE weakness.",
          // held out
          "Weakness BLE on testing.", "Bilat. LL weakness noted."}) {
        expect_withheld(note);
    }
    for (const std::string note : {"LE weakness on the left only.", "BLE strength 5/5."}) {
        expect_plan(note);
    }
}

TEST(red_flag_trial_74, retention_and_urine_not_passed_in_other_words_withhold_every_plan) {
    for (const std::string note :
         {"PVR 450 mL.", "PVR 600ml on bladder scan.", "Urinary sx: retention.",
          "Bladder: retention.", "Unable to PU since last night.", "Anuric since yesterday.",
          "Hasn't passed water since last night.", "Doesn't feel when he's peeing.",
          // held out
          "Bladder - retention noted.", "Can't pass water.", "Didn't feel herself weeing."}) {
        expect_withheld(note);
    }
    for (const std::string note :
         {"PVR normal.", "Fluid retention in the ankles.", "Passes water normally.",
          "Doesn't feel any pain when peeing.", "Bladder: no retention."}) {
        expect_plan(note);
    }
}

TEST(red_flag_trial_74, the_saddle_impotence_and_ces_flags_withhold_every_plan) {
    for (const std::string note :
         {"Saddle: reduced.", "Impotence since injury.", "CES red flags +ve.",
          // held out
          "Saddle: diminished.", "CES screen positive."}) {
        expect_withheld(note);
    }
    for (const std::string note :
         {"Saddle height reduced on the bike.", "CES red flags -ve.", "CES screen negative."}) {
        expect_plan(note);
    }
}

// One edit from the word meant, or the ligature for its American spelling.
TEST(red_flag_trial_74, misspelt_or_ligatured_words_withhold_every_plan) {
    for (const std::string note :
         {"Sadle anasthesia present.", "Saddle an\xC3\xA6sthesia.", "Incontinance of urine.",
          "Retension of urine.", "Urinary retension.",
          // held out
          "Dys\xC3\xA6sthesia down the leg.", "Urinary retenton."}) {
        expect_withheld(note);
    }
}

TEST(red_flag_trial_74, bladder_and_bowel_habits_unchanged_plan) {
    for (const std::string note : {"No change to bladder or bowel habits.",
                                   "No change in bladder habits.", "No change to bowel habits.",
                                   // held out
                                   "No changes in bladder function.", "Bladder: no change."}) {
        expect_plan(note);
    }
    for (const std::string note :
         {"Change in bladder habits since the fall.", "New change to bowel habits."}) {
        expect_withheld(note);
    }
}
