// Trial 41's red flags written in everyday words that went through: a palpable gap said as a
// hollow the finger pokes into, fingers that sink into the muscle where it tore, a step off in the
// muscle's contour, and numbness said as a deadness of the leg. Each is read as its flag, in an
// assessment (the plan is withheld) and in the log (the record is refused until an assessment
// records the symptom); the words around them that are not flags plan as before.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "coach/json.hpp"
#include "red_flag_notes.hpp"
#include "support.hpp"

using coach::test::gate_verdict_on;

namespace {

constexpr auto trial_date = "2026-10-06";  // the injury was on 2026-10-01, day 0

}  // namespace

TEST(red_flag_trial_41, a_gap_or_numbness_in_everyday_words_withholds_every_plan) {
    for (const std::string note :
         {"a hollow I can poke my finger into at the back of the thigh",
          "I can push my fingers into the muscle where it tore", "fingers sink into the muscle",
          "a step off in the muscle contour", "a deadness in the back of the leg"}) {
        EXPECT_TRUE(gate_verdict_on(note, trial_date).stops) << note;
    }
}

TEST(red_flag_trial_41, the_same_words_about_something_else_plan) {
    for (const std::string note :
         {"No hollow felt at the site", "Hollow body holds done", "Muscle contour normal",
          "No step off in the muscle contour", "Smooth contour, no step",
          "Step-ups done; contour of quads fine",
          "Push your fingers into the muscle to massage where it tore",
          "Felt fine, fingers crossed for the tear to heal",
          "Fingers crossed it heals where it tore", "No deadness",
          // Trial 42: a denial said with "zero".
          "Zero numbness; zero tingling", "zero numbness, tingling or gap"}) {
        const auto verdict = gate_verdict_on(note, trial_date);
        EXPECT_FALSE(verdict.stops) << note;
        EXPECT_EQ(verdict.warnings, std::vector<std::string>{}) << note;
    }
}

TEST(red_flag_trial_41, a_hollow_in_a_log_note_refuses_the_record_until_an_assessment_says) {
    const auto decoded = coach::json::decode_athlete(coach::test::read_file(
        coach::test::fixture("athletes/invalid/hollow_in_log_unrecorded.json")));
    ASSERT_FALSE(decoded.value);
    ASSERT_FALSE(decoded.problems.empty());
    EXPECT_EQ(decoded.problems.front().to_string(),
              "/log/0/notes: mentions \"hollow I can poke\", but no assessment on or after "
              "2026-10-05 records symptoms.palpable_gap: record it (true or false) so that the "
              "safety gate can act on it");
}

// A gap placed on the other leg is not a gap at this injury's site; a gap compared with the other
// side is one here, and numbness in the other leg is still read (both legs point to the spine).
TEST(red_flag_trial_41, a_gap_on_the_other_leg_plans_and_a_comparison_with_it_stops) {
    for (const std::string note :
         {"gap felt in the other leg years ago, this one is fine",
          "Palpable gap on the opposite thigh after the 2019 tear; this side intact",
          "an old dent in his good hamstring"}) {
        const auto verdict = gate_verdict_on(note, trial_date);
        EXPECT_FALSE(verdict.stops) << note;
        EXPECT_EQ(verdict.warnings, std::vector<std::string>{}) << note;
    }
    for (const std::string note :
         {"gap palpable compared with the other side", "gap felt, worse than in the other leg",
          "numbness in the other leg", "a dent in the hamstring"}) {
        EXPECT_TRUE(gate_verdict_on(note, trial_date).stops) << note;
    }
}

namespace {

// The trial's record (a denial in the log note of 2026-10-05, no assessment on or after that
// day) with its note replaced by `note`: the first problem decoding it, or "" when it decodes.
std::string problem_with_log_note(const std::string& note) {
    auto text = coach::test::read_file(
        coach::test::fixture("athletes/red_flags/trial41_denial_in_log.json"));
    const std::string trial_note = "denies pins and needles; full weight bearing";
    text.replace(text.find(trial_note), trial_note.size(), note);
    const auto decoded = coach::json::decode_athlete(text);
    return decoded.problems.empty() ? std::string{} : decoded.problems.front().to_string();
}

}  // namespace

// A log note that denies or resolves a flag is read as it is in an assessment's note: no
// assessment is asked to record it (trial 41: "denies pins and needles" refused the record). A
// note that affirms, suspects or asks still needs an assessment on or after its day.
TEST(red_flag_trial_41, a_denial_in_a_log_note_asks_no_record_and_an_affirmation_does) {
    for (const std::string note :
         {"denies pins and needles; full weight bearing", "numbness has gone completely",
          "no numbness or tingling", "No gap felt"}) {
        EXPECT_EQ(problem_with_log_note(note), "") << note;
    }
    EXPECT_EQ(problem_with_log_note("pins and needles in the foot after the run"),
              "/log/0/notes: mentions \"needles\", but no assessment on or after 2026-10-05 "
              "records symptoms.tingling: record it (true or false) so that the safety gate can "
              "act on it");
    for (const std::string note :
         {"numbness after the run", "? numbness in the foot", "possible gap at the site",
          "no numbness yesterday, numb today"}) {
        EXPECT_NE(problem_with_log_note(note), "") << note;
    }
}
