// Red flags written in words, trial 36's kinds of fault (red_flag_questions.hpp,
// red_flag_mentions.cpp, red_flag_context.cpp, red_flag_vocabulary.hpp): the trial's own notes,
// developed against; the held-out notes are red_flag_trial_36_held_out_test.cpp. Each note is
// decoded in a record whose assessment of day 7 records every red flag false, and the safety gate
// gives its verdict: a note that affirms a red flag withholds every plan; one that denies it, says
// it resolved on a day already passed, or speaks of a bruise or of heat withholds none and warns
// of nothing. Each kind is shown beside the near miss that must still stop.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "red_flag_notes.hpp"

using coach::test::expect_plan;
using coach::test::expect_stop;

TEST(red_flag_trial_36_kinds, compact_answers_to_a_label_or_question_withhold_every_plan) {
    for (const std::string note :
         {"Gap?? yes", "Gap?? maybe", "Gap: Y", "WB status - nil", "WB status: nil",
          "Weight bearing status: nil", "Sensation? Altered.", "Sensation? Reduced.",
          "Sensation? Abnormal."}) {
        expect_stop(note);
    }
    expect_plan("Gap?? no");
    expect_plan("Sensation? Normal.");
}

TEST(red_flag_trial_36_kinds, a_complete_tear_in_other_words_withholds_every_plan) {
    expect_stop("Free tendon fully torn.");
    expect_stop("Tear of the whole tendon width on MRI.");
    expect_plan("Full width squat, 3x8");  // no tear
    expect_plan("Pain free walking.");     // "free" still denies what it follows
}

TEST(red_flag_trial_36_kinds, barely_bearing_weight_or_fewer_than_four_steps_withhold_every_plan) {
    for (const std::string note :
         {"Hobbling, barely able to weight bear.", "barely able to bear weight",
          "Barely weight bearing.", "Managed only 3 steps unaided.",
          "Walking: only with assistance.", "Hopping on the other leg to get around.",
          "Hopping to get around."}) {
        expect_stop(note);
    }
    expect_plan("Step ups 3 x 10, 2 steps each side");  // a drill's steps
    expect_plan("Hopping around the cones drill, pain free");
}

TEST(red_flag_trial_36_kinds, altered_sensation_or_weak_dorsiflexion_withholds_every_plan) {
    for (const std::string note : {"Sensation: dull to pinprick over lateral foot.",
                                   "Weak ankle DF 3/5.", "Weak DF 3/5", "Ankle DF 3/5"}) {
        expect_stop(note);
    }
    expect_plan("Ankle DF 5/5");
}

TEST(red_flag_trial_36_kinds, a_step_deformity_withholds_every_plan) {
    expect_stop("Step deformity at ischial tuberosity.");
}

// A resolution dated to a day already passed resolves; one dated ahead has not yet come.
TEST(red_flag_trial_36_kinds, a_resolution_on_a_past_day_withholds_no_plan) {
    expect_plan("Numbness: resolved day 1.");
    expect_plan("Numbness: resolved yesterday.");
    expect_stop("Numbness: resolved day 9.");
}

TEST(red_flag_trial_36_kinds, a_defect_denied_as_not_palpable_withholds_no_plan) {
    expect_plan("Defect: none palpable.");
    expect_stop("Defect: palpable.");
}

TEST(red_flag_trial_36_kinds, a_corked_thigh_or_heat_on_the_skin_withholds_no_plan) {
    expect_plan("Dead leg (cork) to the quad last season, settled.");
    expect_plan("Tingling of the skin after heat pack, normal.");
    expect_plan("Tingling from heat pack, normal.");
    expect_stop("Leg feels dead and numb.");
    expect_stop("Tingling in the foot, heat pack applied.");
}

// A complete tear doubted and shown partial is denied; doubted alone it is not excluded.
TEST(red_flag_trial_36_kinds, a_complete_tear_doubted_and_shown_partial_withholds_no_plan) {
    expect_plan("Complete tear? Unlikely, US shows partial tear.");
    expect_stop("Complete tear? Unlikely.");
}
