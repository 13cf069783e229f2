// Trial 58: the way back up after pain (trial 57) forgot a dose that hurt once a lower one that
// also hurt was tolerated, never let go of a dose once it was logged tolerated, and moved a
// protocol past a week that hurt with that week never logged tolerated. A load that hurt comes
// back only once the one below it is tolerated, and the plan goes past it only once it is
// (pain-monitoring model: Silbernagel KG et al., Am J Sports Med 2007;35(6):897-906).

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "coach/sdk/plan.hpp"
#include "plan_days.hpp"
#include "support.hpp"

namespace {

using coach::Plan;
using coach::test::day;
using coach::test::items_of;

Plan plan_of(const std::string& philosophy, const char* record, const char* as_of) {
    return coach::test::plan_for(philosophy, std::string{"athletes/painful_session/"} + record,
                                 {.as_of = day(as_of), .horizon_days = 21});
}

// 5 m at 50% hurt (02-16), then 5 m at 40% (02-18); 5 m at 30% and 40% went well (02-20, 02-21):
// 5 m at 50% is tried again and held, never 10 m.
TEST(painful_session_trial_58, sprint_remembers_every_dose_that_hurt) {
    const Plan plan = plan_of("sprint-manual",
                              "trial58_sprint_hurt_twice_both_below_tolerated.json", "2026-02-22");
    const auto accelerations = items_of(plan, "acceleration");
    ASSERT_GE(accelerations.size(), 10U);
    for (const auto& [date, item] : accelerations) {
        EXPECT_EQ(item->distance_m, 5) << date.iso();
        EXPECT_EQ(item->intensity_pct, 50) << date.iso();
        EXPECT_NE(item->cue.find("5 m at 50% hurt on 2026-02-16: today tries it again"),
                  std::string::npos)
            << item->cue;
    }
}

// 5 m at 50% hurt (02-16), 5 m at 40% went well (02-18), then 5 m at 50% went well (02-19): the
// dose that hurt is done, and the plan steps on from it.
TEST(painful_session_trial_58, sprint_moves_on_once_the_dose_that_hurt_is_tolerated) {
    const Plan plan =
        plan_of("sprint-manual", "trial58_sprint_dose_that_hurt_tolerated.json", "2026-02-20");
    const auto accelerations = items_of(plan, "acceleration");
    ASSERT_FALSE(accelerations.empty());
    EXPECT_EQ(accelerations.front().item->distance_m, 10);
    int furthest = 0;
    for (const auto& [date, item] : accelerations) {
        furthest = std::max(furthest, item->distance_m.value_or(0));
        EXPECT_EQ(item->cue.find("hurt on"), std::string::npos) << item->cue;
    }
    EXPECT_GT(furthest, 10);
}

// A 20-minute run hurt (02-16), then a 15-minute jog (02-20); 10 and 15 minutes went well since:
// the 20 minutes are tried again, and nothing longer.
TEST(painful_session_trial_58, stretch_ice_remembers_every_run_that_hurt) {
    const Plan plan =
        plan_of("stretch-ice", "trial58_stretch_ice_two_runs_hurt.json", "2026-02-25");
    const auto runs = coach::test::runs_of(plan);
    ASSERT_GE(runs.size(), 5U);
    EXPECT_EQ(coach::test::longest_run(plan), 20);
    EXPECT_NE(coach::test::rationale_line(plan, "The 20-minute run of 2026-02-16 hurt: "), "");
}

// Week 2 (2 x 6) hurt (02-23); week 1 went well (03-02): week 2 is tried again and held, never
// week 3, and the rationale says so.
TEST(painful_session_trial_58, nordic_week_that_hurt_is_tried_again_and_held) {
    const Plan plan = plan_of("protocol:nordic-petersen-2011",
                              "trial58_nordic_week_2_hurt_week_1_tolerated.json", "2026-03-03");
    ASSERT_GE(plan.sessions.size(), 4U);
    for (const auto& session : plan.sessions) {
        EXPECT_EQ(session.focus, "eccentric strength (week 2)") << session.date.iso();
    }
    EXPECT_EQ(coach::test::rationale_line(plan, "The session of 2026-03-02 at "),
              "The session of 2026-03-02 at week 1's dose stayed within the 3/10 ceiling: from "
              "2026-03-04, week 2's dose, the week that hurt on 2026-02-23, tried again, and "
              "every planned session stays at it until one at it is logged within the 3/10 "
              "ceiling (a load is raised only once the one below it is tolerated: pain-monitoring "
              "model, Silbernagel et al. 2007, Am J Sports Med).");
}

}  // namespace
