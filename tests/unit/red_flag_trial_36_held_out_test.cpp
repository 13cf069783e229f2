// Held-out notes for trial 36's kinds of fault in red flags written in words, written before the
// reader was changed and never tuned against: compact answers to a label or question ("Defect??
// yes", "Numbness: Y", "WB - nil", "Sensation? Diminished."), a complete tear said in other words,
// barely bearing weight, altered sensation to pinprick, fewer than four steps (Ottawa), walking
// only with help as a label, hopping to get about, weak dorsiflexion as a grade out of 5 and a
// step deformity; and resolutions already dated, denials of a defect, a corked thigh, tingling
// from heat, a complete tear doubted and denied, and an old injury of another body part, which
// stop nothing. Each row is decoded in a record injured on 2026-10-01 whose assessment of
// 2026-10-08 records every red flag false, and the safety gate is asked for its verdict: a stop
// row must withhold every plan, a plan row must not, and must warn of nothing. The test prints how
// many rows read so and each that does not, and fails when fewer do than when the fix was
// measured (before the fix, with the same rows: 11/20 stops, 4/10 plans; after: 20/20 stops, 10/10
// plans): the misses stay visible without being tuned away.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "red_flag_notes.hpp"

namespace {

void report(const char* what, bool stop, std::size_t measured,
            const std::vector<std::string>& notes) {
    coach::test::report_held_out("held-out 36", what, stop, measured, notes);
}

}  // namespace

TEST(red_flag_trial_36_held_out, notes_that_withhold_every_plan) {
    report("stop", true, 20,
           {
               // Compact answers to a label or a question.
               "Defect?? yes",
               "Tingling?? Y",
               "Numbness: Y",
               "Palpable defect: Y",
               "Weight bearing - nil",
               "WB today: nil",
               "Sensation? Diminished.",
               "Sensation?? decreased over the heel",
               // A complete tear in other words.
               "Conjoint tendon completely torn on MRI.",
               "Full width tear of the proximal tendon.",
               // Barely bearing weight.
               "Barely weight-bearing on the left.",
               "Barely able to put weight through the leg.",
               // Altered sensation to pinprick.
               "Reduced pinprick sensation over the dorsum of the foot.",
               // Fewer than four steps.
               "Could take only two steps unaided.",
               // Walking only with help, as a label.
               "Mobility: only with crutches.",
               "Ambulation: only with assistance",
               // Hopping to get about.
               "Hopping around the house.",
               // Weak dorsiflexion graded out of 5.
               "Ankle dorsiflexion 3/5.",
               "DF 2/5 on the left.",
               // A step deformity.
               "Palpable step deformity mid-belly.",
           });
}

TEST(red_flag_trial_36_held_out, notes_that_withhold_no_plan) {
    report("plan", false, 10,
           {
               // A resolution already dated.
               "Tingling: resolved day 2.",
               "Pins and needles: settled on day 3.",
               // A defect denied.
               "Gap: none palpable.",
               "Defect: nil palpable.",
               // A corked thigh is a contusion.
               "Corked thigh in a tackle last month, settled.",
               "Dead leg (cork) to the quad in training, resolved.",
               // A normal skin reaction to heat.
               "Mild tingling of the skin under the hot pack, normal.",
               // A complete tear doubted and denied.
               "Complete tear? No, MRI shows a partial tear.",
               "Full thickness tear? Unlikely - US shows partial tear only.",
               // Another body part, long ago.
               "Ruptured ACL 2012.",
           });
}
