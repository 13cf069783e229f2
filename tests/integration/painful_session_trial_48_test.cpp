// Trial 48: sprint-manual answered a session at 7/10 (during it, or the day after) with a day
// without running and accelerations below the intensity that hurt, then, two days later and with
// no session tolerated since, doubled the accelerations to two sets and raised running A from 4
// repetitions to 5, while its rationale said every later session stays at the lower dose. The
// volume does not climb while the answer to a painful session holds (pain-monitoring model:
// Silbernagel KG et al., Am J Sports Med 2007;35(6):897-906).

#include <gtest/gtest.h>

#include <string>

#include "coach/sdk/plan.hpp"
#include "support.hpp"

namespace {

using coach::Plan;

// Every planned acceleration after the painful session of 2026-04-20 (1 set of 5 at 50%, running
// A 4 repetitions) is one set below 50%, and running A stays at 4.
void expect_no_climb_after(const std::string& record) {
    const Plan plan = coach::test::plan_for("sprint-manual", "athletes/painful_session/" + record);
    int accelerations = 0;
    for (const auto& session : plan.sessions) {
        for (const auto& item : session.items) {
            if (item.exercise == "acceleration") {
                ++accelerations;
                EXPECT_EQ(item.sets, 1) << record << " " << session.date.iso();
                ASSERT_TRUE(item.intensity_pct) << record << " " << session.date.iso();
                EXPECT_LT(*item.intensity_pct, 50) << record << " " << session.date.iso();
            }
            if (item.exercise == "running_a") {
                EXPECT_EQ(item.reps, 4) << record << " " << session.date.iso();
            }
        }
    }
    EXPECT_GT(accelerations, 3) << record;
}

}  // namespace

TEST(painful_session_trial_48, sprint_manual_volume_does_not_climb_after_pain_during_a_session) {
    expect_no_climb_after("trial48_sprint_manual_at_7_during.json");
}

TEST(painful_session_trial_48, sprint_manual_volume_does_not_climb_after_pain_the_day_after) {
    expect_no_climb_after("trial48_sprint_manual_at_7_next_day.json");
}
