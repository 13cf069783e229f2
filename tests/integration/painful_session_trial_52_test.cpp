// Trial 52: two plans that kept part of a dose that hurt. sprint-manual stepped its accelerations
// below a session at 6/10 the next day, but planned its marching, skipping and running A drills at
// that session's dose every day; stretch-ice held a 40-minute run at 6/10 the next day to light
// jogs, yet dated return to sport three days later, on a day of a 15-minute jog. A load is raised
// only once the one below it is tolerated (pain-monitoring model: Silbernagel KG et al., Am J
// Sports Med 2007;35(6):897-906).

#include <gtest/gtest.h>

#include <string>

#include "coach/sdk/plan.hpp"
#include "plan_days.hpp"
#include "support.hpp"

namespace {

using coach::MilestoneKind;
using coach::Plan;
using coach::test::beyond_horizon;
using coach::test::day;
using coach::test::rationale_line;

Plan plan_of(const std::string& philosophy, const char* record, const char* as_of) {
    return coach::test::plan_for(philosophy, std::string{"athletes/painful_session/"} + record,
                                 {.as_of = day(as_of)});
}

// The painful session held marching and skipping (1 x 4 x 10 m) and running A (1 x 4 x 5 m).
TEST(painful_session_trial_52, sprint_manual_drills_step_below_the_dose_that_hurt_too) {
    const Plan plan =
        plan_of("sprint-manual", "trial52_sprint_manual_drills_6_next_day.json", "2026-05-25");
    int drills = 0;
    for (const auto& session : plan.sessions) {
        for (const auto& item : session.items) {
            if (item.exercise == "marching_drill" || item.exercise == "skipping_drill"
                || item.exercise == "running_a") {
                ++drills;
                EXPECT_EQ(item.sets.value_or(0) * item.reps.value_or(0), 3)
                    << item.exercise << " on " << session.date.iso();
            }
        }
    }
    EXPECT_GE(drills, 9);
}

TEST(painful_session_trial_52, stretch_ice_return_to_sport_waits_after_a_painful_usual_run) {
    const Plan plan =
        plan_of("stretch-ice", "trial52_stretch_ice_usual_run_6_next_day.json", "2026-05-25");
    EXPECT_FALSE(plan.milestones.return_to_sport);
    EXPECT_TRUE(beyond_horizon(plan, MilestoneKind::return_to_sport));
    EXPECT_LT(coach::test::longest_run(plan), 40);
    EXPECT_NE(rationale_line(plan, "The session of 2026-05-24")
                  .find("Until a session of this plan is logged within mild discomfort, usual "
                        "running waits"),
              std::string::npos);
}

}  // namespace
