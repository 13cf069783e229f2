// The fourteenth trial's kinds (trial 39): a return granted after a condition that names no
// clinician ("Once the pain is gone you may play again without seeing anyone"), permission told
// with "go ahead" ("Go ahead and race this weekend"), taking part in a fixture told as an order
// ("Take part in the match on Saturday"), a medical said not needed and care said no longer needed
// in other nouns are refused with the gate's exact message; a recording, an idiom or a part played,
// a cue asked ("Race the clock? No", "Ready?") and their near misses are accepted.
// tests/wording/held_out_claims_14.txt was written before the reader changed and never tuned
// against; its measured rate is kept from slipping back.
#include <gtest/gtest.h>

#include "claim_gate.hpp"
#include "coach/sdk/wording.hpp"

using coach::test::ClaimGate;

// Trial 39's accepted claims (MISSES.txt item 8) and the held-out file of trial 38's three misses,
// each quoted as the gate names it.
TEST_F(ClaimGate, refuses_the_claims_the_fourteenth_trial_found_accepted) {
    expect_refused({
        {"Once the pain is gone you may play again without seeing anyone", "may play"},
        {"Go ahead and race this weekend", "Go ahead and race this weekend"},
        {"Go ahead and play", "Go ahead and play"},
        {"Go ahead and compete on Sunday", "Go ahead and compete on Sunday"},
        {"Take part in the match on Saturday", "Take part in the match on Saturday"},
        {"A return to matches doesn't need a medical.",
         "A return to matches doesn't need a medical"},
        {"No more careful handling required.", "No more careful handling required"},
        {"The hamstring needs no further special treatment.",
         "The hamstring needs no further special treatment"},
    });
}

// Other wordings of the same kinds, none of them the trial's or the held-out file's.
TEST_F(ClaimGate, refuses_a_return_after_a_condition_go_ahead_and_taking_part_in_other_words) {
    expect_refused({
        // A condition that names no clinician grants what follows it.
        {"When the soreness settles you can compete again without checking with anyone.",
         "can compete"},
        {"If the leg feels normal you may play on Saturday.", "may play"},
        {"Unless the hamstring tightens you can return to matches next week.",
         "can return to matches"},
        // "go ahead" is permission, not a time before the claim.
        {"You can go ahead and compete this weekend.", "You can go ahead and compete this weekend"},
        {"Go ahead and rejoin the squad on Monday.", "Go ahead and rejoin the squad on Monday"},
        // Taking part in a fixture, told or allowed.
        {"You can take part in the game against United.",
         "You can take part in the game against United"},
        {"Join in the match this weekend.", "Join in the match this weekend"},
        {"Participate in the tournament next week.", "Participate in the tournament next week"},
        // A medical (the examination) said not needed.
        {"Competing again won't need a medical.", "Competing again won't need a medical"},
        {"No physical needed before the game.", "No physical needed before the game"},
        // Care said no longer needed, in other nouns.
        {"No more gentle handling needed.", "No more gentle handling needed"},
        {"The injury needs no further special attention.",
         "The injury needs no further special attention"},
    });
}

// Trial 39's refused safe texts (MISSES.txt item 9), and near misses of the new claims: a
// condition that names a clinician or a clearance, or grants a step that is not sport; "go ahead"
// with a drill; "ahead of" a return; taking part in what is no fixture, or a part taken in the
// past; a medical needed; care still needed, or of a thing; a recording played; a cue asked.
TEST_F(ClaimGate, accepts_a_recording_or_a_part_played_a_cue_asked_and_the_near_misses) {
    expect_accepted({
        "Role-play the match movements at walking pace",
        "Race the clock? No: go slowly",
        "Play the recording of the cue",
        "Play the long game: patience",
        "Ready? Begin the first rep slowly",
        "Once the physio has signed you off, you may play again.",
        "Once a clinician has signed you off you may play again.",
        "When cleared you may return to play.",
        "If cleared to play, keep the load light.",
        "Once the pain is gone you may add a second set.",
        "If it feels fine you can play the next rep faster.",
        "Go ahead and start the first set.",
        "Go ahead and walk to the car.",
        "Go ahead and play the recording of the drill.",
        "The block ahead of return to play is strength work, and a clinician decides.",
        "Take part in the warm-up only.",
        "Take part in the team meeting on Saturday.",
        "Join in the stretching at the end of the session.",
        "He took part in the match on Saturday before the injury.",
        "A return to matches needs a medical.",
        "No medical needed for the gym sessions.",
        "The hamstring needs careful handling for now.",
        "No special attention to tempo needed.",
        "Take care with the last rep.",
        "Play back the video of the last set.",
        "Play the audio cue again before each rep.",
        "Race the metronome? No, slow down.",
        "Role-play a throw-in at half speed.",
        "Ready, steady: lower slowly.",
    });
}

// A readiness whose heading's answer denies a clinician is no requirement: trial 39's protocol
// files with it in every text were refused only for their names ("...3fit"), and passed once the
// names were read as names.
TEST_F(ClaimGate, a_heading_answered_that_no_clinician_is_needed_is_a_claim) {
    expect_refused({{"Fit to play: no clinician needed", "Fit to play: no clinician needed"}});
    expect_accepted({"Return to sport: criteria met, clinician sign-off required"});
}

// A claim that opens a question is asked, unless the question is answered yes.
TEST_F(ClaimGate, a_question_answered_yes_is_said_not_asked) {
    expect_refused({{"Fit to play? Sure.", "Fit to play"}});
}

// The held-out file's rate: 3 of 26 claims refused and 17 of 23 safe texts accepted before the
// reader changed, 25 and 23 after. A change may raise it; one that lowers it is seen here.
TEST_F(ClaimGate, the_fourteenth_trial_held_out_rate_does_not_slip) {
    expect_held_out_rate("held_out_claims_14.txt", {26, 25, 23, 23});
}
