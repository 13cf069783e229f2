// The strict form of the clearance check (coach/sdk/claim_sentences.hpp): a sentence with a word of
// the clearance family is a claim unless it is in a recognised safe form. The trial's misses and
// false refusals, each beside more of its kind written for this test, with the gate's exact
// message: a claim the listed forms name is quoted as its words, any other as its sentence.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "claim_gate.hpp"
#include "coach/sdk/wording.hpp"

using coach::test::ClaimGate;

// The trial's claims that got past the listed forms: other verbs ("clears", "authorised",
// "healed"), "free to", "unrestricted", a status answered with a digit, a readiness by a date.
TEST_F(ClaimGate, refuses_the_trial_claims_the_listed_forms_missed_quoting_the_sentence) {
    expect_refused({
        {"The protocol clears the athlete at week 10",
         "The protocol clears the athlete at week 10"},
        {"Authorised to return to competition", "Authorised to return to competition"},
        {"may now compete", "may now compete"},
        {"free to play", "free to play"},
        {"Unrestricted return to sport", "Unrestricted return to sport"},
        {"The tear has healed", "The tear has healed"},
        {"Sign-off: granted", "Sign-off: granted"},
        {"RTP: 1", "RTP: 1"},
        {"Game ready by week 10", "Game ready by week 10"},
    });
}

// More of the same kinds: other verbs and spellings, punctuation, abbreviations; the sentence is
// quoted up to its end, a sentence after it left out.
TEST_F(ClaimGate, refuses_a_family_word_in_no_safe_form_whatever_the_verb_or_punctuation) {
    expect_refused({
        {"The physio clears him for the derby.", "The physio clears him for the derby"},
        {"Authorized to play from day 40.", "Authorized to play from day 40"},
        {"She may now race on Saturday.", "She may now race on Saturday"},
        {"Free to compete from week 9.", "Free to compete from week 9"},
        {"Unrestricted: yes", "Unrestricted: yes"},
        {"RTS: 1", "RTS: 1"},
        {"The hamstring has recovered; selection as normal.", "The hamstring has recovered"},
        {"Competes again from week 7.", "Competes again from week 7"},
        {"Play resumes at week 8.", "Play resumes at week 8"},
        {"Discharge: complete", "Discharge: complete"},
        {"Athlete: fit.", "Athlete: fit"},
        {"Full contact from Monday.", "Full contact from Monday"},
        {"Healed; full training.", "Healed"},
        {"Game ready by week 10. Then easy runs.", "Game ready by week 10"},
        {"The doctor signed him off.", "The doctor signed him off"},
        {"Back in the team.", "Back in the team"},
        {"Restrictions lifted.", "Restrictions lifted"},
        {"Full return from week 9.", "Full return from week 9"},
        {"She's racing again.", "She's racing again"},
        {"Fit: yes", "Fit: yes"},
        {"Now playing full matches.", "Now playing full matches"},
        {"Authorisation to return granted.", "Authorisation to return granted"},
        {"Unrestricted from week 8.", "Unrestricted from week 8"},
        {"The clinic discharged her.", "The clinic discharged her"},
        {"Healed & ready.", "Healed & ready"},
        {"The return to sport went well.", "The return to sport went well"},
        // A sign-off reported done, whoever gave it.
        {"a clinician has signed off the return", "a clinician has signed off the return"},
    });
}

// The listed forms still name their claims in their own words ("RTP: yes", "cleared - full",
// "good to go", "back to full matches").
TEST_F(ClaimGate, a_claim_of_a_listed_form_is_still_quoted_as_its_words) {
    expect_refused({
        {"RTP: yes", "rtp: yes"},
        {"RTP = Y", "rtp: y"},
        {"Cleared - full", "cleared"},
        {"good to go", "good to go"},
        {"back to full matches", "back to full matches"},
        {"Return-to-sport: done", "return to sport: done"},
        {"Match-ready by day 50.", "match-ready"},
        {"The strain has healed fully.", "healed fully"},
        {"The team doctor has cleared the athlete.", "cleared"},
        {"Ready for competition by day 50.", "ready for competition"},
        {"The athlete returns to full training and matches.", "returns to full training"},
    });
}

// The trial's false refusals, and more of their kinds: a deferral to a clinician, a denial, the
// uninjured side; a requirement or criterion, a labelled estimate, a condition or question.
TEST_F(ClaimGate, a_family_word_in_a_safe_form_is_no_claim) {
    expect_accepted({
        // The trial's.
        "once a clinician has cleared the athlete",
        "Clearance to play rests with the medical team",
        "Nothing here means the athlete is cleared",
        "The left leg, which is uninjured, is cleared for full loading",
        // Deferral to a clinician.
        "Once the doctor has cleared her, she may rejoin the squad.",
        "Sign-off rests with the team physician.",
        "Return to play is a decision for the medical team.",
        "a clinician signs off the return to sport",
        // Denial.
        "This plan does not mean the athlete is fit to play.",
        "No athlete is discharged by this plan.",
        "RTP: no",
        "Cleared: not yet",
        // The uninjured side.
        "The right leg, which is unaffected, is ready for full loading.",
        // Requirement or criterion.
        "Return to competition requires a clinician's sign-off.",
        "Criteria for return to play are listed below.",
        "Before return to sport, repeat the sprint test.",
        "Clinician sign-off required before any match.",
        "Full training resumes only after clinician sign-off.",
        "Plans estimate; only a clinician can clear an athlete to play.",
        "If she is pain-free, she may be ready to play by week 8, subject to the doctor's review.",
        "return to sport: criteria met, clinician sign-off required",
        // A labelled estimate, a duration.
        "Earliest estimate of return to play: week 9.",
        "Estimated return to sport: day 60.",
        "8 days to return to sport",
        // A condition or a question.
        "If cleared by the doctor, add sprints.",
        "Will she be ready to play by week 8? The clinician decides.",
    });
}

// The family's words in other senses, and the names of stages a plan's phases carry.
TEST_F(ClaimGate, a_family_word_in_another_sense_or_a_stage_name_is_no_claim) {
    expect_accepted({
        "Recover for 90 seconds between sets.",
        "Return the leg to the start position.",
        "Play a ball against the wall for balance.",
        "The tissue is still healing; keep the load moderate.",
        "Keep fit with cycling.",
        "Clear the area before sprinting.",
        "Unrestricted walking is fine.",
        "The hamstring recovered quickly between sets.",
        "Play the ball back to a partner.",
        "Keep playing surfaces dry.",
        "a fit, healthy runner",
        "Game Ready cold compression after the session",
        "ready to progress to single-leg work",
        "return_to_sport",
        "full training",
        "return to sport: still in the re-injury window",
        "two phases without a name, one of them the return to sport",
    });
}

// The rules stay narrow: a denial in another clause, a condition of its own clause, a deferral
// after a comma, an estimate word absent, and the injured leg leave the claim standing.
TEST_F(ClaimGate, a_safe_word_outside_the_claims_reach_leaves_it_a_claim) {
    expect_refused({
        {"No pain, free to play.", "No pain, free to play"},
        {"Not sore and free to compete.", "Not sore and free to compete"},
        {"Once pain-free, unrestricted return to sport.",
         "Once pain-free, unrestricted return to sport"},
        {"The tear has healed, a clinician decides.", "The tear has healed, a clinician decides"},
        {"Criteria met, free to play.", "Criteria met, free to play"},
        {"The injured leg, not the other, is unrestricted.",
         "The injured leg, not the other, is unrestricted"},
        {"Free to play? Yes.", "Free to play"},
    });
}

// The pre-filter lets each word of the family through, and still passes over plain cues.
TEST(clearance_claim, the_pre_filter_lets_every_family_word_through) {
    for (const std::string text :
         {"The protocol clears the athlete", "Authorised", "may now compete", "free to play",
          "Unrestricted", "The tear has healed", "Sign-off: granted", "RTP: 1", "Game ready",
          "Full contact", "She may now race", "green light", "Declared available",
          "No restrictions", "Named in the squad", "Picked for Sunday"}) {
        EXPECT_TRUE(coach::wording_detail::may_hold_claim(text)) << text;
    }
    for (const std::string text : {"Keep the knee soft", "3 sets of 10 slow reps", "fitness work",
                                   "full range of motion", "free weights"}) {
        EXPECT_FALSE(coach::wording_detail::may_hold_claim(text)) << text;
    }
}

// A '.' between two digits is a decimal point, not the end of a sentence: the claim is quoted
// whole, and a safe form after the number still reaches it.
TEST_F(ClaimGate, a_decimal_point_ends_no_sentence) {
    expect_refused({
        {"Ready by week 2.5", "Ready by week 2.5"},
        {"Play resumes at week 2.5 of phase 3.", "Play resumes at week 2.5 of phase 3"},
        {"Competes again from week 6.5; then sprints.", "Competes again from week 6.5"},
        {"Ready by week 2.5. Then easy runs.", "Ready by week 2.5"},
        {"Full contact after 3.5 weeks of running.", "Full contact after 3.5 weeks of running"},
    });
    expect_accepted({
        "Return to play at 8.5 weeks, estimate.",
        "Ready to play by week 2.5 if the clinician agrees.",
        "Full training resumes at week 4.5 only after clinician sign-off.",
    });
}

// A selection said of the athlete is a claim: available, picked or in the squad, opening its
// clause, after a word of selection ("declared", "named") or said of a person; not a thing that
// is available, nor a squad the athlete trains in, nor a selection denied.
TEST_F(ClaimGate, refuses_an_availability_or_a_selection_said_of_the_athlete) {
    expect_refused({
        {"He has been declared available.", "He has been declared available"},
        {"The athlete is now available.", "The athlete is now available"},
        {"Available for the weekend.", "Available for the weekend"},
        {"She has been picked for Sunday.", "She has been picked for Sunday"},
        {"Named in the squad for Saturday.", "Named in the squad for Saturday"},
        {"She is in the squad.", "She is in the squad"},
        {"He's in the matchday squad this weekend.", "He's in the matchday squad this weekend"},
        {"Named in the starting lineup.", "Named in the starting lineup"},
        {"In the team for Sunday.", "In the team for Sunday"},
    });
    expect_accepted({
        "A physio is available on Mondays.",
        "Equipment available: bands and a bench.",
        "If a bike is available, cycle for 20 minutes.",
        "She picked up a niggle.",
        "Work in the team gym.",
        "Train in the squad sessions.",
        "He trains in the team on Tuesdays.",
        "She is not in the squad.",
        "She is not yet available.",
    });
}

// A restriction said absent or lifted, with nothing it is of but a sport, is a claim; a
// restriction lifted from an everyday activity or a step of rehabilitation is not.
TEST_F(ClaimGate, refuses_a_restriction_said_absent_or_lifted) {
    expect_refused({
        {"No restrictions.", "No restrictions"},
        {"Restrictions: none", "Restrictions: none"},
        {"Restrictions: nil.", "Restrictions: nil"},
        {"No restrictions from week 8.", "No restrictions from week 8"},
        {"Training without any restrictions.", "Training without any restrictions"},
        {"No further restrictions on training.", "No further restrictions on training"},
        {"Limitations: none.", "Limitations: none"},
        {"Restrictions: no", "Restrictions: no"},
    });
    expect_accepted({
        "No restrictions on walking.",
        "Walking: no restrictions.",
        "Cycling without restriction.",
        "The athlete has no restrictions at work.",
        "Daily activities: no restrictions.",
        "Restrictions: no running until week 4.",
        "Keep restrictions on sprinting until the clinician reviews.",
        "Restrictions apply until a clinician reviews.",
        "A clinician decides when restrictions are lifted.",
    });
}

// "Ready" or "fit" said alone of the athlete, to a verb the lists do not know and with a time, is
// a claim; to a step of rehabilitation or an everyday activity it is not.
TEST_F(ClaimGate, refuses_readiness_to_anything_with_a_time) {
    expect_refused({
        {"Ready to rumble on Saturday.", "Ready to rumble on Saturday"},
        {"Ready to roll by week 8.", "Ready to roll by week 8"},
        {"Fit to face them this weekend.", "Fit to face them this weekend"},
        {"The athlete is ready to fly on Sunday.", "The athlete is ready to fly on Sunday"},
    });
    expect_accepted({
        "Ready to progress on Monday.",
        "Ready to walk by day 3.",
        "Ready to start phase 3 on Monday.",
        "Be ready to load more by week 3.",
        "Be ready to see the physio on Monday.",
    });
}

// A decision given to a clinician ("decided by the clinician", "the physio's call", "rests with
// the doctor") takes back a claim that names a step anywhere in its sentence, after a comma too;
// a state said done or a status said alone stays a claim, as does a clinician who decides in a
// clause of their own, which may report the decision made.
TEST_F(ClaimGate, a_decision_given_to_a_clinician_reaches_a_step_anywhere_in_its_sentence) {
    expect_accepted({
        "Full training is a later phase, decided by the clinician",
        "Return to sport is the last phase, a decision for the medical team.",
        "Return to competition from week 10, at the physio's discretion.",
        "Full contact in phase 4, the doctor's call.",
        "Return to play at week 9 or later, which rests with the treating clinician.",
        "At the doctor's discretion, return to competition from week 10.",
    });
    expect_refused({
        {"Free to play, decided by the clinician.", "Free to play, decided by the clinician"},
        {"The tear has healed, decided by the clinician.",
         "The tear has healed, decided by the clinician"},
        {"Return to play at week 8, a clinician decides.",
         "Return to play at week 8, a clinician decides"},
        {"Return to sport, decided by the athlete.", "Return to sport, decided by the athlete"},
        {"Full training is a later phase.", "Full training is a later phase"},
    });
}
