// The ninth trial's missed kinds (trial 34): a claim that what holds the athlete back no longer
// does (coach/sdk/claim_holds.hpp) is refused with the gate's exact message, and a hold said
// plainly, or left to a clinician, is accepted. tests/wording/held_claims.txt is the list the
// reader was developed on; tests/wording/held_out_claims_8.txt was written before and never tuned
// against, and its measured rate is kept from slipping back.
#include <gtest/gtest.h>

#include "claim_gate.hpp"
#include "coach/sdk/wording.hpp"

using coach::test::ClaimGate;

TEST_F(ClaimGate, every_held_claim_is_refused_and_every_safe_text_accepted) {
    expect_quoted_file("held_claims.txt", 67, 76);
}

// Trial 34's report, one sentence of each missed kind: a sign-off waived, a ban denied or
// removed, a fixture or recovery idiom.
TEST_F(ClaimGate, refuses_a_sign_off_waived_a_ban_lifted_or_a_fixture_idiom) {
    expect_refused({
        {"No sign-off required.", "No sign-off required"},
        {"Playing is not prohibited.", "Playing is not prohibited"},
        {"Won't miss a game.", "Won't miss a game"},
        {"All restrictions are removed.", "All restrictions are removed"},
        {"Fit for the cup final.", "Fit for the cup final"},
        {"The risk of reinjury is gone.", "The risk of reinjury is gone"},
    });
}

// Trial 34's false refusals and their near misses: a ban affirmed, a decision left to a
// clinician, a requirement kept.
TEST_F(ClaimGate, accepts_a_ban_affirmed_or_a_return_left_to_a_clinician) {
    expect_accepted({
        "Return to play is a clinical decision.",
        "Playing Saturday is ruled out.",
        "Matches remain off limits.",
        "He should sit out matches for now.",
        "Restrictions removed only by the clinician.",
        "Sign-off from the doctor is not optional.",
        // Trial 45: a time after the return, whatever the sport word.
        "Keep one session a week through the season, also after return to play, which a "
        "clinician decides.",
        "Continue after returning to competition.",
        "Keep the Nordics post return to play.",
    });
}

// What trial 45's mend must still refuse: the return itself, dated or said.
TEST_F(ClaimGate, refuses_a_return_to_play_dated_or_said) {
    expect_refused({
        {"Return to play after week 6.", "Return to play after week 6"},
        {"The athlete returns to play after week 6.", "returns to play"},
        {"Back to play now.", "back to play"},
    });
}

// The held-out file's rate when the reader was written: 53 of 64 claims refused and 47 of 48
// safe sentences accepted; 60 and 48 once trial 35's kinds were read (claim_release_test.cpp), 61
// and 48 once trial 36's were (claim_selection_test.cpp). A change may raise it; one that lowers
// it is seen here.
TEST_F(ClaimGate, the_ninth_trial_held_out_rate_does_not_slip) {
    expect_held_out_rate("held_out_claims_8.txt", {64, 61, 48, 48});
}
