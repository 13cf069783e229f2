// Red flags and grades written in words, trial 34's five kinds of fault (red_flag_questions.hpp,
// red_flag_vocabulary.hpp, grade_in_text.hpp): the trial's own notes, developed against; the
// held-out notes are red_flag_trial_34_held_out_test.cpp. Each note is decoded in a record whose
// assessment records every red flag false: a note that names a flag gives the one contradiction
// quoting its words and the flag is read present (the gate stops every plan); one that names
// none gives no warning.
#include <gtest/gtest.h>

#include <array>
#include <string>
#include <utility>
#include <vector>

#include "coach/json.hpp"
#include "coach/sdk/symptoms.hpp"
#include "red_flag_notes.hpp"

using coach::test::all_flags_false;
using coach::test::contradiction;
using coach::test::decode_saying;
using coach::test::expect_affirmed;
using coach::test::warnings_of;

namespace {

const std::string nerve = "symptoms.numbness false and symptoms.tingling false";

// Written on day 7, after the days the notes date ("cleared up by day 3": trial 38, a
// resolution dated after the day of writing stands).
void expect_no_warning(const std::string& note) {
    const auto decoded = decode_saying(note, all_flags_false, "2026-10-08");
    ASSERT_TRUE(decoded.value) << note;
    EXPECT_EQ(warnings_of(decoded), std::vector<std::string>{}) << note;
    EXPECT_EQ(decoded.value->athlete.injury.grade, 2) << note;
}

void expect_nerve_affirmed(const std::string& note, const std::string& quoted) {
    const auto decoded = decode_saying(note, all_flags_false);
    ASSERT_TRUE(decoded.value) << note;
    EXPECT_EQ(warnings_of(decoded), std::vector<std::string>{contradiction(quoted, nerve)}) << note;
    EXPECT_EQ(decoded.value->athlete.assessments[0].symptoms.numbness, coach::Finding::present);
    EXPECT_EQ(decoded.value->athlete.assessments[0].symptoms.tingling, coach::Finding::present);
}

}  // namespace

// Kind 1. A question the note answers: "Able to weight bear? No." is an inability to bear weight.
TEST(red_flag_trial_34_kinds, a_question_answered_is_read_as_its_answer) {
    expect_affirmed("Able to weight bear? No.", "Able to weight bear? No", "unable_to_bear_weight");
    expect_affirmed("Weight bearing? No.", "Weight bearing? No", "unable_to_bear_weight");
    expect_affirmed("Gap? Yes.", "Gap? Yes", "palpable_gap");
    expect_affirmed("Numbness? Yes.", "Numbness", "numbness");
    expect_affirmed("Numbness? No - only when sitting", "Numbness", "numbness");
    expect_nerve_affirmed("Sensation normal? No.", "Sensation normal? No");
    for (const std::string note :
         {"Numbness? No.", "Tingling in foot? No", "Pins and needles? No.", "Gap? No.",
          "Able to weight bear? Yes.", "Able to FWB? Yes", "Any difficulty walking? No.",
          "Any problems bearing weight? No", "Sensation normal? Yes."}) {
        expect_no_warning(note);
    }
}

// Kind 2. Nerve pain and a positive neural test are a referral, not a pain the record answers.
TEST(red_flag_trial_34_kinds, nerve_pain_affirms_both_nerve_flags) {
    expect_nerve_affirmed("shooting pain down the leg", "shooting pain down");
    expect_nerve_affirmed("positive slump test with distal symptoms", "positive slump");
    expect_nerve_affirmed("sciatic pain on the left", "sciatic");
    expect_nerve_affirmed("pain radiates down to the knee", "radiates");
    for (const std::string note : {"slump negative", "sciatic nerve glides 2x10", "shooting drills",
                                   "slump reproduces hamstring pain"}) {
        expect_no_warning(note);
    }
}

// Kind 3. A walking aid in the record's equipment is one in use: the latest assessment answers it.
TEST(red_flag_trial_34_kinds, a_walking_aid_in_the_equipment_is_an_inability_to_bear_weight) {
    const auto with = [](const std::string& equipment) {
        return coach::json::decode_athlete(
            R"({"schema":"coach.athlete/1","id":"a","injury":{"region":"hamstring","grade":2,)"
            R"("date":"2026-10-01"},"assessments":[{"date":"2026-10-02","symptoms":)"
            + std::string{all_flags_false} + R"(}],"equipment":)" + equipment + "}");
    };
    // A walking aid is also no equipment a philosophy looks for (known_equipment): both are said.
    const auto crutches = with(R"(["gym", "crutches"])");
    ASSERT_TRUE(crutches.value);
    EXPECT_EQ(warnings_of(crutches),
              (std::vector<std::string>{
                  "/equipment/1: \"crutches\" is no known equipment; known: gym, home, pool, "
                  "studio, track (a philosophy looks for these alone)",
                  "/equipment/1: mentions \"crutches\", but the assessment of 2026-10-02 records "
                  "symptoms.unable_to_bear_weight false: the words contradict the record, and the "
                  "red flag is read as present (red flags win); correct the one that is wrong"}));
    EXPECT_EQ(crutches.value->athlete.assessments[0].symptoms.unable_to_bear_weight,
              coach::Finding::present);
    const auto track = with(R"(["gym", "track"])");
    ASSERT_TRUE(track.value);
    EXPECT_TRUE(track.warnings.empty()) << warnings_of(track).front();
    // "sticks" of a sport are no walking aid: unknown equipment, and no red flag.
    const auto sticks = with(R"(["hockey sticks"])");
    ASSERT_TRUE(sticks.value);
    EXPECT_EQ(warnings_of(sticks),
              std::vector<std::string>{"/equipment/0: \"hockey sticks\" is no known equipment; "
                                       "known: gym, home, pool, studio, track (a philosophy looks "
                                       "for these alone)"});
    EXPECT_EQ(sticks.value->athlete.assessments[0].symptoms.unable_to_bear_weight,
              coach::Finding::absent);
}

// Kind 4. A resolution or a denial said whole is no flag.
TEST(red_flag_trial_34_kinds, a_resolution_with_its_time_and_a_list_of_denials_are_no_flag) {
    for (const std::string note :
         {"tingling disappeared after 2 days", "tingling cleared up by day 3",
          "RDL 3x8 - no tingling during", "no numbness, tingling or gap", "tingling went away",
          "tingling settled down"}) {
        expect_no_warning(note);
    }
    expect_affirmed("no numbness, tingling mild", "tingling", "tingling");
}

// Kind 5. A hamstring rupture or retraction is a grade 4 tear (the stop names the grade); one of
// another part of the body, or a mobilisation's grade, is not.
TEST(red_flag_trial_34_kinds, a_rupture_is_grade_4_and_another_parts_is_not_read) {
    for (const auto& [note, quoted, site] : std::vector<std::array<std::string, 3>>{
             {"ruptured", "ruptured", ""},
             {"retracted 4 cm", "retracted", ""},
             {"retracted tendon", "retracted tendon", " at site c"}}) {
        const auto decoded = decode_saying(note, all_flags_false);
        ASSERT_TRUE(decoded.value) << note;
        EXPECT_EQ(warnings_of(decoded),
                  std::vector<std::string>{
                      "/assessments/0/notes: says \"" + quoted
                      + "\", but injury records grade 2: the worse grade is read (the worst "
                        "reading wins), so the safety gate stops every plan as for a recorded "
                        "grade 4"
                      + site + "; correct the one that is wrong"})
            << note;
        EXPECT_EQ(decoded.value->athlete.injury.grade, 4) << note;
        EXPECT_EQ(decoded.value->athlete.assessments[0].symptoms.palpable_gap,
                  coach::Finding::absent)
            << note;
    }
    for (const std::string note : {"ruptured Achilles in 2015, unrelated", "ACL rupture 2019",
                                   "scapular retraction holds", "Mobs: grade 4 PA to L4/5"}) {
        expect_no_warning(note);
    }
    const auto mobs = coach::json::decode_athlete(
        R"({"schema":"coach.athlete/1","id":"a","injury":{"region":"hamstring","grade":2,)"
        R"("date":"2026-10-01"},"mobs":"grade 4"})");
    ASSERT_TRUE(mobs.value);
    EXPECT_EQ(warnings_of(mobs), std::vector<std::string>{"/mobs: unknown field \"mobs\""});
    EXPECT_EQ(mobs.value->athlete.injury.grade, 2);
    // The key's words as the field reader splits them: camelCase names the exercise too, while a
    // key that names no therapy still has its grade read.
    for (const auto& [key, grade] : std::vector<std::pair<std::string, int>>{
             {"nordicGrade", 2}, {"MobsGrade", 2}, {"imagingGrade", 4}}) {
        const auto decoded = coach::json::decode_athlete(
            R"({"schema":"coach.athlete/1","id":"a","injury":{"region":"hamstring","grade":2,)"
            R"("date":"2026-10-01"},")"
            + key + R"(":"grade 4"})");
        ASSERT_TRUE(decoded.value) << key;
        EXPECT_EQ(decoded.value->athlete.injury.grade, grade) << key;
    }
}
