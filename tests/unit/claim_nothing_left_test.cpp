// The twelfth trial's missed kinds (trial 37): nothing left between the athlete and play (no
// contraindication, no requirement of clearance, no follow-up, nothing further, no precautions),
// time in a match granted (match minutes, back in the side, good for 90 minutes on a day) and a
// recovery said whole ("Athlete is 100%", "Completely over the injury") are refused with the
// gate's exact message (coach/sdk/claim_nothing_left.hpp); a floor kept clear, a drill played and
// a ban said "off the table" are accepted. tests/wording/held_out_claims_11.txt was written before
// the reader changed and never tuned against; its measured rate is kept from slipping back.
#include <gtest/gtest.h>

#include "claim_gate.hpp"
#include "coach/sdk/wording.hpp"

using coach::test::ClaimGate;

// Trial 37's accepted claims, each quoted as its sentence.
TEST_F(ClaimGate, refuses_the_claims_the_twelfth_trial_found_accepted) {
    expect_refused({
        {"No contraindications to playing.", "No contraindications to playing"},
        {"There is no requirement for medical clearance.",
         "There is no requirement for medical clearance"},
        {"No follow-up needed before returning.", "No follow-up needed before returning"},
        {"Nothing further needed before matches.", "Nothing further needed before matches"},
        {"No more precautions needed.", "No more precautions needed"},
        {"Match minutes allowed from week 3.", "Match minutes allowed from week 3"},
        {"Expected back in the side by week 3.", "Expected back in the side by week 3"},
        {"Good for 90 minutes on Saturday.", "Good for 90 minutes on Saturday"},
        {"Athlete is 100%.", "Athlete is 100%"},
        {"Completely over the injury.", "Completely over the injury"},
    });
}

// Other wordings of the same kinds, none of them the trial's or the held-out file's.
TEST_F(ClaimGate, refuses_each_kind_in_other_words) {
    expect_refused({
        {"Competing is not contraindicated.", "Competing is not contraindicated"},
        {"No requirement for a sign-off before games.",
         "No requirement for a sign-off before games"},
        {"Nothing more needed before he competes.", "Nothing more needed before he competes"},
        {"No further precautions required.", "No further precautions required"},
        {"No additional testing needed before the match.",
         "No additional testing needed before the match"},
        {"Game minutes permitted from day 20.", "Game minutes permitted from day 20"},
        {"Back in the side for Sunday.", "Back in the side for Sunday"},
        {"Due back in the team in week 6.", "Due back in the team in week 6"},
        {"Good for the full 90 on Sunday.", "Good for the full 90 on Sunday"},
        {"She is 100 percent.", "She is 100 percent"},
        {"He has got over the strain.", "He has got over the strain"},
        {"Well and truly over the injury.", "Well and truly over the injury"},
    });
}

// Trial 37's refused safe sentences, and others of their kinds: a place kept clear, a drill
// played, a ban said off the table, a need kept, a step that is not sport, an effort of 100%.
TEST_F(ClaimGate, accepts_a_clear_floor_a_drill_played_and_a_ban_off_the_table) {
    expect_accepted({
        "Make sure the floor area is clear of obstacles.",
        "Hold for 10 seconds, then play the next rep slowly.",
        "Play is off the table in this phase.",
        "Matches are off the table until the clinician says otherwise.",
        "Keep the training space clear of equipment.",
        "Play the next set with control.",
        "No precautions are needed for the upper-body work.",
        "Nothing further needed for the cool-down.",
        "Sprinting is not contraindicated after day 10.",
        "Good for 20 minutes of walking on Sunday.",
        "Never work at 100% in this phase.",
        "Lift the foot over the cone slowly.",
        "Precautions are still needed before matches.",
        "A clinician decides on match minutes.",
        "Lie back in the side-lying position and lift the top leg.",
    });
}

// The held-out file's rate: 10 of 36 claims refused and 29 of 34 safe sentences accepted before
// the reader changed, 35 and 33 after; 36 and 33 since trial 38's kinds were read. A change may
// raise it; one that lowers it is seen here.
TEST_F(ClaimGate, the_twelfth_trial_held_out_rate_does_not_slip) {
    expect_held_out_rate("held_out_claims_11.txt", {36, 36, 34, 33});
}

// Trial 41: the course of care said needed no longer is a claim that nothing is left, in the
// trial's words and others; a part of the course, a thing that is not care, or care still
// needed are not.
TEST_F(ClaimGate, refuses_the_course_of_care_said_needed_no_longer) {
    expect_refused({
        {"Resist the fall; you no longer need treatment.", "you no longer need treatment"},
        {"You no longer need rehab.", "You no longer need rehab"},
        {"You don't need treatment any more.", "You don't need treatment any more"},
        {"Treatment is no longer needed.", "Treatment is no longer needed"},
        {"No more physio needed.", "No more physio needed"},
        {"No further rehab required.", "No further rehab required"},
        {"The injury no longer needs treatment.", "The injury no longer needs treatment"},
    });
}

// Trial 43: the course of care said over, finished or left, in the trial's words and others, a
// clinician's gate said not needed before a match, and idioms of a recovery whole or of a match
// taken part in.
TEST_F(ClaimGate, refuses_the_course_of_care_said_over_or_left) {
    expect_refused({
        {"Treatment no longer required.", "Treatment no longer required"},
        {"Treatment is finished.", "Treatment is finished"},
        {"Rehab is over.", "Rehab is over"},
        {"You are done with rehab.", "You are done with rehab"},
        {"You can stop your rehab now.", "You can stop your rehab now"},
        {"You have graduated from rehab.", "You have graduated from rehab"},
        {"Stop coming to physio.", "Stop coming to physio"},
        {"Your physio sessions are over; go train with the team.", "Your physio sessions are over"},
        {"Physiotherapy has ended.", "Physiotherapy has ended"},
        {"You are finished with physio now.", "You are finished with physio now"},
        {"No appointment needed before your next match.",
         "No appointment needed before your next match"},
        {"You do not need to see anyone before playing.",
         "You do not need to see anyone before playing"},
        {"Your hamstring is as good as it was before the injury.",
         "Your hamstring is as good as it was before the injury"},
        {"The muscle has fully knitted back together.",
         "The muscle has fully knitted back together"},
        {"You're all set for match day.", "You're all set for match day"},
        {"Take the field this weekend.", "Take the field this weekend"},
        // Trial 44.
        {"No further physio input is needed after week 10.",
         "No further physio input is needed after week 10"},
        {"No further physiotherapy is needed.", "No further physiotherapy is needed"},
        {"The muscle is 100% again.", "The muscle is 100% again"},
        {"Aim to graduate from rehab.", "Aim to graduate from rehab"},
        // Trial 45.
        {"Treatment is complete after week 10.", "Treatment is complete after week 10"},
        {"Rehab ends after week 10.", "Rehab ends after week 10"},
        {"Rehab is over by week 6.", "Rehab is over by week 6"},
        // Trial 47: over for someone; a need of the course denied for good.
        {"Rehab is over for you.", "Rehab is over for you"},
        {"Treatment is finished for him now.", "Treatment is finished for him now"},
        {"You will never need rehab again.", "You will never need rehab again"},
        {"You won't need physio again.", "You won't need physio again"},
        // Trial 48: the course ended after a condition that ends before it, after "once here",
        // and the last of it ever.
        {"Once you can do 3x12 you are done with rehab.",
         "Once you can do 3x12 you are done with rehab"},
        {"Once here the hamstring has fully healed and rehab is over.", "fully healed"},
        {"Once here rehab is over.", "Once here rehab is over"},
        {"This is the last rehab session you'll ever need.",
         "This is the last rehab session you'll ever need"},
        {"The final physio session you will ever have to do.",
         "The final physio session you will ever have to do"},
        // Trial 49: over after what is done now.
        {"Rehab is over for you after these reps.", "Rehab is over for you after these reps"},
        {"Rehab is over after these reps.", "Rehab is over after these reps"},
        {"Your rehab is finished after this session.", "rehab is finished"},
    });
}

TEST_F(ClaimGate, accepts_the_course_going_on_or_ending_on_a_condition) {
    expect_accepted({
        "When rehab is over, a clinician decides on return to sport.",
        "Stop the rehab exercise if pain rises above 3/10.",
        "Rehab is done three times a week.",
        "Keep going until treatment is finished.",
        "Stop physio exercises if it hurts.",
        "No need to see anyone before stretching.",
        "Done with the warm-up? Start the curls.",
        "Physio sessions are twice weekly.",
        "Finish the rehab session with a cool-down.",
        "No appointment needed for the exercises.",
        "All set up for the drill.",
        "Set up the field with cones.",
        "Effort is 100% again.",
        "Hamstring strength is 100% of the other side.",
        "Physio is needed if pain persists.",
        "When rehab ends, a clinician decides.",
        "Keep going until treatment is complete.",
        "Rehab is done at home three times a week.",
        "Rehab is done after the warm-up.",
        // Trial 47's near misses: over for a time, a step never needed again, a course not
        // to be missed again, and return-to-play decisions as a kind, left to a clinician.
        "Rehab is over for the day.",
        "Rehab is over for now; a clinician reviews you on Friday.",
        "You will never need this exercise again once you are on one leg.",
        "Do not miss rehab again.",
        "Return-to-play decisions are outside this file's scope.",
        // Trial 48's near misses: a condition that holds the course, a last session of a week.
        "Once you are done with rehab, keep the Nordics going.",
        "Once here, rest for a day.",
        "Last rehab session of the week.",
        "The last rehab session was the best ever.",
        // Trial 49's near misses: a session over for the day, a session done after another part.
        "Rehab is over for the day after these reps.",
        "Rehab is done after the cool-down.",
    });
}

TEST_F(ClaimGate, accepts_a_part_of_the_course_or_care_still_needed) {
    expect_accepted({
        "No more treatment sessions are planned this week.",
        "No further rehab exercises today.",
        "You no longer need the brace.",
        "You no longer need to ice after runs.",
        "If pain persists you may need more treatment.",
        "No more physio sessions are booked; keep loading.",
    });
}
