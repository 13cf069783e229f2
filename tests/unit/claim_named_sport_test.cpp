// Trial 53's clearance that went through: a return to a sport named as the sport ("Return to
// football", "Back to footy"), where the same sentence with "sport" or "matches" was refused. The
// field sports a hamstring strain most often comes from are words of sport now; the same names as
// equipment, as a drill's kind or as a return a clinician decides are accepted. Below them, a
// recovery said in slang (trials 53, 55): the injury or the athlete "sorted" or "fixed", the
// injury "beaten".
#include <gtest/gtest.h>

#include "claim_gate.hpp"

using coach::test::ClaimGate;

TEST_F(ClaimGate, refuses_a_return_to_a_sport_named_by_name) {
    expect_refused({
        {"Return to football", "Return to football"},
        {"Done and dusted, back to footy", "Done and dusted, back to footy"},
        // held out
        {"Back to rugby", "Back to rugby"},
        {"She can return to netball next week", "She can return to netball next week"},
        {"Full hockey from week 6", "Full hockey from week 6"},
    });
}

TEST_F(ClaimGate, accepts_a_sport_named_as_equipment_a_drill_or_a_decision) {
    expect_accepted({"Roll the hamstring on a tennis ball", "Use a cricket ball under the thigh",
                     "Football-specific drills at 60%", "Kick a football against a wall gently",
                     "Rugby players often need longer",
                     "Return to football is decided by your clinician"});
}

TEST_F(ClaimGate, refuses_a_recovery_said_in_slang) {
    expect_refused({
        {"You're fixed", "You're fixed"},
        {"Hamstring sorted", "Hamstring sorted"},
        {"You've beaten this injury", "You've beaten this injury"},
        {"You have beat this injury", "You have beat this injury"},
        // held out
        {"Conquered the tear.", "Conquered the tear"},
        {"The injury is sorted.", "The injury is sorted"},
        {"You are all sorted", "You are all sorted"},
        // Trial 56: a word of time after it, and an injury "beaten".
        {"You're all fixed now", "You're all fixed now"},
        {"Injury beaten.", "Injury beaten"},
    });
}

TEST_F(ClaimGate, accepts_sorted_fixed_and_beat_that_claim_no_recovery) {
    expect_accepted({"Keep the hips fixed", "You're fixed to the floor by the band",
                     "Make sure you are sorted into pairs", "Beat your best time",
                     "Is the hamstring sorted?", "Keep the hips fixed now", "Sorted now",
                     // A person or a word of being ending the text: nothing after it is read
                     // (AddressSanitizer found the reader looking past the last word).
                     "Pace it as suits you", "Stop when you are", "Rest as long as you"});
}
