#include <gtest/gtest.h>

#include "coach/json.hpp"
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
    plan.milestones({.return_to_run = input.as_of + 10});
    plan.maintenance("1 strength session a week");
    plan.rationale("load early");
    plan.sources({"a source"});
    return std::move(plan).build();
}

}  // namespace

TEST(plan_json, writes_fields_in_the_order_of_the_contract) {
    const auto a = athlete();
    const coach::Case input{a, *coach::Date::parse("2026-10-06"), 2};
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
    const coach::Case input{a, *coach::Date::parse("2026-10-06"), 2};
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
    const coach::Case input{a, *coach::Date::parse("2026-10-06"), 2};
    const auto compact = coach::json::encode_plan(small_plan(input));
    const auto pretty = coach::json::pretty(compact);
    EXPECT_NE(pretty.find("\n  \"schema\": \"coach.plan/1\",\n"), std::string::npos) << pretty;
    const auto decoded = coach::json::decode_plan(pretty);
    ASSERT_TRUE(decoded.value);
    EXPECT_EQ(coach::json::encode_plan(*decoded.value), compact);
}
