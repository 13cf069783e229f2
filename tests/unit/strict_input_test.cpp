// The athlete decoder is strict where safety needs it: one document per file or line, unknown
// keys inside `symptoms` refused with their pointer and reported everywhere else, required
// identifiers not empty, "not recorded" kept apart from "absent", and a syntax error named.
#include <gtest/gtest.h>

#include <algorithm>

#include "coach/json.hpp"
#include "coach/sdk/history.hpp"
#include "support.hpp"

using coach::Finding;
using coach::json::decode_athlete;
using coach::test::fixture;
using coach::test::read_file;

namespace {

// A valid record with `assessment` as its one assessment and `extra` fields at the top.
std::string record(std::string_view assessment, std::string_view extra = "") {
    return std::string{R"({"schema":"coach.athlete/1","id":"a",)"} + std::string{extra}
           + R"("injury":{"region":"hamstring","grade":2,"date":"2026-10-01"},"assessments":[)"
           + std::string{assessment} + "]}";
}

std::vector<std::string> strings(const std::vector<coach::json::Problem>& problems) {
    std::vector<std::string> out;
    for (const auto& problem : problems) {
        out.push_back(problem.to_string());
    }
    return out;
}

}  // namespace

TEST(strict_input, a_file_with_two_records_is_refused_where_the_second_begins) {
    const auto decoded = decode_athlete(read_file(fixture("input/two_records_in_one_file.json")));
    EXPECT_FALSE(decoded.value);
    EXPECT_EQ(strings(decoded.problems),
              std::vector<std::string>{"unexpected content after the end of the JSON document at "
                                       "line 2, column 1: only whitespace may follow it (one "
                                       "record per document)"});
}

TEST(strict_input, content_after_the_value_on_one_line_is_refused_at_its_column) {
    const auto line = read_file(fixture("input/trailing_content.jsonl"));
    const auto decoded = decode_athlete(line.substr(0, line.find('\n')));
    ASSERT_EQ(decoded.problems.size(), 1u);
    const auto column = line.find("}}]]xyz") + 1;  // the record ends "...}]}", then "}}]]xyz"
    EXPECT_EQ(decoded.problems[0].to_string(),
              "unexpected content after the end of the JSON document at line 1, column "
                  + std::to_string(column) + ": only whitespace may follow it (one record per "
                                             "document)");
}

TEST(strict_input, whitespace_after_the_document_is_fine) {
    EXPECT_TRUE(decode_athlete(record(R"({"date":"2026-10-02"})") + " \r\n\t\n").value);
}

TEST(strict_input, a_syntax_error_at_a_typographic_quote_names_the_character) {
    const auto decoded = decode_athlete("{\n  \xE2\x80\x9Cschema\xE2\x80\x9D: 1}");
    ASSERT_EQ(decoded.problems.size(), 1u);
    EXPECT_EQ(decoded.problems[0].to_string(),
              "not valid JSON at line 2, column 3: unexpected character U+201C \xE2\x80\x9C (a "
              "typographic quote: JSON strings take straight quotes \")");
}

TEST(strict_input, columns_count_characters_not_bytes) {
    const auto decoded = decode_athlete("{\"id\":\"\xC3\xA9\xC3\xA9\" x}");
    ASSERT_EQ(decoded.problems.size(), 1u);
    EXPECT_EQ(decoded.problems[0].message.rfind("not valid JSON at line 1, column 12:", 0), 0u)
        << decoded.problems[0].message;
}

TEST(strict_input, an_invisible_space_is_named_without_printing_it) {
    const auto decoded = decode_athlete("{\"a\":1,\xC2\xA0\"b\":2}");
    ASSERT_EQ(decoded.problems.size(), 1u);
    EXPECT_EQ(decoded.problems[0].to_string(),
              "not valid JSON at line 1, column 8: unexpected character U+00A0 (an invisible "
              "character: between values JSON allows only spaces, tabs and line breaks)");
}

TEST(strict_input, bytes_that_are_not_utf8_are_still_called_invalid_utf8) {
    const auto decoded = decode_athlete("{\"a\":1,\xE2\x80 \"b\":2}");
    ASSERT_EQ(decoded.problems.size(), 1u);
    EXPECT_EQ(decoded.problems[0].to_string(), "invalid UTF-8 at line 1, column 8");
}

TEST(strict_input, a_misspelt_symptom_is_an_error_naming_its_pointer) {
    const auto decoded = decode_athlete(read_file(fixture("input/misspelt_red_flag.json")));
    EXPECT_FALSE(decoded.value);
    EXPECT_EQ(strings(decoded.problems),
              std::vector<std::string>{
                  "/assessments/0/symptoms/numbnes: unknown symptom \"numbnes\" (did you mean "
                  "\"numbness\"?); expected numbness, tingling, altered_gait, "
                  "unable_to_bear_weight, palpable_gap"});
}

TEST(strict_input, an_unknown_key_inside_a_clinician_review_is_an_error) {
    const auto decoded = decode_athlete(record(
        R"({"date":"2026-10-04","clinician_review":{"clinician":"Dr K","lifts":["numbness"],"lift":["tingling"]}})"));
    ASSERT_EQ(decoded.problems.size(), 1u);
    EXPECT_EQ(decoded.problems[0].pointer, "/assessments/0/clinician_review/lift");
    EXPECT_EQ(
        decoded.problems[0].message.rfind("unknown field \"lift\" (did you mean \"lifts\"?)", 0),
        0u)
        << decoded.problems[0].message;
}

TEST(strict_input, a_clinician_review_names_who_and_at_least_one_known_red_flag) {
    auto decoded = decode_athlete(
        record(R"({"date":"2026-10-04","clinician_review":{"clinician":" ","lifts":[]}})"));
    EXPECT_EQ(strings(decoded.problems),
              (std::vector<std::string>{
                  "/assessments/0/clinician_review/clinician: must not be empty",
                  "/assessments/0/clinician_review/lifts: expected a non-empty array of red "
                  "flags, got an array"}));
    decoded = decode_athlete(record(
        R"({"date":"2026-10-04","clinician_review":{"clinician":"Dr K","lifts":["altered_gait"]}})"));
    EXPECT_EQ(strings(decoded.problems),
              std::vector<std::string>{
                  "/assessments/0/clinician_review/lifts/0: expected one of numbness, tingling, "
                  "unable_to_bear_weight, palpable_gap, got \"altered_gait\""});
    // A misspelt red flag gets the one it is near, as an enum field does.
    decoded = decode_athlete(record(
        R"({"date":"2026-10-04","clinician_review":{"clinician":"Dr K","lifts":["tingeling"]}})"));
    EXPECT_EQ(strings(decoded.problems),
              std::vector<std::string>{
                  "/assessments/0/clinician_review/lifts/0: expected one of numbness, tingling, "
                  "unable_to_bear_weight, palpable_gap, got \"tingeling\" (did you mean "
                  "\"tingling\"?)"});
}

TEST(strict_input, unknown_keys_elsewhere_are_warnings_with_their_pointers_at_any_depth) {
    const auto decoded = decode_athlete(R"({"schema":"coach.athlete/1","id":"a","notes":{"x":1},
        "profile":{"sport":"rugby","club":"X"},
        "injury":{"region":"hamstring","grade":2,"date":"2026-10-01"},
        "assessments":[{"date":"2026-10-02"}],
        "log":[{"date":"2026-10-03","items":[{"exercise":"nordic_curl","weight_kg":5}]}]})");
    ASSERT_TRUE(decoded.value);
    EXPECT_EQ(strings(decoded.warnings),
              (std::vector<std::string>{"/profile/club: unknown field \"club\"",
                                        "/log/0/items/0/weight_kg: unknown field \"weight_kg\"",
                                        "/notes: unknown field \"notes\""}));
}

// Every string of a record is read for red flags: a log entry's `notes` is its free text, and an
// unknown key's text, though otherwise ignored, is read too and its warning is marked so
// (`coach` says "ignored except for red-flag words").
TEST(strict_input, an_unknown_keys_text_is_read_for_red_flags_and_its_warning_says_so) {
    const auto with_log = [](std::string_view entry) {
        return record(R"({"date":"2026-10-02","symptoms":{"tingling":false}})",
                      R"("log":[{"date":"2026-10-02",)" + std::string{entry} + "}],");
    };
    auto decoded = decode_athlete(with_log(R"("notes":"good session","comment":"felt fine")"));
    ASSERT_TRUE(decoded.value) << strings(decoded.problems).front();
    const coach::json::Problem comment{
        .pointer = "/log/0/comment",
        .message = "unknown field \"comment\"",
        .text_read = true,
        .unknown_key = true};  // what coach tells it by, not its wording
    EXPECT_EQ(decoded.warnings, std::vector<coach::json::Problem>{comment});

    decoded = decode_athlete(with_log(R"("notes":"tingly after","comment":"P&N")"));
    EXPECT_TRUE(decoded.value) << "recorded absent on the entry's day: "
                               << strings(decoded.problems).front();
    decoded = decode_athlete(
        record(R"({"date":"2026-10-02"})", R"("log":[{"date":"2026-10-03","comment":"P&N"}],)"));
    EXPECT_EQ(strings(decoded.problems),
              std::vector<std::string>{
                  "/log/0/comment: mentions \"P&N\", but no assessment on or after 2026-10-03 "
                  "records symptoms.tingling: record it (true or false) so that the safety gate "
                  "can act on it"});
    ASSERT_EQ(decoded.warnings.size(), 1u);
    EXPECT_TRUE(decoded.warnings[0].text_read);
    // A value without text has nothing left to read.
    decoded = decode_athlete(with_log(R"("rpe":6)"));
    ASSERT_EQ(decoded.warnings.size(), 1u);
    EXPECT_FALSE(decoded.warnings[0].text_read);
    EXPECT_TRUE(decoded.warnings[0].unknown_key);
}

// The red-flag reader walks the record with one pointer that grows and is cut back: each text's
// problem names its own place, with ~ and / in a key escaped as RFC 6901 says, and a sibling
// after a deeper member is not named under it.
TEST(strict_input, a_red_flag_in_a_text_is_named_by_its_own_escaped_pointer) {
    const auto decoded = decode_athlete(
        record(R"({"date":"2026-10-02"})",
               R"("log":[{"date":"2026-10-03","extra":{"a/b~c":["fine","P&N"]},"z":"P&N"}],)"));
    const auto mentions = [](const std::string& pointer) {
        return pointer
               + ": mentions \"P&N\", but no assessment on or after 2026-10-03 records "
                 "symptoms.tingling: record it (true or false) so that the safety gate can act "
                 "on it";
    };
    EXPECT_EQ(strings(decoded.problems),
              (std::vector<std::string>{mentions("/log/0/extra/a~1b~0c/1"), mentions("/log/0/z")}));
}

// An assessment is a clinical finding: any key it does not know may hold one the gate must see
// ("cannot_walk": true, a misspelt measurement), so it is refused with what is expected.
TEST(strict_input, an_unknown_key_in_an_assessment_is_refused_with_what_is_expected) {
    const std::string expected =
        "; expected date, pain_rest, pain_walking, pain_exercise, aslr_deficit_pct, "
        "strength_deficit_pct, max_sprint_pct, symptoms, daily_pain_medication, "
        "clinician_review, notes";
    auto decoded = decode_athlete(record(R"({"date":"2026-10-02","pain_rst":3})"));
    EXPECT_EQ(strings(decoded.problems),
              std::vector<std::string>{"/assessments/0/pain_rst: unknown field \"pain_rst\" (did "
                                       "you mean \"pain_rest\"?)"
                                       + expected});
    decoded = decode_athlete(record(R"({"date":"2026-10-02","cannot_walk":true})"));
    EXPECT_EQ(strings(decoded.problems),
              std::vector<std::string>{"/assessments/0/cannot_walk: unknown field "
                                       "\"cannot_walk\""
                                       + expected});
    decoded = decode_athlete(record(R"({"date":"2026-10-02","symptom":{"palpable_gap":true}})"));
    EXPECT_EQ(strings(decoded.problems),
              std::vector<std::string>{"/assessments/0/symptom: unknown field \"symptom\" (did "
                                       "you mean \"symptoms\"?)"
                                       + expected});
}

TEST(strict_input, a_symptom_outside_its_place_is_refused_not_ignored) {
    const std::string refused =
        ": refused, as it may record a red flag; symptoms and clinician reviews belong in an "
        "assessment (\"symptoms\", \"clinician_review\")";
    auto decoded = decode_athlete(record(R"({"date":"2026-10-02"})", R"("numbness":true,)"));
    EXPECT_EQ(strings(decoded.problems),
              std::vector<std::string>{"/numbness: unknown field \"numbness\"" + refused});
    decoded = decode_athlete(
        record(R"({"date":"2026-10-02"})", R"("notes":[{"seen":{"Tingling":true}}],)"));
    EXPECT_EQ(strings(decoded.problems),
              std::vector<std::string>{"/notes/0/seen/Tingling: \"tingling\" inside the unknown "
                                       "field \"notes\""
                                       + refused});
    decoded = decode_athlete(record(R"({"date":"2026-10-02"})", R"("Clinician_Review":{},)"));
    EXPECT_FALSE(decoded.value);
}

TEST(strict_input, a_red_flag_in_other_words_is_refused_not_ignored) {
    const std::string refused =
        ": refused, as it may record a red flag; symptoms and clinician reviews belong in an "
        "assessment (\"symptoms\", \"clinician_review\")";
    for (const std::string key :
         {"numb", "tingle", "numbness_left", "cannot_bear_weight", "gap", "paresthesia",
          "pinsAndNeedles", "weight_bearing_pain", "cannot_walk", "sciatic_symptoms",
          "radiating_pain", "on_crutches", "nerve_pain"}) {
        const auto decoded =
            decode_athlete(record(R"({"date":"2026-10-02"})", "\"" + key + "\":true,"));
        ASSERT_EQ(strings(decoded.problems).size(), 1u) << key;
        EXPECT_TRUE(strings(decoded.problems).front().starts_with("/" + key + ": "))
            << strings(decoded.problems).front();
        EXPECT_TRUE(strings(decoded.problems).front().ends_with(refused))
            << strings(decoded.problems).front();
    }
    // Words that only share letters stay warnings: a body weight is not a red flag.
    const auto decoded = decode_athlete(
        record(R"({"date":"2026-10-02"})", R"("body_weight_kg":80,"gapless":true,"number":1,)"));
    ASSERT_TRUE(decoded.value) << strings(decoded.problems).front();
    EXPECT_EQ(strings(decoded.warnings).size(), 3u);
}

// The gate reads symptoms, not words: a red flag written in free text is accepted only once the
// symptom it names is recorded (true or false) where the gate reads it.
TEST(strict_input, a_red_flag_in_free_text_is_refused_until_the_symptom_is_recorded) {
    const std::string record_it =
        ": record it (true or false) so that the safety gate can act on it";
    auto decoded = decode_athlete(
        record(R"({"date":"2026-10-02","notes":"Numbness and tingling down the leg"})"));
    EXPECT_EQ(strings(decoded.problems),
              (std::vector<std::string>{
                  "/assessments/0/notes: mentions \"Numbness\", but this assessment does not "
                  "record symptoms.numbness"
                      + record_it,
                  "/assessments/0/notes: mentions \"tingling\", but this assessment does not "
                  "record symptoms.tingling"
                      + record_it}));
    // Recorded, even as absent, the clinician has said what the words mean.
    decoded = decode_athlete(record(
        R"({"date":"2026-10-02","notes":"no numbness or tingling",
            "symptoms":{"numbness":false,"tingling":false}})"));
    EXPECT_TRUE(decoded.value) << strings(decoded.problems).front();

    // In a log entry: an assessment on or after the entry's day must record it.
    const auto with_log = [](std::string_view assessment, std::string_view note) {
        return record(assessment,
                      R"("log":[{"date":"2026-10-05","notes":")" + std::string{note} + R"("}],)");
    };
    decoded = decode_athlete(
        with_log(R"({"date":"2026-10-02","symptoms":{"unable_to_bear_weight":false}})",
                 "Can't bear weight"));
    EXPECT_EQ(strings(decoded.problems),
              std::vector<std::string>{
                  "/log/0/notes: mentions \"Can't bear\", but no assessment on or after "
                  "2026-10-05 records symptoms.unable_to_bear_weight"
                  + record_it});
    decoded = decode_athlete(with_log(
        R"({"date":"2026-10-06","symptoms":{"unable_to_bear_weight":true}})", "Can't bear weight"));
    EXPECT_TRUE(decoded.value);

    // Anywhere else (an unknown key, say), the latest assessment must record it.
    decoded = decode_athlete(record(R"({"date":"2026-10-02"})",
                                    R"("comment":"sciatic pain, felt a gap in the muscle",)"));
    EXPECT_EQ(strings(decoded.problems).front(),
              "/comment: mentions \"sciatic\", but the latest assessment does not record "
              "symptoms.numbness or symptoms.tingling"
                  + record_it);
    EXPECT_EQ(decoded.problems.size(), 2u) << "nerve symptoms and a palpable gap";
    EXPECT_EQ(strings(decoded.problems).back(),
              "/comment: mentions \"felt a gap\", but the latest assessment does not record "
              "symptoms.palpable_gap"
                  + record_it);
}

// Clinicians write red flags in many words; each of these must be recorded as a symptom too.
TEST(strict_input, red_flags_in_clinical_words_and_phrases_are_read_as_mentions) {
    const std::vector<std::pair<std::string, std::string>> said = {
        {"loss of sensation in the foot", "numbness"},
        {"shooting pain down the leg", "numbness"},
        {"burning pain down the back of the leg", "numbness"},
        {"electric shock feeling", "numbness"},
        {"nerve pain", "numbness"},
        {"foot drop noticed", "numbness"},
        {"NWB", "unable_to_bear_weight"},
        {"N/W/B since injury", "unable_to_bear_weight"},
        {"leg feels asleep below the knee", "numbness"},
        {"unable to WB since last night", "unable_to_bear_weight"},
        {"hypoaesthesia lateral foot", "numbness"},
        {"parasthesia lateral foot", "tingling"},
        {"decreased sensation in the foot", "numbness"},
        {"foot has gone to sleep", "numbness"},
        {"indentation at the site", "palpable_gap"},
        {"divot felt at the site", "palpable_gap"},
        {"bruising and a hollow where the muscle was", "palpable_gap"},
        {"weight-bearing not possible", "unable_to_bear_weight"},
        {"needs a stick to walk", "unable_to_bear_weight"},
        {"tendon pulled off the bone", "palpable_gap"},
        {"tendon retracted 4 cm", "palpable_gap"},
        {"complete rupture on MRI", "palpable_gap"},
        {"full thickness tear on ultrasound", "palpable_gap"},
        {"visible dent in the thigh", "palpable_gap"},
        {"a gap in the hamstring", "palpable_gap"}};
    for (const auto& [note, symptom] : said) {
        const auto decoded =
            decode_athlete(record(R"({"date":"2026-10-02","notes":")" + note + R"("})"));
        ASSERT_FALSE(decoded.problems.empty()) << note;
        EXPECT_NE(strings(decoded.problems).front().find("symptoms." + symptom), std::string::npos)
            << note << ": " << strings(decoded.problems).front();
    }
}

// A review's note is the clinician's words: a red flag it names must be lifted by the review or
// recorded by its assessment.
TEST(strict_input, a_review_note_naming_a_flag_it_does_not_lift_is_refused) {
    auto decoded = decode_athlete(record(
        R"({"date":"2026-10-02","symptoms":{"tingling":true}},
           {"date":"2026-10-06","clinician_review":{"clinician":"Dr K","lifts":["tingling"],
            "note":"tingling settled, still some numbness in the foot"}})"));
    EXPECT_EQ(strings(decoded.problems),
              std::vector<std::string>{
                  "/assessments/1/clinician_review/note: mentions \"numbness\", but this "
                  "assessment does not record symptoms.numbness: record it (true or false) so "
                  "that the safety gate can act on it"});
}

// The injury decides the gate (grade 4, grade 3 at site c): its unknown keys are refused.
TEST(strict_input, an_unknown_key_in_the_injury_is_refused) {
    const auto decoded = decode_athlete(
        R"({"schema":"coach.athlete/1","id":"a","injury":{"region":"hamstring","grade":3,
            "sight":"c","date":"2026-10-01"}})");
    EXPECT_EQ(strings(decoded.problems),
              std::vector<std::string>{
                  "/injury/sight: unknown field \"sight\"; expected region, muscle, grade, site, "
                  "date, mechanism, previous_injuries, side, notes"});
}

TEST(strict_input, ordinary_words_in_free_text_are_not_red_flags) {
    for (const std::string note :
         {"a two-week gap in training", "can walk fine", "number of sets halved",
          "weight bearing exercise went well", "after a two-week gap, felt good",
          "a pulling sensation at the end of the stretch", "neuromuscular control drills",
          "weight bearing without pain, no limp", "full range of motion", "w/o pain, 3/4 speed",
          "Hollow body hold 3x30 s added for trunk", "Slept badly, fell asleep late",
          "reviewed numbness"}) {
        const auto decoded =
            decode_athlete(record(R"({"date":"2026-10-02"})", R"("comment":")" + note + R"(",)"));
        if (note == "reviewed numbness") {
            EXPECT_FALSE(decoded.value) << "a mention, whatever the verb";
        } else {
            EXPECT_TRUE(decoded.value) << note << ": " << strings(decoded.problems).front();
        }
    }
    // Names are not words: an athlete id, a catalog exercise, a clinician's review. The record's
    // equipment is words (trial 34: "crutches" there is a walking aid in use).
    const auto decoded = decode_athlete(record(
        R"({"date":"2026-10-02","symptoms":{"numbness":true}},
           {"date":"2026-10-06","clinician_review":{"clinician":"Dr K","lifts":["numbness"],
            "note":"numbness was sciatic, settled"}})",
        R"("equipment":["gym"],)"));
    EXPECT_TRUE(decoded.value) << strings(decoded.problems).front();
}

TEST(strict_input, a_missing_or_null_symptom_is_not_recorded_never_absent) {
    const auto decoded = decode_athlete(record(
        R"({"date":"2026-10-02","symptoms":{"numbness":null,"tingling":false,"palpable_gap":true}},
           {"date":"2026-10-03","symptoms":null},{"date":"2026-10-04"})"));
    ASSERT_TRUE(decoded.value) << strings(decoded.problems).front();
    const auto& assessments = decoded.value->athlete.assessments;
    ASSERT_EQ(assessments.size(), 3u);
    EXPECT_EQ(assessments[0].symptoms,
              (coach::Symptoms{.tingling = Finding::absent, .palpable_gap = Finding::present}));
    EXPECT_EQ(assessments[1].symptoms, coach::Symptoms{});
    EXPECT_EQ(assessments[2].symptoms, coach::Symptoms{});
    EXPECT_EQ(assessments[2].symptoms.numbness, Finding::not_recorded);
}

TEST(strict_input, findings_and_reviews_survive_encoding_not_recorded_stays_unwritten) {
    const auto decoded = decode_athlete(record(
        R"({"date":"2026-10-02","symptoms":{"tingling":false,"unable_to_bear_weight":true}},
           {"date":"2026-10-06","clinician_review":{"clinician":"Dr K","lifts":["unable_to_bear_weight"],"note":"walks"}})"));
    ASSERT_TRUE(decoded.value);
    const auto encoded = coach::json::encode_athlete(decoded.value->athlete);
    EXPECT_NE(encoded.find(R"("symptoms":{"tingling":false,"unable_to_bear_weight":true})"),
              std::string::npos)
        << encoded;
    EXPECT_NE(
        encoded.find(
            R"("clinician_review":{"clinician":"Dr K","lifts":["unable_to_bear_weight"],"note":"walks"})"),
        std::string::npos)
        << encoded;
    const auto again = decode_athlete(encoded);
    ASSERT_TRUE(again.value);
    EXPECT_EQ(again.value->athlete, decoded.value->athlete);
}

TEST(strict_input, a_record_as_of_before_the_injury_is_refused) {
    const auto decoded =
        decode_athlete(record(R"({"date":"2026-10-02"})", R"("as_of":"2026-09-30",)"));
    EXPECT_EQ(strings(decoded.problems),
              std::vector<std::string>{"/as_of: 2026-09-30 is before the injury date 2026-10-01"});
}

TEST(strict_input, a_log_entry_before_the_injury_is_kept_as_history_not_refused) {
    // The training before the injury (docs/DATA.md, "Chronology"): kept, never rehabilitation.
    const auto decoded = decode_athlete(record(
        R"({"date":"2026-10-02"})",
        R"("log":[{"date":"2026-09-20","items":[{"exercise":"light_jog","duration_min":30}]}],)"));
    ASSERT_TRUE(decoded.value) << strings(decoded.problems).front();
    ASSERT_EQ(decoded.value->athlete.log.size(), 1u);
    EXPECT_EQ(decoded.value->athlete.log[0].date, *coach::Date::parse("2026-09-20"));
    EXPECT_TRUE(
        coach::log_until(decoded.value->athlete, *coach::Date::parse("2026-10-05")).empty());
}

TEST(strict_input, required_identifiers_cannot_be_empty) {
    const auto decoded = decode_athlete(R"({"schema":"coach.athlete/1","id":"",
        "injury":{"region":"  ","grade":2,"date":"2026-10-01"},
        "log":[{"date":"2026-10-03","items":[{"exercise":""}]}]})");
    EXPECT_EQ(
        strings(decoded.problems),
        (std::vector<std::string>{"/id: must not be empty", "/injury/region: must not be empty",
                                  "/log/0/items/0/exercise: must not be empty"}));
}

namespace {

// A valid record with `keys` unknown top-level keys "k0", "k1", ...
std::string wide_record(int keys) {
    std::string text = R"({"schema":"coach.athlete/1","id":"wide",)";
    for (int k = 0; k < keys; ++k) {
        text += "\"k" + std::to_string(k) + "\":" + std::to_string(k) + ",";
    }
    return text + R"("injury":{"region":"hamstring","grade":1,"date":"2026-10-01"}})";
}

}  // namespace

TEST(strict_input, a_record_with_80000_keys_lists_each_and_finds_a_repeated_one) {
    const auto text = wide_record(80'000);
    const auto decoded = decode_athlete(text);
    ASSERT_TRUE(decoded.value);
    EXPECT_EQ(decoded.warnings.size(), 80'000u);
    EXPECT_EQ(decoded.warnings.back().to_string(), "/k79999: unknown field \"k79999\"");
    // How long it takes as the keys grow is a benchmark (tests/bench/decode_bench.cpp): a
    // timed test fails on a loaded machine.

    // The same keys with the first one repeated at the end: found.
    auto repeated_text = text;
    repeated_text.insert(repeated_text.size() - 1, R"(,"k0":1)");
    const auto repeated = decode_athlete(repeated_text);
    EXPECT_EQ(strings(repeated.problems),
              std::vector<std::string>{"/k0: duplicate key \"k0\" in the same object"});
}
