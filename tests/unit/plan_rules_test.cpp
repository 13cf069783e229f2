// What the engine settles in every plan alike: the milestones, one definition for every
// philosophy, and no prescription on a day already logged (docs/DATA.md, "Milestones").
#include "coach/plan_rules.hpp"

#include <gtest/gtest.h>

#include "coach/planning_case.hpp"
#include "coach/safety_gate.hpp"
#include "coach/sdk/plan_builder.hpp"

using coach::Date;
using coach::MilestoneKind;

namespace {

struct PlanRulesTest : ::testing::Test {
    coach::Athlete athlete;

    PlanRulesTest() {
        athlete.id = "rules";
        athlete.injury.region = "hamstring";
        athlete.injury.grade = 1;
        athlete.injury.date = *Date::parse("2026-10-01");
        // Measured recovered on every day from the day after the injury to the last day of
        // input(): only an assessment of a milestone's own day measures its criteria, and these
        // leave the course nothing to project, so that a test of another rule sees it alone.
        for (int day = 1; day <= 5 + 13; ++day) {
            athlete.assessments.push_back(recovered(athlete.injury.date + day));
        }
    }

    // An assessment of `day` that measures every milestone's criterion met.
    static coach::Assessment recovered(Date day) {
        return {.date = day,
                .pain_rest = 0,
                .pain_walking = 0,
                .pain_exercise = 0,
                .max_sprint_pct = 100};
    }

    // A 14-day case from day 5 after the injury, alive as long as the test.
    const coach::Case& input() const {
        planning = std::make_unique<coach::PlanningCase>(
            athlete, coach::Request{athlete.injury.date + 5, 14});
        return planning->input();
    }
    mutable std::unique_ptr<coach::PlanningCase> planning;

    static coach::Item jog() { return {.exercise = "light_jog", .duration_min = 10}; }
    static coach::Item sprint(int pct) {
        return {.exercise = "flying_sprint", .sets = 2, .distance_m = 30, .intensity_pct = pct};
    }
    // The same, with the category the PlanBuilder would fill in, for plans written by hand.
    static coach::Item run() {
        auto item = jog();
        item.category = coach::Category::running;
        return item;
    }
    static coach::Item fast(int pct) {
        auto item = sprint(pct);
        item.category = coach::Category::sprint;
        return item;
    }
};

}  // namespace

TEST_F(PlanRulesTest, milestones_are_the_first_run_the_first_sprint_at_90_and_the_sport_phase) {
    const auto& in = input();
    coach::PlanBuilder builder{in};
    builder.phase("rehab", in.as_of, in.as_of + 9, "g");
    builder.phase("sport", in.as_of + 10, in.last_day(), "g").as_return_to_sport();
    builder.session(in.as_of, "strength").add({.exercise = "glute_bridge", .sets = 1, .reps = 5});
    builder.session(in.as_of + 2, "run").add(jog());
    builder.session(in.as_of + 4, "speed").add(sprint(85));
    builder.session(in.as_of + 6, "speed").add(sprint(90));
    builder.session(in.as_of + 10, "sport").add(sprint(95));
    builder.sources({"s"});
    auto plan = std::move(builder).build();
    // Whatever the plugin wrote there is replaced.
    plan.milestones.return_to_run = in.as_of;
    coach::set_milestones(plan, in);
    EXPECT_EQ(plan.milestones.return_to_run, in.as_of + 2);
    EXPECT_EQ(plan.milestones.full_speed, in.as_of + 6);
    EXPECT_EQ(plan.milestones.return_to_sport, in.as_of + 10);
    EXPECT_TRUE(plan.milestones.beyond_horizon.empty());
    EXPECT_EQ(plan.milestones.projected, std::vector<MilestoneKind>{});
}

TEST_F(PlanRulesTest, a_milestone_after_the_horizon_is_reported_as_such_not_as_missing) {
    const auto& in = input();
    coach::PlanBuilder builder{in};
    builder.phase("rehab", in.as_of, in.last_day(), "g");
    builder.phase("sport", in.last_day() + 10, in.last_day() + 20, "g").as_return_to_sport();
    builder.session(in.as_of, "run").add(jog());
    // Declared beyond the horizon, though the plan runs: the date wins.
    builder.beyond_horizon(MilestoneKind::return_to_run)
        .beyond_horizon(MilestoneKind::full_speed)
        .sources({"s"});
    auto plan = std::move(builder).build();
    coach::set_milestones(plan, in);
    EXPECT_EQ(plan.milestones.return_to_run, in.as_of);
    EXPECT_FALSE(plan.milestones.full_speed);
    EXPECT_FALSE(plan.milestones.return_to_sport);
    EXPECT_EQ(plan.milestones.beyond_horizon,
              (std::vector{MilestoneKind::full_speed, MilestoneKind::return_to_sport}));
}

TEST_F(PlanRulesTest, a_milestone_reached_in_a_session_on_the_projection_is_an_earliest_estimate) {
    const auto& in = input();
    coach::PlanBuilder builder{in};
    builder.phase("rehab", in.as_of, in.as_of + 4, "g");
    builder.phase("sport", in.as_of + 5, in.last_day(), "g").as_return_to_sport();
    builder.session(in.as_of + 1, "run").add(jog());
    builder.session(in.as_of + 5, "speed").add(sprint(95));
    builder.projected_step(in.as_of + 5, "pain during exercise at most 0/10").sources({"s"});
    auto plan = std::move(builder).build();
    coach::set_milestones(plan, in);
    EXPECT_EQ(plan.milestones.projected,
              (std::vector{MilestoneKind::full_speed, MilestoneKind::return_to_sport}));
    EXPECT_FALSE(plan.milestones.is_projected(MilestoneKind::return_to_run));
}

TEST_F(PlanRulesTest, the_gate_refuses_a_plan_that_marks_two_return_to_sport_phases) {
    const auto& in = input();
    coach::PlanBuilder builder{in};
    builder.phase("back", in.as_of, in.as_of + 6, "g").as_return_to_sport();
    builder.phase("again", in.as_of + 7, in.last_day(), "g").as_return_to_sport();
    builder.sources({"s"});
    coach::PhilosophyInfo info{.id = "x", .version = "1", .summary = "s", .sources = {"s"}};
    EXPECT_EQ(coach::safety::plan_problems(std::move(builder).build(), in, info),
              std::vector<std::string>{"/phases/1/return_to_sport: a plan marks at most one phase "
                                       "as return to sport, and 'back' already is"});
}

TEST_F(PlanRulesTest, a_day_with_a_logged_session_is_not_prescribed_again) {
    athlete.log.push_back({.date = athlete.injury.date + 5, .pain_during = 1});
    athlete.log.push_back({.date = athlete.injury.date + 7, .completed = false});
    const auto& in = input();
    coach::PlanBuilder builder{in};
    builder.phase("rehab", in.as_of, in.last_day(), "g");
    builder.session(in.as_of, "run").add(jog());
    builder.session(in.as_of + 1, "run").add(jog());
    builder.session(in.as_of + 2, "run").add(jog());
    builder.sources({"s"});
    auto plan = std::move(builder).build();
    coach::drop_logged_days(plan, in);
    // The session logged after the day the plan starts from was not used, nor its day skipped:
    // a plan as of a day is the plan of that day. It is said.
    ASSERT_EQ(plan.sessions.size(), 2u);
    EXPECT_EQ(plan.sessions[0].date, in.as_of + 1);
    EXPECT_EQ(plan.sessions[1].date, in.as_of + 2);
    ASSERT_GE(plan.rationale.size(), 2u);
    EXPECT_EQ(plan.rationale[plan.rationale.size() - 2],
              "Nothing is prescribed on 2026-10-06: a session is already logged that day (the "
              "engine never prescribes a logged day again).");
    EXPECT_EQ(plan.rationale.back(),
              "1 session logged after 2026-10-06, the day this plan starts from, the first on "
              "2026-10-08, was not used to plan it: plan from a later day to take it into "
              "account.");
}

TEST_F(PlanRulesTest, a_reassessment_due_on_a_logged_day_moves_to_the_next_day) {
    athlete.log.push_back({.date = athlete.injury.date + 5});
    const auto& in = input();
    coach::PlanBuilder builder{in};
    builder.phase("rehab", in.as_of, in.last_day(), "g");
    builder.session(in.as_of + 1, "run").add(jog());
    builder.projected_step(in.as_of, "pain walking at most 0/10").sources({"s"});
    const auto plan = std::move(builder).build();
    ASSERT_EQ(plan.sessions.size(), 1u);
    EXPECT_EQ(plan.sessions[0].date, in.as_of + 1);
    EXPECT_EQ(plan.sessions[0].items.front().exercise, "evaluation");
    EXPECT_TRUE(plan.sessions[0].projected);
}

// The user trial's fault: a session logged on the day a projected step takes the plan into return
// to sport. A plan as of a day knows no session logged after it, so that day is the plan's first.
// The reassessment moves to the next day, but the step stays an estimate: return to sport is an
// earliest estimate, never "criteria met", and it does not precede return to run.
TEST_F(PlanRulesTest, a_session_logged_on_a_projected_return_to_sport_day_keeps_it_an_estimate) {
    athlete.log.push_back({.date = athlete.injury.date + 5,
                           .pain_during = 0,
                           .items = {{.exercise = "light_jog", .duration_min = 10}}});
    const auto& in = input();
    const Date sport = in.as_of;
    coach::PlanBuilder builder{in};
    builder.phase("sport", sport, in.last_day(), "g").as_return_to_sport();
    builder.session(sport, "sport").add(sprint(95));
    builder.session(sport + 2, "sport").add(sprint(95));
    builder.projected_step(sport, "pain during exercise at most 0/10").sources({"s"});
    auto plan = std::move(builder).build();
    coach::drop_logged_days(plan, in);
    coach::set_milestones(plan, in);
    // The logged jog is the record's, not the plan's: the plan's first run is its sprint two days
    // on, and return to sport waits for it.
    EXPECT_EQ(plan.milestones.return_to_run, sport + 2);
    EXPECT_EQ(plan.milestones.return_to_sport, sport + 2);
    EXPECT_EQ(plan.milestones.projected,
              (std::vector{MilestoneKind::return_to_run, MilestoneKind::full_speed,
                           MilestoneKind::return_to_sport}));
    EXPECT_EQ(plan.milestones.full_speed, sport + 2);
    // The reassessment is on the next day without a logged session, which is an estimate too.
    ASSERT_EQ(plan.sessions.size(), 2u);
    EXPECT_EQ(plan.sessions[0].date, sport + 1);
    EXPECT_EQ(plan.sessions[0].items.front().exercise, "evaluation");
    EXPECT_TRUE(plan.sessions[0].projected);
}

// The engine does not trust the builder alone: a plan (from an older SDK, or written by hand)
// that marks sessions projected only from the day after the logged step day still has its return
// to sport read from the first session on or after it, not from the measured session before.
TEST_F(PlanRulesTest, return_to_sport_is_read_from_the_first_session_on_or_after_its_day) {
    const auto& in = input();
    coach::Plan plan;
    plan.as_of = in.as_of;
    plan.phases = {
        {.name = "rehab", .start = in.as_of, .end = in.as_of + 3},
        {.name = "sport", .start = in.as_of + 4, .end = in.last_day(), .return_to_sport = true}};
    plan.sessions = {{.date = in.as_of + 3, .items = {run()}},
                     {.date = in.as_of + 5, .items = {run()}, .projected = true}};
    coach::set_milestones(plan, in);
    EXPECT_EQ(plan.milestones.return_to_sport, in.as_of + 4);
    EXPECT_TRUE(plan.milestones.is_projected(MilestoneKind::return_to_sport));
    EXPECT_FALSE(plan.milestones.is_projected(MilestoneKind::return_to_run));

    // No session from the phase's first day on: nothing shows it measured.
    plan.sessions.pop_back();
    coach::set_milestones(plan, in);
    EXPECT_TRUE(plan.milestones.is_projected(MilestoneKind::return_to_sport));
}

TEST_F(PlanRulesTest, return_to_sport_never_precedes_return_to_run) {
    const auto& in = input();
    coach::Plan plan;
    plan.as_of = in.as_of;
    plan.phases = {
        {.name = "sport", .start = in.as_of, .end = in.last_day(), .return_to_sport = true}};
    plan.sessions = {
        {.date = in.as_of + 1,
         .items = {{.exercise = "glute_bridge", .category = coach::Category::strength_general}}},
        {.date = in.as_of + 3, .items = {run()}, .projected = true}};
    coach::set_milestones(plan, in);
    EXPECT_EQ(plan.milestones.return_to_run, in.as_of + 3);
    EXPECT_EQ(plan.milestones.return_to_sport, in.as_of + 3);
    EXPECT_EQ(plan.milestones.projected,
              (std::vector{MilestoneKind::return_to_run, MilestoneKind::return_to_sport}));

    // The first run beyond the horizon: return to sport is beyond it too.
    plan.sessions.pop_back();
    plan.milestones.beyond_horizon = {MilestoneKind::return_to_run};
    coach::set_milestones(plan, in);
    EXPECT_FALSE(plan.milestones.return_to_sport);
    EXPECT_EQ(plan.milestones.beyond_horizon,
              (std::vector{MilestoneKind::return_to_run, MilestoneKind::return_to_sport}));
    EXPECT_TRUE(plan.milestones.projected.empty());
}

// Only an assessment measures criteria: with none that measured a milestone's sign on or before
// its day (a date alone measures nothing), or with the course expecting that sign better than it
// was last measured, the milestone is an earliest estimate, however the plugin marked its
// sessions. A logged run (read by some plugins as a return to running) measures nothing.
TEST_F(PlanRulesTest, a_milestone_no_assessment_measured_is_an_earliest_estimate) {
    athlete.assessments = {{.date = athlete.injury.date + 1}};  // a date alone measures nothing
    athlete.log.push_back({.date = athlete.injury.date + 3,
                           .pain_during = 0,
                           .pain_next_day = 0,
                           .items = {{.exercise = "easy_run", .duration_min = 20}}});
    coach::Plan plan;
    const auto plan_on = [&](const coach::Case& in) {
        plan.as_of = in.as_of;
        plan.phases = {{.name = "sport",
                        .start = in.as_of + 2,
                        .end = in.last_day(),
                        .return_to_sport = true}};
        plan.sessions = {{.date = in.as_of + 2, .items = {run(), fast(95)}}};
        coach::set_milestones(plan, in);
        return plan.milestones.projected;
    };
    const std::vector all{MilestoneKind::return_to_run, MilestoneKind::full_speed,
                          MilestoneKind::return_to_sport};
    EXPECT_EQ(plan_on(input()), all);

    // Measured, but the course expects pain-free walking and exercise and full speed only later.
    athlete.assessments = {{.date = athlete.injury.date + 1,
                            .pain_walking = 4,
                            .pain_exercise = 5,
                            .max_sprint_pct = 0}};
    EXPECT_EQ(plan_on(input()), all);

    // Measured there on the day itself, the plugin's word stands.
    athlete.assessments.push_back({.date = athlete.injury.date + 5 + 2,
                                   .pain_walking = 0,
                                   .pain_exercise = 0,
                                   .max_sprint_pct = 100});
    EXPECT_TRUE(plan_on(input()).empty());
}

// The user trial's fault: eccentric-strength reported return to sport as "criteria met" a month
// after the athlete's only assessment, because the course expected nothing to change since. A
// milestone counts as measured only on a day an assessment measured its criterion met: a day
// after the latest assessment, however recent, or between two assessments, is an estimate.
TEST_F(PlanRulesTest, a_milestone_after_the_latest_assessment_is_an_estimate_however_recent) {
    athlete.assessments = {recovered(athlete.injury.date + 5)};  // the plan's first day
    coach::Plan plan;
    const auto plan_on = [&](const coach::Case& in, int run_day, int sport_day) {
        plan.as_of = in.as_of;
        plan.phases = {{.name = "sport",
                        .start = in.as_of + sport_day,
                        .end = in.last_day(),
                        .return_to_sport = true}};
        plan.sessions = {{.date = in.as_of + run_day, .items = {run()}}};
        if (sport_day == run_day) {
            plan.sessions.back().items.push_back(fast(95));
        } else {
            plan.sessions.push_back({.date = in.as_of + sport_day, .items = {fast(95)}});
        }
        coach::set_milestones(plan, in);
        return plan.milestones.projected;
    };
    // On the assessment's day: measured. The day after: estimates, though nothing is expected
    // to change.
    EXPECT_EQ(plan_on(input(), 0, 1),
              (std::vector{MilestoneKind::full_speed, MilestoneKind::return_to_sport}));
    EXPECT_EQ(plan_on(input(), 0, 13),
              (std::vector{MilestoneKind::full_speed, MilestoneKind::return_to_sport}));
    EXPECT_TRUE(plan_on(input(), 0, 0).empty());

    // Between two assessments that measured it met, a day neither measured is an estimate too.
    athlete.assessments.push_back(recovered(athlete.injury.date + 5 + 2));
    EXPECT_EQ(plan_on(input(), 1, 2), std::vector{MilestoneKind::return_to_run});

    // Measured on its day but not met (walking 1/10, top speed 85%, exercise 1/10): an estimate.
    athlete.assessments = {{.date = athlete.injury.date + 5,
                            .pain_rest = 0,
                            .pain_walking = 1,
                            .pain_exercise = 1,
                            .max_sprint_pct = 85}};
    EXPECT_EQ(plan_on(input(), 0, 0),
              (std::vector{MilestoneKind::return_to_run, MilestoneKind::full_speed,
                           MilestoneKind::return_to_sport}));
}
