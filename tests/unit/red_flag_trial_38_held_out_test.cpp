// Held-out notes for trial 38's kinds of fault in red flags written in words, written before the
// reader was changed and never tuned against: a resolution dated after the day the note was
// written, weight bearing limited by a percentage or a load, a gap still there though it changes,
// a tendon absent or retracted (the signs of a proximal avulsion), a tear of the whole
// cross-section, gait that needs an aid or a carrier, and nerve signs in the foot; and another
// person's tear, a walking aid discontinued, a symptom that was there and has gone, and a sign
// denied, which stop nothing. Each row is decoded in a record injured on 2026-10-01 whose
// assessment records every red flag false (on 2026-10-08, day 7, unless the row says the day),
// and the safety gate is asked for its verdict: a stop row must withhold every plan, a plan row
// must not, and must warn of nothing. The test prints how many rows read so and each that does
// not, and fails when fewer do than when the fix was measured (before the fix, with the same
// rows: 4/30 stops, 13/24 plans, 6/8 near stops; after: 30/30, 24/24, 8/8): the misses stay
// visible without being tuned away. Four rows missed after the first pass of the fix and were
// then fixed as kinds, so they are not held out as the rest are: a load with "restricted" ("WB
// restricted to 25 kg": the reader had taken it for "no WB restrictions"), "Fuzzy feeling in the
// toes" (the foot four words away), "Father ruptured his hamstring tendon" (the verb opening the
// grade's phrase) and "Pins and needles day 1 - gone now" (a resolution after a dash).
#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "red_flag_notes.hpp"

namespace {

using coach::test::DatedNote;

// The notes of this list are written in an assessment of 2026-10-08 unless they say otherwise.
void report(const char* what, bool stop, std::size_t measured,
            const std::vector<DatedNote>& notes) {
    coach::test::expect_held_out_rate("held-out 38", what, stop, measured, "2026-10-08", notes);
}

}  // namespace

TEST(red_flag_trial_38_held_out, notes_that_withhold_every_plan) {
    report("stop", true, 30,
           {
               // A resolution dated after the day of writing (2026-10-03 is day 2, 2026-10-04
               // day 3).
               {"Numbness resolved by day 5.", "2026-10-03"},
               {"Pins and needles cleared on day 6.", "2026-10-04"},
               {"Tingling in the foot gone by day 4", "2026-10-03"},
               {"N/T: resolved day 6", "2026-10-04"},
               // Weight bearing limited by a percentage or a load.
               {"Weight bearing 30%."},
               {"Partial WB (50%) with crutches."},
               {"WB restricted to 25 kg on the scales."},
               {"Allowed to weight bear up to 40kg."},
               {"Weight-bearing: 75% only."},
               // A gap still there though changing.
               {"Gap a bit smaller this week."},
               {"Gap narrowing but still present."},
               {"The gap is unchanged."},
               {"Gap now 1 cm, was 2 cm."},
               // The tendon absent or retracted.
               {"Proximal tendon not palpable."},
               {"Unable to palpate the tendon at its origin."},
               {"Retracted stump palpable mid-thigh."},
               {"Tendon intact: no."},
               {"Step felt at the ischium."},
               {"Hollowing below the gluteal fold."},
               // A tear of the whole cross-section.
               {"Tear involves 100% of the tendon cross-section on MRI."},
               {"MRI: tear across 100 % of the CSA."},
               // Gait that needs an aid or a carrier.
               {"Limping, with a walking stick."},
               {"Wheeled into clinic."},
               {"Carried to the car by his brother."},
               {"Helped into the changing room by the physio."},
               {"Piggy-backed to the sideline."},
               // Nerve signs in the foot.
               {"Fuzzy feeling in the toes."},
               {"Sole of foot feels fuzzy at times."},
               {"Difficulty lifting the toes."},
               {"Unable to lift the foot up off the floor."},
           });
}

TEST(red_flag_trial_38_held_out, notes_that_withhold_no_plan) {
    report("plan", false, 24,
           {
               // Another person's tear.
               {"Her brother had a hamstring avulsion repaired."},
               {"Cousin needed surgery for a complete hamstring tear."},
               {"Father ruptured his hamstring tendon water skiing."},
               // A walking aid discontinued.
               {"Crutches discontinued on day 3."},
               {"Crutches: discontinued."},
               {"Crutches d/c day 2."},
               {"Elbow crutches ceased yesterday."},
               // A symptom that was there and has gone.
               {"Had numbness on day 1, resolved since."},
               {"Some tingling on day 2, now gone."},
               {"Pins and needles day 1 - gone now."},
               // A sign denied.
               {"No step or defect palpable."},
               {"No palpable gap, dip or step."},
               {"N/T: 0"},
               {"Numbness 0, tingling 0."},
               // Near misses that are no flag at all.
               {"WB 100%."},
               {"Squats at 50% bodyweight."},
               {"Strength gap smaller than last week."},
               {"Abdominal hollowing in crook lying."},
               {"Step-ups onto a 20 cm box."},
               {"Sprinting at 100% with no pain at the tear site."},
               {"Head a bit fuzzy after poor sleep."},
               {"Struggles to lift heavy on RDLs."},
               {"Helped pack the car after the session."},
               {"Wheeled his bike in."},
           });
}

// Near misses of the stops, on the stop side: the same words that still affirm the flag.
TEST(red_flag_trial_38_held_out, near_misses_that_withhold_every_plan) {
    report("near stop", true, 8,
           {
               {"Crutches to be discontinued on day 10."},
               {"Crutches ceased day 9, still using them today.", "2026-10-03"},
               {"Had tingling on day 1, still there now."},
               {"Had tingling on day 1, mostly gone now."},
               {"Tendon intact? Not sure."},
               {"N/T 0 at rest, 3/10 on slump."},
               {"Dad thinks it is an avulsion."},
               {"Tear involves 100% of the tendon width."},
           });
}
