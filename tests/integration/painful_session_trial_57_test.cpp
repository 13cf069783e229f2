// Trial 57: after pain, the way back up jumped past the work that hurt. sprint-manual answered
// accelerations of 5 m at 50% that hurt with 5 m at 40%; once that was logged tolerated, the next
// plan stepped from it to 10 m at 50%, two sets, and the drills that hurt, and climbed on. The
// pain-monitoring model returns to a load that hurt only once a lower one is tolerated, and goes
// past it only once it is (Silbernagel KG et al., Am J Sports Med 2007;35(6):897-906).

#include <gtest/gtest.h>

#include <string>

#include "coach/sdk/plan.hpp"
#include "plan_days.hpp"
#include "support.hpp"

namespace {

using coach::Plan;
using coach::test::day;
using coach::test::items_of;

Plan sprint_plan(const char* record, const char* as_of) {
    return coach::test::plan_for("sprint-manual", std::string{"athletes/painful_session/"} + record,
                                 {.as_of = day(as_of), .horizon_days = 14});
}

// 02-16: 5 x 5 m at 50% and marching drills of 4 hurt (6/10, 5/10 the next day); 02-18: 5 x 5 m
// at 40% and drills of 3, the dose the plan answered with, went without trouble. The dose that
// hurt is tried again, one set, drills of 4, said so; nothing goes past it.
TEST(painful_session_trial_57, sprint_dose_that_hurt_comes_back_only_after_the_one_below) {
    const Plan plan = sprint_plan("trial57_sprint_tolerated_just_below.json", "2026-02-19");
    const auto accelerations = items_of(plan, "acceleration");
    ASSERT_GE(accelerations.size(), 8U);
    for (const auto& [date, item] : accelerations) {
        EXPECT_EQ(item->distance_m, 5) << date.iso();
        EXPECT_EQ(item->intensity_pct, 50) << date.iso();
        EXPECT_EQ(item->sets, 1) << date.iso();
        EXPECT_NE(item->cue.find("5 m at 50% hurt on 2026-02-16: today tries it again, after a "
                                 "lighter session went without trouble; stop running at the "
                                 "first twinge"),
                  std::string::npos)
            << item->cue;
    }
    for (const char* drill : {"marching_drill", "skipping_drill", "running_a"}) {
        for (const auto& [date, item] : items_of(plan, drill)) {
            EXPECT_LE(item->reps.value_or(99), 4) << drill << " on " << date.iso();
        }
    }
}

// As above, but the session tolerated was slower than the plan's answer: 5 m at 30%, drills of 2.
// The way back up stops one step below the dose that hurt (5 m at 40%, drills of 3).
TEST(painful_session_trial_57, sprint_climb_stops_below_what_hurt_after_a_slower_session) {
    const Plan plan = sprint_plan("trial57_sprint_tolerated_well_below.json", "2026-02-19");
    const auto accelerations = items_of(plan, "acceleration");
    ASSERT_GE(accelerations.size(), 8U);
    for (const auto& [date, item] : accelerations) {
        EXPECT_EQ(item->distance_m, 5) << date.iso();
        EXPECT_EQ(item->intensity_pct, 40) << date.iso();
        EXPECT_EQ(item->sets, 1) << date.iso();
        EXPECT_NE(item->cue.find("5 m at 50% hurt on 2026-02-16, so the way back up stays below "
                                 "it until a session just below it goes without trouble"),
                  std::string::npos)
            << item->cue;
    }
    for (const auto& [date, item] : items_of(plan, "marching_drill")) {
        EXPECT_EQ(item->reps, 3) << date.iso();
    }
}

// 5 m at 50% hurt (02-16), then the answer, 5 m at 40%, hurt too (02-18); 5 m at 30% went well
// (02-20). The lower dose that hurt bounds the climb: 5 m at 40%, never 50% or 10 m.
TEST(painful_session_trial_57, sprint_climb_is_bounded_by_the_lowest_dose_that_hurt) {
    const Plan plan = sprint_plan("trial57_sprint_hurt_twice_then_tolerated.json", "2026-02-21");
    const auto accelerations = items_of(plan, "acceleration");
    ASSERT_GE(accelerations.size(), 8U);
    for (const auto& [date, item] : accelerations) {
        EXPECT_EQ(item->distance_m, 5) << date.iso();
        EXPECT_EQ(item->intensity_pct, 40) << date.iso();
        EXPECT_NE(item->cue.find("5 m at 40% hurt on 2026-02-18: today tries it again"),
                  std::string::npos)
            << item->cue;
    }
    for (const auto& [date, item] : items_of(plan, "marching_drill")) {
        EXPECT_LE(item->reps.value_or(99), 3) << date.iso();
    }
}

}  // namespace
