// Trial 57's red flags that went through, and a stop misdescribed. Loss of bladder or bowel
// control is a sign of cauda equina compression, read as the nerve flags as "cauda equina" is; a
// foot dragged is a foot drop; a leg that keeps giving way is one that cannot take weight. A
// bruise spreading to the calf is no nerve symptom, and was stopped as numbness and tingling.
#include <gtest/gtest.h>

#include <string>

#include "red_flag_notes.hpp"

using coach::test::expect_plan;
using coach::test::expect_withheld;

TEST(red_flag_trial_57, loss_of_bladder_or_bowel_control_withholds_every_plan) {
    for (const std::string note :
         {"Some loss of bladder control since the fall.", "Urinary retention noted yesterday.",
          "New bladder problems since injury.",
          // held out
          "Bowel incontinence since Tuesday", "Reports urinary incontinence",
          "Has had trouble controlling his bladder", "Leaking urine since the injury"}) {
        expect_withheld(note);
    }
}

TEST(red_flag_trial_57, a_dragged_foot_or_a_leg_that_keeps_giving_way_withholds_every_plan) {
    for (const std::string note : {"Dragging the foot.", "Leg keeps giving way.",
                                   // held out
                                   "Foot drags when walking", "Toes dragging on the ground",
                                   "The leg kept giving way on the stairs"}) {
        expect_withheld(note);
    }
}

TEST(red_flag_trial_57, bruising_and_ordinary_words_of_these_kinds_plan) {
    for (const std::string note :
         {"Bruising spreading down toward the calf, otherwise walking normally, no numbness or "
          "tingling.",
          "Bruising tracking down the leg to the ankle",
          "Bruise has spread to the back of the knee", "Gall bladder removed 2019",
          "No bladder or bowel problems", "Sled drags 4 x 20 m",
          "Drank plenty of water, normal urine colour"}) {
        expect_plan(note);
    }
}
