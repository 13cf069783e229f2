// Trial 33's kinds of fault in red flags in notes, one record each, run through `coach check` as a
// user would: a flag that comes "on and off", a denial undone by a short next sentence ("No
// tingling. Sometimes."), a denial hedged after its comma ("no numbness, I think"), elbow crutches
// in clinical shorthand ("PWB c EC"), a word the reader did not know ("lumbar radiculopathy") and a
// flag word written with a Cyrillic look-alike letter stop every plan, with a warning that quotes
// the words as written; resolutions with their time, a list after "denies", crutches handed back
// and exercises named after an aid stop nothing.
#include <gtest/gtest.h>

#include <string>

#include "red_flag_stop.hpp"
#include "support.hpp"

using coach::test::expect_red_flag_stop;
using coach::test::run_coach;

namespace {

const std::string notes = "/assessments/0/notes";
const std::string this_assessment = "this assessment";

}  // namespace

TEST(red_flag_trial_33_kinds, tingling_on_and_off_stops_every_plan) {
    expect_red_flag_stop("trial33k_tingling_on_and_off.json", notes, "tingling", this_assessment,
                         "symptoms.tingling false", "tingling");
}

TEST(red_flag_trial_33_kinds, a_denial_undone_by_a_short_next_sentence_stops_every_plan) {
    expect_red_flag_stop("trial33k_no_tingling_sometimes.json", notes, "tingling", this_assessment,
                         "symptoms.tingling false", "tingling");
}

TEST(red_flag_trial_33_kinds, a_denial_hedged_after_its_comma_stops_every_plan) {
    expect_red_flag_stop("trial33k_no_numbness_i_think.json", notes, "numbness", this_assessment,
                         "symptoms.numbness false", "numbness");
}

TEST(red_flag_trial_33_kinds, elbow_crutches_in_clinical_shorthand_stop_every_plan) {
    // Since trial 35 "PWB" itself says full weight is not borne, and is the words quoted.
    expect_red_flag_stop("trial33k_pwb_c_ec.json", notes, "PWB", this_assessment,
                         "symptoms.unable_to_bear_weight false", "unable to bear weight");
}

TEST(red_flag_trial_33_kinds, a_radiculopathy_stops_every_plan) {
    expect_red_flag_stop("trial33k_lumbar_radiculopathy.json", notes, "radiculopathy",
                         this_assessment, "symptoms.numbness false and symptoms.tingling false",
                         "numbness and tingling");
}

TEST(red_flag_trial_33_kinds, a_flag_word_with_a_look_alike_letter_stops_every_plan) {
    expect_red_flag_stop("trial33k_numbness_look_alike_letter.json", notes, "numbn\u0435ss",
                         this_assessment, "symptoms.numbness false", "numbness");
}

// Every flag recorded false: valid under --strict, no warning, and no stop.
TEST(red_flag_trial_33_kinds, resolutions_with_their_time_and_aids_put_away_stop_nothing) {
    const auto path = std::string{COACH_TEST_FIXTURES_DIR}
                      + "/athletes/red_flags/trial33k_plain_resolutions_and_aids_put_away.json";
    const auto checked = run_coach("--width 1000 check --strict " + path);
    EXPECT_EQ(checked.exit_code, 0) << checked.err;
    EXPECT_EQ(checked.err, "");
    EXPECT_EQ(checked.out.find(": stop:"), std::string::npos) << checked.out;
}
