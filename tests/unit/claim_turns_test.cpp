// The eighth trial's clearance sentences and more of each kind (tests/wording/turned_claims.txt),
// read through the gate: a claim turned through a negation or an idiom (coach/sdk/claim_turns.hpp)
// is refused with the gate's exact message, and an honest text (clearance left to a clinician, a
// status denied, a family word in another sense) is accepted.
#include <gtest/gtest.h>

#include "claim_gate.hpp"
#include "coach/sdk/wording.hpp"

using coach::test::ClaimGate;
using Claims = coach::test::Claims;

TEST_F(ClaimGate, every_turned_claim_is_refused_and_every_honest_text_accepted) {
    expect_quoted_file("turned_claims.txt", 148, 114);
}

// A denial of what keeps the athlete out is a claim, quoted as its sentence: an obstacle denied,
// a need of clearance denied, a status that keeps the athlete out denied.
TEST_F(ClaimGate, refuses_a_negation_that_turns_into_a_claim) {
    expect_refused({
        {"No reason not to race on Sunday.", "No reason not to race on Sunday"},
        {"Nothing keeps her off the pitch.", "Nothing keeps her off the pitch"},
        {"There is no obstacle to competing.", "There is no obstacle to competing"},
        {"Medical clearance isn't needed to compete.", "Medical clearance isn't needed to compete"},
        {"Never unavailable for selection again.", "Never unavailable for selection again"},
        {"Zero restrictions on matches.", "Zero restrictions on matches"},
    });
}

// The same words that keep the athlete out, said plainly, deny the claim; a negation of
// something else claims nothing.
TEST_F(ClaimGate, accepts_a_status_that_keeps_the_athlete_out_or_a_negation_of_something_else) {
    expect_accepted({
        "Sidelined from matches until week 8.",
        "No reason to hurry the return to sport.",
        "Nothing stops the soreness like a walk.",
        "The athlete no longer needs a brace.",
        "Exercises include, but are not limited to, bridges.",
        "No restrictions are eased by this plan.",
    });
}
