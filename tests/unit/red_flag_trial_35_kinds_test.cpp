// Red flags written in words, trial 35's kinds of fault (red_flag_questions.hpp,
// red_flag_context.cpp, red_flag_vocabulary.hpp): the trial's own notes, developed against; the
// held-out notes are red_flag_trial_35_held_out_test.cpp. Each note is decoded in a record whose
// assessment of day 7 records every red flag false, and the safety gate gives its verdict: a
// note that affirms or doubts a red flag withholds every plan; one that denies it, says it has
// resolved, or speaks of another body site, another person, an old injury or the effect of ice
// withholds none and warns of nothing.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "red_flag_notes.hpp"

using coach::test::gate_verdict_on;

using coach::test::expect_plan;
using coach::test::expect_stop;

// A red flag doubted is not excluded: a clinician would not load until it is.
TEST(red_flag_trial_35_kinds, a_hedged_or_doubted_answer_withholds_every_plan) {
    for (const std::string note :
         {"Able to weight bear? Not really.", "Bearing weight? Barely.", "Gap? Unsure.",
          "? numbness L foot, to recheck", "?gap on palpation - US to confirm"}) {
        expect_stop(note);
    }
}

// Walking only with help, a few steps, or hopping: weight is not borne (Ottawa rules: four
// steps).
TEST(red_flag_trial_35_kinds, walking_described_as_impaired_withholds_every_plan) {
    for (const std::string note :
         {"Needs help to walk", "can only walk a few steps", "hop-to gait"}) {
        expect_stop(note);
    }
}

TEST(red_flag_trial_35_kinds, shorthand_answers_and_a_tick_withhold_every_plan) {
    expect_stop("N: yes T: no");
    expect_stop("Gap \xE2\x9C\x93");
    expect_plan("N: no T: no");
}

TEST(red_flag_trial_35_kinds, altered_sensation_withholds_every_plan) {
    for (const std::string note :
         {"Sensation: reduced", "Sensation \xE2\x86\x93 lat foot", "burning in sole of foot",
          "feels like ants crawling on the foot"}) {
        expect_stop(note);
    }
    expect_plan("Sensation: normal");
}

// Partial weight bearing is not full weight bearing (docs/DATA.md, "Safety gate").
TEST(red_flag_trial_35_kinds, partial_weight_bearing_withholds_every_plan) {
    expect_stop("PWB");
    expect_stop("Weight bearing? Partial.");
}

TEST(red_flag_trial_35_kinds, a_strong_denial_withholds_no_plan) {
    for (const std::string note :
         {"Numbness? Never.", "Tingling? Not at all.", "no numbness, tingling, or palpable gap",
          "no shooting pain down the leg", "no numbness during or after",
          "tingling vanished after the first week"}) {
        expect_plan(note);
    }
}

TEST(red_flag_trial_35_kinds, an_aid_of_the_first_day_only_withholds_no_plan) {
    expect_plan("NWB for 24h only, FWB since day 1");
    expect_stop("NWB for 24h only, still NWB");
}

TEST(red_flag_trial_35_kinds, a_symptom_of_another_body_site_withholds_no_plan) {
    for (const std::string note : {"Numb fingers from the cold during session",
                                   "Tingling in fingers when cycling (handlebar), unrelated",
                                   "Longstanding tingling R hand (ulnar), unrelated"}) {
        expect_plan(note);
    }
    expect_stop("Tingling in fingers and toes");
}

TEST(red_flag_trial_35_kinds, another_persons_red_flag_withholds_no_plan) {
    expect_plan("Dad on crutches after knee op, drives her to clinic");
    // The grade reader still asks to check the grade (a complete tear dated before this injury),
    // but no red flag is read.
    const auto teammate = gate_verdict_on("Teammate had a complete tear last year");
    EXPECT_FALSE(teammate.stops);
    EXPECT_EQ(teammate.warnings,
              std::vector<std::string>{
                  "/assessments/0/notes: says \"complete tear\", dated as an earlier injury: "
                  "injury records grade 2, which the safety gate reads; check the grade"});
    expect_stop("Dad says he is on crutches");
}

TEST(red_flag_trial_35_kinds, an_old_injury_withholds_no_plan) {
    expect_plan("Used crutches in 2019 for ankle sprain");
    expect_plan("History: L ankle sprain 2020 (crutches 1 week)");
    expect_stop("On crutches since 2019, still using them");
}

TEST(red_flag_trial_35_kinds, numbness_from_ice_withholds_no_plan) {
    expect_plan("Ice applied until the area went numb");
    expect_stop("Numb foot, ice applied");
}
