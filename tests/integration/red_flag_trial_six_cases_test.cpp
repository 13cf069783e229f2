// The sixth user trial's records, run through `coach check` as a user would: a mention of a red
// flag that the words do not plainly deny or say has fully resolved stops every plan although
// the record says the flag is absent (a denial undone by an exception or a later admission, a
// resolution only partial; other words for being unable to bear weight, a gap and a loss of
// sensation), with a warning that quotes the words; plain denials written other ways stop
// nothing.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support.hpp"

using coach::test::lines;
using coach::test::run_coach;

namespace {

std::string fixture(const std::string& name) {
    return std::string{COACH_TEST_FIXTURES_DIR} + "/athletes/red_flags/" + name;
}

// `coach check` of `name`, whose text at `pointer` affirms what `where` records false as
// `records` (quoting `quoted`): the contradiction warning, exit 0, the stop `stop`, and exit 2
// under --strict.
void expect_stops(const std::string& name, const std::string& pointer, const std::string& quoted,
                  const std::string& where, const std::string& records, const std::string& stop) {
    const auto path = fixture(name);
    const auto checked = run_coach("--width 1000 check " + path);
    EXPECT_EQ(checked.exit_code, 0) << checked.err;
    EXPECT_EQ(lines(checked.err),
              std::vector<std::string>{"coach: warning: " + path + ": " + pointer + ": mentions \""
                                       + quoted + "\", but " + where + " records " + records
                                       + ": the words contradict the record, and the red flag is "
                                         "read as present (red flags win); correct the one that "
                                         "is wrong"});
    EXPECT_NE(checked.out.find(": stop: " + stop + " recorded on 2026-10-10 and not lifted since"),
              std::string::npos)
        << checked.out;
    EXPECT_EQ(run_coach("check --strict " + path).exit_code, 2);
}

const std::string this_assessment = "this assessment";
const std::string assessment_of = "the assessment of 2026-10-10";

}  // namespace

TEST(red_flag_trial_six, numbness_denied_except_when_sitting_stops_every_plan) {
    expect_stops("trial6_denied_except_when_sitting.json", "/assessments/0/notes", "numbness",
                 this_assessment, "symptoms.numbness false", "numbness");
}

TEST(red_flag_trial_six, numbness_denied_then_admitted_stops_every_plan) {
    expect_stops("trial6_denied_then_admitted.json", "/assessments/0/notes", "numbness",
                 this_assessment, "symptoms.numbness false", "numbness");
}

TEST(red_flag_trial_six, numbness_only_partly_resolved_in_the_injury_notes_stops_every_plan) {
    expect_stops("trial6_numbness_partly_resolved.json", "/injury/notes", "numbness", assessment_of,
                 "symptoms.numbness false", "numbness");
}

TEST(red_flag_trial_six, non_ambulant_stops_every_plan) {
    expect_stops("trial6_non_ambulant.json", "/assessments/0/notes", "non-ambulant",
                 this_assessment, "symptoms.unable_to_bear_weight false", "unable to bear weight");
}

TEST(red_flag_trial_six, discontinuity_on_palpation_stops_every_plan) {
    expect_stops("trial6_discontinuity_on_palpation.json", "/assessments/0/notes", "discontinuity",
                 this_assessment, "symptoms.palpable_gap false",
                 "a palpable gap at the injury site");
}

TEST(red_flag_trial_six, loss_of_sensation_in_a_log_note_stops_every_plan) {
    expect_stops("trial6_loss_of_sensation.json", "/log/0/notes", "loss of sensation",
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
