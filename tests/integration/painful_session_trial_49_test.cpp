// Trial 49: after a stretch-ice session above mild discomfort (5/10 or 7/10, during it or the
// next day), the plan moved its later stages by the days lost and went on: aqua jogging grew to 25
// minutes after the 20 minutes of cycling that hurt, and the jogs, the deadlifts and the runs to
// 40 minutes came back before any session was tolerated. A load is raised only once the one below
// it is tolerated (pain-monitoring model: Silbernagel KG et al., Am J Sports Med
// 2007;35(6):897-906): until a session of this plan is logged within mild discomfort, no stage
// after the session's begins and no cross-training is as long as the session's (trial 54: shorter
// by the plan's weekly step of 5 minutes, not the same length).

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "coach/sdk/plan.hpp"
#include "plan_days.hpp"
#include "support.hpp"

namespace {

using coach::Athlete;
using coach::MilestoneKind;
using coach::Plan;
using coach::test::day;
using coach::test::longest_cross_training;
using coach::test::rationale_line;

const char* const cycling_that_hurt =
    "athletes/painful_session/trial49_stretch_ice_cycling_5_during.json";

Plan plan_of(const Athlete& athlete, const char* as_of = "2026-10-11") {
    return coach::test::plan_for("stretch-ice", athlete, {.as_of = day(as_of)});
}

// The record with the cycling session's pain during it and the next day replaced.
Athlete with_pain(int during, int next_day) {
    Athlete athlete = coach::test::load_athlete(cycling_that_hurt).athlete;
    athlete.log.back().pain_during = during;
    athlete.log.back().pain_next_day = next_day;
    return athlete;
}

bool has_phase(const Plan& plan, const std::string& name) {
    return std::any_of(plan.phases.begin(), plan.phases.end(),
                       [&](const auto& phase) { return phase.name == name; });
}

TEST(painful_session_trial_49, stretch_ice_holds_its_stage_and_dose_until_a_session_is_tolerated) {
    for (const auto& [during, next_day] : {std::pair{5, 2}, std::pair{2, 5}, std::pair{7, 2},
                                           std::pair{2, 7}, std::pair{7, 7}, std::pair{4, 4}}) {
        const std::string which =
            std::to_string(during) + "/10 during, " + std::to_string(next_day) + "/10 next day";
        const Plan plan = plan_of(with_pain(during, next_day));
        EXPECT_EQ(coach::test::longest_run(plan), 0) << which;
        EXPECT_LE(longest_cross_training(plan), 15) << which;
        EXPECT_FALSE(plan.milestones.return_to_run) << which;
        EXPECT_NE(std::find(plan.milestones.beyond_horizon.begin(),
                            plan.milestones.beyond_horizon.end(), MilestoneKind::return_to_run),
                  plan.milestones.beyond_horizon.end())
            << which;
        for (const auto& session : plan.sessions) {
            for (const auto& item : session.items) {
                EXPECT_TRUE(item.exercise.find("deadlift") == std::string::npos
                            && item.exercise.find("kettlebell") == std::string::npos)
                    << which << ": " << item.exercise << " on " << session.date.iso();
            }
        }
        const std::string answer = rationale_line(plan, "The session of 2026-10-10");
        EXPECT_NE(answer.find("Until a session of this plan is logged within mild discomfort, "
                              "easy and usual running wait, and no aqua jog or cycle is longer "
                              "than 15 minutes (5 minutes shorter than the session's "
                              "cross-training): a load is raised "
                              "only once the one below it is tolerated (pain-monitoring model, "
                              "Silbernagel et al. 2007, Am J Sports Med)."),
                  std::string::npos)
            << which << ": " << answer;
    }
}

TEST(painful_session_trial_49, a_session_of_this_plan_within_mild_discomfort_moves_it_on) {
    Athlete athlete = with_pain(5, 2);
    athlete.log.push_back({.date = day("2026-10-12"),
                           .philosophy = "stretch-ice",
                           .completed = true,
                           .pain_during = 2,
                           .pain_next_day = 1,
                           .items = {{.exercise = "aqua_jog", .duration_min = 15}}});
    const Plan plan = plan_of(athlete, "2026-10-13");
    EXPECT_TRUE(rationale_line(plan, "The session of 2026-10-10").empty());
    EXPECT_EQ(plan.milestones.return_to_run, day("2026-10-15"));
    EXPECT_GT(longest_cross_training(plan), 0);
    EXPECT_GT(coach::test::longest_run(plan), 0);
}

// A run that hurt in the easy-running stage: the runs start again from the shortest jog and stay
// shorter than it, and usual running waits.
TEST(painful_session_trial_49, a_painful_run_holds_easy_running_below_it_and_usual_running_waits) {
    Athlete athlete = coach::test::load_athlete(cycling_that_hurt).athlete;
    athlete.log.back() = {.date = day("2026-10-20"),
                          .philosophy = "stretch-ice",
                          .completed = true,
                          .pain_during = 5,
                          .pain_next_day = 2,
                          .items = {{.exercise = "easy_run", .duration_min = 25}}};
    const Plan plan = plan_of(athlete, "2026-10-21");
    const auto runs = coach::test::runs_of(plan);
    ASSERT_FALSE(runs.empty());
    EXPECT_EQ(runs.front(), (std::pair<std::string, int>{"2026-10-22", 10}));
    EXPECT_LT(coach::test::longest_run(plan), 25);
    EXPECT_FALSE(has_phase(plan, "back to usual running"));
    EXPECT_FALSE(plan.milestones.return_to_sport);
    EXPECT_LE(longest_cross_training(plan), 25);
}

// Accelerations that hurt have no length for the runs to stay below: they stay light jogs (trial
// 49's reading of the reference athlete whose accelerations went to 6/10: runs to 40 minutes).
TEST(painful_session_trial_49, painful_sprints_keep_the_runs_to_light_jogs) {
    Athlete athlete = coach::test::load_athlete(cycling_that_hurt).athlete;
    athlete.log.back() = {.date = day("2026-10-20"),
                          .philosophy = "sprint-manual",
                          .completed = true,
                          .pain_during = 6,
                          .pain_next_day = 2,
                          .items = {{.exercise = "acceleration",
                                     .sets = 2,
                                     .reps = 5,
                                     .distance_m = 20,
                                     .intensity_pct = 75}}};
    const Plan plan = plan_of(athlete, "2026-10-21");
    ASSERT_FALSE(coach::test::runs_of(plan).empty());
    for (const auto& session : plan.sessions) {
        for (const auto& item : session.items) {
            EXPECT_NE(item.exercise, "easy_run") << session.date.iso();
        }
    }
    EXPECT_LE(coach::test::longest_run(plan), 20);
    EXPECT_NE(rationale_line(plan, "The session of 2026-10-20").find("they stay light jogs"),
              std::string::npos);
}

}  // namespace
