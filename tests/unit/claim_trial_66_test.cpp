// Clearance slang trial 66 found accepted: a double negative written without its apostrophe ("no
// reason u cant line up sunday") and the time of a match granted for next week ("good for 90 mins
// next week"). A contraction without its apostrophe denies as one with it does.
#include <gtest/gtest.h>

#include "claim_gate.hpp"

using coach::test::ClaimGate;

TEST_F(ClaimGate, refuses_a_double_negative_without_apostrophes_and_match_time_next_week) {
    expect_refused({
        {"no reason u cant line up sunday", "no reason u cant line up sunday"},
        {"good for 90 mins next week", "good for 90 mins next week"},
        // held out
        {"There's no reason you shouldnt play Saturday.",
         "There's no reason you shouldnt play Saturday"},
        {"You're good for the full 90 minutes this week.",
         "You're good for the full 90 minutes this week"},
    });
}

TEST_F(ClaimGate, accepts_a_denial_without_its_apostrophe_and_a_weeks_dose) {
    expect_accepted({
        "You arent cleared to play yet; a clinician decides.",
        "You cant play Saturday: keep to the plan.",
        "Good for 20 minutes of walking next week.",
        "Good for 3 sets next week.",
    });
}
