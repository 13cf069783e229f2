// Red flags written in words, trial 39's kinds of fault (red_flag_vocabulary.hpp,
// red_flag_mentions.cpp, red_flag_context.cpp, red_flag_denials.cpp, red_flag_affirmations.cpp,
// red_flag_clause.cpp, grade_in_text.cpp): the trial's own notes, developed against; the held-out
// notes are red_flag_trial_39_held_out_test.cpp. Each note is decoded in a record whose one
// assessment, on 2026-10-06 (day 5), records every red flag false, and the safety gate gives its
// verdict: a note that affirms a red flag withholds every plan; advice on what to watch for,
// another person's flag, a name, another word, and a negative screen withhold none and warn of
// nothing. Each kind is shown beside the near miss that must keep its reading.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "red_flag_notes.hpp"

using coach::test::gate_verdict_on;

namespace {

constexpr auto trial_date = "2026-10-06";  // the injury was on 2026-10-01, day 0

void expect_stop_on_trial_date(const std::string& note) {
    EXPECT_TRUE(gate_verdict_on(note, trial_date).stops) << note;
}

void expect_plan_on_trial_date(const std::string& note) {
    const auto verdict = gate_verdict_on(note, trial_date);
    EXPECT_FALSE(verdict.stops) << note;
    EXPECT_EQ(verdict.warnings, std::vector<std::string>{}) << note;
}

// Whether a record whose assessment of 2026-10-06 records every flag false, with `note` in a log
// entry of 2026-10-04 (or in the injury's notes when `in_injury`), withholds every plan.
bool stops_with_note_outside_the_assessment(const std::string& note, bool in_injury) {
    const std::string injury_notes = in_injury ? R"(,"notes":")" + note + "\"" : "";
    const std::string log =
        in_injury
            ? ""
            : R"(,"log":[{"date":"2026-10-04","philosophy":"eccentric-strength","completed":true,)"
              R"("pain_during":2,"pain_next_day":1,"fatigue":"normal","notes":")"
                  + note + R"(","items":[{"exercise":"slider_curl_double","sets":3,"reps":6}]}])";
    const auto decoded = coach::json::decode_athlete(
        R"({"schema":"coach.athlete/1","id":"a","injury":{"region":"hamstring","grade":2,)"
        R"("date":"2026-10-01")"
        + injury_notes + R"(},"assessments":[{"date":"2026-10-06","symptoms":)"
        + coach::test::all_flags_false + "}]" + log + "}");
    if (!decoded.value) {
        ADD_FAILURE() << note << ": " << decoded.problems.front().to_string();
        return false;
    }
    const auto planning = coach::Engine::make_case(decoded.value->athlete, decoded.value->request);
    return !coach::safety::stop_referrals(planning.input()).empty();
}

}  // namespace

TEST(red_flag_trial_39_kinds, a_nerve_sign_that_has_gone_numb_withholds_every_plan) {
    for (const std::string note :
         {"The foot has gone numb", "Leg has gone tingly", "Foot has gone dead",
          "Gone numb below the knee", "The foot has gone completely numb", "Foot's gone numb",
          "Toes have gone tingly", "Leg has gone numb, no pain", "gone numb"}) {
        expect_stop_on_trial_date(note);
        EXPECT_TRUE(stops_with_note_outside_the_assessment(note, true)) << note;
        EXPECT_TRUE(stops_with_note_outside_the_assessment(note, false)) << note;
    }
    expect_plan_on_trial_date("Numbness has gone");
    expect_plan_on_trial_date("The numbness is gone");
    // A word of degree after "gone" with no flag word following is the resolution's own: trial 40
    // found "completely" read as the opening of "complete tear" here.
    for (const std::string note :
         {"Numbness gone completely", "Tingling has gone completely", "Numbness has gone totally",
          "The tingling has gone completely "
          "now"}) {
        expect_plan_on_trial_date(note);
    }
}

TEST(red_flag_trial_39_kinds,
     a_resolution_dated_after_the_note_by_the_calendar_withholds_every_plan) {
    for (const std::string note :
         {"Tingling settled by 2026-10-09", "Tingling settled on 2026-10-09",
          "Numbness resolved 2026-10-10", "Numbness cleared on 10/10/2026",
          "Tingling settled by 9 Oct", "Numbness resolved by Friday 9 October"}) {
        expect_stop_on_trial_date(note);
    }
    expect_plan_on_trial_date("Tingling settled by 2026-10-04");
    expect_plan_on_trial_date("Tingling settled on 2026-10-05");
    expect_stop_on_trial_date("Tingling settled by day 8");
}

TEST(red_flag_trial_39_kinds, other_signs_in_words_withhold_every_plan) {
    for (const std::string note :
         {"Tendon ends separated on ultrasound", "Feels like a pothole in the back of the thigh",
          "Pt c/o 'dead' feeling in foot", "Dead feeling in the foot",
          "Hopped in from the car park", "walks only with support from a teammate",
          "Sleeping foot sensation in the toes", "dec sens lat foot", "2 ECs", "Amb with 1 EC",
          "paras++ sole", "Could not palpate the tendon"}) {
        expect_stop_on_trial_date(note);
    }
    expect_plan_on_trial_date("Deadlifts 3x5.");
    expect_plan_on_trial_date("Sleeping well.");
    expect_plan_on_trial_date("Hopping drills 3x10.");
    expect_plan_on_trial_date("Tendon palpable, not tender.");
}

TEST(red_flag_trial_39_kinds, advice_on_red_flags_to_watch_for_withholds_no_plan) {
    for (const std::string note :
         {"Explained red flags to watch for: numbness, tingling, inability to weight bear",
          "Educated: report any numbness or tingling at once", "Warned about avulsion signs",
          "Told to return if pins and needles develop", "If numb or tingling, stop and call"}) {
        expect_plan_on_trial_date(note);
    }
    expect_stop_on_trial_date("Warned about avulsion signs: a gap is palpable today.");
    expect_stop_on_trial_date("Advised crutches for a week.");
}

TEST(red_flag_trial_39_kinds, another_persons_flag_withholds_no_plan) {
    expect_plan_on_trial_date("Friend's tendon avulsion was operated on");
    expect_plan_on_trial_date("Teammate's complete tear");
    expect_plan_on_trial_date("Teammate was on crutches after an ACL");
    EXPECT_FALSE(
        stops_with_note_outside_the_assessment("Trained next to a player on crutches", false));
    expect_stop_on_trial_date("Using sister's crutches.");
}

TEST(red_flag_trial_39_kinds, a_name_or_another_word_withholds_no_plan) {
    for (const std::string note :
         {"Seen by Dr Crutchley", "Seen by physio J. Walker", "Avoids cane sugar in diet",
          "Zimmer frame belongs to his grandmother",
          "Hamstring bridge on a step, step-off controlled"}) {
        expect_plan_on_trial_date(note);
    }
    expect_stop_on_trial_date("Walks with a cane.");
    expect_stop_on_trial_date("Seen by Dr Smith, on crutches.");
    expect_stop_on_trial_date("Step-off felt at the ischium.");
}

TEST(red_flag_trial_39_kinds, a_negative_screen_or_history_withholds_no_plan) {
    for (const std::string note : {"Numbness screen: negative", "Hasn't had numbness at any point",
                                   "Cleared for tingling by neuro"}) {
        expect_plan_on_trial_date(note);
    }
    expect_stop_on_trial_date("Numbness screen: positive");
}
