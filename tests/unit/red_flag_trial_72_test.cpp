// Signs of cauda equina compression that trial 72 found missed: the syndrome suspected by name,
// urine not passed said with its verbs, a catheter or a residual volume, anal tone on a rectal
// examination, weakness of both lower limbs. Read as the nerve flags (Finucane et al. 2020, J
// Orthop Sports Phys Ther 50(7):350-372).
#include <gtest/gtest.h>

#include <string>

#include "red_flag_notes.hpp"

using coach::test::expect_plan;
using coach::test::expect_withheld;

// Suspected, cauda equina syndrome is an emergency referral: a doubt does not lift it. A screen
// found normal, a denial or a syndrome ruled out plans.
TEST(red_flag_trial_72, cauda_equina_suspected_withholds_every_plan) {
    for (const std::string note :
         {"Suspected cauda equina syndrome.", "Cauda equina symptoms.", "CES suspected.",
          // held out
          "Query cauda equina?", "Possible cauda equina, sent to ED.",
          "Concern re cauda equina."}) {
        expect_withheld(note);
    }
    for (const std::string note :
         {"No signs of cauda equina.", "Cauda equina screen: negative.",
          "Cauda equina screen normal.", "CES screen clear.", "Cauda equina red flags: none.",
          "Denies cauda equina symptoms.", "No CES symptoms.", "Cauda equina syndrome ruled out.",
          "Screened for cauda equina, all normal.", "No concerns re cauda equina.",
          "Cauda equina syndrome excluded on MRI."}) {
        expect_plan(note);
    }
}

TEST(red_flag_trial_72, urine_not_passed_said_with_its_verbs_withholds_every_plan) {
    for (const std::string note :
         {"Has not urinated since last night.", "Didn't pass urine all day.", "Has not peed.",
          "Didn't pee all day.", "Has not been able to wee today.",
          "No urine output since yesterday.", "Has had no urine since yesterday.",
          "Not able to urinate.", "Incapable of urinating.", "Straining to pass urine.",
          "Struggling to empty bladder.", "Needs a catheter to pass urine.",
          "Was catheterised in ED for retention.", "Post-void residual 600 mL.",
          "Bladder scan shows 800 ml residual.",
          // held out
          "Hasn't peed since the match.", "Never urinated after the game.",
          "Difficulty emptying her bladder."}) {
        expect_withheld(note);
    }
    for (const std::string note :
         {"Didn't peek at the results.", "Has not peeled off the tape.",
          "Didn't need a pee break in the session.", "Has not smoked weed since school.",
          "Post-void residual 30 mL normal.", "IV catheter removed before discharge.",
          "No trouble emptying bladder.", "Not a wee bit sore today."}) {
        expect_plan(note);
    }
    // The safe mistake: a residual's volume is not read, and a "normal" after a comma is outside
    // the phrase's clause, so a normal residual said so stops.
    expect_withheld("Post-void residual 30 mL, normal.");
}

TEST(red_flag_trial_72, anal_tone_on_examination_and_both_limbs_weak_withhold_every_plan) {
    for (const std::string note : {"PR exam: reduced tone.", "Bilateral lower limb weakness.",
                                   // held out
                                   "DRE: decreased tone.", "Rectal tone reduced."}) {
        expect_withheld(note);
    }
    for (const std::string note :
         {"PR exam: normal tone.", "New PR, reduced rest, good tone.", "Set a 5k PR today."}) {
        expect_plan(note);
    }
}
