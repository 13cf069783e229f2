#include <gtest/gtest.h>

#include "coach/json.hpp"
#include "coach/planning_case.hpp"
#include "coach/sdk/plan_builder.hpp"

namespace {

coach::Athlete athlete() {
    coach::Athlete a;
    a.id = "ath-9";
    a.injury.region = "hamstring";
    a.injury.grade = 1;
    a.injury.date = *coach::Date::parse("2026-10-01");
    return a;
}

coach::Plan small_plan(const coach::Case& input) {
    coach::PlanBuilder plan{input};
    plan.phase("loading", input.as_of, input.last_day(), "build load", {"pain <= 4/10"});
    plan.session(input.as_of, "strength")
        .add({.exercise = "isometric_bridge_hold",
              .sets = 5,
              .rest_s = 60,
              .hold_s = 30,
              .side = coach::Side::injured,
              .cue = "push through the heels"});
    plan.rest_day(input.as_of + 1);
    plan.maintenance("1 strength session a week");
    plan.rationale("load early");
    plan.sources({"a source"});
    auto built = std::move(plan).build();
    built.milestones.return_to_run = input.as_of + 10;  // as if the engine had set it
    return built;
}

}  // namespace

TEST(plan_json, writes_fields_in_the_order_of_the_contract) {
    const auto a = athlete();
    const coach::PlanningCase planning{a, coach::Request{*coach::Date::parse("2026-10-06"), 2}};
    const coach::Case& input = planning.input();
    auto plan = small_plan(input);
    plan.philosophy = {"eccentric-strength", "1.0.0", "9f2c"};
    EXPECT_EQ(
        coach::json::encode_plan(plan),
        R"({"schema":"coach.plan/1","philosophy":{"id":"eccentric-strength","version":"1.0.0",)"
        R"("library_sha256":"9f2c"},"athlete":"ath-9","as_of":"2026-10-06","status":"ok",)"
        R"("referrals":[],"phases":[{"name":"loading","start":"2026-10-06","end":"2026-10-07",)"
        R"("goal":"build load","exit_criteria":["pain <= 4/10"]}],"sessions":[{"date":"2026-10-06",)"
        R"("phase":"loading","focus":"strength","items":[{"exercise":"isometric_bridge_hold",)"
        R"("category":"strength_isometric","sets":5,"hold_s":30,"rest_s":60,"side":"injured",)"
        R"("cue":"push through the heels"}]},{"date":"2026-10-07","phase":"loading","focus":"rest",)"
        R"("items":[{"exercise":"rest","category":"rest","cue":"full rest from training"}]}],)"
        R"("milestones":{"return_to_run":"2026-10-16"},"maintenance":"1 strength session a week",)"
        R"("rationale":["load early"],"sources":["a source"]})");
}

TEST(plan_json, round_trips_through_encode_and_decode) {
    const auto a = athlete();
    const coach::PlanningCase planning{a, coach::Request{*coach::Date::parse("2026-10-06"), 2}};
    const coach::Case& input = planning.input();
    auto plan = small_plan(input);
    plan.referrals.push_back({coach::ReferralLevel::advise, "gait"});
    const auto decoded = coach::json::decode_plan(coach::json::encode_plan(plan));
    ASSERT_TRUE(decoded.value) << decoded.problems.front().to_string();
    EXPECT_EQ(*decoded.value, plan);
}

TEST(plan_json, names_the_pointer_of_a_bad_item) {
    const auto decoded = coach::json::decode_plan(
        R"({"schema":"coach.plan/1","philosophy":{"id":"x"},"athlete":"a","as_of":"2026-10-06",)"
        R"("status":"ok","sessions":[{"date":"2026-10-06","items":[{"exercise":"ice",)"
        R"("category":"cold","intensity_pct":140}]}]})");
    ASSERT_EQ(decoded.problems.size(), 2u);
    EXPECT_EQ(decoded.problems[0].pointer, "/sessions/0/items/0/category");
    EXPECT_EQ(decoded.problems[1].to_string(),
              "/sessions/0/items/0/intensity_pct: expected integer 0..100, got 140");
}

TEST(plan_json, pretty_printing_keeps_the_content) {
    const auto a = athlete();
    const coach::PlanningCase planning{a, coach::Request{*coach::Date::parse("2026-10-06"), 2}};
    const coach::Case& input = planning.input();
    const auto compact = coach::json::encode_plan(small_plan(input));
    const auto pretty = coach::json::pretty(compact);
    EXPECT_NE(pretty.find("\n  \"schema\": \"coach.plan/1\",\n"), std::string::npos) << pretty;
    const auto decoded = coach::json::decode_plan(pretty);
    ASSERT_TRUE(decoded.value);
    EXPECT_EQ(coach::json::encode_plan(*decoded.value), compact);
}

TEST(plan_json, writes_the_marks_of_the_course_only_where_they_are_set_and_reads_them_back) {
    const auto a = athlete();
    const coach::PlanningCase planning{a, coach::Request{*coach::Date::parse("2026-10-06"), 3}};
    const coach::Case& input = planning.input();
    coach::PlanBuilder builder{input};
    builder.phase("load", input.as_of, input.as_of + 1, "build");
    builder.phase("sport", input.as_of + 2, input.last_day(), "play").as_return_to_sport();
    builder.session(input.as_of, "strength")
        .add({.exercise = "glute_bridge", .sets = 1, .reps = 5});
    builder.projected_step(input.as_of + 2, "pain during exercise at most 0/10")
        .beyond_horizon(coach::MilestoneKind::full_speed)
        .sources({"s"});
    auto plan = std::move(builder).build();
    plan.milestones.return_to_sport = input.as_of + 2;
    plan.milestones.projected = {coach::MilestoneKind::return_to_sport};
    const auto json = coach::json::encode_plan(plan);
    EXPECT_NE(json.find(R"("exit_criteria":[],"return_to_sport":true})"), std::string::npos);
    EXPECT_EQ(json.find(R"("goal":"build","exit_criteria":[],"return_to_sport")"),
              std::string::npos);
    EXPECT_NE(json.find(R"({"date":"2026-10-08","phase":"sport","focus":"reassessment","items":[{)"
                        R"("exercise":"evaluation","category":"assessment","cue":"reassess: pain )"
                        R"(during exercise at most 0/10 expected by now)"),
              std::string::npos);
    EXPECT_NE(json.find(R"(and plan again from the new assessment"}],"projected":true})"),
              std::string::npos)
        << json;
    EXPECT_EQ(json.find(R"("focus":"strength","items":[{"exercise":"glute_bridge","category":)"
                        R"("strength_general","sets":1,"reps":5}],"projected")"),
              std::string::npos);
    EXPECT_NE(json.find(R"("milestones":{"return_to_sport":"2026-10-08","beyond_horizon":)"
                        R"(["full_speed"],"projected":["return_to_sport"]})"),
              std::string::npos)
        << json;
    const auto decoded = coach::json::decode_plan(json);
    ASSERT_TRUE(decoded.value) << decoded.problems.front().to_string();
    EXPECT_EQ(*decoded.value, plan);
}

// The encoders write text directly; what they write must be what a JSON library writes: the
// escapes boost::json uses, and for people exactly pretty()'s layout of the compact text.
TEST(plan_json, escapes_strings_as_boost_json_does_and_indents_as_pretty_does) {
    const auto a = athlete();
    const coach::PlanningCase planning{a, coach::Request{*coach::Date::parse("2026-10-06"), 2}};
    auto plan = small_plan(planning.input());
    plan.philosophy = {"quote\"back\\slash", "tab\there", "bell\a\x1f\x7f"};
    plan.maintenance = "line\nfeed\r\f\b caf\xc3\xa9 \xe2\x80\x9cquoted\xe2\x80\x9d /";
    plan.rationale.clear();  // an empty array
    const auto compact = coach::json::encode_plan(plan);
    EXPECT_NE(compact.find(R"("philosophy":{"id":"quote\"back\\slash","version":"tab\there",)"
                           R"("library_sha256":"bell\u0007\u001f)"
                           "\x7f\"}"),
              std::string::npos)
        << compact;
    EXPECT_NE(compact.find("\"maintenance\":\"line\\nfeed\\r\\f\\b caf\xc3\xa9 "
                           "\xe2\x80\x9cquoted\xe2\x80\x9d /\",\"rationale\":[],"),
              std::string::npos)
        << compact;
    EXPECT_EQ(coach::json::encode_plan(plan, coach::json::Layout::indented),
              coach::json::pretty(compact));
    const auto decoded = coach::json::decode_plan(compact);
    ASSERT_TRUE(decoded.value);
    EXPECT_EQ(*decoded.value, plan);
}
