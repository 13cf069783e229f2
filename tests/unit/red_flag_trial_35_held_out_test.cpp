// Held-out notes for trial 35's kinds of fault in red flags written in words, written before the
// reader was changed and never tuned against: answers that hedge or doubt a red-flag question
// ("Weight bearing? Hardly.", "? defect - MRI to confirm"), walking said to be impaired, shorthand
// answers and tick marks, altered sensation, partial weight bearing; and strong denials,
// resolutions, another body site or person, old history and a treatment's effect, which stop
// nothing. Each row is decoded in a record injured on 2026-10-01 whose assessment of 2026-10-08
// records every red flag false, and the safety gate is asked for its verdict: a stop row must
// withhold every plan, a plan row must not, and must warn of nothing. The test prints how many
// rows read so and each that does not, and fails when fewer do than when the fix was measured
// (before the fix, with `coach compare`: 4/22 stops, 5/22 plans; after: 20/22 stops, 19/22
// plans): the misses stay visible without being tuned away.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "red_flag_notes.hpp"

namespace {

void report(const char* what, bool stop, std::size_t measured,
            const std::vector<std::string>& notes) {
    coach::test::report_held_out("held-out 35", what, stop, measured, notes);
}

}  // namespace

TEST(red_flag_trial_35_held_out, notes_that_withhold_every_plan) {
    report("stop", true, 20,
           {
               // An answer to a red-flag question that hedges or doubts it.
               "Can she put weight through it? Not really.",
               "Weight bearing? Hardly.",
               "Palpable defect? Not sure.",
               "Numbness? Possibly.",
               "Tingling? Maybe a little.",
               "Gap: ?",
               // A red flag written as doubted, to be checked.
               "?tingling in the toes, review tomorrow",
               "? defect at the ischium - MRI to confirm",
               // Walking impaired.
               "Walks only with help from his partner",
               "Manages only a couple of steps",
               "Ambulates a few metres only",
               // Shorthand answers and tick marks.
               "N: Y T: N",
               "Palpable gap \xE2\x9C\x94",
               // Altered sensation.
               "Sensation: diminished over dorsum of foot",
               "\xE2\x86\x93 sensation plantar foot",
               "Sensation: abnormal over the heel",
               "Burning sensation along the outer foot",
               "Feels like insects crawling under the skin of her calf",
               // Partial weight bearing.
               "Weight bearing: partial",
               "Mobilising partial WB",
               "PWB today",
               "Bearing weight? Partially.",
           });
}

TEST(red_flag_trial_35_held_out, notes_that_withhold_no_plan) {
    report("plan", false, 19,
           {
               // Strong denials.
               "Numbness? None at all.",
               "Tingling? Absolutely not.",
               "Numbness? Never had any.",
               "Denies numbness, tingling and any gap",
               "no pain shooting into the calf",
               "no tingling at any point during or after the session",
               "No shooting pains down the leg at any time",
               // Resolved.
               "pins and needles went away after a few days",
               "Tingling in the toes settled completely by day 2",
               "On crutches for the first day only, walking normally since",
               "NWB first 12 hours only, fully weight bearing since",
               // Another body site.
               "Cold hands, numb fingertips after outdoor session",
               "Pins and needles in her hands when typing, unrelated",
               "Chronic numbness of the left thumb (carpal tunnel), unrelated to this injury",
               // Another person.
               "Mum uses a wheelchair",
               "Brother ruptured his hamstring last season",
               // Old history.
               "Was on crutches in 2018 after a broken ankle",
               "PMH: R knee arthroscopy 2017, crutches 2 weeks",
               // A treatment's effect.
               "Iced for 15 min until numb",
               "Skin numb after the ice pack, as expected",
               // Walking normal.
               "Walks unaided, normal gait",
               "Full weight bearing, no aids",
           });
}
