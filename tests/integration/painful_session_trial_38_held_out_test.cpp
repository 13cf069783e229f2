// Held-out cases of the plan-logic faults user trial 38 found after a painful logged session
// (written before the plugins were changed; other athletes and days than the trial's own). The
// rule is the pain-monitoring model's: a session above the plan's pain ceiling steps the dose
// back below the one that hurt, and the plan stays there, neither climbing nor moving any part of
// it on, until a session at the lower dose is logged within the ceiling (Silbernagel KG et al.,
// Am J Sports Med 2007;35(6):897-906). What a plan says about the record (days still owed, days of
// rest) must be what the record and the plan hold.

#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <string>

#include "coach/sdk/plan.hpp"
#include "support.hpp"

namespace {

using coach::Date;
using coach::Item;
using coach::Load;
using coach::Plan;
using coach::Session;

const std::string folder = "athletes/painful_session/";

Plan plan_of(const char* philosophy, const std::string& record) {
    return coach::test::plan_for(philosophy, folder + record);
}

bool is_sprint_work(const Item& item) {
    return item.exercise == "acceleration" || item.exercise == "flying_sprint"
           || item.exercise == "speed_change_run";
}

bool has_exercise(const Plan& plan, const std::string& exercise) {
    for (const auto& session : plan.sessions) {
        for (const auto& item : session.items) {
            if (item.exercise == exercise) {
                return true;
            }
        }
    }
    return false;
}

// ---- 1. sprint-manual: below the dose that hurt until a tolerated session is logged ----------

// Every planned sprint dose stays under `hurt` (slower) and never climbs above the first one.
void expect_held_below(const Plan& plan, int hurt_distance_m, int hurt_intensity_pct) {
    std::optional<std::pair<int, int>> first;
    int sprint_items = 0;
    for (const auto& session : plan.sessions) {
        for (const auto& item : session.items) {
            if (!is_sprint_work(item)) {
                continue;
            }
            ++sprint_items;
            const int distance = item.distance_m.value_or(0);
            const int intensity = item.intensity_pct.value_or(100);
            EXPECT_LT(intensity, hurt_intensity_pct) << session.date.iso() << " " << item.exercise;
            EXPECT_LE(distance, hurt_distance_m) << session.date.iso() << " " << item.exercise;
            if (!first) {
                first = {distance, intensity};
            }
            EXPECT_LE(distance, first->first) << session.date.iso() << ": climbs untolerated";
            EXPECT_LE(intensity, first->second) << session.date.iso() << ": climbs untolerated";
        }
    }
    EXPECT_GT(sprint_items, 0) << "no running planned at all";
}

// 30 m at 80% completed at 6/10 during it: every planned session stays below it.
TEST(painful_session_trial_38, sprint_manual_stays_below_the_dose_that_hurt_until_tolerated) {
    expect_held_below(plan_of("sprint-manual", "held_out_38_sprint_completed_at_6.json"), 30, 80);
}

// 15 m at 70%, 3/10 during it but 6/10 the next day (grade 1, another month): the same.
TEST(painful_session_trial_38, sprint_manual_stays_below_after_next_day_pain) {
    expect_held_below(plan_of("sprint-manual", "held_out_38_sprint_next_day_6.json"), 15, 70);
}

// The lower session (20 m at 70%) logged at 2/10: the plan climbs again, but only to one step
// below the 30 m at 80% that hurt, 25 m at 70%, until a session there is logged tolerated (trial
// 57: the climb went past the dose that hurt).
TEST(painful_session_trial_38, sprint_manual_climbs_once_the_lower_session_is_tolerated) {
    const Plan plan = plan_of("sprint-manual", "held_out_38_sprint_lower_session_tolerated.json");
    bool climbs = false;
    for (const auto& session : plan.sessions) {
        for (const auto& item : session.items) {
            if (!is_sprint_work(item)) {
                continue;
            }
            climbs = climbs || item.distance_m.value_or(0) > 20;
            EXPECT_LE(item.distance_m.value_or(99), 25) << session.date.iso();
            EXPECT_LE(item.intensity_pct.value_or(100), 70) << session.date.iso();
        }
    }
    EXPECT_TRUE(climbs);
}

// ---- 2. eccentric-strength: a painful two-leg session lightens and holds everything --------

// Every planned circuit session: two legs only, lighter than the loads that hurt (the hip thrust
// below medium, the deadlift below heavy, the bodyweight slider curl in fewer sets), and all of
// them the same dose (nothing moves on).
void expect_lighter_two_leg_circuit_held(const Plan& plan) {
    std::optional<std::vector<Item>> first;
    int circuits = 0;
    for (const auto& session : plan.sessions) {
        std::vector<Item> circuit;
        for (const auto& item : session.items) {
            if (item.exercise == "slider_curl_double" || item.exercise == "hip_thrust_double"
                || item.exercise == "deadlift") {
                circuit.push_back(item);
            }
            EXPECT_NE(item.exercise, "slider_curl_single") << session.date.iso();
            EXPECT_NE(item.exercise, "hip_thrust_single") << session.date.iso();
            EXPECT_NE(item.exercise, "romanian_deadlift") << session.date.iso();
            if (item.exercise == "hip_thrust_double") {
                EXPECT_TRUE(item.load == Load::light || item.load == Load::bodyweight)
                    << session.date.iso();
            }
            if (item.exercise == "deadlift") {
                EXPECT_NE(item.load, Load::heavy) << session.date.iso();
            }
            if (item.exercise == "slider_curl_double") {
                EXPECT_LT(item.sets.value_or(0), 4) << session.date.iso();
            }
        }
        if (circuit.empty()) {
            continue;
        }
        ++circuits;
        if (!first) {
            first = circuit;
        }
        for (std::size_t index = 0; index < circuit.size() && index < first->size(); ++index) {
            EXPECT_EQ(circuit[index].load, (*first)[index].load) << session.date.iso();
            EXPECT_EQ(circuit[index].sets, (*first)[index].sets) << session.date.iso();
        }
    }
    EXPECT_GT(circuits, 0) << "no circuit planned at all";
}

TEST(painful_session_trial_38, eccentric_two_leg_session_at_6_lightens_and_holds) {
    expect_lighter_two_leg_circuit_held(
        plan_of("eccentric-strength", "held_out_38_eccentric_two_legs_at_6.json"));
}

TEST(painful_session_trial_38, eccentric_two_leg_session_at_6_on_the_as_of_day_lightens_and_holds) {
    expect_lighter_two_leg_circuit_held(
        plan_of("eccentric-strength", "held_out_38_eccentric_two_legs_at_6_on_as_of.json"));
}

// Three two-leg sessions tolerated (grade 2 asks four), then the hip thrust and deadlift only, the
// session at 5/10: the slider curl, not in it, does not move on to one leg on that answer either.
TEST(painful_session_trial_38, eccentric_no_family_moves_on_after_a_painful_two_leg_session) {
    const Plan plan = plan_of("eccentric-strength", "held_out_38_eccentric_hip_families_at_5.json");
    EXPECT_FALSE(has_exercise(plan, "slider_curl_single"));
    EXPECT_FALSE(has_exercise(plan, "hip_thrust_single"));
    EXPECT_FALSE(has_exercise(plan, "romanian_deadlift"));
    for (const auto& session : plan.sessions) {
        for (const auto& item : session.items) {
            if (item.exercise == "hip_thrust_double" || item.exercise == "deadlift") {
                EXPECT_NE(item.load, Load::heavy) << session.date.iso() << " " << item.exercise;
            }
        }
    }
}

// The holds and a lighter two-leg session logged within the ceiling: the circuit moves on again.
TEST(painful_session_trial_38, eccentric_moves_on_once_a_lighter_two_leg_session_is_tolerated) {
    const Plan plan =
        plan_of("eccentric-strength", "held_out_38_eccentric_lower_two_leg_tolerated.json");
    EXPECT_TRUE(has_exercise(plan, "slider_curl_single"));
}

// ---- 4. eccentric-strength: the holds still owed in words are the holds planned ------------

void expect_owed_holds_planned(const Plan& plan, int expected_owed) {
    const std::regex owed{R"(\((\d+) days? still to do\))"};
    int said = -1;
    for (const auto& line : plan.rationale) {
        std::smatch match;
        if (std::regex_search(line, match, owed)) {
            said = std::stoi(match[1].str());
        }
    }
    int planned = 0;
    for (const auto& session : plan.sessions) {
        planned += session.focus == "pain relief" ? 1 : 0;
    }
    EXPECT_EQ(said, expected_owed);
    EXPECT_EQ(planned, said);
}

TEST(painful_session_trial_38, eccentric_plans_the_holds_it_says_are_owed) {
    expect_owed_holds_planned(
        plan_of("eccentric-strength", "held_out_38_eccentric_two_legs_at_6.json"), 3);
}

TEST(painful_session_trial_38, eccentric_plans_the_holds_owed_from_the_painful_day_itself) {
    expect_owed_holds_planned(
        plan_of("eccentric-strength", "held_out_38_eccentric_two_legs_at_6_on_as_of.json"), 3);
}

TEST(painful_session_trial_38, eccentric_plans_the_holds_left_after_one_is_done) {
    expect_owed_holds_planned(
        plan_of("eccentric-strength", "held_out_38_eccentric_one_hold_done.json"), 2);
}

// ---- 3. stretch-ice: an exercise its stop rule stopped is not prescribed again -------------

// The bridges and the bike hurt (5/10) in the healing stage: "stop it and ask a doctor".
TEST(painful_session_trial_38, stretch_ice_does_not_bring_back_the_exercise_that_hurt) {
    const Plan plan = plan_of("stretch-ice", "held_out_38_stretch_ice_exercise_hurt.json");
    EXPECT_FALSE(has_exercise(plan, "glute_bridge"));
    EXPECT_FALSE(has_exercise(plan, "cycling"));
    ASSERT_FALSE(plan.sessions.empty());
}

// Sharp pain (7/10) in the hamstring stretch and the plank: neither comes back.
TEST(painful_session_trial_38, stretch_ice_does_not_bring_back_an_exercise_after_sharp_pain) {
    const Plan plan = plan_of("stretch-ice", "held_out_38_stretch_ice_sharp_in_stretch.json");
    EXPECT_FALSE(has_exercise(plan, "hamstring_static_stretch"));
    EXPECT_FALSE(has_exercise(plan, "core_plank"));
}

// Trial 39: every exercise of the session of 2026-10-11 hurt (6/10) and nothing was reassessed
// since: the days that held only those exercises are rest days, said as such, not sessions with
// no item (which the gate refuses, so the plugin gave no plan at all).
TEST(painful_session_trial_38, stretch_ice_rests_a_day_whose_every_exercise_hurt) {
    const Plan plan = plan_of("stretch-ice", "held_out_39_stretch_ice_every_exercise_hurt.json");
    ASSERT_FALSE(plan.sessions.empty());
    int rest_days = 0;
    for (const auto& session : plan.sessions) {
        EXPECT_FALSE(session.items.empty()) << session.date.iso();
        for (const auto& item : session.items) {
            EXPECT_NE(item.exercise, "single_leg_deadlift") << session.date.iso();
            EXPECT_NE(item.exercise, "lying_leg_curl") << session.date.iso();
            if (item.cue.starts_with("Rest: what hurt stays out")) {
                ++rest_days;
                // Said as a rest day, with both ways out of the stop (the rationale's).
                EXPECT_EQ(session.focus, "rest") << session.date.iso();
                EXPECT_EQ(item.cue,
                          "Rest: what hurt stays out until a doctor or physio has reassessed "
                          "it, or a session of this plan is logged within mild discomfort.");
            }
        }
    }
    EXPECT_GT(rest_days, 0);
}

// coach today names a day of rest as one, with no "once a clinician has seen you" before it: rest
// needs no clinician first (trial 39 read "once a clinician has seen you, back to usual running:
// rest").
TEST(painful_session_trial_38, today_names_the_day_of_rest_after_the_painful_session_as_rest) {
    const auto page =
        coach::test::run_coach("today -p stretch-ice --date 2026-10-11 " COACH_TEST_FIXTURES_DIR "/"
                               + folder + "held_out_39_stretch_ice_every_exercise_hurt.json");
    EXPECT_EQ(page.exit_code, 0) << page.err;
    EXPECT_NE(page.out.find("Next session, Monday 2026-10-12: a day of rest (phase: back to "
                            "usual running)\n1. Rest\n"),
              std::string::npos)
        << page.out;
    EXPECT_EQ(page.out.find("once a clinician has seen you, back to usual running: rest"),
              std::string::npos)
        << page.out;
}

// Near miss: the reassessment the stop asked for is recorded (pain 0/10 at rest and walking):
// the stretch comes back.
TEST(painful_session_trial_38, stretch_ice_brings_the_exercise_back_after_a_reassessment) {
    const Plan plan = plan_of("stretch-ice", "held_out_38_stretch_ice_sharp_then_reassessed.json");
    EXPECT_TRUE(has_exercise(plan, "hamstring_static_stretch"));
}

// ---- 5. stretch-ice: "complete rest" only where the record or the plan holds it ------------

// Assessments 3 days apart in the healing stage, nothing logged: the plan prescribed training on
// those days, so nothing says they were complete rest; the unchanged pain is still referred.
TEST(painful_session_trial_38, stretch_ice_claims_no_rest_the_record_does_not_hold) {
    const Plan plan = plan_of("stretch-ice", "held_out_38_stretch_ice_no_rest_between.json");
    bool referred = false;
    for (const auto& referral : plan.referrals) {
        EXPECT_EQ(referral.reason.find("complete rest"), std::string::npos) << referral.reason;
        referred = referred || referral.reason.find("has not improved") != std::string::npos;
    }
    EXPECT_TRUE(referred);
}

// Near miss: both reports inside the plan's own first days of complete rest.
TEST(painful_session_trial_38, stretch_ice_says_complete_rest_inside_its_first_rest_days) {
    const Plan plan = plan_of("stretch-ice", "held_out_38_stretch_ice_within_first_rest.json");
    bool said = false;
    for (const auto& referral : plan.referrals) {
        said = said
               || referral.reason.find("has not improved after a couple of days of complete rest")
                      != std::string::npos;
    }
    EXPECT_TRUE(said);
}

// ---- 6. protocols step back and stay back like the other plugins ---------------------------

// The protocol week of a planned session ("eccentric strength (week 2)" is 2), or 0.
int week_of(const Session& session) {
    const std::regex week{R"(\(week (\d+))"};
    std::smatch match;
    return std::regex_search(session.focus, match, week) ? std::stoi(match[1].str()) : 0;
}

// Nordic week 3 at 5/10 (ceiling 3): back to week 2, and no later week until one is tolerated
// (fixed for trial 39: painful_session_trial_39_held_out_test.cpp holds its other cases).
TEST(painful_session_trial_38, nordic_protocol_stays_at_the_week_before_until_tolerated) {
    const Plan plan =
        plan_of("protocol:nordic-petersen-2011", "held_out_38_nordic_week_3_at_5.json");
    int weeks = 0;
    for (const auto& session : plan.sessions) {
        if (week_of(session) > 0) {
            ++weeks;
            EXPECT_LE(week_of(session), 2) << session.date.iso() << " " << session.focus;
        }
    }
    EXPECT_GT(weeks, 0);
}

TEST(painful_session_trial_38, nordic_protocol_moves_on_once_the_lower_week_is_tolerated) {
    const Plan plan =
        plan_of("protocol:nordic-petersen-2011", "held_out_38_nordic_lower_week_tolerated.json");
    int latest = 0;
    for (const auto& session : plan.sessions) {
        latest = std::max(latest, week_of(session));
    }
    EXPECT_GE(latest, 3);
}

// Heiderscheit, 4/10 the day after its second session (ceiling 2): half the dose, and the full
// dose does not come back a week later without a tolerated session.
TEST(painful_session_trial_38, heiderscheit_stays_at_half_the_dose_until_tolerated) {
    const Plan plan = plan_of("protocol:running-strength-heiderscheit-2010",
                              "held_out_38_heiderscheit_next_day_4.json");
    int loaded = 0;
    for (const auto& session : plan.sessions) {
        if (session.focus == "rest" || session.focus == "reassessment") {
            continue;
        }
        ++loaded;
        EXPECT_NE(session.focus.find("half the dose"), std::string::npos)
            << session.date.iso() << " " << session.focus;
    }
    EXPECT_GT(loaded, 0);
}

}  // namespace
