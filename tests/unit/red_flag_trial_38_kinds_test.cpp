// Red flags written in words, trial 38's kinds of fault (red_flag_vocabulary.hpp,
// red_flag_mentions.cpp, red_flag_weight_bearing.cpp, red_flag_denials.cpp,
// red_flag_affirmations.cpp, red_flag_questions.cpp, grade_in_text.cpp): the trial's own notes,
// developed against; the held-out notes are red_flag_trial_38_held_out_test.cpp. Each note is
// decoded in a record whose assessment (of day 7 unless a date is given) records every red flag
// false, and the safety gate gives its verdict: a note that affirms a red flag withholds every
// plan; one about another person, an aid discontinued, a symptom gone or a sign denied withholds
// none and warns of nothing. Each kind is shown beside the near miss that must keep its reading.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "red_flag_notes.hpp"

using coach::test::expect_plan;
using coach::test::expect_stop;
using coach::test::gate_verdict_on;

namespace {

constexpr auto day_2 = "2026-10-03";  // the injury was on 2026-10-01, day 0

}  // namespace

TEST(red_flag_trial_38_kinds, a_resolution_dated_after_the_note_withholds_every_plan) {
    // Written on day 2, a resolution on day 3 has not happened: the flag stands.
    EXPECT_TRUE(gate_verdict_on("Tingling settled by day 3", day_2).stops);
    // Settled on day 1, it has: the words answer themselves.
    const auto settled = gate_verdict_on("Tingling settled by day 1", day_2);
    EXPECT_FALSE(settled.stops);
    EXPECT_EQ(settled.warnings, std::vector<std::string>{});
}

TEST(red_flag_trial_38_kinds, weight_bearing_limited_by_a_share_or_a_load_withholds_every_plan) {
    for (const std::string note : {"WB 50%", "Weight bearing limited to 20 kg", "PWB"}) {
        expect_stop(note);
    }
    expect_plan("WB 100%.");
    expect_plan("Weight-bearing squats with 20 kg.");
}

TEST(red_flag_trial_38_kinds, a_gap_that_changes_withholds_every_plan) {
    expect_stop("Gap smaller than last week");
    expect_plan("Strength gap smaller than last week.");
}

TEST(red_flag_trial_38_kinds, an_absent_or_retracted_tendon_withholds_every_plan) {
    for (const std::string note :
         {"Tendons not palpable at the ischium", "Tendon stump felt", "Tendon intact? No.",
          "Step at the ischial tuberosity", "Hollowing of the posterior thigh"}) {
        expect_stop(note);
    }
    expect_plan("Tendon intact? Yes.");
    expect_plan("Tendons palpable at the ischium.");
    expect_plan("No palpable defect or step.");
    expect_plan("Abdominal hollowing in crook lying.");
}

TEST(red_flag_trial_38_kinds, a_tear_of_the_whole_cross_section_withholds_every_plan) {
    expect_stop("tear involves 100% of cross-sectional area");
    expect_plan("Tear involves 40% of cross-sectional area.");
    expect_plan("Sprinting at 100%, no pain at the tear site.");
}

TEST(red_flag_trial_38_kinds, gait_that_needs_an_aid_or_a_carrier_withholds_every_plan) {
    for (const std::string note :
         {"limp and a stick", "Wheeled in", "Piggybacked off", "Helped to the car"}) {
        expect_stop(note);
    }
    expect_plan("Piggyback carries with a partner.");
    expect_plan("Helped pack the car after the session.");
}

TEST(red_flag_trial_38_kinds, nerve_signs_in_the_foot_withhold_every_plan) {
    expect_stop("foot feels fuzzy");
    expect_stop("Struggles to lift the foot");
    expect_plan("Head feels fuzzy after a poor sleep.");
    expect_plan("Struggles to lift heavy on RDLs.");
}

TEST(red_flag_trial_38_kinds, another_persons_tear_withholds_no_plan) {
    expect_plan("Uncle had a hamstring avulsion");
    expect_stop("Dad says he has a hamstring avulsion");
}

TEST(red_flag_trial_38_kinds, an_aid_discontinued_withholds_no_plan) {
    expect_plan("Crutches: D/C'd.");
    expect_plan("Crutches ceased day 2.");
    expect_stop("Crutches ceased day 9.");  // written on day 7: still in use
    expect_stop("Crutches to be discontinued.");
}

TEST(red_flag_trial_38_kinds, a_past_symptom_now_gone_withholds_no_plan) {
    expect_plan("Had tingling on day 1, gone now.");
    expect_stop("Had tingling on day 1, still there now.");
    expect_stop("Had tingling on day 1, mostly gone now.");
}

TEST(red_flag_trial_38_kinds, a_denied_sign_withholds_no_plan) {
    expect_plan("No palpable defect or step.");
    expect_plan("N/T 0.");
    expect_stop("N/T 0 at rest, 3/10 on slump.");
}
