// After a session that went above a plan's pain ceiling, every philosophy steps back, protocols
// as data included: the day after carries no loading while its pain stays above the ceiling, and
// the stepped-back dose comes after it (pain-monitoring model, Silbernagel et al. 2007, Am J
// Sports Med; docs/PHILOSOPHIES.md). The records are a user trial's (round 36), copied as they
// were into tests/fixtures/athletes/step_back/.

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "coach/sdk/plan.hpp"
#include "plan_days.hpp"
#include "support.hpp"

namespace {

using coach::Category;
using coach::Date;
using coach::Plan;
using coach::Session;
using coach::test::day;
using coach::test::session_on;

constexpr std::string_view nordic = "protocol:nordic-petersen-2011";
constexpr std::string_view heiderscheit = "protocol:running-strength-heiderscheit-2010";
const std::string eccentric_session_stopped =
    "athletes/step_back/eccentric_session_stopped_at_8_then_6_next_day.json";
const std::string heiderscheit_session_stopped =
    "athletes/step_back/heiderscheit_session_stopped_at_7_on_as_of.json";
const std::string easy_run_stopped = "athletes/step_back/easy_run_stopped_at_6_on_as_of.json";

std::vector<std::string> exercises(const Session& session) {
    std::vector<std::string> names;
    for (const auto& item : session.items) {
        names.push_back(item.exercise);
    }
    return names;
}

// "2026-10-19 rest", "2026-10-26 eccentric strength (week 1, half the dose)": the first `count`.
std::vector<std::string> first_sessions(const Plan& plan, std::size_t count) {
    std::vector<std::string> found;
    for (const auto& session : plan.sessions) {
        if (found.size() == count) {
            break;
        }
        found.push_back(session.date.iso() + " " + session.focus);
    }
    return found;
}

// Nordic curls were still planned on 2026-10-19, the day the record says hurt 6/10 after the
// eccentric-strength session of 2026-10-18 (8/10 during it), above the protocol's 3/10 ceiling.
TEST(step_back_after_pain,
     a_protocol_plans_no_loading_on_a_day_whose_recorded_pain_is_above_its_ceiling) {
    const Plan plan = coach::test::plan_for(nordic, eccentric_session_stopped);
    EXPECT_EQ(first_sessions(plan, 2),
              (std::vector<std::string>{"2026-10-19 rest",
                                        "2026-10-26 eccentric strength (week 1, half the dose)"}));
    const Session* rest = session_on(plan, day("2026-10-19"));
    ASSERT_NE(rest, nullptr);
    ASSERT_TRUE(rest->is_rest_day());
    EXPECT_EQ(rest->items.front().cue,
              "No loading on 2026-10-19: pain 6/10 the day after the session of 2026-10-18, above "
              "this protocol's ceiling of 3/10; rest that day, and load again only once the pain "
              "has settled to the ceiling (pain-monitoring model, Silbernagel et al. 2007, Am J "
              "Sports Med).");
}

// The other data protocol reads the same record alike: rest on the painful day, then its week 1
// at half the dose from the day after.
TEST(step_back_after_pain, every_data_protocol_rests_the_painful_day_then_steps_back) {
    const Plan plan = coach::test::plan_for(heiderscheit, eccentric_session_stopped);
    EXPECT_EQ(
        first_sessions(plan, 2),
        (std::vector<std::string>{"2026-10-19 rest",
                                  "2026-10-20 agility and trunk control (week 1, half the dose)"}));
}

// The protocol's own session on the as-of day stopped at 7/10 (ceiling 2/10), 5/10 the next day:
// side shuffle, grapevine, bridges and balance were planned at half volume the very next day.
TEST(step_back_after_pain,
     heiderscheit_own_session_above_its_ceiling_is_followed_by_rest_not_load) {
    const Plan plan = coach::test::plan_for(heiderscheit, heiderscheit_session_stopped);
    EXPECT_EQ(first_sessions(plan, 3),
              (std::vector<std::string>{
                  "2026-10-20 rest", "2026-10-21 agility and trunk control (week 1, half the dose)",
                  "2026-10-23 agility and trunk control (week 1, half the dose)"}));
}

// The page of the session's own day knows only the pain during it (7/10): the day after is still
// rest, not loading.
TEST(step_back_after_pain, the_page_of_the_session_day_shows_rest_the_next_day) {
    const auto page = coach::test::run_coach(
        "today -p protocol:running-strength-heiderscheit-2010 --width 1000 "
        + coach::test::fixture(heiderscheit_session_stopped).string() + " --date 2026-10-19");
    ASSERT_EQ(page.exit_code, 0) << page.err;
    EXPECT_NE(page.out.find("  Tue 2026-10-20  rest\n  Wed 2026-10-21  agility and trunk "
                            "control (week 1, half the dose)\n"),
              std::string::npos)
        << page.out;
    EXPECT_NE(page.out.find("Next session, Wednesday 2026-10-21: "), std::string::npos) << page.out;
}

// For every bundled philosophy, the day after a session above every ceiling (8/10 during it,
// 6/10 the next day) holds no running, sprint, drill or eccentric loading.
TEST(step_back_after_pain, no_philosophy_loads_the_day_after_a_session_above_its_ceiling) {
    const auto& engine = coach::test::bundled_engine();
    const auto file = coach::test::load_athlete(eccentric_session_stopped);
    for (const auto& record : engine.list()) {
        const auto outcome = engine.plan(record.info.id, file.athlete, file.request);
        ASSERT_TRUE(outcome.plan.has_value()) << record.info.id << ": " << outcome.error;
        const Session* next_day = session_on(*outcome.plan, day("2026-10-19"));
        if (next_day == nullptr) {
            continue;  // nothing planned is no loading
        }
        for (const auto& item : next_day->items) {
            EXPECT_TRUE(item.category != Category::running && item.category != Category::sprint
                        && item.category != Category::drill
                        && item.category != Category::strength_eccentric)
                << record.info.id << " plans " << item.exercise << " on 2026-10-19";
        }
    }
}

// stretch-ice, the day after an easy run that stopped at 6/10 and left 4/10 the next day: that
// day's pain is above mild discomfort, so the day is rest with ice and compression, no drill at
// all (trials 46, 47; its page said "no high-impact exercise" over a jogging drill before);
// the day after that has the full warm-up again, and cross-training in place of a run: the run
// that hurt, 8 minutes, was shorter than the plan's shortest jog, so no run comes back until a
// session of this plan is logged within mild discomfort (trial 51).
TEST(step_back_after_pain, stretch_ice_plans_no_jogging_drill_the_day_after_a_painful_run) {
    const Plan plan = coach::test::plan_for("stretch-ice", easy_run_stopped);
    const Session* after = session_on(plan, day("2026-10-21"));
    ASSERT_NE(after, nullptr);
    EXPECT_EQ(after->focus, "rest");
    EXPECT_EQ(exercises(*after), (std::vector<std::string>{"rest", "ice", "compression_shorts"}));
    const Session* run = session_on(plan, day("2026-10-22"));
    ASSERT_NE(run, nullptr);
    EXPECT_EQ(run->focus, "cross-training");
    EXPECT_EQ(run->items.at(1).exercise, "butt_kicks");
    const auto run_items = exercises(*run);
    EXPECT_EQ(std::find(run_items.begin(), run_items.end(), "light_jog"), run_items.end());
    const auto page = coach::test::run_coach("today -p stretch-ice --width 1000 "
                                             + coach::test::fixture(easy_run_stopped).string()
                                             + " --date 2026-10-21");
    ASSERT_EQ(page.exit_code, 0) << page.err;
    EXPECT_EQ(page.out.find("Butt kicks"), std::string::npos) << page.out;
    EXPECT_EQ(page.out.find("Jog on the spot"), std::string::npos) << page.out;
}

}  // namespace
