// Red flags written in words, trial 33's seven kinds of fault
// (engine/src/json/red_flag_vocabulary.hpp, red_flag_clause.cpp): each row is a note of the trial
// or one written beside it of the same kind. A row that names a flag is decoded in a record whose
// assessment records every red flag false: the one warning is the contradiction quoting the row's
// words, and the flag (both nerve flags, for words that name both) is read present, so the gate
// stops every plan. A row that says the flag is gone or names none gives no warning, and the
// record's "absent" stands.
#include <gtest/gtest.h>

#include <array>
#include <string>
#include <vector>

#include "coach/json.hpp"
#include "coach/sdk/enum_names.hpp"
#include "coach/sdk/symptoms.hpp"
#include "red_flag_notes.hpp"

using coach::test::all_flags_false;
using coach::test::contradiction;
using coach::test::decode_saying;
using coach::test::warnings_of;

namespace {

// note, the words quoted, what the assessment is said to record ("symptoms.numbness false").
using Rows = std::vector<std::array<std::string, 3>>;

const std::string numbness = "symptoms.numbness false";
const std::string tingling = "symptoms.tingling false";
const std::string nerve = "symptoms.numbness false and symptoms.tingling false";
const std::string weight = "symptoms.unable_to_bear_weight false";
const std::string gap = "symptoms.palpable_gap false";

// Each row's note stops every plan: the contradiction quoting its words is the one warning, and
// each flag it names is read present.
void expect_stops(const Rows& rows) {
    for (const auto& [note, quoted, records] : rows) {
        const auto decoded = decode_saying(note, all_flags_false);
        ASSERT_TRUE(decoded.value) << note;
        EXPECT_EQ(warnings_of(decoded), std::vector<std::string>{contradiction(quoted, records)})
            << note;
        const auto& symptoms = decoded.value->athlete.assessments[0].symptoms;
        for (const auto flag :
             {coach::RedFlag::numbness, coach::RedFlag::tingling,
              coach::RedFlag::unable_to_bear_weight, coach::RedFlag::palpable_gap}) {
            const bool named =
                records.find("symptoms." + std::string{coach::to_string(flag)} + " false")
                != std::string::npos;
            EXPECT_EQ(coach::finding(symptoms, flag),
                      named ? coach::Finding::present : coach::Finding::absent)
                << note << ": " << coach::to_string(flag);
        }
    }
}

// Each note stops nothing: no warning, and every flag recorded absent stays absent. Written on
// day 7, after the days the notes date ("tingling resolved by day 3": trial 38, a resolution
// dated after the day of writing stands).
void expect_no_stop(const std::vector<std::string>& notes) {
    for (const auto& note : notes) {
        const auto decoded = decode_saying(note, all_flags_false, "2026-10-08");
        ASSERT_TRUE(decoded.value) << note;
        EXPECT_TRUE(decoded.warnings.empty()) << note << ": " << warnings_of(decoded).front();
        const auto& symptoms = decoded.value->athlete.assessments[0].symptoms;
        for (const auto flag :
             {coach::RedFlag::numbness, coach::RedFlag::tingling,
              coach::RedFlag::unable_to_bear_weight, coach::RedFlag::palpable_gap}) {
            EXPECT_EQ(coach::finding(symptoms, flag), coach::Finding::absent) << note;
        }
    }
}

}  // namespace

// Kind 1. "tingling on and off": "off" between "on" and "and" denies nothing, so the flag stands.
TEST(red_flag_trial_33_kinds, on_and_off_is_a_flag_that_comes_and_goes_not_a_denial) {
    expect_stops({
        {"crutches on and off", "crutches", weight},
        {"dysaesthesia on and off", "dysaesthesia", nerve},
        {"foot tingles on and off", "tingles", tingling},
        {"intermittent numbness on and off", "numbness", numbness},
        {"numb on and off since Tuesday", "numb", numbness},
        {"numbness on and off", "numbness", numbness},
        {"numbness on/off", "numbness", numbness},
        {"pins and needles on and off", "needles", tingling},
        {"sciatica on and off", "sciatica", nerve},
        {"still on crutches on and off", "crutches", weight},
        {"tingling off and on", "tingling", tingling},
        {"tingling on and off", "tingling", tingling},
        {"numb on and off", "numb", numbness},
        {"numbness comes on and off", "numbness", numbness},
        {"tingling in the foot on & off", "tingling", tingling},
        {"paraesthesia off and on since the match", "paraesthesia", tingling},
        {"foot numb on-off", "numb", numbness},
        {"N/T on and off", "N/T", nerve},
        {"intermittent tingling, on and off", "tingling", tingling},
        {"uses crutches on and off", "crutches", weight},
        {"on and off tingling in the toes", "tingling", tingling},
        {"pins & needles off and on", "needles", tingling},
        {"NWB on and off this week", "NWB", weight},
        {"tingling resolved, on and off", "tingling", tingling},
    });
    expect_stops({
        {"on-and-off tingling", "tingling", tingling},
        {"numbness on n off", "numbness", numbness},
    });
}

// Kind 2. "No numbness. At night only.": the next sentence says when it is there.
TEST(red_flag_trial_33_kinds, a_short_next_sentence_of_residue_undoes_a_denial_or_a_resolution) {
    expect_stops({
        {"No numbness. Actually, some at night.", "numbness", numbness},
        {"No numbness. At night only.", "numbness", numbness},
        {"No numbness. Just at night.", "numbness", numbness},
        {"No numbness. Well, a bit at night.", "numbness", numbness},
        {"No tingling. Intermittently.", "tingling", tingling},
        {"No tingling. Now and then.", "tingling", tingling},
        {"No tingling. Occasionally.", "tingling", tingling},
        {"No tingling. Sometimes.", "tingling", tingling},
        {"numbness resolved 2 days ago. Or 3? Still a bit.", "numbness", numbness},
        {"No numbness. Only in the mornings.", "numbness", numbness},
        {"No tingling. Mostly at night.", "tingling", tingling},
        {"No tingling. From time to time.", "tingling", tingling},
        {"No numbness. Rarely.", "numbness", numbness},
        {"Tingling resolved. Occasionally again.", "Tingling", tingling},
        {"No numbness. At times.", "numbness", numbness},
        {"Numbness gone. Well, mostly.", "Numbness", numbness},
        {"No tingling. Just a little.", "tingling", tingling},
        {"Numbness resolved. Maybe.", "Numbness", numbness},
        {"No numbness. Sometimes at night.", "numbness", numbness},
    });
    expect_no_stop({
        "No numbness. Only 2 sets today.",
        "No numbness. Continue stage 2.",
        "No tingling. Mild hamstring tightness.",
        "Numbness resolved. Progress to running.",
        "No numbness. Good session.",
        "No numbness. Mostly fine.",
        "No tingling. Slightly better today.",
    });
    expect_stops({
        {"No tingling. Once or twice.", "tingling", tingling},
        {"No numbness. Every so often.", "numbness", numbness},
    });
}

// Kind 3. "no numbness, I think", "tingling ~resolved", "tingling resolved (90%)": no whole denial.
TEST(red_flag_trial_33_kinds,
     a_hedge_or_residue_after_a_comma_dash_or_bracket_qualifies_the_denial) {
    expect_stops({
        {"no numbness, I think", "numbness", numbness},
        {"no numbness, not sure", "numbness", numbness},
        {"no tingling at rest but present on sprinting", "tingling", tingling},
        {"tingling resolved (90%)", "tingling", tingling},
        {"tingling resolved - 2 days ago - partially", "tingling", tingling},
        {"tingling resolved 2 days ago, apparently", "tingling", tingling},
        {"tingling resolved 2 days ago, today again", "tingling", tingling},
        {"tingling ~resolved", "tingling", tingling},
        {"no tingling, I believe", "tingling", tingling},
        {"no numbness, apparently", "numbness", numbness},
        {"numbness resolved, presumably", "numbness", numbness},
        {"no numbness - probably", "numbness", numbness},
        {"no tingling (I think)", "tingling", tingling},
        {"numbness settled, unsure", "numbness", numbness},
        {"tingling resolved 3 days ago, back again", "tingling", tingling},
        {"no numbness, not certain", "numbness", numbness},
        {"numbness resolved (80%)", "numbness", numbness},
        {"tingling ≈resolved", "tingling", tingling},
        {"no numbness at rest but present when sprinting", "numbness", numbness},
    });
    expect_no_stop({
        "no numbness, tight hamstring probably",
        "numbness resolved, but sprinting still limited",
        "no numbness, just DOMS",
        "no tingling, training again",
    });
    expect_stops({
        {"no numbness, I reckon", "numbness", numbness},
        {"tingling resolved, sort of", "tingling", tingling},
        {"tingling resolved-ish", "tingling", tingling},
    });
    expect_no_stop({"no crutches needed anymore", "no numbness anymore"});
}

// Kind 4. "PWB c EC" (partial weight bearing with elbow crutches), "WA x1", "WB intolerable".
// Since trial 35 "PWB" itself affirms that full weight is not borne, and is the words quoted.
TEST(red_flag_trial_33_kinds, clinical_shorthand_for_walking_aids_is_not_bearing_full_weight) {
    expect_stops({
        {"EC PRN", "EC PRN", weight},
        {"Mobility: EC", "Mobility: EC", weight},
        {"PWB 2xEC", "PWB", weight},
        {"PWB EC", "PWB", weight},
        {"PWB c 2 EC", "PWB", weight},
        {"PWB c EC", "PWB", weight},
        {"PWB c EC.", "PWB", weight},
        {"PWB w EC", "PWB", weight},
        {"PWB, EC", "PWB", weight},
        {"WA x1", "WA x", weight},
        {"WB intolerable", "WB intolerable", weight},
        {"WB: PWB c EC", "PWB", weight},
        {"amb c EC", "amb c EC", weight},
        {"c EC", "c EC", weight},
        {"hopping to the car", "hopping to the car", weight},
        {"nonweight bearing", "nonweight", weight},
        {"now PWB c 2 EC", "PWB", weight},
        {"unable to weightbare", "unable to weightbare", weight},
        {"NWB c EC", "NWB", weight},
        {"TTWB with 2 EC", "TTWB", weight},
        {"PWB c 1 EC", "PWB", weight},
        {"FWB: no, PWB c EC", "FWB: no", weight},
        {"ambulating c EC", "ambulating c EC", weight},
        {"EC x2 PRN", "EC x", weight},
        {"Mobility: 2 EC", "Mobility: 2 EC", weight},
        {"WA x2", "WA x", weight},
        {"hopping around the house", "hopping around the house", weight},
        {"weight bearing intolerable", "weight bearing intolerable", weight},
        {"unable to weight bare", "unable to weight", weight},
        {"nonweight-bearing", "nonweight-bearing", weight},
    });
    // Not bearing weight only when the intolerance is of bearing weight.
    expect_no_stop({"pain intolerable when walking", "EC nordics 3x6"});
    expect_stops({
        {"hop to car", "hop to car", weight},
        {"mobilising c 2 EC", "mobilising c 2 EC", weight},
    });
}

// Kind 5. Words the reader did not know: a nerve root's disease, altered sensation, a gap recorded
// as found, a snapped tendon, carried from the field.
TEST(red_flag_trial_33_kinds, nerve_gap_and_carried_off_words_name_their_flags) {
    expect_stops({
        {"allodynia posterior thigh", "allodynia", nerve},
        {"carried off the field", "carried off", weight},
        {"electric feeling down leg", "electric", nerve},
        {"gap +", "gap +", gap},
        {"gap: +ve", "gap: +ve", gap},
        {"gap: yes", "gap: yes", gap},
        {"hyperaesthesia in the foot", "hyperaesthesia", nerve},
        {"ischial tuberosity fracture", "ischial tuberosity fracture", gap},
        {"lumbar radiculopathy", "radiculopathy", nerve},
        {"palp gap", "palp gap", gap},
        {"radiculopathy", "radiculopathy", nerve},
        {"snapped tendon", "snapped tendon", gap},
        {"stretchered off the pitch", "stretchered", weight},
        {"felt a pop and a gap", "pop and a gap", gap},
        {"stretchered off", "stretchered", weight},
        {"carried off by teammates", "carried off", weight},
        {"palp gap at MTJ", "palp gap", gap},
        {"gap: present", "gap: present", gap},
        {"gap ++", "gap ++", gap},
        {"tendon snapped", "tendon snapped", gap},
        {"fracture of the ischial tuberosity", "fracture of the ischial", gap},
        {"S1 radiculopathy", "radiculopathy", nerve},
        {"allodynia in the foot", "allodynia", nerve},
        {"hyperesthesia lateral calf", "hyperesthesia", nerve},
        {"electric sensation down the calf", "electric", nerve},
        {"felt a pop then a gap", "pop then a gap", gap},
    });
    // A nerve diagnosis suspected now is a present suspicion of the nerve.
    expect_stops({
        {"L5 radiculopathy suspected", "radiculopathy", nerve},
        {"query sciatica", "sciatica", nerve},
        {"possible radiculopathy", "radiculopathy", nerve},
        {"? sciatica", "sciatica", nerve},
    });
    // Nerve pain suspected is a nerve suspected (trial 34): "possible sciatic pain" stops as
    // "possible radiculopathy" does.
    expect_no_stop({"history of sciatica", "sciatica unlikely", "radiculopathy ruled out"});
    expect_stops({
        {"palp. gap", "palp. gap", gap},
        {"gap noted", "gap noted", gap},
    });
}

// Kind 6. A word one edit from a flag word ("numbnes", "tinlging", "cruches"), letters spaced one
// by one, Cyrillic look-alikes.
TEST(red_flag_trial_33_kinds, a_flag_word_misspelt_or_written_with_look_alike_letters_is_read) {
    expect_stops({
        {"avultion", "avultion", gap},
        {"cruches", "cruches", weight},
        {"n u m b n e s s", "n u m b n e s s", numbness},
        {"nubness", "nubness", numbness},
        {"numbeness", "numbeness", numbness},
        {"numbess", "numbess", numbness},
        {"numbnes in the foot", "numbnes", numbness},
        {"numbnes", "numbnes", numbness},
        {"numbnss", "numbnss", numbness},
        {"numbnеss", "numbnеss", numbness},
        {"numness", "numness", numbness},
        {"palapable gap", "palapable gap", gap},
        {"palpible gap", "palpible gap", gap},
        {"parathesia", "parathesia", tingling},
        {"parestesia", "parestesia", tingling},
        {"pinsandneedles", "pinsandneedles", tingling},
        {"tingeling", "tingeling", tingling},
        {"tinlging", "tinlging", tingling},
        {"numbnesss in the foot", "numbnesss", numbness},
        {"numbnees", "numbnees", numbness},
        {"tinglling", "tinglling", tingling},
        {"tingilng", "tingilng", tingling},
        {"paresthesai", "paresthesai", tingling},
        {"paresthisia", "paresthisia", tingling},
        {"crutchs", "crutchs", weight},
        {"crutces", "crutces", weight},
        {"avulsoin", "avulsoin", gap},
        {"palpabel gap", "palpabel gap", gap},
        {"ѕciatica", "ѕciatica", nerve},
        {"t i n g l i n g", "t i n g l i n g", tingling},
        {"сrutches", "сrutches", weight},
        {"numbnеss in the foot", "numbnеss", numbness},
    });
    expect_no_stop({
        "clutches his hamstring",
        "tinkling of bells",
        "numbers are good",
        "singles tennis",
        "3x20 crunches",
        "tangling with the defender",
    });
}

// Kind 7. A resolution with its time, a list after "denies", an aid handed back or not needed,
// exercises named after an aid: no stop.
TEST(red_flag_trial_33_kinds, plain_readings_of_a_resolution_denial_or_aid_put_away_stop_nothing) {
    expect_no_stop({
        "doesn't need crutches anymore",
        "walker's lunges",
        "EC training 3x/week",
        "crutches handed back",
        "dead-leg drill for sprint mechanics",
        "denies numbness, tingling",
        "done with crutches",
        "gave crutches back day 3",
        "no NWB period needed",
        "numbness settled 2d ago",
        "single-leg deadlift (dead leg variation)",
        "threw away the crutches",
        "tingling resolved 48 h ago",
        "tingling resolved 48hrs ago",
        "tingling resolved after 1 day",
        "tingling resolved by day 2",
        "tingling resolved overnight",
        "tingling resolved within 24 hours",
        "tingling resolved yesterday evening",
        "uses a stick for the hockey drills",
        "zimmer-style step-ups",
        "tingling resolved 72 hrs ago",
        "numbness resolved 3d ago",
        "numbness settled within 48 h",
        "tingling resolved after 2 days",
        "tingling resolved by day 3",
        "numbness resolved last night",
        "tingling resolved yesterday afternoon",
        "denies numbness, tingling, weakness",
        "denied numbness, tingling",
        "no NWB phase required",
        "crutches given back",
        "handed crutches back on day 2",
        "done with the crutches",
        "threw the crutches away",
        "got rid of the crutches",
        "no longer needs crutches",
        "isn't using crutches anymore",
        "dead leg drill",
        "EC training block",
        "walker's lunge warm-up",
        "uses a stick for lacrosse drills",
        "zimmer-type step ups",
        "tingling resolved overnight, fine since",
        "numbness resolved 24hrs ago",
    });
}
