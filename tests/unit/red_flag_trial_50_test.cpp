// Trial 50's red flags that went through: not having been able to bear weight or walk ("has not
// been able to bear weight", "hasn't been able to walk"), where "been" put the word of not being
// able one word beyond the reach it is read within.
#include <gtest/gtest.h>

#include <string>

#include "red_flag_notes.hpp"

using coach::test::expect_plan;
using coach::test::expect_withheld;

TEST(red_flag_trial_50, not_having_been_able_to_bear_weight_withholds_every_plan) {
    for (const std::string note :
         {"Has not been able to bear weight since Saturday", "Hasn't been able to walk",
          // held out
          "Has not been able to walk", "Not been able to weight bear",
          "She hasn't been able to stand on it"}) {
        expect_withheld(note);
    }
}

TEST(red_flag_trial_50, having_been_able_or_not_able_to_run_plans) {
    for (const std::string note :
         {"Has been able to walk since Monday", "Has not been able to run",
          "Has not been able to walk without pain", "Has not been limping, walking fine"}) {
        expect_plan(note);
    }
}

// Trial 51: the same reach, with "any", "fully", "able" or "put" between, and "never able".
TEST(red_flag_trial_50, unable_to_put_any_weight_and_never_able_withhold_every_plan) {
    for (const std::string note :
         {"Unable to put any weight through the leg",
          "Has not been able to put any weight through the leg", "Never able to weight bear",
          "Has never been able to fully weight bear"}) {
        expect_withheld(note);
    }
}

TEST(red_flag_trial_50, able_to_put_weight_and_never_in_trouble_plan) {
    for (const std::string note :
         {"Never had any trouble walking", "Able to put full weight through it",
          "Not limping and able to put any weight through it", "Not sore, full weight bearing",
          "Has not been able to run but able to walk"}) {
        expect_plan(note);
    }
}
