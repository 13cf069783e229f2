// Held-out cases for what follows a painful logged session (written before the rule was run on
// them, and not tuned against; the trial's own inputs are not used here). The rule: a session
// above a plan's pain ceiling steps the dose back below the one that hurt, the plan stays there
// until a session at the lower dose is logged tolerated, and the projected milestones move later
// by the days lost (from the painful session to the first session at the lower dose).
// Pain-monitoring model: Silbernagel KG et al., Am J Sports Med 2007;35(6):897-906.

#include <gtest/gtest.h>

#include <string>

#include "coach/sdk/plan.hpp"
#include "support.hpp"

namespace {

using coach::Date;
using coach::Load;
using coach::Plan;
using coach::Session;

const std::string folder = "athletes/painful_session/";

Date day(const char* iso) {
    return *Date::parse(iso);
}

const Session& first_strength_session(const Plan& plan) {
    for (const auto& session : plan.sessions) {
        if (session.focus.starts_with("strength")) {
            return session;
        }
    }
    throw std::runtime_error(plan.philosophy.id + " plans no strength session");
}

// A single-leg circuit completed at 6/10 during it (above the 4/10 ceiling although finished) on
// 2026-09-23, planned from 09-24: the first strength session is 09-25, on two legs, each family
// lighter than the dose that hurt (the deadlift medium rather than heavy, the two-leg hip thrust
// light rather than medium).
TEST(painful_session_held_out, eccentric_steps_back_to_two_legs_one_load_lighter) {
    const Plan plan = coach::test::plan_for("eccentric-strength",
                                            folder + "eccentric_one_leg_at_6_completed.json");
    const Session& first = first_strength_session(plan);
    EXPECT_EQ(first.date, day("2026-09-25"));
    ASSERT_EQ(first.items.size(), 3u);
    EXPECT_EQ(first.items[0].exercise, "slider_curl_double");
    EXPECT_EQ(first.items[0].load, Load::bodyweight);
    EXPECT_EQ(first.items[1].exercise, "hip_thrust_double");
    EXPECT_EQ(first.items[1].load, Load::light);
    EXPECT_EQ(first.items[2].exercise, "deadlift");
    EXPECT_EQ(first.items[2].load, Load::medium);
}

// Nothing tolerated is logged after the painful session: no planned session goes back to a
// single-leg exercise or to the load that hurt.
TEST(painful_session_held_out, eccentric_stays_back_until_a_lower_session_is_logged_tolerated) {
    const Plan plan = coach::test::plan_for("eccentric-strength",
                                            folder + "eccentric_one_leg_at_6_completed.json");
    for (const auto& session : plan.sessions) {
        for (const auto& item : session.items) {
            EXPECT_NE(item.exercise, "slider_curl_single") << session.date.iso();
            EXPECT_NE(item.exercise, "hip_thrust_single") << session.date.iso();
            EXPECT_NE(item.exercise, "romanian_deadlift") << session.date.iso();
            if (item.exercise == "deadlift") {
                EXPECT_EQ(item.load, Load::medium) << session.date.iso();
            }
        }
    }
}

// The same single-leg session painful on 09-20, then a two-leg session logged on 09-22 within the
// ceiling: the stay is over, the next session is back on one leg at the usual loads.
TEST(painful_session_held_out, eccentric_returns_to_one_leg_once_the_lower_session_is_tolerated) {
    const Plan plan = coach::test::plan_for("eccentric-strength",
                                            folder + "eccentric_lower_session_tolerated.json");
    const Session& first = first_strength_session(plan);
    ASSERT_EQ(first.items.size(), 3u);
    EXPECT_EQ(first.items[0].exercise, "slider_curl_single");
    EXPECT_EQ(first.items[2].exercise, "romanian_deadlift");
    EXPECT_EQ(first.items[2].load, Load::heavy);
}

// The lower session logged above the ceiling too: no single-leg work in the plan.
TEST(painful_session_held_out, eccentric_stays_back_when_the_lower_session_hurt_too) {
    const Plan plan = coach::test::plan_for("eccentric-strength",
                                            folder + "eccentric_lower_session_hurt_too.json");
    for (const auto& session : plan.sessions) {
        for (const auto& item : session.items) {
            EXPECT_NE(item.exercise, "romanian_deadlift") << session.date.iso();
        }
    }
}

// Days lost: 09-23 to the first lower session on 09-25, 2 days; the same session tolerated is
// the plan without them.
TEST(painful_session_held_out, eccentric_milestones_move_by_the_days_lost) {
    const Plan painful = coach::test::plan_for("eccentric-strength",
                                               folder + "eccentric_one_leg_at_6_completed.json");
    const Plan tolerated =
        coach::test::plan_for("eccentric-strength", folder + "eccentric_one_leg_tolerated.json");
    ASSERT_TRUE(painful.milestones.return_to_run && tolerated.milestones.return_to_run);
    EXPECT_EQ(*painful.milestones.return_to_run - *tolerated.milestones.return_to_run, 2);
    ASSERT_TRUE(painful.milestones.return_to_sport && tolerated.milestones.return_to_sport);
    EXPECT_EQ(*painful.milestones.return_to_sport - *tolerated.milestones.return_to_sport, 2);
}

// A sprint session of 20 m at 70% stopped at 6/10 on 09-11 (grade 1), planned from 09-12: no
// running on 09-12, the lower session on 09-13, so 2 days lost; the return to sport and full
// speed move by at least them. Since trial 38 the plan stays at the lower dose until a session at
// it is logged tolerated, so they may fall beyond the horizon until one is.
TEST(painful_session_held_out, sprint_manual_milestones_move_by_the_days_lost) {
    const Plan painful =
        coach::test::plan_for("sprint-manual", folder + "sprint_stopped_at_6.json");
    const Plan tolerated = coach::test::plan_for("sprint-manual", folder + "sprint_tolerated.json");
    const auto* lower = [&]() -> const Session* {
        for (const auto& session : painful.sessions) {
            for (const auto& item : session.items) {
                if (item.exercise == "acceleration") {
                    return &session;
                }
            }
        }
        return nullptr;
    }();
    ASSERT_NE(lower, nullptr);
    EXPECT_EQ(lower->date, day("2026-09-13"));
    ASSERT_TRUE(tolerated.milestones.return_to_sport && tolerated.milestones.full_speed);
    if (painful.milestones.return_to_sport) {
        EXPECT_GE(*painful.milestones.return_to_sport - *tolerated.milestones.return_to_sport, 2);
    } else {
        EXPECT_TRUE(painful.milestones.is_beyond_horizon(coach::MilestoneKind::return_to_sport));
    }
    if (painful.milestones.full_speed) {
        EXPECT_GE(*painful.milestones.full_speed - *tolerated.milestones.full_speed, 2);
    } else {
        EXPECT_TRUE(painful.milestones.is_beyond_horizon(coach::MilestoneKind::full_speed));
    }
}

// Every bundled philosophy's today page, on the day of a painful session logged under
// eccentric-strength, says what follows it.
TEST(painful_session_held_out, every_philosophys_today_page_says_what_follows) {
    for (const char* id :
         {"eccentric-strength", "sprint-manual", "stretch-ice", "protocol:nordic-petersen-2011",
          "protocol:running-strength-heiderscheit-2010"}) {
        const auto result = coach::test::run_coach(
            std::string{"today -p "} + id + " "
            + coach::test::fixture(folder + "eccentric_one_leg_at_6_completed.json").string()
            + " --date 2026-09-23");
        EXPECT_EQ(result.exit_code, 0) << id << result.err;
        EXPECT_NE(result.out.find("What follows: The session of 2026-09-23"), std::string::npos)
            << id << "\n"
            << result.out;
    }
}

}  // namespace
