// Protocols as data (plugins/protocol): each *.protocol.json file in the plugin folders is a
// philosophy "protocol:<name>". Asserted through the engine and the coach command line.

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "support.hpp"

namespace {

using coach::Category;
using coach::Date;
using coach::Plan;
using coach::Session;

constexpr std::string_view nordic = "protocol:nordic-petersen-2011";
constexpr std::string_view running = "protocol:running-strength-heiderscheit-2010";

// Twelve weeks: the ten of the progression and two of maintenance.
const coach::Request twelve_weeks{.horizon_days = 84};

Date day(std::string_view iso) {
    return Date::parse(iso).value();
}

// Each item of a session as (sets, reps).
using Dose = std::vector<std::pair<int, int>>;

Dose dose_of(const Session& session) {
    Dose dose;
    for (const auto& item : session.items) {
        EXPECT_EQ(item.exercise, "nordic_curl");
        dose.emplace_back(item.sets.value_or(0), item.reps.value_or(0));
    }
    return dose;
}

// The sessions of the 7-day block `week` (1-based) counted from `first_day`.
std::vector<Session> sessions_in_week(const Plan& plan, Date first_day, int week) {
    std::vector<Session> found;
    const Date start = first_day + 7 * (week - 1);
    std::copy_if(plan.sessions.begin(), plan.sessions.end(), std::back_inserter(found),
                 [start](const Session& s) { return s.date >= start && s.date < start + 7; });
    return found;
}

bool has_line(const std::vector<std::string>& lines, std::string_view wanted) {
    return std::find(lines.begin(), lines.end(), wanted) != lines.end();
}

// Where the bundled protocol plugin was loaded from: beside the bundled protocol files.
std::string protocol_plugin_file() {
    const auto* record = coach::test::bundled_engine().find(nordic);
    EXPECT_NE(record, nullptr) << "the bundled protocol plugin did not load";
    return record == nullptr ? "" : (record->file.parent_path() / "protocol.so").string();
}

}  // namespace

// Petersen et al. 2011, table 1: week 1: 1 session of 2 x 5; week 2: 2 of 2 x 6; week 3: 3 of
// 3 x 6-8; week 4: 3 of 3 x 8-10; weeks 5-10: 3 of 3 sets of 12, 10, 8; then 1 a week.
TEST(protocol, nordic_plan_follows_the_published_table_week_by_week) {
    const Plan plan =
        coach::test::plan_for(nordic, "protocols/athletes/nordic_fresh.json", twelve_weeks);
    const Date week_one = day("2026-11-02");  // as_of, a Monday on which the entry criteria hold
    const Dose twelve_ten_eight{{1, 12}, {1, 10}, {1, 8}};
    const std::vector<std::pair<std::size_t, Dose>> table{
        {1, {{2, 5}}},         {2, {{2, 6}}},         {3, {{3, 6}}},         {3, {{3, 8}}},
        {3, twelve_ten_eight}, {3, twelve_ten_eight}, {3, twelve_ten_eight}, {3, twelve_ten_eight},
        {3, twelve_ten_eight}, {3, twelve_ten_eight}, {1, twelve_ten_eight}, {1, twelve_ten_eight}};
    ASSERT_EQ(plan.sessions.size(), 29u);
    for (int week = 1; week <= 12; ++week) {
        const auto& [sessions, dose] = table[static_cast<std::size_t>(week - 1)];
        const auto found = sessions_in_week(plan, week_one, week);
        ASSERT_EQ(found.size(), sessions) << "week " << week;
        for (const auto& session : found) {
            EXPECT_EQ(dose_of(session), dose) << "week " << week << ", " << session.date.iso();
        }
    }
    // The weekdays of the schedule: 1 session Monday; 2 Monday, Thursday; 3 Mon, Wed, Fri.
    EXPECT_EQ(sessions_in_week(plan, week_one, 2).at(1).date, day("2026-11-12"));
    EXPECT_EQ(sessions_in_week(plan, week_one, 3).at(2).date, day("2026-11-20"));
    EXPECT_EQ(sessions_in_week(plan, week_one, 11).at(0).date, day("2027-01-11"));
}

TEST(protocol, nordic_ranges_prescribe_the_lower_bound_and_state_the_range) {
    const Plan plan =
        coach::test::plan_for(nordic, "protocols/athletes/nordic_fresh.json", twelve_weeks);
    const auto week3 = sessions_in_week(plan, day("2026-11-02"), 3).at(0).items.at(0);
    EXPECT_EQ(week3.reps, 6);
    EXPECT_NE(week3.cue.find("6-8 reps: start at 6, add a rep while the form holds"),
              std::string::npos)
        << week3.cue;
}

// The plan's item has one `reps`, so "3 sets of 12, 10, 8" is one item per set: the dose of
// every set is exact and the cue names the scheme.
TEST(protocol, a_per_set_rep_scheme_is_one_item_per_set) {
    const Plan plan =
        coach::test::plan_for(nordic, "protocols/athletes/nordic_fresh.json", twelve_weeks);
    const auto items = sessions_in_week(plan, day("2026-11-02"), 5).at(0).items;
    ASSERT_EQ(items.size(), 3u);
    EXPECT_EQ(items[0].cue,
              "resist the fall for longer as you grow stronger; set 1 of 3 (12, 10, 8 reps)");
    EXPECT_EQ(items[2].cue,
              "resist the fall for longer as you grow stronger; set 3 of 3 (12, 10, 8 reps)");
    EXPECT_EQ(items[1].category, Category::strength_eccentric);
}

TEST(protocol, nordic_weekly_eccentric_dose_is_the_tables) {
    const auto file = coach::test::load_athlete("protocols/athletes/nordic_fresh.json");
    const std::vector<std::string> ids{std::string{nordic}};
    const auto comparison = coach::test::bundled_engine().compare(file.athlete, twelve_weeks, ids);
    ASSERT_TRUE(comparison.entries.at(0).metrics) << comparison.entries.at(0).outcome.error;
    std::vector<int> weekly;
    for (const auto& week : comparison.entries.at(0).metrics->weekly) {
        weekly.push_back(week[Category::strength_eccentric]);
    }
    EXPECT_EQ(weekly, (std::vector<int>{10, 24, 54, 72, 90, 90, 90, 90, 90, 90, 30, 30}));
}

TEST(protocol, nordic_phases_are_the_progression_then_weekly_maintenance) {
    const Plan plan =
        coach::test::plan_for(nordic, "protocols/athletes/nordic_fresh.json", twelve_weeks);
    ASSERT_EQ(plan.phases.size(), 2u);
    EXPECT_EQ(plan.phases[0].name, "nordic progression");
    EXPECT_EQ(plan.phases[0].start, day("2026-11-02"));
    EXPECT_EQ(plan.phases[0].end, day("2027-01-10"));  // 10 weeks
    EXPECT_EQ(plan.phases[1].name, "maintenance");
    EXPECT_EQ(plan.phases[1].start, day("2027-01-11"));
    EXPECT_EQ(plan.maintenance,
              "1 Nordic hamstring session a week (3 sets of 12, 10 and 8) for as long as the sport "
              "goes on");
    EXPECT_EQ(plan.sessions.front().focus, "eccentric strength (week 1)");
    EXPECT_EQ(plan.sessions.back().focus, "maintenance");
}

TEST(protocol, week_one_starts_on_the_first_day_the_entry_criteria_are_met) {
    // Injured on 2026-10-28, planned from 2026-10-30: 7 days since injury on 2026-11-04; pain
    // at rest and walking measured 0 on 2026-10-30, so the criteria hold on measured values.
    const Plan plan = coach::test::plan_for(nordic, "protocols/athletes/nordic_early.json");
    ASSERT_FALSE(plan.phases.empty());
    EXPECT_EQ(plan.phases[0].name, "awaiting entry criteria");
    EXPECT_EQ(plan.phases[0].end, day("2026-11-03"));
    EXPECT_EQ(plan.phases[1].start, day("2026-11-04"));
    // Week 1 runs Wednesday to Tuesday; its one session falls on the schedule's Monday.
    ASSERT_FALSE(plan.sessions.empty());
    EXPECT_EQ(plan.sessions.front().date, day("2026-11-09"));
    EXPECT_FALSE(plan.sessions.front().projected);
    EXPECT_TRUE(has_line(plan.rationale,
                         "Week 1 starts on 2026-11-04, the first day on or after 2026-10-30 that "
                         "meets the entry criteria (days since injury at least 7; pain at rest at "
                         "most 0/10; pain walking at most 1/10) on measured values."));
}

TEST(protocol, waits_while_the_entry_criteria_are_not_expected_within_the_horizon_and_says_why) {
    // The sample athlete walked with 4/10 pain on day 2; over 3 days from day 4 the course of
    // recovery does not yet expect walking pain at most 1/10.
    const Plan plan = coach::test::plan_for(nordic, "../../examples/athletes/sample.json",
                                            coach::Request{.horizon_days = 3});
    EXPECT_TRUE(plan.sessions.empty());
    ASSERT_EQ(plan.phases.size(), 1u);
    EXPECT_EQ(plan.phases[0].name, "awaiting entry criteria");
    EXPECT_TRUE(has_line(plan.rationale,
                         "The protocol does not start by 2026-10-07: its entry criteria are not "
                         "expected to be met by then (days since injury at least 7 (6); pain "
                         "walking at most 1/10 (2/10 projected for 2026-10-07)). Reassess, then "
                         "plan again."));
}

TEST(protocol, continues_from_the_first_logged_session_of_the_protocol) {
    // Sessions logged from Monday 2026-11-02; 2026-11-23 begins week 4 (3 x 8-10).
    const Plan plan = coach::test::plan_for(nordic, "protocols/athletes/nordic_week4_steady.json");
    const auto week4 = sessions_in_week(plan, day("2026-11-23"), 1);
    ASSERT_EQ(week4.size(), 3u);
    EXPECT_EQ(dose_of(week4[0]), (Dose{{3, 8}}));
    EXPECT_EQ(week4[0].focus, "eccentric strength (week 4)");
    EXPECT_EQ(dose_of(sessions_in_week(plan, day("2026-11-23"), 2).at(0)),
              (Dose{{1, 12}, {1, 10}, {1, 8}}));
}

// Issue 18: a log says the athlete began the protocol, not that they may go on. With pain at rest
// 3/10 and walking 2/10 measured after six logged sessions, the entry criteria (no pain at rest,
// walking at most 1/10) fail: no session until the course of recovery expects them met again,
// and the progression does not move on meanwhile (week 4 when it resumes, not week 5 or 6).
TEST(protocol, nordic_entry_criteria_still_hold_after_logged_sessions) {
    const Plan plan =
        coach::test::plan_for(nordic, "protocols/athletes/nordic_week4_pain_at_rest.json");
    ASSERT_FALSE(plan.sessions.empty());
    const Date resumed = plan.sessions.front().date;
    EXPECT_GT(resumed, day("2026-12-06")) << "sessions before the pain is expected to settle";
    EXPECT_EQ(plan.sessions.front().focus, "eccentric strength (week 4)");
    const auto says = [&plan](std::string_view opening) {
        return std::any_of(
            plan.rationale.begin(), plan.rationale.end(),
            [opening](const std::string& line) { return line.starts_with(opening); });
    };
    EXPECT_TRUE(
        says("From 2026-11-23 no session of nordic progression until its entry criteria "
             "are met again: pain at rest at most 0/10"));
    EXPECT_TRUE(says("nordic progression resumes on " + resumed.iso() + " at the earliest"));

    // The same log without the pain: week 4 on 2026-11-23, as before.
    const Plan steady =
        coach::test::plan_for(nordic, "protocols/athletes/nordic_week4_steady.json");
    ASSERT_FALSE(steady.sessions.empty());
    EXPECT_EQ(steady.sessions.front().date, day("2026-11-23"));
    EXPECT_EQ(steady.sessions.front().focus, "eccentric strength (week 4)");
}

// Heiderscheit et al. 2010 as the bundled file writes it: agility and trunk stabilisation for
// weeks 1-2 (5 sessions a week, left after 8), running and eccentric loading for weeks 3-4 (4 a
// week), speed and eccentric strength for weeks 5-6 (3 a week), then maintenance (2 a week). An
// athlete who logged the first eight sessions (2026-10-05 to Wednesday 2026-10-14) and meets
// every criterion when measured on as_of keeps that table: the log fills its own days, the plan
// the rest.
TEST(protocol, heiderscheit_phases_and_weekly_counts_hold_with_logged_sessions) {
    const auto file = coach::test::load_athlete("protocols/athletes/heiderscheit_logged.json");
    const Plan plan = coach::test::plan_for(running, "protocols/athletes/heiderscheit_logged.json");
    const Date week_one = day("2026-10-05");  // the first logged session of the protocol
    ASSERT_FALSE(plan.sessions.empty());
    EXPECT_EQ(plan.sessions.front().date, day("2026-10-16"));  // Friday of week 2
    struct Week {
        std::size_t sessions;  // logged and planned
        std::string_view phase;
        std::string_view focus;
    };
    const std::vector<Week> table{
        {5, "agility and trunk stabilisation", "agility and trunk control (week 1)"},
        {5, "agility and trunk stabilisation", "agility and trunk control (week 2)"},
        {4, "running and eccentric loading", "agility and running (week 3)"},
        {4, "running and eccentric loading", "agility and running (week 4)"},
        {3, "speed and eccentric strength", "speed and eccentric strength (week 5)"},
        {3, "speed and eccentric strength", "speed and eccentric strength (week 6)"},
        {2, "maintenance", ""}};
    for (std::size_t index = 0; index < table.size(); ++index) {
        const int week = static_cast<int>(index) + 1;
        const Date start = week_one + 7 * (week - 1);
        const auto logged = std::count_if(
            file.athlete.log.begin(), file.athlete.log.end(),
            [start](const auto& entry) { return entry.date >= start && entry.date < start + 7; });
        const auto planned = sessions_in_week(plan, week_one, week);
        EXPECT_EQ(planned.size() + static_cast<std::size_t>(logged), table[index].sessions)
            << "week " << week;
        for (const auto& session : planned) {
            EXPECT_EQ(session.phase, table[index].phase) << session.date.iso();
            if (!table[index].focus.empty()) {
                EXPECT_EQ(session.focus, table[index].focus) << session.date.iso();
            }
            EXPECT_FALSE(session.projected) << session.date.iso();  // criteria measured on as_of
        }
    }
    // The milestones of the same athlete without a log (criteria_met_on_time_...).
    EXPECT_EQ(plan.milestones.return_to_run, day("2026-10-19"));
    EXPECT_EQ(plan.milestones.full_speed, day("2026-11-09"));
    EXPECT_EQ(plan.milestones.return_to_sport, day("2026-11-16"));
}

TEST(protocol, does_not_plan_again_a_session_already_logged_on_as_of) {
    // Planned from Friday 2026-11-20, the day of the third session of week 3, already logged.
    const Plan plan = coach::test::plan_for(nordic, "protocols/athletes/nordic_week4_steady.json",
                                            coach::Request{.as_of = day("2026-11-20")});
    ASSERT_FALSE(plan.sessions.empty());
    EXPECT_EQ(plan.sessions.front().date, day("2026-11-23"));
    EXPECT_EQ(plan.sessions.front().focus, "eccentric strength (week 4)");
}

// The last session (Friday 2026-11-20, week 3) hurt 5/10 the next day, above the 3/10 ceiling:
// that day (Saturday) has no loading, and from Sunday the protocol goes back one week from the
// week that hurt, to week 2 (2 sessions of 2 x 6), not to week 3, which would repeat the dose
// that hurt, and stays there until a session at it is logged within the ceiling (none is).
TEST(protocol, a_last_session_above_the_ceiling_goes_back_one_week_from_the_week_that_hurt) {
    const Plan plan = coach::test::plan_for(nordic, "protocols/athletes/nordic_week4_painful.json");
    const auto this_week = sessions_in_week(plan, day("2026-11-23"), 1);
    ASSERT_EQ(this_week.size(), 2u);
    for (const auto& session : this_week) {
        EXPECT_EQ(dose_of(session), (Dose{{2, 6}})) << session.date.iso();  // week 2's dose
        EXPECT_EQ(session.focus, "eccentric strength (week 2)");
    }
    const auto next_week = sessions_in_week(plan, day("2026-11-23"), 2);
    ASSERT_EQ(next_week.size(), 2u);
    for (const auto& session : next_week) {
        EXPECT_EQ(dose_of(session), (Dose{{2, 6}})) << session.date.iso();  // still week 2
    }
    EXPECT_TRUE(has_line(
        plan.rationale,
        "The session of 2026-11-20 (logged under "
        "protocol:nordic-petersen-2011) went to 5/10 the day after. The last "
        "session hurt more than the 3/10 ceiling (pain in the last logged "
        "session above 3/10). From "
        "2026-11-23, the dose of week 2, the week before the one "
        "that hurt (week 3); every planned session stays at that dose until one at it is logged "
        "within the 3/10 ceiling, and the later weeks and milestones move later by "
        "the days that takes, beyond this plan until it is logged (pain-monitoring "
        "model, Silbernagel et al. 2007, Am J Sports Med)."));
}

namespace {

// The rationale line that says why the plan stepped back, or "" when none does.
std::string step_back_line(const Plan& plan) {
    const auto found = std::find_if(
        plan.rationale.begin(), plan.rationale.end(),
        [](const std::string& line) { return line.find(") went to ") != std::string::npos; });
    return found == plan.rationale.end() ? std::string{} : *found;
}

}  // namespace

// Trial 30: the Heiderscheit protocol held its dose after its own session of 5/10 in week 1
// (ceiling 2/10), because week 1 has no week before it. Weeks 1-2 share one dose, so no week of
// the file is lighter: the step back halves week 1's volume for 7 days, then week 2 follows.
TEST(protocol, an_own_session_above_the_ceiling_in_week_1_halves_week_1) {
    const Plan plan =
        coach::test::plan_for(running, "protocols/athletes/heiderscheit_week1_painful.json");
    const auto halved_week = sessions_in_week(plan, day("2026-10-17"), 1);
    ASSERT_FALSE(halved_week.empty());
    for (const auto& session : halved_week) {
        EXPECT_EQ(session.focus, "agility and trunk control (week 1, half the dose)");
        for (const auto& item : session.items) {
            if (item.exercise == "isometric_heel_dig") {
                EXPECT_EQ(item.sets, 3);  // 5 sets halved, rounded up
            }
            if (item.exercise == "cycling") {
                EXPECT_EQ(item.duration_min, 5);  // one bout of 10 min halved
            }
            if (item.exercise == "ice") {
                EXPECT_EQ(item.duration_min, 20);  // not training: as the file says
            }
        }
    }
    const auto next_week = sessions_in_week(plan, day("2026-10-17"), 2);
    ASSERT_FALSE(next_week.empty());
    // Not tolerated yet: still half the dose (the full dose comes back once one is logged).
    EXPECT_EQ(next_week.front().focus, "agility and trunk control (week 1, half the dose)");
    EXPECT_EQ(step_back_line(plan),
              "The session of 2026-10-16 (logged under "
              "protocol:running-strength-heiderscheit-2010) went to 5/10 during it. The last "
              "session hurt more than the 2/10 this protocol accepts (pain in the last logged "
              "session above 2/10). From "
              "2026-10-17, week 1's dose at half its volume (week 1 has no "
              "lighter week before it; the sources ask for loading within the pain ceiling and "
              "give no size of step back: half is this plugin's reading); every planned session "
              "stays at that dose until one at it is logged within the 2/10 ceiling, and the "
              "later weeks and milestones move later by the days that takes, beyond this plan "
              "until it is logged (pain-monitoring model, Silbernagel et al. 2007, Am J Sports "
              "Med).");
}

// Pain in a session logged under another plan is the athlete's pain: week 3 steps back to
// week 2 from the day after it, and the rationale names the plan; that session is not one of
// this protocol's (week 1 still began on its first own session).
TEST(protocol, a_session_logged_under_another_plan_above_the_ceiling_steps_back) {
    const Plan plan =
        coach::test::plan_for(nordic, "protocols/athletes/nordic_week3_other_plan_painful.json");
    ASSERT_GE(plan.sessions.size(), 3u);
    EXPECT_EQ(plan.sessions[0].date, day("2026-10-29"));
    EXPECT_EQ(dose_of(plan.sessions[0]), (Dose{{2, 6}}));
    EXPECT_EQ(dose_of(plan.sessions[1]), (Dose{{2, 6}}));
    for (const auto& session : plan.sessions) {  // week 2 until one at it is logged tolerated
        EXPECT_EQ(dose_of(session), (Dose{{2, 6}})) << session.date.iso();
    }
    EXPECT_TRUE(has_line(plan.rationale,
                         "Week 1 began on 2026-10-12, the first session of this protocol in the "
                         "log."));
    EXPECT_EQ(step_back_line(plan),
              "The session of 2026-10-27 (logged under eccentric-strength) went to 5/10 during "
              "it; its pain counts here, its work does not move this protocol on. The last "
              "session hurt more than the 3/10 ceiling (pain in the last logged session above "
              "3/10). From 2026-10-28, the dose of week 2, the week before "
              "the one that hurt (week 3); every planned session stays at that dose until one "
              "at it is logged within the 3/10 ceiling, and the later weeks and milestones move "
              "later by the days that takes, beyond this plan until it is logged (pain-monitoring "
              "model, Silbernagel et al. 2007, Am J Sports Med).");
}

// Only another plan's sessions in the log, the last above the ceiling: they do not start this
// protocol (no progression credit), and its week 1 starts halved and stays so: only a session
// of this protocol logged within the ceiling ends the stay.
TEST(protocol, another_plans_sessions_give_no_progress_but_their_pain_halves_week_1) {
    const Plan plan =
        coach::test::plan_for(nordic, "protocols/athletes/eccentric_only_painful.json");
    ASSERT_GE(plan.sessions.size(), 2u);
    EXPECT_EQ(plan.sessions[0].date, day("2026-10-19"));
    EXPECT_EQ(plan.sessions[0].focus, "eccentric strength (week 1, half the dose)");
    EXPECT_EQ(dose_of(plan.sessions[0]), (Dose{{1, 5}}));  // 2 x 5 at half its sets
    EXPECT_EQ(dose_of(plan.sessions[1]), (Dose{{1, 5}}));  // still halved: none tolerated
    EXPECT_EQ(plan.rationale.end(), std::find_if(plan.rationale.begin(), plan.rationale.end(),
                                                 [](const std::string& line) {
                                                     return line.starts_with("Week 1 began");
                                                 }));
    EXPECT_NE(step_back_line(plan).find("(logged under eccentric-strength) went to 5/10"),
              std::string::npos);
}

// A session that names no plan: its pain steps back as any other's.
TEST(protocol, an_unlabelled_session_above_the_ceiling_steps_back) {
    const Plan plan =
        coach::test::plan_for(nordic, "protocols/athletes/nordic_week3_unlabelled_painful.json");
    ASSERT_FALSE(plan.sessions.empty());
    EXPECT_EQ(dose_of(plan.sessions[0]), (Dose{{2, 6}}));
    EXPECT_NE(step_back_line(plan).find("The session of 2026-10-27 (logged under no plan) went "
                                        "to 5/10 during it"),
              std::string::npos);
}

// At the ceiling (3/10 during and after) is within it: no step back, week 3 goes on.
TEST(protocol, a_session_at_the_ceiling_does_not_step_back) {
    const Plan plan =
        coach::test::plan_for(nordic, "protocols/athletes/nordic_week3_other_plan_at_ceiling.json");
    ASSERT_GE(plan.sessions.size(), 3u);
    EXPECT_EQ(dose_of(plan.sessions[0]), (Dose{{3, 6}}));
    EXPECT_EQ(dose_of(plan.sessions[2]), (Dose{{3, 8}}));  // week 4 from 2026-11-02
    EXPECT_EQ(step_back_line(plan), "");
}

// Trial 30: a painful session on the last day of a week's block. Planned from that day (as
// `coach today` does the next day) and from the day after, the plans agree: the step back is
// the log's, not the as_of's.
TEST(protocol, the_step_back_is_the_same_from_the_sessions_day_and_the_day_after) {
    // Both through 2026-11-15.
    const auto from = [](std::string_view as_of, int days) {
        return coach::test::plan_for(nordic, "protocols/athletes/nordic_week3_painful_sunday.json",
                                     coach::Request{.as_of = day(as_of), .horizon_days = days});
    };
    const Plan on_the_day = from("2026-11-01", 15);
    const Plan day_after = from("2026-11-02", 14);
    std::vector<Session> later;
    std::copy_if(on_the_day.sessions.begin(), on_the_day.sessions.end(), std::back_inserter(later),
                 [](const Session& s) { return s.date >= day("2026-11-02"); });
    ASSERT_EQ(later.size(), day_after.sessions.size());
    for (std::size_t i = 0; i < later.size(); ++i) {
        EXPECT_EQ(later[i].date, day_after.sessions[i].date);
        EXPECT_EQ(later[i].focus, day_after.sessions[i].focus) << later[i].date.iso();
        EXPECT_EQ(dose_of(later[i]), dose_of(day_after.sessions[i])) << later[i].date.iso();
    }
    ASSERT_FALSE(day_after.sessions.empty());
    EXPECT_EQ(day_after.sessions.front().focus, "eccentric strength (week 2)");
}

TEST(protocol, advises_a_referral_when_the_strength_deficit_persists) {
    const auto reason = std::string{
        "eccentric strength deficit still above 20% four weeks after injury: ask a "
        "physiotherapist to review the loading"};
    const Plan deficit =
        coach::test::plan_for(nordic, "protocols/athletes/nordic_strength_deficit.json");
    EXPECT_EQ(deficit.status, coach::PlanStatus::ok);
    EXPECT_NE(std::find(deficit.referrals.begin(), deficit.referrals.end(),
                        coach::Referral{coach::ReferralLevel::advise, reason}),
              deficit.referrals.end());
    const Plan steady =
        coach::test::plan_for(nordic, "protocols/athletes/nordic_week4_steady.json");
    EXPECT_TRUE(steady.referrals.empty());
}

TEST(protocol, holds_a_phase_until_the_course_expects_the_next_phases_criteria) {
    // The sample athlete walked with 4/10 pain and exercised with 5/10 on day 2; here its logged
    // session stays within the 2/10 ceiling (the sample's own 3/10 holds the protocol at half
    // the dose until one is tolerated: painful_session_trial_39). Week 3 would begin on
    // 2026-10-19, but the course of recovery (return to sport 39 days after injury: grade 2 and
    // a previous injury) expects exercise pain at most 2/10 only by 2026-10-26.
    const Plan plan =
        coach::test::plan_for(running, "protocols/athletes/sample_session_within_the_ceiling.json");
    ASSERT_FALSE(plan.sessions.empty());
    for (const auto& session : plan.sessions) {
        const bool running_item =
            std::any_of(session.items.begin(), session.items.end(),
                        [](const coach::Item& item) { return item.category == Category::running; });
        EXPECT_EQ(running_item, session.date >= day("2026-10-26")) << session.date.iso();
        // Phase 1 has no criteria; phase 2 rests on the projection: marked so from its start.
        EXPECT_EQ(session.projected, session.date >= day("2026-10-26")) << session.date.iso();
    }
    EXPECT_TRUE(has_line(plan.rationale,
                         "From 2026-10-19 the dose of week 2 repeats until running and eccentric "
                         "loading can start: pain during exercise at most 2/10 (3/10 projected "
                         "for 2026-10-19)."));
    const auto first_run =
        std::find_if(plan.sessions.begin(), plan.sessions.end(),
                     [](const Session& s) { return s.date == day("2026-10-26"); });
    ASSERT_NE(first_run, plan.sessions.end());
    EXPECT_EQ(first_run->phase, "running and eccentric loading");
    EXPECT_EQ(first_run->items.front().exercise, "evaluation");
    EXPECT_EQ(first_run->items.front().cue.rfind("reassess: pain walking at most 0/10; pain during "
                                                 "exercise at most 2/10 expected by now",
                                                 0),
              0u);
    // Milestones from the engine: the first run is an earliest estimate; sport is after the
    // horizon (phase 3 exits only at a 5% strength deficit, which the course expects months on).
    EXPECT_EQ(plan.milestones.return_to_run, day("2026-10-26"));
    EXPECT_TRUE(plan.milestones.is_projected(coach::MilestoneKind::return_to_run));
    EXPECT_TRUE(plan.milestones.is_beyond_horizon(coach::MilestoneKind::return_to_sport));
    EXPECT_TRUE(plan.milestones.is_beyond_horizon(coach::MilestoneKind::full_speed));
}

// The done-when case of issue 16: a grade 2 athlete whose pain improves, assessed once on day 5.
TEST(protocol, the_nordic_protocol_starts_and_heiderscheit_reaches_phase_2_on_the_course) {
    const Plan nordic_plan = coach::test::plan_for(nordic, "athletes/course/protocols-frozen.json");
    EXPECT_GE(nordic_plan.sessions.size(), 6u);
    ASSERT_FALSE(nordic_plan.sessions.empty());
    EXPECT_TRUE(nordic_plan.sessions.front().projected);
    const Plan heiderscheit =
        coach::test::plan_for(running, "athletes/course/protocols-frozen.json");
    const auto phase_2 =
        std::find_if(heiderscheit.sessions.begin(), heiderscheit.sessions.end(),
                     [](const Session& s) { return s.phase == "running and eccentric loading"; });
    ASSERT_NE(phase_2, heiderscheit.sessions.end());
    EXPECT_TRUE(phase_2->projected);
    EXPECT_EQ(phase_2->items.front().exercise, "evaluation");
}

// A measured assessment that meets the entry criteria sooner than the course projected moves
// week 1 earlier and needs no reassessment; one that misses them holds the wait and moves the
// reassessment later. Grade 2, site c, one previous injury: return to sport projected on day 59,
// pain-free walking on day 15.
TEST(protocol, a_measured_assessment_moves_the_projected_phase_change_and_its_reassessment) {
    const auto week_one = [](std::string_view fixture) {
        const Plan plan = coach::test::plan_for(nordic, "athletes/course/" + std::string{fixture});
        const auto phase = std::find_if(plan.phases.begin(), plan.phases.end(), [](const auto& p) {
            return p.name == "nordic progression";
        });
        EXPECT_NE(phase, plan.phases.end()) << fixture;
        const auto reassessment =
            std::find_if(plan.sessions.begin(), plan.sessions.end(), [](const Session& s) {
                return !s.items.empty() && s.items.front().exercise == "evaluation";
            });
        return std::pair{
            phase == plan.phases.end() ? Date{} : phase->start,
            reassessment == plan.sessions.end() ? std::optional<Date>{} : reassessment->date};
    };
    // Projected only: walking pain 4/10 on day 2 falls to 1/10 by day 12.
    const auto [projected, projected_check] = week_one("nordic_slow.json");
    EXPECT_EQ(projected, day("2026-09-13"));
    EXPECT_EQ(projected_check, day("2026-09-13"));
    // Measured on day 8: rest 0/10, walking 1/10. Week 1 starts that day, on measured values.
    const auto [early, early_check] = week_one("nordic_slow_met_early.json");
    EXPECT_EQ(early, day("2026-09-09"));
    EXPECT_EQ(early_check, std::nullopt);
    // Measured on day 13: walking still 3/10, behind the course's line towards 0/10 on day 15
    // (which reaches 3/10 on day 10.5), so pain-free walking moves 3 days, to day 18. The wait
    // holds and the reassessment moves to the day the course now expects walking at most 1/10.
    const auto [late, late_check] = week_one("nordic_slow_missed.json");
    EXPECT_EQ(late, day("2026-09-18"));
    EXPECT_EQ(late_check, day("2026-09-18"));
}

TEST(protocol, criteria_met_on_time_reach_return_to_sport_as_an_estimate) {
    const Plan plan = coach::test::plan_for(running, "protocols/athletes/recovered_quickly.json",
                                            coach::Request{.horizon_days = 56});
    EXPECT_EQ(plan.milestones.return_to_run, day("2026-10-19"));    // week 3: first jog
    EXPECT_EQ(plan.milestones.full_speed, day("2026-11-09"));       // week 6: sprints at 90%
    EXPECT_EQ(plan.milestones.return_to_sport, day("2026-11-16"));  // maintenance
    EXPECT_TRUE(has_line(plan.rationale,
                         "Return to sport (estimated 2026-11-16, on entering maintenance): "
                         "criteria met, clinician sign-off required."));
}

// "altered_gait": false (the Heiderscheit protocol's speed phase: a normal walking stride first)
// is met only by an assessment that records the gait even. recovered_quickly meets every other
// criterion; with the gait not recorded, or recorded altered, the speed phase never starts and no
// sprint reaches 90%, which the safety gate would refuse.
TEST(protocol, a_gait_no_assessment_records_does_not_meet_altered_gait_false) {
    const auto file = coach::test::load_athlete("protocols/athletes/recovered_quickly.json");
    const coach::Request request{.as_of = file.request.as_of, .horizon_days = 56};
    const auto speed_sessions = [&](const coach::Athlete& athlete) {
        const auto outcome = coach::test::bundled_engine().plan(running, athlete, request);
        EXPECT_TRUE(outcome.ok()) << outcome.error;
        return outcome.plan
                   ? std::count_if(outcome.plan->sessions.begin(), outcome.plan->sessions.end(),
                                   [](const Session& session) {
                                       return session.phase == "speed and eccentric strength";
                                   })
                   : -1;
    };
    coach::Athlete athlete = file.athlete;
    ASSERT_EQ(athlete.assessments.back().symptoms.altered_gait, coach::Finding::absent);
    EXPECT_GT(speed_sessions(athlete), 0);
    athlete.assessments.back().symptoms.altered_gait = coach::Finding::present;
    EXPECT_EQ(speed_sessions(athlete), 0);
    athlete.assessments.back().symptoms.altered_gait = coach::Finding::not_recorded;
    EXPECT_EQ(speed_sessions(athlete), 0);
    const auto outcome = coach::test::bundled_engine().plan(running, athlete, request);
    ASSERT_TRUE(outcome.ok()) << outcome.error;
    EXPECT_TRUE(has_line(outcome.plan->rationale,
                         "From 2026-11-02 the dose of week 4 repeats until speed and eccentric "
                         "strength can start: no altered gait (not recorded: no assessment up to "
                         "2026-11-02 records it)."))
        << testing::PrintToString(outcome.plan->rationale);
}

TEST(protocol, declares_its_own_exercises_with_catalog_categories) {
    const auto* record = coach::test::bundled_engine().find(running);
    ASSERT_NE(record, nullptr);
    const auto& declared = record->info.exercises;
    EXPECT_NE(std::find(declared.begin(), declared.end(),
                        coach::DeclaredExercise{"side_shuffle", Category::warmup_dynamic,
                                                "Side shuffle"}),
              declared.end());
    EXPECT_EQ(record->info.name,
              "Progressive agility, running and eccentric strength (after Heiderscheit et al. "
              "2010)");
}

TEST(protocol, cli_lists_each_protocol_file_as_a_philosophy) {
    const auto result = coach::test::run_coach("list");
    bool nordic_listed = false;
    bool running_listed = false;
    const auto printed = coach::test::lines(result.out);
    for (std::size_t i = 0; i + 1 < printed.size(); ++i) {  // the summary under the id
        nordic_listed |= printed[i].starts_with("protocol:nordic-petersen-2011 ")
                         && printed[i].ends_with(" 1.0.0")
                         && printed[i + 1].starts_with("    Ten weeks of Nordic hamstring curls");
        running_listed |= printed[i].starts_with("protocol:running-strength-heiderscheit-2010 ");
    }
    EXPECT_TRUE(nordic_listed) << result.out;
    EXPECT_TRUE(running_listed) << result.out;
    EXPECT_EQ(result.err.find("protocol"), std::string::npos) << result.err;
}

TEST(protocol, cli_refuses_a_malformed_file_with_its_pointer_and_loads_the_others) {
    const auto folder = coach::test::fixture("protocols/mixed");
    const auto result = coach::test::run_coach("--plugins " + folder.string() + " list");
    EXPECT_EQ(result.exit_code, 3);
    const auto errors = coach::test::lines(result.err);
    // The file the clinician wrote comes first, not the library that reads it.
    EXPECT_TRUE(has_line(errors, "coach: plugin " + (folder / "broken.protocol.json").string()
                                     + ": /phases/0/weeks/1/items/0/sets: expected integer "
                                       "1..20, got \"three\""))
        << result.err;
    EXPECT_EQ(result.err.find("protocol.so"), std::string::npos) << result.err;
    EXPECT_NE(result.out.find("protocol:fixture-good "), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("protocol:nordic-petersen-2011 "), std::string::npos) << result.out;
}

// Every file of tests/fixtures/protocols/invalid has one problem (two-problems and
// control-bytes-in-exercise-id have two); the engine refuses each with the file, the JSON pointer
// and what to fix.
TEST(protocol, each_malformed_file_is_refused_with_the_pointer_of_its_problem) {
    const auto folder = coach::test::fixture("protocols/invalid");
    const coach::Engine engine{
        coach::EngineOptions{.plugin_paths = {folder}, .use_environment = false}};
    // Each refusal names the protocol file and lists every problem of it, "; " between them.
    std::vector<std::string> refused;
    for (const auto& error : engine.load_errors()) {
        EXPECT_NE(error.file.string(), protocol_plugin_file()) << error.message;
        refused.push_back(error.file.filename().string() + ": " + error.message);
    }
    const auto expect = [&](std::string_view file, const std::string& problem) {
        const auto message = std::string{file} + ".protocol.json: " + problem;
        EXPECT_TRUE(has_line(refused, message)) << "missing: " << message;
    };
    expect("misspelt-field",
           "/phases/0/weeks/0/items/0/rep: unknown field (did you mean \"reps\"?); expected one "
           "of exercise, sets, reps, "
           "load, distance_m, intensity_pct, rest_s, duration_min, hold_s, side, cue, every, "
           "per_week, on_days, days, times_a_day, notes");
    expect("week-out-of-order", "/phases/0/weeks/1/week: expected week 2, got 3");
    // Whatever the gate refuses in days 0-2 (coach/sdk/first_days.hpp), sprinting as eccentric
    // Nordics, is refused where it is written when its phase may start that early.
    expect("sprint-before-day-3",
           "/phases/0/weeks/0/items/0/exercise: sprinting ('flying_sprint') is not allowed in the "
           "first 3 days after injury: give this phase or an earlier one an entry criterion "
           "\"days_since_injury\": {\"at_least\": 3}; /maintenance/items/0/exercise: eccentric "
           "strength ('nordic_curl') is not allowed in the first 3 days after injury: give a "
           "phase an entry criterion \"days_since_injury\": {\"at_least\": 3}");
    expect("sets-disagree-with-scheme",
           "/phases/0/weeks/0/items/0/sets: is 2 but reps lists 3 sets; give one or make them "
           "agree");
    expect("unknown-exercise",
           "/phases/0/weeks/0/items/0/exercise: 'nordic' is neither in the shared catalog nor "
           "declared in /exercises");
    // Trial 69: an id is echoed with its control bytes escaped (a NUL cut the message short at
    // the plugin's boundary, an ESC recoloured the terminal) and cut after 64 bytes, not whole.
    expect("control-bytes-in-exercise-id",
           "/phases/0/weeks/0/items/0/exercise: 'nordic\\u0000curl\\u001b[2J" + std::string(49, 'x')
               + "...' is neither in the shared catalog nor declared in /exercises; "
                 "/phases/0/weeks/0/items/0/exercise: holds the control character U+0000 and 1 "
                 "more: write plain text on one line, as plans and listings show it");
    // Trial 70: a text shown to people holds no control character: an athlete read a title as
    // "Fixture \u001b[31mprotocol".
    expect("control-character-in-title",
           "/title: holds the control character U+001B: write plain text on one line, as plans "
           "and listings show it");
    // A character that shows as something else: a C1 control (U+009B starts an escape sequence
    // on some terminals), and a right-to-left override that would show "yalp ot ydaer", which
    // the claim reader passes, as "ready to play"; every one counted, the first named.
    expect("c1-control-in-version",
           "/version: holds the control character U+009B: write plain text on one line, as plans "
           "and listings show it; /summary: holds the invisible character U+2028: write plain "
           "text on one line, as plans and listings show it");
    expect("bidi-override-in-summary",
           "/summary: holds the invisible character U+202E: write plain text on one line, as "
           "plans and listings show it");
    // An unknown key too long for a pointer (279 characters, an escape sequence at its end) is
    // reported at its object, quoted and cut.
    expect("long-unknown-key",
           "/phases/0: unknown field \"goal_and_more_and_more_and_more_and_more...\"; expected "
           "one of name, goal, focus, entry, exit, min_days, max_days, weeks, notes");
    // An empty list of phases is that one problem: maintenance's Nordics were also said to fall
    // in days 0-2, when no phase says when maintenance starts.
    expect("empty-phases", "/phases: must not be empty");
    // Past 20 problems one line counts the rest (trial 72: 5,000 unknown keys gave 20,003
    // lines).
    const auto many = std::find_if(refused.begin(), refused.end(), [](const std::string& line) {
        return line.starts_with("many-unknown-keys.protocol.json: ");
    });
    ASSERT_NE(many, refused.end());
    std::size_t shown = 0;
    for (auto at = many->find("unknown field;"); at != std::string::npos;
         at = many->find("unknown field;", at + 1)) {
        ++shown;
    }
    EXPECT_EQ(shown, 20u) << *many;
    EXPECT_TRUE(
        many->ends_with("; /extra_19: unknown field; expected one of $schema, schema, "
                        "name, title, version, summary, sources, injuries, pain_ceiling, "
                        "rationale, exercises, schedule, phases, maintenance, regressions, "
                        "referrals, return_to_sport, notes; and 5 more problems not shown: "
                        "mend these and validate again"))
        << *many;
    // Maintenance, after every phase, asks for "a phase" to be held back, not "this phase": a
    // phase with no field may start on day 0, so its Nordics may fall in days 0-2 (trial 72).
    expect("phase-without-fields",
           "/phases/0/name: required, missing; /phases/0/goal: required, missing; "
           "/phases/0/weeks: required, missing; /maintenance/items/0/exercise: eccentric strength "
           "('nordic_curl') is not allowed in the first 3 days after injury: give a phase an "
           "entry criterion \"days_since_injury\": {\"at_least\": 3}");
    // A title of no-break and ideographic spaces and a joiner shows nothing (trial 72).
    expect("blank-title", "/title: holds no visible character: write the text");
    // A title longer than a listing's column (a trial's filled 1,421 lines of a plan).
    expect("title-too-long",
           "/title: holds 186 characters, more than the 120 a plan or a listing shows: shorten "
           "it");
    expect("pain-ceiling-too-high", "/pain_ceiling: expected integer 0..4, got 5");
    expect("claim-wording",
           "/maintenance/description: says \"cleared\"; plans estimate, a clinician clears: "
           "write \"criteria met, clinician sign-off required\"");
    // The idea, not one word: a synonym of clearance is refused as "cleared" is.
    expect("claim-synonym",
           "/maintenance/description: says \"fit to play\"; plans estimate, a clinician clears: "
           "write \"criteria met, clinician sign-off required\"");
    // The kind, not a list of phrases: a word of readiness with what it would clear for
    // (coach/sdk/wording.hpp); the negated one after it ("not yet fit for play") is no claim.
    expect("claim-readiness",
           "/maintenance/description: says \"ready to return\"; plans estimate, a clinician "
           "clears: write \"criteria met, clinician sign-off required\"");
    // Words, not spellings: a claim with hyphens is the claim ("Good-to-go"); the negated one in
    // the goal ("not yet good to go") is none.
    expect("claim-hyphenated",
           "/maintenance/description: says \"good-to-go\"; plans estimate, a clinician clears: "
           "write \"criteria met, clinician sign-off required\"");
    // The second user trial: an en dash joins the words of a claim as a hyphen does ("Fit-to-play"
    // written with U+2013); contractions written with U+02BC, a backtick or a prime still negate
    // ("isn\u02BCt ready to return to play", "isn`t cleared", "isn\u2032t fit for the match").
    expect("claim-unicode",
           "/maintenance/description: says \"fit-to-play\"; plans estimate, a clinician clears: "
           "write \"criteria met, clinician sign-off required\"");
    // The third user trial: Cyrillic letters that look like Latin ones read as the Latin letters
    // ("m\u0430tch fit" with U+0430 is "match fit"); a clearance a clinician will give ("until the
    // athlete is cleared by a clinician", "a clinician decides when the athlete is fit to play",
    // in the goal) is none.
    expect("claim-look-alike",
           "/maintenance/description: says \"match fit\"; plans estimate, a clinician clears: "
           "write \"criteria met, clinician sign-off required\"");
    // The fourth user trial, a fixture per kind. Each claim in the maintenance description is
    // refused; the goal's words of the same trial are not claims and are not named: a
    // requirement ("return to play requires a clinician's clearance", "needs medical clearance
    // before competing", "clearance required before competing") and training the uninjured side.
    expect("claim-eligibility",
           "/maintenance/description: says \"discharged to full training\"; plans estimate, a "
           "clinician clears: write \"criteria met, clinician sign-off required\"");
    expect("claim-complete-recovery",
           "/maintenance/description: says \"fully recovered\"; plans estimate, a clinician "
           "clears: write \"criteria met, clinician sign-off required\"");
    expect("claim-status",
           "/maintenance/description: says \"rtp: green\"; plans estimate, a clinician clears: "
           "write \"criteria met, clinician sign-off required\"");
    expect("claim-spaced-letters",
           "/maintenance/description: says \"fit to play\"; plans estimate, a clinician clears: "
           "write \"criteria met, clinician sign-off required\"");
    expect("no-sources", "/sources: must not be empty");
    expect("missing-volume",
           "/phases/0/weeks/0/items/0: 'isometric_bridge_hold' is strength_isometric, dosed in "
           "s: give \"hold_s\"");
    expect("wrong-name",
           "/name: expected \"wrong-name\" (the file is wrong-name.protocol.json), got "
           "\"something-else\"");
    expect("no-weekdays",
           "/phases/0/weeks/0/sessions: no weekdays for 3 sessions a week: give \"days\" or add "
           "{\"sessions\": 3, \"days\": [...]} to /schedule");
    expect("range-backwards",
           "/phases/0/weeks/0/items/0/reps/to: expected at least 8 (from), got 6");
    expect("unknown-criterion",
           "/phases/0/entry/pain_walk: unknown criterion (did you mean \"pain_walking\"?); "
           "expected a measure (days_since_injury, sessions_completed, last_session_pain, "
           "pain_rest, pain_walking, pain_exercise, aslr_deficit_pct, strength_deficit_pct, "
           "max_sprint_pct) or a finding (numbness, tingling, altered_gait, "
           "unable_to_bear_weight, palpable_gap, daily_pain_medication)");
    // A criterion shortened by its unit is suggested whole.
    expect("unknown-exit-criterion",
           "/phases/0/exit/strength_deficit: unknown criterion (did you mean "
           "\"strength_deficit_pct\"?); expected a measure (days_since_injury, sessions_completed, "
           "last_session_pain, pain_rest, pain_walking, pain_exercise, aslr_deficit_pct, "
           "strength_deficit_pct, max_sprint_pct) or a finding (numbness, tingling, "
           "altered_gait, unable_to_bear_weight, palpable_gap, daily_pain_medication)");
    expect("not-json",
           "not valid JSON at line 4, column 3: syntax error: unexpected \" (a comma missing "
           "before it?)");
    expect("newer-schema", "/schema: expected \"coach.protocol/1\", got \"coach.protocol/2\"");
    expect("two-problems",
           "/sources: must not be empty; /pain_ceiling: expected integer 0..4, got 5");
    // Read as strictly as athlete records: of two pain ceilings neither is kept silently.
    expect("repeated-key", "/pain_ceiling: duplicate key \"pain_ceiling\" in the same object");
    // Where the schema and the plugin disagreed (tests/schema/check_protocol_schema.py): both
    // now refuse an empty cue, a blank line, notes that are not text, a referral that states no
    // condition, a claim of clearance in the file's name, and a $schema link that is not text.
    expect("empty-cue", "/phases/0/weeks/0/items/0/cue: must not be empty");
    expect("blank-rationale-line", "/rationale/1: must not be empty");
    expect("notes-not-text", "/notes: expected a string (notes are free text for the author)");
    expect("referral-without-condition", "/referrals/0/when: states no condition");
    expect("cleared-to-run",
           "/name: says \"cleared\"; a protocol's name is shown beside every plan and may not "
           "give a clearance: rename the file and its \"name\"");
    expect("schema-link-not-text", "/$schema: expected a string, got 1");
    // Bounds that no value meets are refused at the bound that closes the range, naming the one
    // it contradicts: such a criterion would hold its phase for ever.
    expect("contradictory-criteria",
           "/phases/0/exit/pain_walking/at_most: contradicts /phases/0/exit/pain_walking/"
           "at_least: no pain walking is at least 3/10 and at most 1/10; give bounds that some "
           "value meets");
    expect("criteria-range-without-value",
           "/phases/0/entry/strength_deficit_pct/below: contradicts "
           "/phases/0/entry/strength_deficit_pct/above: no strength deficit is above 3% and "
           "below 4%; give bounds that some value meets");
    expect("criteria-beyond-scale",
           "/referrals/0/when/pain_rest/above: no pain at rest is above 10/10 on its scale of 0 "
           "to 10/10; give a bound that some value meets");
    // A criterion in other words (reordered, abbreviated, its first word left out) is suggested.
    const std::string criteria_list =
        "; expected a measure (days_since_injury, sessions_completed, last_session_pain, "
        "pain_rest, pain_walking, pain_exercise, aslr_deficit_pct, strength_deficit_pct, "
        "max_sprint_pct) or a finding (numbness, tingling, altered_gait, unable_to_bear_weight, "
        "palpable_gap, daily_pain_medication)";
    expect("criteria-in-other-words",
           "/phases/0/entry/walking_pain: unknown criterion (did you mean \"pain_walking\"?)"
               + criteria_list
               + "; /phases/0/exit/aslr: unknown criterion (did you mean \"aslr_deficit_pct\"?)"
               + criteria_list
               + "; /regressions/0/when/sprint_pct: unknown criterion (did you mean "
                 "\"max_sprint_pct\"?)"
               + criteria_list);
    // One fault, one problem: not again as what follows from it.
    expect("follow-on-other-schema",
           "/schema: expected \"coach.protocol/1\", got \"coach.protocol/2\"");
    expect("follow-on-unnamed-phases",
           "/phases/0/name: required, missing; /phases/1/name: must not be empty");
    expect("follow-on-bound-out-of-range",
           "/phases/0/exit/pain_walking/at_most: expected integer 0..10, got 11");
    expect("follow-on-refused-declaration",
           "/exercises/0/category: expected one of strength_eccentric, strength_isometric, "
           "strength_general, sprint, running, drill, warmup_dynamic, stretch_static, "
           "manual_therapy, foam_roll, cryotherapy, heat, support, cross_training, rest, "
           "assessment, got \"strength_isometrc\" (did you mean \"strength_isometric\"?)");
    expect("follow-on-refused-schedule", "/schedule/0/days: required, missing");
    expect("follow-on-refused-entry-day",
           "/phases/0/entry/days_since_injury/at_least: expected integer 0..3650, got \"3\"");
    expect("follow-on-refused-through-week",
           "/phases/0/weeks/0/through_week: expected integer 1..104, got \"2\"");
    expect("follow-on-referral-criterion",
           "/referrals/0/when/strenght_deficit_pct: unknown criterion (did you mean "
           "\"strength_deficit_pct\"?)"
               + criteria_list);
    // A file whose name is not a protocol name is told what a name may hold, and given one.
    expect("T1",
           "/name: the file T1.protocol.json names the protocol \"T1\", but a name may hold only "
           "a-z, 0-9, '-', '_' and '.': rename the file to t1.protocol.json and give \"name\": "
           "\"t1\"");
    expect("Nordic_V2",
           "/name: the file Nordic_V2.protocol.json names the protocol \"Nordic_V2\", but a name "
           "may hold only a-z, 0-9, '-', '_' and '.': rename the file to nordic_v2.protocol.json");
    // A day out of range is one problem, not also a day its week never reaches (from a new user's
    // trial).
    expect("on-days-zero", "/phases/0/weeks/1/items/0/on_days/0: expected integer 1..728, got 0");
    // And the five bad schedules of protocol_schedule_test.cpp.
    EXPECT_EQ(refused.size(), 67u);
    // The good protocols next to them still load.
    EXPECT_NE(engine.find(nordic), nullptr);
    EXPECT_NE(engine.find(running), nullptr);
}

// The name proposed for a badly named file is one the engine accepts, never hidden ("." first)
// nor empty: a Latin letter with a mark becomes its ASCII letter, a name with no letter to keep
// gets no proposal but what a name must be (file names of a new user's trial).
TEST(protocol, a_proposed_protocol_name_is_a_valid_id_or_none_is_proposed) {
    const coach::test::TemporaryFolder folder{"protocol-names"};
    const auto valid =
        coach::test::read_file(coach::test::fixture("protocols/invalid/T1.protocol.json"));
    const auto write = [&](const std::string& file, const std::string& declared) {
        auto text = valid;
        const auto at = text.find("\"name\": \"T1\"");
        text.replace(at, 12, "\"name\": \"" + declared + "\"");
        std::FILE* out = std::fopen((folder / (file + ".protocol.json")).c_str(), "w");
        std::fputs(text.c_str(), out);
        std::fclose(out);
    };
    write("Café", "Café");
    write("ÜBER", "..");
    write("ノルディック", "ノルディック");
    write("..Nordic", ".hidden");
    write("-Lead", "-lead");
    const coach::Engine engine{
        coach::EngineOptions{.plugin_paths = {folder.path()}, .use_environment = false}};
    std::vector<std::string> refused;
    for (const auto& error : engine.load_errors()) {
        refused.push_back(error.file.filename().string() + ": " + error.message);
    }
    const std::string rule = "\", but a name may hold only a-z, 0-9, '-', '_' and '.'";
    for (const auto& expected : std::vector<std::string>{
             "Café.protocol.json: /name: the file Café.protocol.json names the protocol \"Café"
                 + rule + ": rename the file to cafe.protocol.json and give \"name\": \"cafe\"",
             "ÜBER.protocol.json: /name: the file ÜBER.protocol.json names the protocol \"ÜBER"
                 + rule + ": rename the file to uber.protocol.json and give \"name\": \"uber\"",
             "ノルディック.protocol.json: /name: the file ノルディック.protocol.json names the "
             "protocol \"ノルディック"
                 + rule
                 + ", and none of its letters is one to propose a name from: rename the file to "
                   "<name>.protocol.json with such a <name> and give \"name\": \"<name>\"",
             "..Nordic.protocol.json: /name: the file ..Nordic.protocol.json names the protocol "
             "\"..Nordic"
                 + rule + ": rename the file to nordic.protocol.json and give \"name\": \"nordic\"",
             "-Lead.protocol.json: /name: the file -Lead.protocol.json names the protocol \"-Lead"
                 + rule + ": rename the file to lead.protocol.json and give \"name\": \"lead\""}) {
        EXPECT_TRUE(has_line(refused, expected)) << "missing: " << expected;
    }
    EXPECT_EQ(refused.size(), 5u);
}

// A protocol's own exercises (its /exercises) are shown by their names, in the plan's text and in
// the HTML report, never by their ids.
TEST(protocol, declared_exercises_are_shown_by_name_in_text_and_html) {
    const std::string sample = COACH_EXAMPLES_DIR "/athletes/sample.json";
    const auto text = coach::test::run_coach("plan " + sample + " -p " + std::string{running});
    EXPECT_EQ(text.exit_code, 0) << text.err;
    // The sample's 3/10 session holds the protocol at half the dose (2 sets, not 3 or 4).
    EXPECT_NE(text.out.find("- Side shuffle 2x1 min at 40%"), std::string::npos) << text.out;
    EXPECT_EQ(text.out.find("side_shuffle"), std::string::npos) << text.out;

    const auto html = coach::test::run_coach("compare " + sample + " --format html");
    EXPECT_EQ(html.exit_code, 0) << html.err;
    EXPECT_NE(html.out.find("Side-lying body bridge 2x20 s"), std::string::npos);
    EXPECT_EQ(html.out.find(">side_bridge"), std::string::npos);
}
