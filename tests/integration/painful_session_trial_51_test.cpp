// Trial 51: three stretch-ice plans that answered a session above mild discomfort with the dose
// that hurt. A first 10-minute jog at 5/10 was followed by the same 10-minute jog every other day
// (the ladder's shortest jog could go no shorter); a deadlift, Romanian deadlift and hip thrust
// logged beside a jog at 7/10 the next day came back at the logged dose; and Nordic curls at 5/10
// under another plan, after stretch-ice jogs of up to 15 minutes, were followed by jogs climbing
// to 20. A load is raised only once the one below it is tolerated (pain-monitoring model:
// Silbernagel KG et al., Am J Sports Med 2007;35(6):897-906): until a session of this plan is
// logged within mild discomfort, no run is longer than the last one tolerated or as long as the
// one that hurt (none when the shortest jog is not shorter), and a lift the session held is
// planned one step lighter than logged, or not at all.
// eccentric-strength: pain-relief holds at 5/10 were followed by one lighter session, then the
// usual holds that hurt and the circuit, progressing, on planned sessions alone. The holds are
// the lowest stage: every planned session stays the lighter holds until holds are logged within
// the 4/10 ceiling.

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "coach/sdk/plan.hpp"
#include "plan_days.hpp"
#include "support.hpp"

namespace {

using coach::Athlete;
using coach::Load;
using coach::MilestoneKind;
using coach::Plan;
using coach::test::beyond_horizon;
using coach::test::day;
using coach::test::longest_cross_training;
using coach::test::rationale_line;

const char* const first_jog_that_hurt =
    "athletes/painful_session/trial51_stretch_ice_first_jog_5_during.json";
const char* const lifts_and_jog_that_hurt =
    "athletes/painful_session/trial51_stretch_ice_lifts_and_jog_7_next_day.json";
const char* const holds_that_hurt =
    "athletes/painful_session/trial51_eccentric_holds_5_during.json";
const char* const nordic_after_jogs =
    "athletes/painful_session/trial51_stretch_ice_nordic_5_after_jogs.json";

Plan plan_of(const Athlete& athlete, const char* as_of,
             const std::string& philosophy = "stretch-ice") {
    return coach::test::plan_for(philosophy, athlete, {.as_of = day(as_of)});
}

TEST(painful_session_trial_51, a_shortest_jog_that_hurt_plans_no_run_until_a_session_is_tolerated) {
    const Plan plan = plan_of(coach::test::load_athlete(first_jog_that_hurt).athlete, "2026-03-07");
    EXPECT_TRUE(coach::test::runs_of(plan).empty());
    EXPECT_FALSE(plan.milestones.return_to_run);
    EXPECT_TRUE(beyond_horizon(plan, MilestoneKind::return_to_run));
    EXPECT_LE(longest_cross_training(plan), 10);
    EXPECT_NE(rationale_line(plan, "The session of 2026-03-06")
                  .find("no run is planned until a session of this plan is logged within mild "
                        "discomfort: the plan's shortest jog is not shorter than the 10-minute "
                        "run that hurt."),
              std::string::npos);
}

TEST(painful_session_trial_51, a_tolerated_session_after_the_shortest_jog_hurt_brings_runs_back) {
    Athlete athlete = coach::test::load_athlete(first_jog_that_hurt).athlete;
    athlete.log.push_back({.date = day("2026-03-07"),
                           .philosophy = "stretch-ice",
                           .completed = true,
                           .pain_during = 2,
                           .pain_next_day = 1,
                           .items = {{.exercise = "cycling", .duration_min = 10}}});
    const Plan plan = plan_of(athlete, "2026-03-08");
    EXPECT_TRUE(rationale_line(plan, "The session of 2026-03-06").empty());
    EXPECT_FALSE(coach::test::runs_of(plan).empty());
    EXPECT_TRUE(plan.milestones.return_to_run);
}

// The trial's record: the jog in the session was 10 minutes, so no run; the lifts wait with the
// running stage they belong to, and are not planned at the logged dose when it comes.
TEST(painful_session_trial_51, lifts_and_a_jog_that_hurt_plan_neither_at_the_dose_that_hurt) {
    const Plan plan =
        plan_of(coach::test::load_athlete(lifts_and_jog_that_hurt).athlete, "2026-03-08");
    EXPECT_TRUE(coach::test::runs_of(plan).empty());
    for (const auto& session : plan.sessions) {
        for (const auto& item : session.items) {
            EXPECT_TRUE(item.exercise != "deadlift" && item.exercise != "romanian_deadlift"
                        && item.exercise != "hip_thrust_double")
                << item.exercise << " on " << session.date.iso();
        }
    }
    EXPECT_NE(rationale_line(plan, "The session of 2026-03-07")
                  .find("the lifts it held (Conventional deadlift, Romanian deadlift and Hip "
                        "thrust, both legs) are planned one step lighter than logged, if at all "
                        "(one load lower; at the lightest load, one set fewer)"),
              std::string::npos);
}

// The same lifts beside a 15-minute jog, 5/10 the next day: 10-minute jogs go on, and the lifts
// come one step lighter: the deadlift and hip thrust one load lower, the Romanian deadlift (at
// the lightest load) one set fewer, the kettlebell swing (one set at the lightest) left out.
TEST(painful_session_trial_51, each_lift_that_hurt_comes_one_step_lighter) {
    Athlete athlete = coach::test::load_athlete(lifts_and_jog_that_hurt).athlete;
    auto& painful = athlete.log.back();
    painful.pain_next_day = 5;
    painful.items.back().duration_min = 15;
    painful.items.push_back(
        {.exercise = "kettlebell_swing", .sets = 1, .reps = 12, .load = Load::light});
    const Plan plan = plan_of(athlete, "2026-03-08");
    const auto runs = coach::test::runs_of(plan);
    ASSERT_FALSE(runs.empty());
    EXPECT_EQ(coach::test::longest_run(plan), 10);
    int lifting_days = 0;
    for (const auto& session : plan.sessions) {
        bool lifted = false;
        for (const auto& item : session.items) {
            const std::string where = item.exercise + " on " + session.date.iso();
            EXPECT_NE(item.exercise, "kettlebell_swing") << where;
            if (item.exercise == "deadlift" || item.exercise == "hip_thrust_double") {
                EXPECT_EQ(item.load, Load::light) << where;
                EXPECT_EQ(item.sets, 3) << where;
                lifted = true;
            } else if (item.exercise == "romanian_deadlift") {
                EXPECT_EQ(item.load, Load::light) << where;
                EXPECT_EQ(item.sets, 1) << where;
            }
        }
        lifting_days += lifted ? 1 : 0;
    }
    EXPECT_GE(lifting_days, 2);
}

TEST(painful_session_trial_51, pain_under_another_plan_keeps_runs_to_the_last_one_tolerated) {
    const Plan plan = plan_of(coach::test::load_athlete(nordic_after_jogs).athlete, "2026-03-13");
    const auto runs = coach::test::runs_of(plan);
    ASSERT_GE(runs.size(), 3U);
    EXPECT_EQ(runs.front().second, 10);
    EXPECT_EQ(coach::test::longest_run(plan), 15);
    EXPECT_NE(rationale_line(plan, "The session of 2026-03-12")
                  .find("no run is longer than the 15-minute run of 2026-03-10 (the last logged "
                        "within mild discomfort before the session)"),
              std::string::npos);
}

TEST(painful_session_trial_51, holds_that_hurt_stay_lighter_until_holds_are_tolerated) {
    const Plan plan = plan_of(coach::test::load_athlete(holds_that_hurt).athlete, "2026-03-03",
                              "eccentric-strength");
    ASSERT_GE(plan.sessions.size(), 14U);
    for (const auto& session : plan.sessions) {
        EXPECT_EQ(session.focus, "pain relief") << session.date.iso();
        for (const auto& item : session.items) {
            EXPECT_TRUE(item.exercise == "isometric_bridge_hold"
                        || item.exercise == "isometric_heel_dig")
                << item.exercise << " on " << session.date.iso();
            EXPECT_EQ(item.sets, 3) << session.date.iso();
            EXPECT_EQ(item.intensity_pct, 30) << session.date.iso();
        }
    }
    EXPECT_TRUE(beyond_horizon(plan, MilestoneKind::return_to_run));
    EXPECT_NE(rationale_line(plan, "The session of 2026-03-02")
                  .find("every session of this plan is the lighter holds (3 holds at about a "
                        "third of effort), and nothing heavier (neither the usual 5 at half "
                        "effort nor the two-leg circuit) is planned until a session of holds is "
                        "logged at or under the ceiling"),
              std::string::npos);
}

TEST(painful_session_trial_51, lighter_holds_logged_within_the_ceiling_move_the_plan_on) {
    Athlete athlete = coach::test::load_athlete(holds_that_hurt).athlete;
    athlete.log.push_back(
        {.date = day("2026-03-03"),
         .philosophy = "eccentric-strength",
         .completed = true,
         .pain_during = 2,
         .pain_next_day = 1,
         .items = {
             {.exercise = "isometric_bridge_hold", .sets = 3, .intensity_pct = 30, .hold_s = 30},
             {.exercise = "isometric_heel_dig", .sets = 3, .intensity_pct = 30, .hold_s = 30}}});
    // One step up from them, below the usual holds that hurt, and nothing heavier (trial 57).
    const Plan between = plan_of(athlete, "2026-03-04", "eccentric-strength");
    ASSERT_FALSE(between.sessions.empty());
    for (const auto& session : between.sessions) {
        EXPECT_EQ(session.items.front().sets, 4) << session.date.iso();
        EXPECT_EQ(session.focus, "pain relief") << session.date.iso();
    }
    athlete.log.push_back(
        {.date = day("2026-03-04"),
         .philosophy = "eccentric-strength",
         .completed = true,
         .pain_during = 2,
         .pain_next_day = 1,
         .items = {
             {.exercise = "isometric_bridge_hold", .sets = 4, .intensity_pct = 40, .hold_s = 30},
             {.exercise = "isometric_heel_dig", .sets = 4, .intensity_pct = 40, .hold_s = 30}}});
    const Plan plan = plan_of(athlete, "2026-03-05", "eccentric-strength");
    ASSERT_FALSE(plan.sessions.empty());
    EXPECT_EQ(plan.sessions.front().items.front().sets, 5);
    EXPECT_TRUE(std::any_of(plan.sessions.begin(), plan.sessions.end(),
                            [](const auto& session) { return session.focus != "pain relief"; }));
}

}  // namespace
