// The tenth trial's missed kinds (trial 35): a review declared unneeded, an unrestricted return
// stated, readiness for a fixture and the injury or its risk declared over are refused with the
// gate's exact message (coach/sdk/claim_holds.hpp, claim_turns.hpp), and the same words hedged,
// denied or left to a clinician are accepted. tests/wording/held_out_claims_9.txt was written
// before the reader changed and never tuned against; its measured rate is kept from slipping back.
#include <gtest/gtest.h>

#include "claim_gate.hpp"
#include "coach/sdk/wording.hpp"

using coach::test::ClaimGate;

// Trial 35's seven accepted claims, each quoted as its sentence.
TEST_F(ClaimGate, refuses_the_claims_the_tenth_trial_found_accepted) {
    expect_refused({
        {"No need to see the physio again.", "No need to see the physio again"},
        {"Safe to sprint at full speed without assessment.",
         "Safe to sprint at full speed without assessment"},
        {"Resume all sport immediately.", "Resume all sport immediately"},
        {"The player may resume full contact training without review.",
         "The player may resume full contact training without review"},
        {"Will be available for the cup final.", "Will be available for the cup final"},
        {"Restored to full duties.", "Restored to full duties"},
        {"No longer injured after this phase.", "No longer injured after this phase"},
    });
}

// The ninth trial's held-out claims of these kinds that were still accepted.
TEST_F(ClaimGate, refuses_a_waived_approval_a_fixture_named_or_a_recurrence_passed) {
    expect_refused({
        {"Medical approval is unnecessary", "Medical approval is unnecessary"},
        {"Fit to start against City", "Fit to start against City"},
        {"Can line up on Sunday", "Can line up on Sunday"},
        {"The danger of a recurrence has passed", "The danger of a recurrence has passed"},
    });
}

// A hedge or a denial of each kind, a review kept, and a near-miss that names no fixture, no
// sport and no clinician.
TEST_F(ClaimGate, accepts_each_kind_hedged_denied_or_left_to_a_clinician) {
    expect_accepted({
        "Unlikely to be fit for the derby",
        "Not yet available for the cup final.",
        "Resume full contact training only after the clinician's review.",
        "Do not sprint without assessment.",
        "Without review, stay at this stage.",
        "No need to see the physio unless pain rises above 3/10.",
        "No need to check the band tension every set.",
        "Return to all sport is decided by the medical team.",
        "Resume walking immediately.",
        "The coach is available for the cup final.",
        "Press against the wall for 30 s.",
        "The danger of a recurrence has not passed.",
        "The strain is over the back of the thigh.",
    });
}

// The held-out file's rate: 28 of 40 claims refused and 31 of 32 safe sentences accepted before
// the reader changed, 39 and 31 after, 40 and 31 once trial 36's kinds were read
// (claim_selection_test.cpp). A change may raise it; one that lowers it is seen here.
TEST_F(ClaimGate, the_tenth_trial_held_out_rate_does_not_slip) {
    expect_held_out_rate("held_out_claims_9.txt", {40, 40, 32, 31});
}
