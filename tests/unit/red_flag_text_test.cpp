// Red flags written in words (engine/src/json/red_flag_text.hpp): which wordings are read as a
// mention of which red flag, which are ordinary words, and the narrow negation rule. A missed
// red flag is the worst defect; a false alarm only asks the clinician to record the symptom.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "coach/json.hpp"
#include "red_flag_notes.hpp"

using coach::json::decode_athlete;
using coach::test::warnings_of;

namespace {

// A valid record whose one assessment records no symptom and says `note`.
std::string record_saying(const std::string& note) {
    return R"({"schema":"coach.athlete/1","id":"a",)"
           R"("injury":{"region":"hamstring","grade":2,"date":"2026-10-01"},)"
           R"("assessments":[{"date":"2026-10-02","notes":")"
           + note + R"("}]})";
}

// The problems the note raises, one line each.
std::vector<std::string> problems_of(const std::string& note) {
    std::vector<std::string> out;
    for (const auto& problem : decode_athlete(record_saying(note)).problems) {
        out.push_back(problem.to_string());
    }
    return out;
}

// Whether `note` is read as naming `symptom` (first problem names it, quoting `quoted`).
void expect_mention(const std::string& note, const std::string& symptom,
                    const std::string& quoted = "") {
    const auto problems = problems_of(note);
    ASSERT_FALSE(problems.empty()) << note << ": read as ordinary words, expected " << symptom;
    EXPECT_NE(problems.front().find("symptoms." + symptom), std::string::npos)
        << note << ": " << problems.front();
    if (!quoted.empty()) {
        EXPECT_NE(problems.front().find("mentions \"" + quoted + "\""), std::string::npos)
            << note << ": " << problems.front();
    }
}

void expect_ordinary(const std::string& note) {
    const auto problems = problems_of(note);
    EXPECT_TRUE(problems.empty()) << note << ": " << problems.front();
}

}  // namespace

// The wordings of the user trial, and their siblings, each tied to the red flag it names.
TEST(red_flag_text, abbreviations_with_punctuation_and_informal_words_are_mentions) {
    const std::vector<std::pair<std::string, std::string>> said = {
        // unable to bear weight
        {"n.w.b. since Saturday", "unable_to_bear_weight"},
        {"N.W.B", "unable_to_bear_weight"},
        {"NWB on crutches", "unable_to_bear_weight"},
        {"non weight bearing for now", "unable_to_bear_weight"},
        {"non-WB", "unable_to_bear_weight"},
        {"TTWB left leg", "unable_to_bear_weight"},
        {"toe-touch weight bearing only", "unable_to_bear_weight"},
        {"TDWB", "unable_to_bear_weight"},
        {"touch down WB", "unable_to_bear_weight"},
        {"PWB with one crutch", "unable_to_bear_weight"},
        {"partial weight bearing", "unable_to_bear_weight"},
        {"in a wheelchair at school", "unable_to_bear_weight"},
        {"didn't walk today", "unable_to_bear_weight"},
        {"not able to bear weight", "unable_to_bear_weight"},
        // numbness and tingling
        {"P&N in the foot", "tingling"},
        {"p & n lateral calf", "tingling"},
        {"pins & needles", "tingling"},
        {"tingly toes", "tingling"},
        {"N&T down the leg", "numbness"},
        {"N+T", "numbness"},
        {"c/o n/t lateral foot", "numbness"},
        {"numbish feeling in the calf", "numbness"},
        {"heel feels numb-ish", "numbness"},
        {"dead leg since the tackle", "numbness"},
        {"leg feels dead", "numbness"},
        {"LBP with referral into leg", "numbness"},
        {"referred pain down the leg", "numbness"},
        {"pain refers into the calf", "numbness"},
        {"sciatica flared", "numbness"},
        {"radiating pain", "numbness"},
        {"radicular symptoms", "numbness"},
        {"can't feel the outside of the foot", "numbness"},
        {"no power in the foot", "numbness"},
        {"diminished sensation L5", "numbness"},
        // palpable gap
        {"cavity at the site", "palpable_gap"},
        {"palpable step at the ischial tuberosity", "palpable_gap"},
        {"felt a hole in the muscle", "palpable_gap"},
        {"concavity proximal", "palpable_gap"},
        {"completely torn", "palpable_gap"}};
    for (const auto& [note, symptom] : said) {
        expect_mention(note, symptom);
    }
}

// The mention quotes the words as written, punctuation and all.
TEST(red_flag_text, a_mention_quotes_the_abbreviation_as_written) {
    expect_mention("c/o n/t lateral foot", "numbness", "n/t");
    expect_mention("pt is n.w.b. today", "unable_to_bear_weight", "n.w.b");
    expect_mention("P & N", "tingling", "P & N");
    expect_mention("Can't bear weight", "unable_to_bear_weight", "Can't bear");
}

// Patterns are whole words unless an inflection is meant: "sleepy" is not "sleep", "normal" is
// not "no", "number" is not "numb", "weights" is not "weight".
TEST(red_flag_text, words_are_matched_whole_not_by_any_prefix) {
    for (const std::string note :
         {"leg sleepy after the long drive? no, just tired", "sensation normal",
          "number of sets halved", "no weights today, mobility only", "pain bearable at 3/10",
          "standing toe touches x10", "abdominal hollowing, feel the muscle switch on",
          "sticky feeling when walking fast", "completed session, no tears", "w/o pain",
          "dead bug 3x10", "e.g. slump test"}) {
        expect_ordinary(note);
    }
}

// The known false alarms: a negator applies directly to the flag word, or the word names a
// treatment or a test.
TEST(red_flag_text, a_negator_directly_on_the_flag_word_reads_as_ordinary) {
    for (const std::string note :
         {"Walks without crutches now", "Tear grade 2 on MRI, no retraction",
          "neural tension test negative", "Palpable tenderness at the site, no defect",
          "Electric stim (NMES)", "electrical muscle stimulation 10 min", "nerve glides x10",
          "denies numbness", "no numbness or tingling", "no palpable defect",
          "no sign of nerve pain", "w/o crutches", "nil paraesthesia", "no loss of sensation"}) {
        expect_ordinary(note);
    }
}

// Wordings that are symptoms because of their negator, and negators that do not apply directly
// to the flag word, stay mentions.
TEST(red_flag_text, a_symptom_worded_with_a_negator_is_still_a_mention) {
    const std::vector<std::pair<std::string, std::string>> said = {
        {"no feeling in the foot", "numbness"},
        {"no sensation lateral foot", "numbness"},
        {"can't feel the heel", "numbness"},
        {"not able to bear weight", "unable_to_bear_weight"},
        {"unable to WB", "unable_to_bear_weight"},
        {"no power in the calf", "numbness"},
        {"no weight bearing for 2 days", "unable_to_bear_weight"},
        {"unable to walk without crutches", "unable_to_bear_weight"},
        {"no new numbness", "numbness"},
        {"no more tingling", "tingling"},
        {"no pain, numbness in the foot", "numbness"},
        {"no pain but tingling", "tingling"},
        {"no numbness and tingling", "tingling"},
        {"neural tension test positive", "numbness"},
        {"neural tension: negative", "numbness"},
        {"not numb", "numbness"},
        {"electric shocks down the leg", "numbness"}};
    for (const auto& [note, symptom] : said) {
        expect_mention(note, symptom);
    }
}

// The wordings of the second user trial, and siblings of each kind.
TEST(red_flag_text, other_wordings_of_each_red_flag_are_mentions) {
    const std::vector<std::pair<std::string, std::string>> said = {
        // unable to bear weight
        {"inability to bear weight", "unable_to_bear_weight"},
        {"not FWB yet", "unable_to_bear_weight"},
        {"unable to FWB", "unable_to_bear_weight"},
        {"WB: nil", "unable_to_bear_weight"},
        {"weight bearing = none", "unable_to_bear_weight"},
        {"unable to stand on the left leg", "unable_to_bear_weight"},
        {"can't stand unaided", "unable_to_bear_weight"},
        {"walking with aids", "unable_to_bear_weight"},
        {"using a stick", "unable_to_bear_weight"},
        {"zimmer frame at home", "unable_to_bear_weight"},
        {"walking frame", "unable_to_bear_weight"},
        {"N. W. B. since Sunday", "unable_to_bear_weight"},
        {"no weight bearing restrictions? no: NWB", "unable_to_bear_weight"},
        // palpable gap
        {"gap at the site on palpation", "palpable_gap"},
        {"there is a gap", "palpable_gap"},
        {"tendon detached from the ischium", "palpable_gap"},
        {"step-off at the insertion", "palpable_gap"},
        {"complete disruption of the tendon", "palpable_gap"},
        {"total rupture", "palpable_gap"},
        // numbness and tingling
        {"N / T in the foot", "numbness"},
        {"pain shoots down to the foot", "numbness"},
        {"travels to the calf", "numbness"},
        {"spreading into the shin", "numbness"},
        {"slump +ve", "numbness"},
        {"positive slump", "numbness"},
        {"Slump test: +ve on the left", "numbness"},
        {"neurodynamic test positive", "numbness"},
        {"neurological symptoms", "numbness"},
        {"neuro symptoms in the foot", "numbness"},
        {"dysaesthesia lateral foot", "numbness"},
        {"saddle anaesthesia", "numbness"},
        {"cauda equina screen: retention", "numbness"},
        // a negation ends at an exception
        {"no numbness except at night", "numbness"},
        {"no tingling unless sitting", "tingling"},
        {"no numbness apart from the heel", "numbness"},
        {"no tingling only when driving", "tingling"},
        {"no numbness but the heel feels odd", "numbness"},
        {"no numbness or tingling except at night", "numbness"},
        {"walks without crutches except on stairs", "unable_to_bear_weight"},
        {"no numbness, only when driving", "numbness"},
        {"uses a cane", "unable_to_bear_weight"},
        {"pain travelling down into the foot", "numbness"},
        {"+ve slump", "numbness"}};
    for (const auto& [note, symptom] : said) {
        expect_mention(note, symptom);
    }
    expect_mention("N / T in the foot", "numbness", "N / T");
    expect_mention("N. W. B. since Sunday", "unable_to_bear_weight", "N. W. B");
    expect_mention("step-off at the insertion", "palpable_gap", "step-off");
}

// The false alarms of the second user trial: an abbreviation of "not tested", an exercise, a
// denied restriction, crutches put away, a nerve exercise.
TEST(red_flag_text, trial_false_alarms_read_as_ordinary_words) {
    for (const std::string note : {"NT",
                                   "ROM NT today",
                                   "single leg dead lift 3x8",
                                   "SL deadlift",
                                   "no WB restrictions",
                                   "weight bearing not restricted",
                                   "N/T -ve",
                                   "walks with no crutches",
                                   "off crutches",
                                   "sciatic nerve sliders",
                                   "nerve flossing",
                                   "no pain walking",
                                   "no standing calf raises",
                                   "neurologically intact",
                                   "slump -ve",
                                   "negative slump",
                                   "dead bug",
                                   "gap of 2 days",
                                   "FWB",
                                   "Grade 2",
                                   "Walking: no pain",
                                   "walking: not painful",
                                   "WB: no restrictions"}) {
        expect_ordinary(note);
    }
}

namespace {

// A record whose assessment records `symptoms` (a JSON object) and says `note`.
coach::json::Decoded<coach::json::AthleteFile> decode_recorded(const std::string& symptoms,
                                                               const std::string& note,
                                                               int grade = 2) {
    return decode_athlete(
        R"({"schema":"coach.athlete/1","id":"a","injury":{"region":"hamstring","grade":)"
        + std::to_string(grade) + R"(,"date":"2026-10-01"},"assessments":[{"date":"2026-10-02",)"
        + R"("symptoms":)" + symptoms + R"(,"notes":")" + note + R"("}]})");
}

}  // namespace

// Words that affirm a red flag the assessment records false contradict it: a warning at the
// words' pointer, and the flag is read as present (red flags always win).
TEST(red_flag_text, words_affirming_a_flag_recorded_false_warn_and_the_flag_wins) {
    const auto decoded = decode_recorded(R"({"unable_to_bear_weight":false})", "unable to stand");
    ASSERT_TRUE(decoded.value) << decoded.problems.front().to_string();
    EXPECT_EQ(warnings_of(decoded),
              std::vector<std::string>{
                  "/assessments/0/notes: mentions \"unable to stand\", but this assessment "
                  "records symptoms.unable_to_bear_weight false: the words contradict the record, "
                  "and the red flag is read as present (red flags win); correct the one that is "
                  "wrong"});
    EXPECT_EQ(decoded.value->athlete.assessments[0].symptoms.unable_to_bear_weight,
              coach::Finding::present);
    // Not a warning about an unknown key: nothing of it is ignored (coach adds no "ignored").
    EXPECT_FALSE(decoded.warnings[0].unknown_key);

    // "N&T" names both nerve flags: both false, both read present.
    const auto nerve =
        decode_recorded(R"({"numbness":false,"tingling":false})", "N&T into the calf");
    ASSERT_TRUE(nerve.value);
    ASSERT_EQ(nerve.warnings.size(), 1u);
    EXPECT_NE(nerve.warnings[0].message.find(
                  "records symptoms.numbness false and symptoms.tingling false"),
              std::string::npos)
        << nerve.warnings[0].message;
    EXPECT_EQ(nerve.value->athlete.assessments[0].symptoms.numbness, coach::Finding::present);
    EXPECT_EQ(nerve.value->athlete.assessments[0].symptoms.tingling, coach::Finding::present);
}

// Words that deny, doubt or date the flag do not contradict a record of it as absent: the
// clinician has said what they mean. Partial weight bearing is no longer among them: it says
// full weight is not borne (red_flag_trial_35_kinds_test.cpp).
TEST(red_flag_text, words_doubting_a_flag_recorded_false_are_no_contradiction) {
    for (const std::string note : {"no new numbness", "numbness resolved", "history of sciatica",
                                   "not numb", "numbness has settled", "sciatic nerve"}) {
        const auto decoded =
            decode_recorded(R"({"numbness":false,"tingling":false,"palpable_gap":false,)"
                            R"("unable_to_bear_weight":false})",
                            note);
        ASSERT_TRUE(decoded.value) << note;
        EXPECT_TRUE(decoded.warnings.empty()) << note << ": " << warnings_of(decoded).front();
        const auto& symptoms = decoded.value->athlete.assessments[0].symptoms;
        EXPECT_EQ(symptoms.numbness, coach::Finding::absent) << note;
        EXPECT_EQ(symptoms.unable_to_bear_weight, coach::Finding::absent) << note;
    }
    // A doubted avulsion is not excluded (trial 35): it contradicts a gap recorded absent, and
    // it is a possible complete tear, which the grade reader reads as grade 4 (grade_in_text.hpp).
    const auto avulsion = decode_recorded(R"({"palpable_gap":false})", "? avulsion");
    ASSERT_TRUE(avulsion.value);
    EXPECT_EQ(avulsion.value->athlete.assessments[0].symptoms.palpable_gap,
              coach::Finding::present);
    EXPECT_EQ(avulsion.value->athlete.injury.grade, 4);
    ASSERT_EQ(avulsion.warnings.size(), 2u);
    EXPECT_NE(avulsion.warnings[0].message.find("mentions \"avulsion\""), std::string::npos)
        << avulsion.warnings[0].message;
    EXPECT_NE(avulsion.warnings[1].message.find("says \"avulsion\""), std::string::npos)
        << avulsion.warnings[1].message;
    // Recorded present: nothing to contradict.
    EXPECT_TRUE(decode_recorded(R"({"numbness":true})", "numb heel").warnings.empty());
}

// A logged item's exercise and equipment are free text too.
TEST(red_flag_text, a_logged_items_exercise_and_equipment_are_read) {
    const auto logged = [](const std::string& item) {
        return decode_athlete(
            R"({"schema":"coach.athlete/1","id":"a","injury":{"region":"hamstring","grade":2,)"
            R"("date":"2026-10-01"},"log":[{"date":"2026-10-03","items":[)"
            + item + "]}]}");
    };
    const auto exercise = logged(R"({"exercise":"walked with a stick"})");
    ASSERT_EQ(exercise.problems.size(), 1u);
    EXPECT_EQ(exercise.problems[0].to_string(),
              "/log/0/items/0/exercise: mentions \"walked with a stick\", but no assessment on or "
              "after 2026-10-03 records symptoms.unable_to_bear_weight: record it (true or "
              "false) so that the safety gate can act on it");
    const auto equipment = logged(R"({"exercise":"walk","equipment":"crutches"})");
    ASSERT_EQ(equipment.problems.size(), 1u);
    EXPECT_EQ(equipment.problems[0].pointer, "/log/0/items/0/equipment");
    for (const std::string id :
         {"single_leg_deadlift", "sciatic nerve sliders", "romanian_deadlift", "pnf_hip"}) {
        const auto ordinary = logged(R"({"exercise":")" + id + R"("})");
        EXPECT_TRUE(ordinary.problems.empty()) << id << ": " << ordinary.problems[0].to_string();
    }
}
