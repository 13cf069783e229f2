// Tests the plugin the way the engine runs it: loaded from its .so, behind the safety gate.
#include <gtest/gtest.h>

#include <coach/engine.hpp>

namespace {

coach::Athlete grade_2_athlete() {
    coach::Athlete athlete;
    athlete.id = "template-athlete";
    athlete.injury.region = "hamstring";
    athlete.injury.grade = 2;
    athlete.injury.date = *coach::Date::parse("2026-10-01");
    return athlete;
}

const coach::Engine& engine() {
    static const coach::Engine loaded{
        {.plugin_paths = {MY_PROTOCOL_PLUGIN}, .use_environment = false, .use_bundled = false}};
    return loaded;
}

}  // namespace

TEST(my_protocol, loads_and_plans_a_gated_plan_with_bridges_every_other_day) {
    ASSERT_TRUE(engine().load_errors().empty()) << engine().load_errors().front().message;
    const auto outcome =
        engine().plan("my-protocol", grade_2_athlete(),
                      {.as_of = *coach::Date::parse("2026-10-05"), .horizon_days = 14});
    ASSERT_TRUE(outcome.plan) << outcome.error;
    ASSERT_EQ(outcome.plan->sessions.size(), 14u);
    EXPECT_EQ(outcome.plan->sessions[0].items.size(), 2u);  // cycling and bridges
    EXPECT_EQ(outcome.plan->sessions[1].items.size(), 1u);  // cycling only
    EXPECT_FALSE(outcome.plan->sources.empty());
}

TEST(my_protocol, red_flags_are_withheld_by_the_engine) {
    auto athlete = grade_2_athlete();
    athlete.assessments.push_back({.date = *coach::Date::parse("2026-10-03")});
    athlete.assessments.back().symptoms.numbness = coach::Finding::present;
    const auto outcome = engine().plan("my-protocol", athlete, {});
    ASSERT_TRUE(outcome.plan);
    EXPECT_EQ(outcome.plan->status, coach::PlanStatus::referral);
    EXPECT_TRUE(outcome.plan->sessions.empty());
}

TEST(my_protocol, jogs_from_the_day_the_course_expects_pain_free_walking_and_reassesses_then) {
    auto athlete = grade_2_athlete();
    // Walking hurt 3/10 on day 2: the course of recovery (grade 2, return to sport on day 22)
    // expects it pain-free on day 6, a projection the plan reassesses on that day.
    athlete.assessments.push_back({.date = *coach::Date::parse("2026-10-03"), .pain_walking = 3});
    const auto outcome = engine().plan(
        "my-protocol", athlete, {.as_of = *coach::Date::parse("2026-10-03"), .horizon_days = 14});
    ASSERT_TRUE(outcome.plan) << outcome.error;
    const auto& plan = *outcome.plan;
    EXPECT_EQ(plan.milestones.return_to_run, *coach::Date::parse("2026-10-07"));
    EXPECT_TRUE(plan.milestones.is_projected(coach::MilestoneKind::return_to_run));
    for (const auto& session : plan.sessions) {
        EXPECT_EQ(session.projected, session.date >= *plan.milestones.return_to_run);
    }
    const auto& first_jog = plan.sessions.at(4);
    EXPECT_EQ(first_jog.date, *coach::Date::parse("2026-10-07"));
    EXPECT_EQ(first_jog.items.front().exercise, "evaluation");  // the reassessment, first
}
