// Held-out notes for trial 40's kinds of fault in red flags written in words, written before the
// reader was changed and never tuned against: the onset of a nerve sign said with "gone" before a
// phrase of several words ("gone all pins and needles", "gone dead below the knee"), a resolution
// dated after the day of writing in a form the calendar reader did not know (a dotted date, a day
// of the month alone, a day and month, eight digits, days from now, a weekday), and a tendon that
// cannot be felt, a tendon end felt, or fewer than four steps said in words; and, on the other
// side, a resolution said with "'s", a past symptom timed by a day or an event, an aid used in the
// past or declined, a negative screen or a zero score, and another body part, another cause or
// education, which stop nothing. Each row is decoded in a record injured on 2026-10-01 whose
// assessment records every red flag false (on 2026-10-06, a Tuesday, day 5, as in the trial), and
// the safety gate is asked for its verdict: a stop row must withhold every plan, a plan row must
// not, and must warn of nothing. The test prints how many rows read so and each that does not,
// and fails when fewer do than when the fix was measured (before the fix, with the same rows:
// 6/24 stops, 1/30 plans, 8/8 near stops, 7/7 near plans; after: 24/24, 30/30, 8/8, 6/7). The
// near plan left is left by design: "Numbness gone by Sunday" written on a Tuesday reads the
// weekday as the next Sunday, as red flags win (a weekday that could be the last one or the next
// is read the later way, as a day and month that could be read both ways are), so it stops.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "red_flag_notes.hpp"

namespace {

using coach::test::DatedNote;

// The notes of this list are written in an assessment of 2026-10-06 (a Tuesday).
void report(const char* what, bool stop, std::size_t measured,
            const std::vector<DatedNote>& notes) {
    coach::test::expect_held_out_rate("held-out 40", what, stop, measured, "2026-10-06", notes);
}

}  // namespace

TEST(red_flag_trial_40_held_out, notes_that_withhold_every_plan) {
    report("stop", true, 24,
           {
               // The onset of a nerve sign said with "gone" before a phrase of several words.
               {"Foot has gone all pins and needles."},
               {"Toes have gone to pins and needles."},
               {"Heel's gone dead."},
               {"Shin's gone numb below the knee."},
               {"Sole of the foot has gone to sleep."},
               {"His foot has gone a bit pins and needles."},
               {"Leg's gone completely dead from the knee down."},
               // A resolution dated after the day of writing, in forms the calendar reader did not
               // know.
               {"Tingling settled by 12.10.2026."},
               {"Numbness cleared 08.10.26."},
               {"Numbness resolved on the 10th."},
               {"Tingling gone by the 8th."},
               {"Numbness settled on 12/10."},
               {"Tingling resolved 20261012."},
               {"Numbness gone 5 days from now."},
               {"Tingling cleared a week from now."},
               {"Numbness gone by Thursday."},
               {"Tingling settled by Saturday."},
               // A tendon that cannot be felt, a tendon end felt, fewer than four steps in words.
               {"Tendon not felt at the sit bone."},
               {"Proximal tendon could not be felt at the ischial tuberosity."},
               {"Retracted tendon end palpable mid-thigh."},
               {"Tendon stump felt below the buttock crease."},
               {"Could not take three steps."},
               {"Unable to take two steps unaided."},
               {"Couldn't manage a single step."},
           });
}

TEST(red_flag_trial_40_held_out, notes_that_withhold_no_plan) {
    report("plan", false, 30,
           {
               // A resolution said with "'s", or dated in brackets before the day of writing.
               {"The pins and needles's gone."},
               {"Numbness's resolved."},
               {"The tingling's settled."},
               {"Tingling's cleared up."},
               {"Numbness had settled by the following day (2026-10-03)."},
               // A past symptom timed by a day or an event.
               {"Tingling on day 2 resolved by day 3."},
               {"Numbness day 1 settled day 3."},
               {"Numbness on day 2 only."},
               {"Tingling day 1 only."},
               {"Numbness went on day 3."},
               {"Tingling settled within 48 hours of the injury."},
               {"Brief numbness at the time of the injury, none since."},
               {"History: tingling toes after a 2023 ankle fracture, none now."},
               {"Pins and needles for a few minutes after the injury, none since."},
               // An aid used in the past or declined; walking lost only at the time.
               {"Used crutches for two days after the injury, none since."},
               {"Crutches for 48h, FWB since."},
               {"Offered crutches, declined; walking normally."},
               {"Could not walk for 20 minutes after the injury, walking normally since."},
               {"On crutches for the first day only, now FWB."},
               // A negative screen or a zero score.
               {"Red flag screen negative (tingling, numbness, gap)."},
               {"Tingling 0/10."},
               {"Numbness: 0/10."},
               {"No tingling ever reported."},
               {"Tingling tested: normal."},
               // Another body part, another cause, education.
               {"Numb fingers from the cold, legs fine."},
               {"Tingling in the hands after an ice bath, legs normal."},
               {"Ice left the skin numb for a few minutes, sensation normal after."},
               {"Handed out a leaflet on numbness and tingling."},
               {"Reminded: tingling or numbness means stop and ring us."},
               {"Read an article about avulsion injuries."},
           });
}

// Near misses of the plans, on the stop side: the same words that still affirm the flag.
TEST(red_flag_trial_40_held_out, near_misses_that_withhold_every_plan) {
    report("near stop", true, 8,
           {
               {"The tingling's back."},
               {"The numbness's worse today."},
               {"Numbness on day 1, still numb today."},
               {"Crutches offered and used; NWB."},
               {"Red flag screen positive (numbness)."},
               {"Numbness 6/10."},
               {"Tingling in the fingers and the foot."},
               {"Crutches since the injury, still on them."},
           });
}

// Near misses of the stops, on the plan side: the same forms dated on or before the day of
// writing, and a tendon felt whole.
TEST(red_flag_trial_40_held_out, near_misses_that_withhold_no_plan) {
    report("near plan", false, 6,
           {
               {"Numbness resolved by 04.10.2026."},
               {"Tingling settled on the 3rd."},
               {"Numbness gone on 4/10."},
               {"Tingling resolved 20261003."},
               {"Numbness gone by Sunday."},
               {"Tendon felt at the ischium, intact."},
               {"Took four steps, then walked normally."},
           });
}
