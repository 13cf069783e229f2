// Trial 52's red flags that went through: "off" after a word of moving at the end of its clause
// ("unable to walk off") and the "off" of off-loading ("Off-loading with crutches") were read as
// the "off" of "off crutches", a denial of the flag. Trial 53's follow below.
#include <gtest/gtest.h>

#include <string>

#include "red_flag_notes.hpp"

using coach::test::expect_plan;
using coach::test::expect_withheld;

TEST(red_flag_trial_52, walking_off_and_off_loading_withhold_every_plan) {
    for (const std::string note :
         {"Off-loading with crutches", "Pop felt, fell, unable to walk off", "unable to walk off",
          // held out
          "Unable to walk off.", "Could not walk off", "Off-loading on crutches",
          "Off-loading the leg with crutches"}) {
        expect_withheld(note);
    }
}

TEST(red_flag_trial_52, off_crutches_still_plans) {
    for (const std::string note :
         {"Off crutches", "Walking off crutches", "Came off crutches on day 3",
          "Weaned off crutches", "Walks without crutches, came off", "Got off the crutches"}) {
        expect_plan(note);
    }
}

// Trial 53: crutches after "as" three words before them ("Weight bearing as tolerated with
// crutches") were read as a crutch of the mind ("as a crutch"), and "intolerant" was no word of
// not bearing weight.
TEST(red_flag_trial_52, crutches_as_tolerated_and_weight_bearing_intolerant_withhold) {
    for (const std::string note :
         {"Weight bearing as tolerated with crutches.",
          "Weightbearing as tolerated with 2 crutches.", "WB intolerant.",
          "Intolerant of weight bearing.",
          // held out
          "Walking as tolerated with crutches", "As needed with crutches", "Intolerant of WB"}) {
        expect_withheld(note);
    }
}

TEST(red_flag_trial_52, a_crutch_of_the_mind_and_other_intolerances_plan) {
    for (const std::string note :
         {"Uses the gym as a crutch for his stress", "Uses football as an emotional crutch",
          "Lactose intolerant, weight bearing fully", "Gluten intolerant, walking normally",
          "Intolerant of running, walking fine"}) {
        expect_plan(note);
    }
}
