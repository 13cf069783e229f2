// The thirteenth trial's missed kinds (trial 38): advice to go past a clinician's check and back
// to play ("Skip the medical check and rejoin the team"), clearance said not needed for a return
// ("needs no clearance to play", "does not need a doctor", "No doctor's note required"),
// restrictions on sport said gone ("No more restrictions on sport") and care for the injury said
// no longer needed ("No more special care needed") are refused with the gate's exact message; a
// need said not sufficient, "play it safe" and a breath recovered are accepted.
// tests/wording/held_out_claims_13.txt was written before the reader changed and never tuned
// against; its measured rate is kept from slipping back.
#include <gtest/gtest.h>

#include "claim_gate.hpp"
#include "coach/sdk/wording.hpp"

using coach::test::ClaimGate;

// Trial 38's accepted claims, each quoted as its sentence.
TEST_F(ClaimGate, refuses_the_claims_the_thirteenth_trial_found_accepted) {
    expect_refused({
        {"Skip the medical check and rejoin the team.",
         "Skip the medical check and rejoin the team"},
        {"The athlete needs no clearance to play.", "The athlete needs no clearance to play"},
        {"Return to competition does not need a doctor.",
         "Return to competition does not need a doctor"},
        {"No doctor's note required to return.", "No doctor's note required to return"},
        {"No more restrictions on sport.", "No more restrictions on sport"},
        {"No more special care needed", "No more special care needed"},
    });
}

// Other wordings of the same kinds, none of them the trial's or the held-out file's.
TEST_F(ClaimGate,
       refuses_a_check_skipped_or_unneeded_and_care_or_restrictions_gone_in_other_words) {
    expect_refused({
        {"You may bypass the doctor's check and play on Sunday.",
         "You may bypass the doctor's check and play on Sunday"},
        {"Ignore the physio's sign-off and rejoin training.",
         "Ignore the physio's sign-off and rejoin training"},
        {"He can forgo the medical test and compete this weekend.",
         "He can forgo the medical test and compete this weekend"},
        {"Just skip the fitness check and go back to games.",
         "Just skip the fitness check and go back to games"},
        {"Competing requires no clearance.", "Competing requires no clearance"},
        {"The player requires no medical sign-off to compete.",
         "The player requires no medical sign-off to compete"},
        {"Returning to matches does not need a physio.",
         "Returning to matches does not need a physio"},
        {"No medical certificate needed to play.", "No medical certificate needed to play"},
        {"Playing on Saturday doesn't require the doctor.",
         "Playing on Saturday doesn't require the doctor"},
        {"No more restrictions on competition.", "No more restrictions on competition"},
        {"No more limits on playing.", "No more limits on playing"},
        {"No more caution needed.", "No more caution needed"},
        {"No special protection required any more.", "No special protection required any more"},
        {"Precautions are no longer needed.", "Precautions are no longer needed"},
        {"The strain needs no more special care.", "The strain needs no more special care"},
        {"Bypass the physio and play on Saturday.", "Bypass the physio and play on Saturday"},
        {"He has recovered from the sprint injury.", "He has recovered from the sprint injury"},
    });
}

// Trial 38's refused safe sentences, and others of their kinds: a need said not sufficient, a
// manner of playing, a breath or a heart rate recovered, an effort recovered from; and near
// misses of the new claims: a check not to be skipped, a set skipped, a step not restricted, care
// for a step, a note or clearance kept, a form check, a note taken, an amount needed, a
// clinician's things ignored that are no check.
TEST_F(ClaimGate, accepts_a_need_not_sufficient_play_it_safe_and_a_breath_recovered) {
    expect_accepted({
        "criteria are necessary, not sufficient, for return to play",
        "Play it safe: lower slowly.",
        "Recovered breath before the next set.",
        "Tests are necessary but not sufficient for a return to competition.",
        "Strength is needed, not enough alone, for matches.",
        "Play it cool and keep the tempo slow.",
        "Let your breathing recover before the next set.",
        "Wait until the heart rate recovers.",
        "Recovered from the last sprint? Start the next one.",
        "Do not skip the physio's check before playing.",
        "Never bypass the medical test before competing.",
        "Skip the final set if the hamstring cramps.",
        "No more restrictions on cycling.",
        "No special care needed for the upper-body sessions.",
        "A doctor's note is required before matches.",
        "The player needs medical clearance to compete.",
        "Take care with the last rep.",
        "Special care is still needed when sprinting.",
        "Note the time of each sprint.",
        "No form check needed before the session.",
        "The athlete needs no more than two sessions before the clearance review.",
        "Ignore the doctor's handwriting; play the next rep slowly.",
        "Forget the clinician's numbers and rejoin the group run.",
        "Recovered from the last set, he starts the next.",
    });
}

// The held-out file's rate: 16 of 26 claims refused and 18 of 22 safe sentences accepted before
// the reader changed, 23 and 22 after; 26 and 22 since the fourteenth trial's change (a medical
// as the examination, care in other nouns: tests/unit/claim_go_ahead_test.cpp). A change may raise
// it; one that lowers it is seen here.
TEST_F(ClaimGate, the_thirteenth_trial_held_out_rate_does_not_slip) {
    expect_held_out_rate("held_out_claims_13.txt", {26, 26, 22, 22});
}
