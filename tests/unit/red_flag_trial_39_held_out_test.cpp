// Held-out notes for trial 39's kinds of fault in red flags written in words, written before the
// reader was changed and never tuned against: the onset of a nerve sign said with "gone" ("has
// gone numb"), a resolution dated by the calendar after the day the note was written, tendon ends
// apart or a hollow felt in the thigh, a foot that feels dead or asleep, gait that needs a hop or
// a person's support, nerve signs and aids in clinical shorthand, and a tendon that cannot be
// felt; and, on the other side, advice about red flags to watch for, another person's flag, a
// name or another word that only looks like a flag word, and a screen or a history that is
// negative, which stop nothing. Each row is decoded in a record injured on 2026-10-01 whose
// assessment records every red flag false (on 2026-10-06, day 5, as in the trial, unless the row
// says the date), and the safety gate is asked for its verdict: a stop row must withhold every
// plan, a plan row must not, and must warn of nothing. The test prints how many rows read so and
// each that does not, and fails when fewer do than when the fix was measured (before the fix,
// with the same rows: 9/35 stops, 12/28 plans, 6/7 near stops; after: 34/35, 27/28, 6/7): the
// misses stay visible without being tuned away. One row missed after the first pass of the fix
// and was then fixed as a kind, so it is not held out as the rest are: "The zimmer frame at home
// is his nan's" (the reader looked for the possessive inside the word; its words end at the
// apostrophe). Left: "Could not feel the proximal tendon" (the rule reads "palpate", not
// "feel"), "Teammate's avulsion was repaired last year" (dated, so the grade reader still warns
// to check the grade, by design: DATA.md) and "Numbness settled by 2026-10-03, back on
// 2026-10-05" (a return dated by the calendar).
#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "red_flag_notes.hpp"

namespace {

using coach::test::DatedNote;

// The notes of this list are written in an assessment of 2026-10-06 unless they say otherwise.
void report(const char* what, bool stop, std::size_t measured,
            const std::vector<DatedNote>& notes) {
    coach::test::expect_held_out_rate("held-out 39", what, stop, measured, "2026-10-06", notes);
}

}  // namespace

TEST(red_flag_trial_39_held_out, notes_that_withhold_every_plan) {
    report("stop", true, 34,
           {
               // The onset of a nerve sign said with "gone".
               {"Calf has gone numb."},
               {"His toes have gone all tingly."},
               {"Heel's gone numb"},
               {"Outside of the foot has gone totally numb."},
               {"Sole gone tingly."},
               {"Big toe has gone numb"},
               // A resolution dated by the calendar after the day of writing (2026-10-06).
               {"Numbness settled by 2026-10-08."},
               {"Pins and needles resolved on 2026-10-12."},
               {"Tingling cleared 12/10/2026."},
               {"Numbness settled by 8 Oct."},
               {"Tingling resolved by Thursday 8 October."},
               {"N/T resolved on 15 October 2026."},
               {"Numbness gone by 07/10/2026."},
               // Tendon ends apart, a hollow in the thigh, a tendon that cannot be felt.
               {"Tendon stumps separated on MRI."},
               {"Ends of the tendon separated by 3 cm."},
               {"Like a pothole under the buttock."},
               {"Pothole felt in the posterior thigh."},
               {"Couldn't palpate the tendon at the ischium."},
               {"Could not feel the proximal tendon."},
               // A foot or toes that feel dead or asleep.
               {"Toes feel dead."},
               {"Deadness in the sole of the foot."},
               {"Dead sensation in the heel."},
               {"Foot keeps falling asleep."},
               {"Toes feel asleep at times."},
               {"Sleepy feeling in the foot."},
               // Gait that needs a hop or a person's support.
               {"Hopped off the pitch."},
               {"Hopping to get around at home."},
               {"Walks only with help from his dad."},
               {"Walking with support from a physio."},
               // Nerve signs and aids in clinical shorthand.
               {"Reduced sens dorsum of foot."},
               {"Decr sens L toes."},
               {"Paras in the sole."},
               {"Paraes++ lat foot."},
               {"Mobilising with 2 ECs."},
               {"Amb c 2 EC."},
           });
}

TEST(red_flag_trial_39_held_out, notes_that_withhold_no_plan) {
    report("plan", false, 27,
           {
               // A resolution dated by the calendar on or before the day of writing.
               {"Numbness settled by 2026-10-03."},
               {"Tingling resolved on 2 Oct."},
               {"Numbness cleared 04/10/2026."},
               {"Tingling settled by Sunday 4 October."},
               // Advice about red flags to watch for.
               {"Advised to report any numbness or tingling."},
               {"Educated on red flags: numbness, tingling, a gap."},
               {"Warned to watch for tingling in the foot."},
               {"Given advice on the signs of an avulsion."},
               {"Explained when to seek help: numbness, unable to weight bear."},
               // Another person's flag.
               {"Brother's hamstring rupture needed surgery."},
               {"Teammate's avulsion was repaired last year."},
               {"His coach's numbness is from diabetes."},
               // A name or another word that only looks like a flag word.
               {"Referred by Dr Walker."},
               {"Letter sent to Dr Crutchfield."},
               {"Physio: S. Walker."},
               {"Works on a sugar cane farm."},
               {"The zimmer frame at home is his nan's."},
               {"Box step-off landings controlled."},
               {"Deadlifts 3x5 at 60 kg."},
               {"Sleeping well."},
               {"Hopping drills 3x10, pain-free."},
               {"Good support from the team."},
               {"Sens intact lat foot."},
               // A screen or a history that is negative.
               {"Tingling screen: negative."},
               {"Numbness screen negative."},
               {"Has never had tingling."},
               {"Hasn't had any numbness."},
               {"Cleared for numbness by the neurologist."},
           });
}

// Near misses of the plans, on the stop side: the same words that still affirm the flag.
TEST(red_flag_trial_39_held_out, near_misses_that_withhold_every_plan) {
    report("near stop", true, 6,
           {
               {"Numbness has gone, but the toes have gone tingly."},
               {"Tingling screen: positive."},
               {"Warned about avulsion signs: a gap is palpable today."},
               {"Like his teammate, he is on crutches."},
               {"Seen by Dr Walker, walking with crutches."},
               {"Hasn't had numbness until today, now numb."},
               {"Numbness settled by 2026-10-03, back on 2026-10-05."},
           });
}
