#include <gtest/gtest.h>

#include "coach/json.hpp"
#include "support.hpp"

using coach::json::decode_athlete;
using coach::json::Problem;
using coach::test::fixture;
using coach::test::read_file;

TEST(athlete_json, decodes_the_design_example) {
    const auto decoded = decode_athlete(read_file(COACH_EXAMPLES_DIR "/athletes/sample.json"));
    ASSERT_TRUE(decoded.value) << decoded.problems.front().to_string();
    const auto& athlete = decoded.value->athlete;
    EXPECT_EQ(athlete.id, "ath-001");
    EXPECT_EQ(athlete.injury.muscle, coach::Muscle::biceps_femoris_long_head);
    EXPECT_EQ(athlete.injury.grade, 2);
    EXPECT_EQ(athlete.injury.site, coach::Site::b);
    EXPECT_EQ(athlete.injury.date.iso(), "2026-10-01");
    ASSERT_EQ(athlete.assessments.size(), 1u);
    EXPECT_EQ(athlete.assessments[0].pain_walking, 4);
    EXPECT_EQ(athlete.assessments[0].symptoms.altered_gait, coach::Finding::present);
    EXPECT_EQ(athlete.assessments[0].symptoms.numbness, coach::Finding::absent);
    ASSERT_EQ(athlete.log.size(), 1u);
    EXPECT_EQ(athlete.log[0].items[0].exercise, "slider_curl_double");
    EXPECT_EQ(athlete.log[0].items[0].reps, 6);
}

TEST(athlete_json, names_the_pointer_of_an_out_of_range_value) {
    const auto decoded =
        decode_athlete(read_file(fixture("athletes/invalid/pain_out_of_range.json")));
    EXPECT_FALSE(decoded.value);
    ASSERT_EQ(decoded.problems.size(), 1u);
    EXPECT_EQ(decoded.problems[0].to_string(),
              "/assessments/1/pain_rest: expected integer 0..10, got 11");
}

// A date of the right shape that names no day is explained as the command line explains one
// (--as-of: 2026-02-30 does not exist: ...), wherever in the record it stands.
TEST(athlete_json, says_why_a_date_names_no_day) {
    const auto decoded = decode_athlete(
        R"({"schema":"coach.athlete/1","id":"d","injury":{"region":"hamstring","grade":2,)"
        R"("date":"2024-02-30"},"assessments":[{"date":"2026-13-01"},{"date":"2026-04-31"},)"
        R"({"date":"2026-10-00"},{"date":"2026-1-01"}]})");
    EXPECT_FALSE(decoded.value);
    std::vector<std::string> found;
    for (const auto& problem : decoded.problems) {
        found.push_back(problem.to_string());
    }
    EXPECT_EQ(found, (std::vector<std::string>{
                         "/injury/date: 2024-02-30 does not exist: February 2024 has 29 days",
                         "/assessments/0/date: 2026-13-01 does not exist: there is no month 13",
                         "/assessments/1/date: 2026-04-31 does not exist: April 2026 has 30 days",
                         "/assessments/2/date: 2026-10-00 does not exist: October 2026 has 31 days",
                         "/assessments/3/date: expected a date YYYY-MM-DD, got \"2026-1-01\""}));
}

TEST(athlete_json, reports_every_problem_in_document_order) {
    const auto decoded = decode_athlete(read_file(fixture("athletes/invalid/many_problems.json")));
    std::vector<std::string> found;
    for (const auto& problem : decoded.problems) {
        found.push_back(problem.to_string());
    }
    const std::vector<std::string> expected = {
        "/id: required, missing",
        "/profile/age: expected integer 0..120, got \"thirty\"",
        "/injury/grade: expected integer 0..4, got 7",
        "/injury/site: expected one of a, b, c, got \"d\"",
        "/injury/date: 2026-02-30 does not exist: February 2026 has 28 days",
        "/assessments/0/symptoms/numbness: expected true or false, got \"yes\"",
        "/log/0/fatigue: expected one of normal, draggy, got \"tired\"",
        "/log/0/items/0/exercise: required, missing",
    };
    EXPECT_EQ(found, expected);
}

TEST(athlete_json, says_where_the_syntax_breaks) {
    const auto decoded = decode_athlete(read_file(fixture("athletes/invalid/not_json.json")));
    ASSERT_EQ(decoded.problems.size(), 1u);
    EXPECT_EQ(decoded.problems[0].pointer, "");
    EXPECT_NE(decoded.problems[0].message.find("not valid JSON at line 2"), std::string::npos)
        << decoded.problems[0].message;
}

TEST(athlete_json, refuses_another_schema_and_a_non_object) {
    auto decoded = decode_athlete(R"({"schema":"coach.plan/1","id":"x",
        "injury":{"region":"hamstring","grade":1,"date":"2026-01-01"}})");
    ASSERT_EQ(decoded.problems.size(), 1u);
    EXPECT_EQ(decoded.problems[0].to_string(),
              "/schema: expected \"coach.athlete/1\", got \"coach.plan/1\"");
    decoded = decode_athlete("[1, 2]");
    ASSERT_EQ(decoded.problems.size(), 1u);
    EXPECT_EQ(decoded.problems[0].to_string(), "expected a JSON object, got an array");
}

TEST(athlete_json, ignores_unknown_fields_with_a_warning_each_and_reads_request_fields) {
    const auto decoded = decode_athlete(R"({"schema":"coach.athlete/1","id":"x","colour":"red",
        "profile":{"sprot":"rugby"},
        "injury":{"region":"hamstring","grade":1,"date":"2026-01-01","side":"left"},
        "as_of":"2026-01-05","horizon_days":14})");
    ASSERT_TRUE(decoded.value);
    EXPECT_EQ(decoded.value->request.as_of->iso(), "2026-01-05");
    EXPECT_EQ(decoded.value->request.horizon_days, 14);
    std::vector<std::string> warnings;
    for (const auto& warning : decoded.warnings) {
        warnings.push_back(warning.to_string());
    }
    const std::vector<std::string> expected = {
        "/profile/sprot: unknown field \"sprot\" (did you mean \"sport\"?)",
        "/colour: unknown field \"colour\""};
    EXPECT_EQ(warnings, expected);
}

TEST(athlete_json, round_trips_through_encode_and_decode) {
    const auto first = decode_athlete(read_file(COACH_EXAMPLES_DIR "/athletes/sample.json"));
    ASSERT_TRUE(first.value);
    const auto encoded = coach::json::encode_athlete(first.value->athlete, first.value->request);
    const auto second = decode_athlete(encoded);
    ASSERT_TRUE(second.value) << encoded;
    EXPECT_EQ(second.value->athlete, first.value->athlete);
    EXPECT_EQ(coach::json::encode_athlete(second.value->athlete, second.value->request), encoded);
}

// Trial 34: a fatigue "norml" got no suggestion while other names of the record did. Every
// enumerated field of the record proposes the value likely meant, alike, and none when no value is
// near; a log entry's exercise and philosophy and the equipment are checked against what is loaded
// or known (log_names_test.cpp).
TEST(athlete_json, every_enumerated_field_proposes_the_value_likely_meant) {
    const auto problems_of = [](const std::string& injury, const std::string& entry,
                                const std::string& item) {
        const auto decoded = decode_athlete(
            R"({"schema":"coach.athlete/1","id":"x","injury":{"region":"hamstring","grade":1,)"
            R"("date":"2026-01-01",)"
            + injury + R"(},"log":[{"date":"2026-01-03",)" + entry
            + R"("items":[{"exercise":"ice",)" + item + "}]}]}");
        std::vector<std::string> found;
        for (const auto& problem : decoded.problems) {
            found.push_back(problem.to_string());
        }
        return found;
    };
    EXPECT_EQ(problems_of(R"("muscle":"semitendinosis","site":"B","mechanism":"sprintng",)"
                          R"("side":"lefft")",
                          R"("fatigue":"norml",)", R"("load":"bodyweigth")"),
              (std::vector<std::string>{
                  "/injury/muscle: expected one of biceps_femoris_long_head, "
                  "biceps_femoris_short_head, semitendinosus, semimembranosus, unknown, got "
                  "\"semitendinosis\" (did you mean \"semitendinosus\"?)",
                  "/injury/site: expected one of a, b, c, got \"B\" (did you mean \"b\"?)",
                  "/injury/mechanism: expected one of sprinting, stretching, unknown, got "
                  "\"sprintng\" (did you mean \"sprinting\"?)",
                  "/injury/side: expected one of left, right, got \"lefft\" (did you mean "
                  "\"left\"?)",
                  "/log/0/fatigue: expected one of normal, draggy, got \"norml\" (did you mean "
                  "\"normal\"?)",
                  "/log/0/items/0/load: expected one of bodyweight, light, medium, heavy, got "
                  "\"bodyweigth\" (did you mean \"bodyweight\"?)"}));
    EXPECT_EQ(problems_of(R"("site":"d")", R"("fatigue":"exhausted",)", R"("load":"max")"),
              (std::vector<std::string>{
                  "/injury/site: expected one of a, b, c, got \"d\"",
                  "/log/0/fatigue: expected one of normal, draggy, got \"exhausted\"",
                  "/log/0/items/0/load: expected one of bodyweight, light, medium, heavy, got "
                  "\"max\""}));
}
