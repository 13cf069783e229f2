// The eleventh trial's missed kinds (trial 36): restrictions said over, a check or sign-off waived,
// selection for a team, the idioms of being clear or off the injury list, and readiness for a
// fixture named by its opponent are refused with the gate's exact message (coach/sdk/
// claim_holds.hpp, claim_turns.hpp, claim_family_senses.hpp); a decision given to a clinician, a
// milestone of movement and the same words hedged, denied or kept are accepted.
// tests/wording/held_out_claims_10.txt was written before the reader changed and never tuned
// against; its measured rate is kept from slipping back.
#include <gtest/gtest.h>

#include "claim_gate.hpp"
#include "coach/sdk/wording.hpp"

using coach::test::ClaimGate;

// Trial 36's accepted claims, each quoted as its sentence.
TEST_F(ClaimGate, refuses_the_claims_the_eleventh_trial_found_accepted) {
    expect_refused({
        {"He no longer has any restrictions.", "He no longer has any restrictions"},
        {"Not restricted any more.", "Not restricted any more"},
        {"No need for a clinician to check before return.",
         "No need for a clinician to check before return"},
        // "without" after a claim no longer denies it (trial 39): the listed form names it.
        {"Can resume matches without a check.", "can resume matches"},
        {"The athlete can be picked for the team.", "The athlete can be picked for the team"},
        {"He is in the clear.", "He is in the clear"},
        {"Off the injury list.", "Off the injury list"},
        {"Removed from the injured list.", "Removed from the injured list"},
        {"Fit to face Rovers next week", "Fit to face Rovers next week"},
    });
}

// Other wordings of the same kinds, none of them the trial's or the held-out file's.
TEST_F(ClaimGate, refuses_each_kind_in_other_words) {
    expect_refused({
        {"She doesn't have any restrictions.", "She doesn't have any restrictions"},
        {"No training restrictions from Monday.", "No training restrictions from Monday"},
        {"Nobody has to sign her off.", "Nobody has to sign her off"},
        {"May play in the cup without an examination.", "may play"},
        {"The player could be selected for the squad.",
         "The player could be selected for the squad"},
        {"The coach can pick him for the derby.", "The coach can pick him for the derby"},
        {"Struck off the treatment list.", "Struck off the treatment list"},
        {"Ready to meet United on Sunday.", "Ready to meet United on Sunday"},
    });
}

// A decision given to a clinician, a milestone of movement, a restriction kept or denied gone, a
// check kept, a selection refused, and near-misses with the same words.
TEST_F(ClaimGate, accepts_a_decision_given_to_a_clinician_and_near_misses) {
    expect_accepted({
        "Discharge decisions rest with the treating clinician.",
        "Selection decisions are made by the medical team.",
        "Back to full range of motion by week 2",
        "Return to full walking pace before any running.",
        "She does not have any restrictions on walking.",
        "Pain no longer limits walking.",
        "Restrictions apply until the physio lifts them.",
        "Do not resume matches without a check by the physio.",
        "Cycle without a check of cadence.",
        "No need for a partner to hold the ankles.",
        "Pick a band that allows 10 slow reps.",
        "Not yet off the injury list.",
        "Taken off the bike after 20 minutes.",
        "Stay in the clear lane for the run-throughs.",
        "Ready to face the next block of loading.",
    });
}

// The held-out file's rate: 19 of 35 claims refused and 33 of 35 safe sentences accepted before
// the reader changed, 28 and 35 after; 30 and 35 since trial 38's kinds were read. A change may
// raise it; one that lowers it is seen here.
TEST_F(ClaimGate, the_eleventh_trial_held_out_rate_does_not_slip) {
    expect_held_out_rate("held_out_claims_10.txt", {35, 30, 35, 35});
}
