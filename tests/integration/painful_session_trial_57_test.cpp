// Trial 57: after pain, the way back up jumped past the work that hurt. sprint-manual answered
// accelerations of 5 m at 50% that hurt with 5 m at 40%; once that was logged tolerated, the next
// plan stepped from it to 10 m at 50%, two sets, and the drills that hurt, and climbed on.
// stretch-ice took an aqua jog within mild discomfort, after a 10-minute jog that hurt, as leave
// to run again, and planned a 20-minute jog. eccentric-strength brought the usual holds that hurt
// back the day after the lighter ones were tolerated. The Nordic protocol went from week 1 halved
// twice, tolerated, straight to weeks 2 and 3. The
// pain-monitoring model returns to a load that hurt only once a lower one is tolerated, and goes
// past it only once it is (Silbernagel KG et al., Am J Sports Med 2007;35(6):897-906).

#include <gtest/gtest.h>

#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "coach/sdk/plan.hpp"
#include "plan_days.hpp"
#include "support.hpp"

namespace {

using coach::Plan;
using coach::test::day;
using coach::test::items_of;

Plan stretch_ice_plan(const char* record, const char* as_of) {
    return coach::test::plan_for("stretch-ice", std::string{"athletes/painful_session/"} + record,
                                 {.as_of = day(as_of), .horizon_days = 21});
}

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

// Every planned run's minutes, and that each cue names the run that hurt and the bound.
void expect_runs_of(const Plan& plan, int minutes, const std::string& said) {
    const auto runs = coach::test::runs_of(plan);
    ASSERT_GE(runs.size(), 5U);
    for (const auto& [date, length] : runs) {
        EXPECT_EQ(length, minutes) << date;
    }
    for (const char* run : {"light_jog", "easy_run"}) {
        for (const auto& [date, item] : items_of(plan, run)) {
            EXPECT_NE(item->cue.find(said), std::string::npos) << date.iso() << ": " << item->cue;
            EXPECT_EQ(item->cue.find("Some soreness"), std::string::npos) << item->cue;
        }
    }
}

// 02-16: a 10-minute jog at 6/10 (5/10 the next day); rest; 02-19: a 25-minute aqua jog at 1/10.
// The aqua jog ends the answer to the session, not to its run: the first jog, 10 minutes, is
// tried again and nothing longer.
TEST(painful_session_trial_57, stretch_ice_aqua_jog_tolerated_does_not_lengthen_a_run_that_hurt) {
    expect_runs_of(
        stretch_ice_plan("trial57_stretch_ice_jog_hurt_aqua_jog_tolerated.json", "2026-02-20"), 10,
        "The 10-minute run of 2026-02-16 hurt: no jog is shorter, so this length is "
        "tried again, and no run is longer until one this long is logged within mild "
        "discomfort; stop at any pain above mild discomfort.");
}

// The same with a 20-minute run that hurt: runs of 15 minutes until one is logged tolerated.
TEST(painful_session_trial_57, stretch_ice_runs_stay_a_step_below_a_run_that_hurt) {
    const Plan plan =
        stretch_ice_plan("trial57_stretch_ice_run_20_hurt_aqua_jog_tolerated.json", "2026-02-20");
    EXPECT_EQ(coach::test::rationale_line(plan, "The 20-minute run of 2026-02-16 hurt: "),
              "The 20-minute run of 2026-02-16 hurt: runs go no longer than 15 minutes until one "
              "that long is logged within mild discomfort, then no longer than 20 minutes until a "
              "run of 20 minutes is logged within mild discomfort, whatever else is: only a run "
              "shows a run tolerated, and a load is raised only once the one below it is "
              "(pain-monitoring model, Silbernagel et al. 2007, Am J Sports Med).");
    expect_runs_of(plan, 15,
                   "The 20-minute run of 2026-02-16 hurt: no run is longer than 15 minutes until "
                   "one of 15 minutes is logged within mild discomfort");
}

// And a 15-minute jog logged at 1/10 on 02-20: the 20 minutes are tried again, and no more.
TEST(painful_session_trial_57, stretch_ice_run_that_hurt_is_tried_again_after_a_shorter_one) {
    expect_runs_of(
        stretch_ice_plan("trial57_stretch_ice_run_20_hurt_15_tolerated.json", "2026-02-21"), 20,
        "The 20-minute run of 2026-02-16 hurt: this length is tried again after a "
        "shorter run went within mild discomfort");
}

// A 20-minute run stopped before its end at 0/10 (synthetic athlete 920, 2026-10-14): answered
// as a run that hurt, and said so as what it was.
TEST(painful_session_trial_57, stretch_ice_run_stopped_is_named_as_stopped) {
    const Plan plan = stretch_ice_plan("trial57_stretch_ice_run_20_stopped.json", "2026-10-15");
    EXPECT_EQ(coach::test::longest_run(plan), 15);
    const auto jogs = items_of(plan, "light_jog");
    ASSERT_GE(jogs.size(), 5U);
    for (const auto& [date, item] : jogs) {
        EXPECT_NE(item->cue.find("The 20-minute run of 2026-10-14 was stopped before its end: no "
                                 "run is longer than 15 minutes"),
                  std::string::npos)
            << date.iso() << ": " << item->cue;
    }
}

// The holds of each planned session as (sets, effort %, hold s).
std::vector<std::tuple<int, int, int>> holds_of(const Plan& plan) {
    std::vector<std::tuple<int, int, int>> holds;
    for (const char* hold : {"isometric_bridge_hold", "isometric_heel_dig"}) {
        for (const auto& [date, item] : items_of(plan, hold)) {
            holds.emplace_back(item->sets.value_or(0), item->intensity_pct.value_or(0),
                               item->hold_s.value_or(0));
        }
    }
    return holds;
}

Plan eccentric_plan(const char* record, const char* as_of) {
    return coach::test::plan_for("eccentric-strength",
                                 std::string{"athletes/painful_session/"} + record,
                                 {.as_of = day(as_of), .horizon_days = 14});
}

// 02-17: the usual holds, 5 x 30 s at 50%, at 6/10; 02-18: the lighter ones, 3 at 30%, at 2/10.
// Every session is the step between, 4 at 40%, nothing heavier, and the rationale says why.
TEST(painful_session_trial_57, eccentric_holds_that_hurt_come_back_a_step_at_a_time) {
    const Plan plan =
        eccentric_plan("trial57_eccentric_usual_holds_hurt_lighter_tolerated.json", "2026-02-19");
    EXPECT_EQ(plan.sessions.size(), 14U);
    const auto holds = holds_of(plan);
    EXPECT_EQ(holds.size(), 28U);
    for (const auto& hold : holds) {
        EXPECT_EQ(hold, std::tuple(4, 40, 30));
    }
    EXPECT_EQ(coach::test::rationale_line(plan, "Pain-relief loading only"),
              "Pain-relief loading only, every day of this plan: 4 holds at about 40% of effort, "
              "one step above the lighter holds tolerated since and below the ones that hurt on "
              "2026-02-17; nothing heavier is planned until a session of them is logged at or "
              "under the ceiling (a load is raised only once the one below it is tolerated: "
              "pain-monitoring model, Silbernagel et al. 2007, Am J Sports Med).");
}

// Trial 55's lighter holds at 6/10 (02-19), then held 15 s at 2/10 (02-20): the lighter holds at
// full length are tried again, named as the dose that hurt, nothing heavier.
TEST(painful_session_trial_57, eccentric_lighter_holds_that_hurt_are_tried_again_after_shorter) {
    const Plan plan =
        eccentric_plan("trial57_eccentric_lighter_hurt_shorter_tolerated.json", "2026-02-21");
    const auto holds = holds_of(plan);
    EXPECT_EQ(holds.size(), 28U);
    for (const auto& hold : holds) {
        EXPECT_EQ(hold, std::tuple(3, 30, 30));
    }
    EXPECT_NE(coach::test::rationale_line(plan, "Pain-relief loading only")
                  .find("the lighter holds at full length, the dose that hurt on 2026-02-19, "
                        "tried again after the shorter holds went within the ceiling"),
              std::string::npos);
}

// The Nordic curls of each planned session as (sets, reps), and their foci.
std::vector<std::pair<int, int>> nordic_doses(const Plan& plan) {
    std::vector<std::pair<int, int>> doses;
    for (const auto& [date, item] : items_of(plan, "nordic_curl")) {
        doses.emplace_back(item->sets.value_or(0), item->reps.value_or(0));
    }
    return doses;
}

Plan nordic_plan(const char* record, const char* as_of) {
    return coach::test::plan_for("protocol:nordic-petersen-2011",
                                 std::string{"athletes/painful_session/"} + record,
                                 {.as_of = day(as_of), .horizon_days = 28});
}

// 2 x 5 hurt (02-16), 1 x 5 hurt (02-23), 1 x 3 went well (03-02): one halving back up, 1 x 5,
// in every session, never week 2.
TEST(painful_session_trial_57, nordic_halved_dose_tolerated_climbs_back_one_halving) {
    const Plan plan = nordic_plan("trial57_nordic_halved_twice_tolerated.json", "2026-03-03");
    const auto doses = nordic_doses(plan);
    ASSERT_GE(doses.size(), 3U);
    for (const auto& dose : doses) {
        EXPECT_EQ(dose, std::pair(1, 5));
    }
    for (const auto& session : plan.sessions) {
        EXPECT_EQ(session.focus, "eccentric strength (week 1, half the dose)")
            << session.date.iso();
    }
    EXPECT_EQ(coach::test::rationale_line(plan, "The session of 2026-03-02 at "),
              "The session of 2026-03-02 at week 1's dose halved twice stayed within the 3/10 "
              "ceiling: from 2026-03-04, one step back up, week 1's dose at half its volume, and "
              "every planned session stays at it until one at it is logged within the 3/10 "
              "ceiling (a load is raised only once the one below it is tolerated: "
              "pain-monitoring model, Silbernagel et al. 2007, Am J Sports Med).");
}

// Then 1 x 5 went well (03-09): week 1 in full, the dose that first hurt, tried again and held.
TEST(painful_session_trial_57, nordic_dose_that_hurt_is_tried_again_and_held) {
    const Plan plan = nordic_plan("trial57_nordic_halved_once_tolerated.json", "2026-03-10");
    const auto doses = nordic_doses(plan);
    ASSERT_GE(doses.size(), 3U);
    for (const auto& dose : doses) {
        EXPECT_EQ(dose, std::pair(2, 5));
    }
    EXPECT_NE(coach::test::rationale_line(plan, "The session of 2026-03-09 at ")
                  .find("week 1's dose in full, the dose that hurt on 2026-02-16, tried again, "
                        "and every planned session stays at it"),
              std::string::npos);
}

// Then 2 x 5 went well (03-16): the progression goes on, week 2 next.
TEST(painful_session_trial_57, nordic_progression_goes_on_once_the_dose_that_hurt_is_tolerated) {
    const Plan plan = nordic_plan("trial57_nordic_full_week_1_tolerated.json", "2026-03-17");
    const auto doses = nordic_doses(plan);
    ASSERT_FALSE(doses.empty());
    EXPECT_EQ(doses.front(), std::pair(2, 6));
}

}  // namespace
