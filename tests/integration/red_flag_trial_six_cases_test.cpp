// The sixth user trial's records, run through `coach check` as a user would: a mention of a red
// flag that the words do not plainly deny or say has fully resolved stops every plan although
// the record says the flag is absent (a denial undone by an exception or a later admission, a
// resolution only partial; other words for being unable to bear weight, a gap and a loss of
// sensation), with a warning that quotes the words; plain denials written other ways stop
// nothing.
#include <gtest/gtest.h>

#include <string>

#include "red_flag_stop.hpp"
#include "support.hpp"

using coach::test::expect_red_flag_stop;
using coach::test::run_coach;

namespace {

std::string fixture(const std::string& name) {
    return std::string{COACH_TEST_FIXTURES_DIR} + "/athletes/red_flags/" + name;
}

const std::string this_assessment = "this assessment";
const std::string assessment_of = "the assessment of 2026-10-10";

}  // namespace

TEST(red_flag_trial_six, numbness_denied_except_when_sitting_stops_every_plan) {
    expect_red_flag_stop("trial6_denied_except_when_sitting.json", "/assessments/0/notes",
                         "numbness", this_assessment, "symptoms.numbness false", "numbness");
}

TEST(red_flag_trial_six, numbness_denied_then_admitted_stops_every_plan) {
    expect_red_flag_stop("trial6_denied_then_admitted.json", "/assessments/0/notes", "numbness",
                         this_assessment, "symptoms.numbness false", "numbness");
}

TEST(red_flag_trial_six, numbness_only_partly_resolved_in_the_injury_notes_stops_every_plan) {
    expect_red_flag_stop("trial6_numbness_partly_resolved.json", "/injury/notes", "numbness",
                         assessment_of, "symptoms.numbness false", "numbness");
}

TEST(red_flag_trial_six, non_ambulant_stops_every_plan) {
    expect_red_flag_stop("trial6_non_ambulant.json", "/assessments/0/notes", "non-ambulant",
                         this_assessment, "symptoms.unable_to_bear_weight false",
                         "unable to bear weight");
}

TEST(red_flag_trial_six, discontinuity_on_palpation_stops_every_plan) {
    expect_red_flag_stop("trial6_discontinuity_on_palpation.json", "/assessments/0/notes",
                         "discontinuity", this_assessment, "symptoms.palpable_gap false",
                         "a palpable gap at the injury site");
}

TEST(red_flag_trial_six, loss_of_sensation_in_a_log_note_stops_every_plan) {
    expect_red_flag_stop("trial6_loss_of_sensation.json", "/log/0/notes", "loss of sensation",
                         assessment_of, "symptoms.numbness false and symptoms.tingling false",
                         "numbness and tingling");
}

// "numbness: not present. N/T: -. numbness/tingling: all nil. red flags: none (numbness,
// tingling, NWB, gap). free of numbness, numbness-free, absence of numbness", every flag recorded
// false: valid, no warning, and no stop.
TEST(red_flag_trial_six, plain_denials_in_other_words_stop_nothing) {
    const auto path = fixture("trial6_plain_denials.json");
    const auto checked = run_coach("--width 1000 check --strict " + path);
    EXPECT_EQ(checked.exit_code, 0) << checked.err;
    EXPECT_EQ(checked.err, "");
    EXPECT_NE(checked.out.find("trial6_plain_denials.json: ok:"), std::string::npos) << checked.out;
    EXPECT_EQ(checked.out.find(": stop:"), std::string::npos) << checked.out;
}
