// Red flags written in words, trial 37's kinds of fault (red_flag_vocabulary.hpp,
// doubt_vocabulary.hpp, red_flag_words.cpp, red_flag_denials.cpp, red_flag_clause.cpp,
// red_flag_weight_bearing.cpp): the trial's own notes, developed against; the held-out notes are
// red_flag_trial_37_held_out_test.cpp. Each note is decoded in a record whose assessment of day 7
// records every red flag false, and the safety gate gives its verdict: a note that affirms a red
// flag withholds every plan; one that keeps the symptom above the knee, says it is no longer
// there, explains it by a posture, or speaks of walking with pain withholds none and warns of
// nothing. Each kind is shown beside the near miss that must keep its old reading.
#include <gtest/gtest.h>

#include <string>

#include "red_flag_notes.hpp"

using coach::test::expect_plan;
using coach::test::expect_stop;

TEST(red_flag_trial_37_kinds, a_gap_answered_with_its_size_or_doubted_withholds_every_plan) {
    for (const std::string note :
         {"Gap? Small.", "Gap? Tiny one.", "Gap: ?", "Possible gap proximally.",
          "MRI: possible 4 cm gap", "Hamstring tear ? complete."}) {
        expect_stop(note);
    }
    expect_plan("Gap? No.");
    expect_plan("Gap: none palpable.");
    expect_plan("No gap, possible small partial tear.");  // the doubt is of the tear
}

TEST(red_flag_trial_37_kinds, nerve_signs_withhold_every_plan) {
    for (const std::string note :
         {"No relief of numbness.", "Pt reports electric shock-like pain down leg.",
          "Neural tension +ve.", "Neuro: reduced L/T S1.", "Sens. reduced lat. foot",
          "Loss of power in the foot.", "Weakness in foot.", "LBP with leg pain below knee.",
          "tin\u00ADgling in foot"}) {
        expect_stop(note);
    }
    expect_plan("Neural tension test negative.");
    expect_plan("LT hamstring strength reduced.");   // "LT" is left here
    expect_plan("Loss of power in the hamstring.");  // the strain, not the nerve
    expect_plan("Weak calf raises on the left foot side.");
}

TEST(red_flag_trial_37_kinds, a_gap_described_withholds_every_plan) {
    expect_stop("Bunching of muscle on contraction.");
    expect_stop("Team doc: 'there's a hole in it'.");
}

TEST(red_flag_trial_37_kinds, crutches_in_use_or_helped_off_withholds_every_plan) {
    expect_stop("Crutches at night only.");
    expect_stop("Had to be helped off the pitch.");
    expect_stop("Helped off the field by two teammates.");
    expect_plan("Crutches for 2 nights only, walking normally since.");  // the first days only
    expect_plan("Walked off the pitch unaided.");
}

TEST(red_flag_trial_37_kinds, symptoms_above_the_knee_or_gone_withhold_no_plan) {
    for (const std::string note :
         {"Slump reproduces posterior thigh pain only, no distal symptoms.",
          "Numbness no longer present.", "Pain radiates to knee only.",
          "Pt cannot walk without pain.",
          "Pins and needles settled after 10 min (was sitting on a hard bench)."}) {
        expect_plan(note);
    }
    expect_stop("Pain radiates below the knee.");
    expect_stop("Numbness no longer present, except at night.");
    expect_stop("Pt cannot walk without crutches.");
    expect_stop("Pins and needles settled after 10 min (was sitting, still some in toes).");
}

namespace {

// A record of a "wheelchair rugby" player whose assessment records every red flag false and says
// `note`, decoded.
coach::json::Decoded<coach::json::AthleteFile> wheelchair_rugby_player_saying(
    const std::string& note) {
    return coach::json::decode_athlete(
        R"({"schema":"coach.athlete/1","id":"a","profile":{"sport":"wheelchair rugby"},)"
        R"("injury":{"region":"hamstring","grade":2,"date":"2026-10-01"},"assessments":[)"
        R"({"date":"2026-10-08","symptoms":)"
        + std::string{coach::test::all_flags_false} + R"(,"notes":")" + note + R"("}]})");
}

}  // namespace

TEST(red_flag_trial_37_kinds, a_sport_named_in_the_profile_withholds_no_plan) {
    const auto sport_only = wheelchair_rugby_player_saying("Sore after training.");
    ASSERT_TRUE(sport_only.value);
    EXPECT_EQ(coach::test::warnings_of(sport_only), std::vector<std::string>{});
    // The same word in the notes is a wheelchair in use.
    const auto in_use = wheelchair_rugby_player_saying("Uses a wheelchair since the fall.");
    ASSERT_TRUE(in_use.value);
    EXPECT_EQ(coach::test::warnings_of(in_use),
              std::vector<std::string>{coach::test::contradiction(
                  "wheelchair", "symptoms.unable_to_bear_weight false")});
}
