// Red flags written in words, trial 40's kinds of fault (red_flag_vocabulary.hpp,
// red_flag_mentions.cpp, red_flag_context.cpp, red_flag_denials.cpp, red_flag_affirmations.cpp,
// red_flag_weight_bearing.cpp, red_flag_clause.cpp): the trial's own notes, developed against; the
// held-out notes are red_flag_trial_40_held_out_test.cpp. Each note is decoded in a record whose
// one assessment, on 2026-10-06 (a Tuesday, day 5), records every red flag false, and the safety
// gate gives its verdict: a note that affirms a red flag withholds every plan; a resolution said
// with "'s", a past symptom, an aid of the past or declined, a negative screen or a zero score,
// another body part, cause or person, and education withhold none and warn of nothing. Each kind
// is shown beside the near miss that must keep its reading.
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

// A record whose assessment of 2026-10-06 records every flag false, with `note` in a log entry
// of `log_date` (or in the injury's notes when `in_injury`), decoded.
coach::json::Decoded<coach::json::AthleteFile> decode_with_note_outside_the_assessment(
    const std::string& note, bool in_injury, const std::string& log_date = "2026-10-04") {
    const std::string injury_notes = in_injury ? R"(,"notes":")" + note + "\"" : "";
    const std::string log =
        in_injury
            ? ""
            : R"(,"log":[{"date":")" + log_date
                  + R"(","philosophy":"eccentric-strength","completed":true,)"
                    R"("pain_during":2,"pain_next_day":1,"fatigue":"normal","notes":")"
                  + note + R"(","items":[{"exercise":"slider_curl_double","sets":3,"reps":6}]}])";
    return coach::json::decode_athlete(
        R"({"schema":"coach.athlete/1","id":"a","injury":{"region":"hamstring","grade":2,)"
        R"("date":"2026-10-01")"
        + injury_notes + R"(},"assessments":[{"date":"2026-10-06","symptoms":)"
        + coach::test::all_flags_false + "}]" + log + "}");
}

// Whether the record of decode_with_note_outside_the_assessment withholds every plan.
bool stops_with_note_outside_the_assessment(const std::string& note, bool in_injury,
                                            const std::string& log_date = "2026-10-04") {
    const auto decoded = decode_with_note_outside_the_assessment(note, in_injury, log_date);
    if (!decoded.value) {
        ADD_FAILURE() << note << ": " << decoded.problems.front().to_string();
        return false;
    }
    const auto planning = coach::Engine::make_case(decoded.value->athlete, decoded.value->request);
    return !coach::safety::stop_referrals(planning.input()).empty();
}

}  // namespace

TEST(red_flag_trial_40_kinds, gone_before_a_symptom_of_several_words_withholds_every_plan) {
    for (const std::string note :
         {"Calf has gone all pins and needles", "Leg has gone to pins and needles",
          "Leg's gone dead below the knee"}) {
        expect_stop_on_trial_date(note);
        EXPECT_TRUE(stops_with_note_outside_the_assessment(note, true)) << note;
        EXPECT_TRUE(stops_with_note_outside_the_assessment(note, false)) << note;
    }
    // A log note after the last assessment with no record after it: refused until recorded.
    const auto after = decode_with_note_outside_the_assessment("Leg's gone dead below the knee",
                                                               false, "2026-10-07");
    EXPECT_FALSE(after.value);
    expect_plan_on_trial_date("Pins and needles have gone");
    expect_plan_on_trial_date("Leg has gone well today");
}

TEST(red_flag_trial_40_kinds, a_resolution_dated_after_the_note_in_any_form_withholds_every_plan) {
    for (const std::string note : {"Numbness resolved by 9.10.2026", "Numbness resolved on the 9th",
                                   "Numbness resolved on 9/10", "Numbness resolved 20261009",
                                   "Numbness resolved 3 days from now", "Tingling gone by Friday",
                                   "Numbness resolved by next week"}) {
        expect_stop_on_trial_date(note);
    }
    for (const std::string note :
         {"Numbness resolved by 4.10.2026", "Numbness resolved on the 2nd",
          "Numbness resolved on 3/10", "Numbness resolved 20261004", "Tingling gone by Tuesday",
          "Tingling gone since Friday", "Numbness resolved on 2026-10-06"}) {
        expect_plan_on_trial_date(note);
    }
}

TEST(red_flag_trial_40_kinds,
     a_tendon_not_felt_its_end_felt_or_under_four_steps_withholds_every_plan) {
    expect_stop_on_trial_date("Heard a pop, large bruise, tendon not felt at the ischium");
    expect_stop_on_trial_date("Could not take four steps");
    EXPECT_TRUE(stops_with_note_outside_the_assessment(
        "Felt a pop, tendon end palpable near the sit bone", true));
    expect_plan_on_trial_date("Tendon felt at the ischium, not tender");
    expect_plan_on_trial_date("Tendon palpable at the end of range");
    expect_plan_on_trial_date("Took four steps and walked on");
}

TEST(red_flag_trial_40_kinds, a_resolution_said_with_an_apostrophe_s_withholds_no_plan) {
    for (const std::string note :
         {"The tingling's gone", "Tingling's gone", "The numbness's gone", "Tingling's resolved",
          "The numbness's settled", "Tingling had gone by the next morning (2026-10-02)"}) {
        expect_plan_on_trial_date(note);
    }
    expect_stop_on_trial_date("The tingling's back");
    expect_stop_on_trial_date("The numbness's worse");
}

TEST(red_flag_trial_40_kinds, a_past_symptom_timed_by_a_day_or_an_event_withholds_no_plan) {
    for (const std::string note :
         {"Numbness on day 1 resolved by day 2", "Numbness day 1 resolved day 2",
          "Tingling on day 1 that settled by day 3", "Tingling on day 1 only",
          "Numbness day 2 only", "Tingling went on day 2",
          "Numbness settled within 24 hours of the injury",
          "Brief tingling at the time of injury, none since",
          "Tingling at the time of injury, settled within minutes",
          "History: numb foot after a 2024 back injury, none now"}) {
        expect_plan_on_trial_date(note);
    }
    expect_stop_on_trial_date("Numbness on day 1 resolved by day 9");
    expect_stop_on_trial_date("Tingling on day 5 only");
    expect_stop_on_trial_date("Brief tingling at the time of injury, some since");
}

TEST(red_flag_trial_40_kinds, an_aid_of_the_past_or_declined_withholds_no_plan) {
    for (const std::string note :
         {"Used crutches for one day after the injury, none since", "Crutches for 24h, FWB since",
          "Crutches offered, declined; walks normally",
          "Could not walk for an hour after the injury, walking normally since"}) {
        expect_plan_on_trial_date(note);
    }
    expect_stop_on_trial_date("Crutches offered and used");
    expect_stop_on_trial_date("Could not walk for an hour after the injury");
}

TEST(red_flag_trial_40_kinds, a_negative_screen_or_a_zero_score_withholds_no_plan) {
    for (const std::string note :
         {"Red flag screen negative (numbness, tingling, NWB, gap)", "Numbness 0/10",
          "No numbness ever reported", "Numbness tested: normal"}) {
        expect_plan_on_trial_date(note);
    }
    expect_stop_on_trial_date("Red flag screen positive (numbness)");
    expect_stop_on_trial_date("Numbness 3/10");
    expect_stop_on_trial_date("Numbness 0/10 at rest, 4/10 on slump");
}

TEST(red_flag_trial_40_kinds, another_body_part_cause_or_education_withholds_no_plan) {
    for (const std::string note :
         {"Tingling in the fingers from the cold, legs normal",
          "Ice pack left skin a bit numb for 10 minutes, sensation normal after",
          "Gave him a leaflet about numbness and tingling",
          "Reminded: numbness or tingling means stop and call",
          "Watched a video on avulsion injuries"}) {
        expect_plan_on_trial_date(note);
    }
    expect_stop_on_trial_date("Tingling in the fingers and the legs");
    expect_stop_on_trial_date("Gave him a leaflet; numbness in the foot today");
}

// A log note dated after the last assessment needs no record for a resolution it dates, nor for
// another person's symptom (DATA.md): the record is planned, not refused with "no assessment on
// or after ... records symptoms.numbness".
TEST(red_flag_trial_40_kinds, a_later_log_note_of_a_dated_resolution_or_another_person_is_planned) {
    for (const std::string note : {"Numbness resolved 2026-10-06", "Teammate's foot went numb"}) {
        const auto decoded = decode_with_note_outside_the_assessment(note, false, "2026-10-07");
        ASSERT_TRUE(decoded.value) << note << ": " << decoded.problems.front().to_string();
        EXPECT_FALSE(stops_with_note_outside_the_assessment(note, false, "2026-10-07")) << note;
    }
    EXPECT_FALSE(
        decode_with_note_outside_the_assessment("Numbness resolved 2026-10-09", false, "2026-10-07")
            .value);
    EXPECT_FALSE(
        decode_with_note_outside_the_assessment("Foot went numb", false, "2026-10-07").value);
}
