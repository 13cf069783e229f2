// Trial 54: a session already stepped back after pain hurt again, and came back unchanged.
// eccentric-strength planned its lighter two-leg circuit one load below the plan's, not below the
// dose logged in the session that hurt; sprint-manual could go no slower than 30%, and its drills
// stayed at 3 repetitions, the dose that hurt; stretch-ice held its cross-training at the length
// that hurt, not below it. A load is raised only once the one below it is tolerated, and a load
// that pain does not allow is lowered, in intensity or amount (pain-monitoring model: Silbernagel
// KG et al., Am J Sports Med 2007;35(6):897-906).

#include <gtest/gtest.h>

#include <string>

#include "coach/sdk/plan.hpp"
#include "plan_days.hpp"
#include "support.hpp"

namespace {

using coach::Load;
using coach::Plan;
using coach::test::day;
using coach::test::longest_cross_training;

Plan plan_of(const std::string& philosophy, const char* record, const char* as_of) {
    return coach::test::plan_for(philosophy, std::string{"athletes/painful_session/"} + record,
                                 {.as_of = day(as_of), .horizon_days = 14});
}

int volume(const coach::Item& item) {
    return item.sets.value_or(1) * item.reps.value_or(0);
}

// The two-leg circuit of 2026-04-18 hurt 6/10 during it and the day after: slider curl 3 x 6 at
// bodyweight, hip thrust 4 x 6 light, conventional deadlift 4 x 6 medium.
TEST(painful_session_trial_54, eccentric_circuit_comes_back_below_the_stepped_back_dose_that_hurt) {
    const Plan plan =
        plan_of("eccentric-strength", "trial54_eccentric_stepped_back_circuit_hurt_again.json",
                "2026-04-19");
    int circuit_items = 0;
    for (const auto& session : plan.sessions) {
        for (const auto& item : session.items) {
            const std::string where = item.exercise + " on " + session.date.iso();
            if (item.exercise == "slider_curl_double") {
                ++circuit_items;
                EXPECT_EQ(item.load, Load::bodyweight) << where;
                EXPECT_LT(item.sets.value_or(0), 3) << where;
            } else if (item.exercise == "hip_thrust_double") {
                ++circuit_items;
                EXPECT_LT(item.load, Load::light) << where;
            } else if (item.exercise == "deadlift") {
                ++circuit_items;
                EXPECT_LT(item.load, Load::medium) << where;
            }
            EXPECT_NE(item.exercise, "slider_curl_single") << where;
            EXPECT_NE(item.exercise, "romanian_deadlift") << where;
        }
    }
    EXPECT_GE(circuit_items, 9);
}

// The accelerations of 2026-04-17 (1 x 5 x 5 m at 30%, the slowest this plan gives) and its drills
// (1 x 3) hurt 6/10, 5/10 the day after.
TEST(painful_session_trial_54, sprint_manual_slowest_accelerations_that_hurt_come_back_fewer) {
    const Plan plan =
        plan_of("sprint-manual", "trial54_sprint_manual_slowest_accelerations_hurt_again.json",
                "2026-04-18");
    int accelerations = 0;
    int drills = 0;
    for (const auto& session : plan.sessions) {
        for (const auto& item : session.items) {
            const std::string where = item.exercise + " on " + session.date.iso();
            if (item.exercise == "acceleration") {
                ++accelerations;
                const bool below = item.intensity_pct.value_or(100) < 30
                                   || item.distance_m.value_or(100) < 5 || volume(item) < 5;
                EXPECT_TRUE(below) << where;
                EXPECT_LE(item.intensity_pct.value_or(100), 30) << where;
            } else if (item.exercise == "marching_drill" || item.exercise == "skipping_drill"
                       || item.exercise == "running_a") {
                ++drills;
                EXPECT_LT(volume(item), 3) << where;
            }
        }
    }
    EXPECT_GE(accelerations, 3);
    EXPECT_GE(drills, 9);
}

// The first painful session, 2026-04-15 at 5/10, held drills of 1 x 3: they come back below it,
// while the accelerations step down in speed (40% to 30%), not in number.
TEST(painful_session_trial_54, sprint_manual_drills_that_hurt_at_three_come_back_fewer) {
    const Plan plan =
        plan_of("sprint-manual", "trial54_sprint_manual_drills_1x3_hurt.json", "2026-04-16");
    int drills = 0;
    for (const auto& session : plan.sessions) {
        for (const auto& item : session.items) {
            const std::string where = item.exercise + " on " + session.date.iso();
            if (item.exercise == "marching_drill" || item.exercise == "skipping_drill"
                || item.exercise == "running_a") {
                ++drills;
                EXPECT_LT(volume(item), 3) << where;
            } else if (item.exercise == "acceleration") {
                EXPECT_LE(item.intensity_pct.value_or(100), 30) << where;
                EXPECT_EQ(volume(item), 5) << where;
            }
        }
    }
    EXPECT_GE(drills, 9);
}

// 25 minutes of cycling at 6/10 (2026-04-15), then 25 minutes of aqua jogging at 6/10 (04-18).
TEST(painful_session_trial_54, stretch_ice_cross_training_that_hurt_comes_back_shorter) {
    const Plan once = plan_of("stretch-ice", "trial54_stretch_ice_cycling_hurt.json", "2026-04-16");
    EXPECT_GT(longest_cross_training(once), 0);
    EXPECT_LT(longest_cross_training(once), 25);
    const Plan twice =
        plan_of("stretch-ice", "trial54_stretch_ice_cross_training_hurt_twice.json", "2026-04-19");
    EXPECT_GT(longest_cross_training(twice), 0);
    EXPECT_LT(longest_cross_training(twice), 25);
    EXPECT_NE(coach::test::rationale_line(twice, "The session of 2026-04-18")
                  .find("no aqua jog or cycle is longer than 20 minutes (5 minutes shorter than "
                        "the session's cross-training)"),
              std::string::npos);
}

}  // namespace
