// The seventh user trial's clearance claims (coach/sdk/wording.hpp): each miss and each false
// refusal is a kind, tested here in more wordings than the trial's, with the gate's exact message.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "claim_gate.hpp"
#include "coach/sdk/wording.hpp"

using coach::test::ClaimGate;
using Claims = coach::test::Claims;

// A recovery stated as a noun ("complete recovery") or as a state of the athlete or the injury
// ("is healed", "is resolved") is a claim, whatever the sentence around it.
TEST_F(ClaimGate, refuses_a_recovery_stated_as_a_noun_or_a_state) {
    expect_refused({
        {"Complete recovery.", "complete recovery"},
        {"Recovery is complete.", "recovery is complete"},
        {"Full recovery is achieved by week 10", "full recovery"},
        {"The athlete has made a complete recovery.", "complete recovery"},
        {"Complete recovery and return to sport", "complete recovery"},
        {"She is healed.", "is healed"},
        {"The hamstring is healed after week 8.", "is healed"},
        {"The injury is resolved; return to sport.", "is resolved"},
        {"the tear is now healed", "is now healed"},
        {"They're recovered", "theyre recovered"},
    });
}

// A sign-off or a discharge said of the athlete, done or to come ("will be signed off"), or
// opening a sentence or an answer ("Discharged.", "Return to play: signed off").
TEST_F(ClaimGate, refuses_a_sign_off_or_discharge_to_come_or_done) {
    expect_refused({
        {"The athlete will be signed off at the end of phase 3.", "be signed off"},
        {"The athlete will be signed off.", "be signed off"},
        {"Discharged.", "discharged"},
        {"Discharged from physio.", "discharged"},
        {"Athlete is now discharged from rehab.", "is now discharged"},
        {"Return to play: signed off", "signed off"},
        // A sign-off to something is the readiness claim, named whole as before.
        {"signed off to play on Saturday", "signed off to play"},
    });
}

// A return to sport said done or permitted: "back to full training", "back playing", "can return
// to full competition".
TEST_F(ClaimGate, refuses_a_return_said_done_or_permitted) {
    expect_refused({
        {"Back to full training now.", "back to full training"},
        {"The athlete is back playing.", "is back playing"},
        {"Rehab complete, back to play.", "rehab complete"},
        {"Tired but fine, back to the squad", "back to the squad"},
        {"She can return to full competition.", "can return to full competition"},
        {"At this point she can return to full competition without restriction.",
         "can return to full competition"},
    });
}

// Readiness and selection: "is ready", "is fit", "100% ready", ready for a day, to be picked,
// qualifying for selection.
TEST_F(ClaimGate, refuses_readiness_and_selection) {
    expect_refused({
        {"The athlete is ready.", "is ready"},
        {"The athlete is fit.", "is fit"},
        {"The athlete is fit now", "is fit"},
        {"The athlete is 100% ready.", "is fully ready"},
        {"Once recovered, athlete is 100% ready", "is fully ready"},
        {"Ready for Saturday.", "ready for saturday"},
        {"Fit and ready for Saturday's game.", "ready for saturdays game"},
        {"Ready to be picked.", "ready to be picked"},
        {"fit to be selected this weekend", "fit to be selected"},
        {"The athlete qualifies for selection.", "qualifies for selection"},
    });
}

// A status answered yes, with a word between ("RTP status", "RTP decision") or an arrow, and
// match fitness confirmed.
TEST_F(ClaimGate, refuses_a_status_answered_through_a_word_or_an_arrow) {
    expect_refused({
        {"RTP status: approved", "rtp: approved"},
        {"RTP decision: yes", "rtp: yes"},
        {"Return to sport \u2192 yes", "return to sport: yes"},
        {"RTP \u21D2 go", "rtp: go"},
        {"Return-to-play status = go", "return to play: go"},
        {"Match fitness confirmed", "match fitness: confirmed"},
    });
}

// Letters written to evade: words run together, digits for letters, dotted letters with a dot
// after the last.
TEST_F(ClaimGate, refuses_words_run_together_digits_for_letters_and_dotted_letters) {
    expect_refused({
        {"clearedtoplay", "cleared"},
        {"fittoplay", "fit to play"},
        {"Goodtogo by Saturday", "good to go"},
        {"cl3ared to play", "cleared"},
        {"g00d to go", "good to go"},
        {"f1t to play", "fit to play"},
        {"f.i.t. to play", "fit to play"},
        {"C.L.E.A.R.E.D. by week 6", "cleared"},
    });
}

// False refusals: a subject that is a negative quantifier, a clearance left to a clinician, an
// aim a clinician judges, a question, the uninjured part; each is no claim.
TEST_F(ClaimGate, a_claim_denied_deferred_asked_or_of_the_uninjured_part_is_none) {
    expect_accepted({
        "No one is cleared by this protocol.",
        "Nobody is cleared by this protocol.",
        "Clearance is for a clinician, not this plan.",
        "Clearance is up to the team doctor.",
        "Return to play clearance is a clinician's decision",
        "The aim is to be ready to play; a clinician confirms it.",
        "Aim: ready to play, as judged by the clinician.",
        "The goal is to become fit to play; a clinician decides.",
        "Is the athlete fit to play? A clinician decides.",
        "Was the athlete fit to play? Ask the clinician.",
        "Can she return to play? The doctor decides.",
        "The uninjured leg is fit to train at full load.",
        "Train the uninjured leg; it is fit to train.",
        "The healthy leg may compete in single-leg drills.",
        "the non-injured side is fit to train",
        "back to team training once the criteria are met and a clinician has signed off",
        // Words of the new kinds in other senses.
        "discharged from crutches",
        "full recovery between sprints",
        "complete recovery jog between sets",
        "until the injury is resolved",
        "if the tear is healed, add sprints",
        "when she is ready to progress",
        "ready for Monday's session",
        "Complete the set before resting.",
        "Completed sessions are logged.",
        "back to usual running",
        "bring the leg back to the start",
        "pain is resolved",
        "Every family has to reach its single-leg version before rehab is complete.",
    });
}

// The rules are narrow: without the deferral, the clinician, the question or with the injured
// part, the same words are claims.
TEST_F(ClaimGate, the_same_words_without_the_deferral_are_claims) {
    expect_refused({
        {"Goal: ready to play by week 6", "ready to play"},
        {"Fit to play? Yes.", "fit to play"},
        {"The athlete is fit to play, a clinician decides", "fit to play"},
        {"The injured leg is fit to train", "fit to train"},
        {"The uninjured leg is fine. The athlete is fit to play.", "fit to play"},
        {"Cleared to play once pain-free", "cleared"},
        {"She is cleared, any questions?", "cleared"},
        {"Someone is cleared by this protocol.", "cleared"},
        // A sign-off reported done is one, whoever gave it (the strict form,
        // claim_strict_form_test.cpp); "a clinician signs off the return" says who decides.
        {"a clinician has signed off the return", "a clinician has signed off the return"},
    });
}

// The pre-filter lets every new kind through, and still passes over plain texts, now also those
// with an ASCII apostrophe (read as words_in() reads it).
TEST(clearance_claim, the_pre_filter_lets_through_every_kind_of_the_seventh_trial) {
    for (const std::string text : {"She is healed.",
                                   "Discharged.",
                                   "will be signed off",
                                   "is now discharged",
                                   "Back to full training now.",
                                   "is back playing",
                                   "Complete recovery.",
                                   "Recovery is complete.",
                                   "The athlete is ready.",
                                   "The athlete is 100% ready.",
                                   "Ready for Saturday.",
                                   "qualifies for selection",
                                   "RTP status: approved",
                                   "Match fitness confirmed",
                                   "clearedtoplay",
                                   "cl3ared to play",
                                   "f.i.t. to play",
                                   "Fit and ready for Saturday's game.",
                                   "OK'd to play",
                                   "isn`t cleared"}) {
        EXPECT_TRUE(coach::wording_detail::may_hold_claim(text)) << text;
    }
    for (const std::string text :
         {"Keep the athlete's knee soft", "the hamstring's length", "maybe tomorrow",
          "fitness work", "allowed reps", "recovery times", "it's a 3x10 set"}) {
        EXPECT_FALSE(coach::wording_detail::may_hold_claim(text)) << text;
    }
}
