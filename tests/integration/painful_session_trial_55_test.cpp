// Trial 55: a dose the plan had already reduced after pain hurt again, and came back unchanged.
// eccentric-strength's lighter pain-relief holds (3 x 30 s at about a third of effort) had nothing
// lighter; the protocols written as data halved the week that hurt once, whatever the dose of the
// session that hurt; stretch-ice answered only the last painful session, so the 10-minute jog and
// the lifts of an earlier one came back once a later session without them hurt. A load that pain
// does not allow is reduced, not repeated, and raised only once the one below it is tolerated
// (pain-monitoring model: Silbernagel KG et al., Am J Sports Med 2007;35(6):897-906).

#include <gtest/gtest.h>

#include <string>

#include "coach/sdk/plan.hpp"
#include "plan_days.hpp"
#include "support.hpp"

namespace {

using coach::Plan;
using coach::ReferralLevel;
using coach::test::day;

Plan plan_of(const std::string& philosophy, const char* record, const char* as_of) {
    return coach::test::plan_for(philosophy, std::string{"athletes/painful_session/"} + record,
                                 {.as_of = day(as_of), .horizon_days = 14});
}

// The holds of 2026-02-19, 3 x 30 s at 30%, went to 6/10.
TEST(painful_session_trial_55, eccentric_lighter_holds_that_hurt_come_back_shorter_with_advice) {
    const Plan plan =
        plan_of("eccentric-strength", "trial55_eccentric_lighter_holds_hurt.json", "2026-02-20");
    int holds = 0;
    for (const auto& session : plan.sessions) {
        for (const auto& item : session.items) {
            if (item.exercise == "isometric_bridge_hold" || item.exercise == "isometric_heel_dig") {
                ++holds;
                EXPECT_EQ(item.hold_s, 15) << item.exercise << " on " << session.date.iso();
                EXPECT_LE(item.sets.value_or(99), 3);
                EXPECT_LE(item.intensity_pct.value_or(100), 30);
            }
            EXPECT_TRUE(item.exercise.starts_with("isometric_"))
                << item.exercise << " on " << session.date.iso();
        }
    }
    EXPECT_GE(holds, 20);
    bool advised = false;
    for (const auto& referral : plan.referrals) {
        advised = advised
                  || (referral.level == ReferralLevel::advise
                      && referral.reason
                             == "even the lighter pain-relief holds went above 4/10 (session of "
                                "2026-02-19): see a clinician before loading further");
    }
    EXPECT_TRUE(advised);
}

// Nordic curls of 2 x 5 hurt (02-23), then the halved 1 x 5 (03-02), then 1 x 5 again (03-09).
TEST(painful_session_trial_55, nordic_halved_dose_that_hurt_is_halved_again) {
    const Plan twice = plan_of("protocol:nordic-petersen-2011",
                               "trial55_nordic_halved_dose_hurt_again.json", "2026-03-03");
    const Plan three = plan_of("protocol:nordic-petersen-2011",
                               "trial55_nordic_halved_dose_hurt_twice.json", "2026-03-10");
    for (const auto& [plan, most] : {std::pair{&twice, 3}, std::pair{&three, 2}}) {
        int curls = 0;
        for (const auto& session : plan->sessions) {
            for (const auto& item : session.items) {
                if (item.exercise == "nordic_curl") {
                    ++curls;
                    EXPECT_EQ(item.sets.value_or(0) * item.reps.value_or(0), most)
                        << session.date.iso();
                }
            }
        }
        EXPECT_GE(curls, 2);
    }
    EXPECT_NE(coach::test::rationale_line(twice, "The session of 2026-03-02")
                  .find("week 1's dose halved twice (the session that hurt was already at that "
                        "dose halved;"),
              std::string::npos);
}

// The halved week 1 of 2026-02-20 (cycling 5 min, side shuffle 2 x 1 min...) hurt 6/10.
TEST(painful_session_trial_55, heiderscheit_halved_dose_that_hurt_is_halved_again) {
    const Plan plan = plan_of("protocol:running-strength-heiderscheit-2010",
                              "trial55_heiderscheit_halved_dose_hurt_again.json", "2026-02-21");
    int cycles = 0;
    for (const auto& session : plan.sessions) {
        for (const auto& item : session.items) {
            const std::string where = item.exercise + " on " + session.date.iso();
            if (item.exercise == "cycling") {
                ++cycles;
                EXPECT_LT(item.duration_min.value_or(99), 5) << where;
            } else if (item.exercise == "side_shuffle" || item.exercise == "side_bridge") {
                EXPECT_LT(item.sets.value_or(99), 2) << where;
            }
        }
    }
    EXPECT_GE(cycles, 2);
}

// A 10-minute jog hurt (02-19), then a session without a run (02-21); the lifts of 02-17 hurt too.
TEST(painful_session_trial_55, stretch_ice_keeps_an_earlier_unanswered_run_and_lifts_below_pain) {
    const Plan plan = plan_of(
        "stretch-ice", "trial55_stretch_ice_jog_then_session_without_run_hurt.json", "2026-02-22");
    EXPECT_EQ(coach::test::longest_run(plan), 0);
    for (const auto& session : plan.sessions) {
        for (const auto& item : session.items) {
            const std::string where = item.exercise + " on " + session.date.iso();
            if (item.exercise == "deadlift") {
                EXPECT_LT(item.load, coach::Load::medium) << where;
            } else if (item.exercise == "hip_thrust_double") {
                EXPECT_LT(item.load, coach::Load::medium) << where;
            } else if (item.exercise == "core_plank") {
                EXPECT_LT(item.sets.value_or(99), 3) << where;
            }
        }
    }
    EXPECT_LT(coach::test::longest_cross_training(plan), 10);
}

// Trial 56: a later painful session without the work that hurt before it (a walk and a
// massage at 6/10, 2026-04-16, after accelerations 1 x 5 x 5 m at 40% and drills of 3 at 6/10 on
// 04-15) brought that work back at the dose that hurt.
TEST(painful_session_trial_55, sprint_manual_keeps_below_an_earlier_dose_that_hurt) {
    const Plan plan =
        plan_of("sprint-manual", "trial56_sprint_manual_walk_hurt_after_accelerations_hurt.json",
                "2026-04-17");
    int accelerations = 0;
    for (const auto& session : plan.sessions) {
        for (const auto& item : session.items) {
            const std::string where = item.exercise + " on " + session.date.iso();
            if (item.exercise == "acceleration") {
                ++accelerations;
                EXPECT_LT(item.intensity_pct.value_or(100), 40) << where;
            } else if (item.exercise == "marching_drill" || item.exercise == "skipping_drill"
                       || item.exercise == "running_a") {
                EXPECT_LT(item.sets.value_or(1) * item.reps.value_or(0), 3) << where;
            }
        }
    }
    EXPECT_GE(accelerations, 3);
}

// Trial 56: a session of this plan of ice and massage alone, within mild discomfort, ended the
// answer to cycling that hurt, and the plan climbed to 30 minutes of cycling.
TEST(painful_session_trial_55, stretch_ice_ice_and_massage_show_no_load_tolerated) {
    const Plan plan =
        plan_of("stretch-ice", "trial56_stretch_ice_ice_and_massage_tolerated_after_pain.json",
                "2026-04-22");
    EXPECT_GT(coach::test::longest_cross_training(plan), 0);
    EXPECT_LT(coach::test::longest_cross_training(plan), 20);
    EXPECT_EQ(coach::test::longest_run(plan), 0);
}

}  // namespace
