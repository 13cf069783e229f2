// Held-out notes for trial 37's kinds of fault in red flags written in words, written before the
// reader was changed and never tuned against: a gap asked and answered with its size or a '?', a
// gap or complete tear doubted, a nerve symptom not relieved, electric-shock pain, a positive
// neural sign, reduced light touch or sensation in shorthand, loss of power or weakness in the
// foot, leg pain below the knee with back pain, a soft hyphen inside a flag word, a muscle that
// bunches or a hole in it, crutches for part of the day, and being helped off the field; and
// symptoms that stay above the knee, a nerve symptom no longer present or settled from sitting,
// walking with pain and a sport's name, which stop nothing. Each row is decoded in a record
// injured on 2026-10-01 whose assessment of 2026-10-08 records every red flag false, and the
// safety gate is asked for its verdict: a stop row must withhold every plan, a plan row must not,
// and must warn of nothing. The test prints how many rows read so and each that does not, and
// fails when fewer do than when the fix was measured (before the fix, with the same rows: 10/26
// stops, 5/9 plans, 0/2 sports; after: 26/26, 9/9, 2/2): the misses stay visible without being
// tuned away.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "red_flag_notes.hpp"

namespace {

void report(const char* what, bool stop, std::size_t measured,
            const std::vector<std::string>& notes) {
    coach::test::report_held_out("held-out 37", what, stop, measured, notes);
}

}  // namespace

TEST(red_flag_trial_37_held_out, notes_that_withhold_every_plan) {
    report("stop", true, 26,
           {
               // A gap asked and answered with its size or a '?', or doubted.
               "Gap? A little one.",
               "Defect? Small, 1 cm.",
               "Palpable gap: ??",
               "Defect: ?",
               "Probable gap at the MTJ.",
               "Proximal tear ?complete on US.",
               // A nerve symptom not relieved.
               "No relief of the tingling with stretching.",
               "Numbness not relieved by rest.",
               // Electric-shock pain, a positive neural sign.
               "Describes electric-shock type pain into the calf.",
               "Neural tension positive on the left.",
               "Neurodynamic test +ve.",
               // Reduced light touch or sensation, in shorthand.
               "Reduced LT over L5 dermatome.",
               "Sens. diminished over the heel.",
               "Neuro: altered L/T dorsum of foot.",
               // Loss of power or weakness in the foot.
               "Power loss in the ankle and foot.",
               "Foot weakness noted on testing.",
               // Leg pain below the knee with back pain.
               "Low back pain, with pain down to the calf.",
               "Back pain and leg pain below the knee since the fall.",
               // A soft hyphen inside a flag word.
               "num\u00ADbness over the heel",
               "pins and nee\u00ADdles in the toes",
               // A muscle that bunches, a hole in it.
               "Muscle bunches up on resisted knee flexion.",
               "Physio says it feels like a hole in the muscle.",
               // Crutches for part of the day.
               "Crutches for long distances only.",
               "Uses crutches in the mornings.",
               // Helped off the field.
               "Assisted off the pitch by the physio.",
               "Helped off by teammates after the sprint.",
           });
}

TEST(red_flag_trial_37_held_out, notes_that_withhold_no_plan) {
    report("plan", false, 9,
           {
               // Symptoms that stay above the knee.
               "Slump reproduces hamstring pain only, no symptoms below the knee.",
               "Pain radiates to mid-thigh only.",
               "Pain refers into the back of the thigh only.",
               // A nerve symptom no longer present, or settled from sitting.
               "Tingling no longer present.",
               "Numbness no longer there.",
               "Numbness settled after 5 min (had been kneeling on the floor).",
               "Tingling settled within minutes of standing up.",
               // Walking with pain.
               "Cannot walk without discomfort.",
               "Unable to jog without pain.",
           });
}

// A sport's name in the profile is not a finding: the athlete plays it.
TEST(red_flag_trial_37_held_out, a_sport_named_in_the_profile_withholds_no_plan) {
    const std::size_t measured = 2;
    std::size_t right = 0;
    const std::vector<std::string> sports{"wheelchair basketball", "wheelchair tennis"};
    for (const auto& sport : sports) {
        const auto decoded = coach::json::decode_athlete(
            R"({"schema":"coach.athlete/1","id":"a","profile":{"sport":")" + sport
            + R"("},"injury":{"region":"hamstring","grade":2,"date":"2026-10-01"},)"
              R"("assessments":[{"date":"2026-10-08","symptoms":)"
            + coach::test::all_flags_false + R"(}]})");
        const bool ok =
            decoded.value && decoded.warnings.empty()
            && coach::safety::stop_referrals(
                   coach::Engine::make_case(decoded.value->athlete, decoded.value->request).input())
                   .empty();
        if (!ok) {
            std::printf("[held-out 37] miss (sport): %s\n", sport.c_str());
        }
        right += ok ? 1U : 0U;
    }
    std::printf("[held-out 37] sport: %zu/%zu as expected\n", right, sports.size());
    EXPECT_GE(right, measured);
}
