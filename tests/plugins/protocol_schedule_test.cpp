// Protocols as data, second edition (issue 18): per-exercise rhythms within a phase, doses in the
// unit the protocol states, and phases bounded by days. Each fixture of
// tests/fixtures/protocols/valid is planned for one athlete and its weekly counts asserted exactly.

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "coach/report.hpp"
#include "support.hpp"

namespace {

using coach::Category;
using coach::Date;
using coach::Plan;

// Injured 2026-10-20; planned from Monday 2026-11-02 (day 13), when every fixture's entry
// criteria hold: week 1 of each protocol is Monday 2026-11-02 to Sunday 2026-11-08.
constexpr std::string_view athlete = "protocols/athletes/nordic_fresh.json";
const Date first_day = Date::parse("2026-11-02").value();

Date day(std::string_view iso) {
    return Date::parse(iso).value();
}

const coach::Engine& fixture_engine() {
    static const coach::Engine engine{coach::EngineOptions{
        .plugin_paths = {coach::test::fixture("protocols/valid")}, .use_environment = false}};
    return engine;
}

coach::PlanOutcome outcome_of(std::string_view name, int horizon_days) {
    const auto file = coach::test::load_athlete(athlete);
    return fixture_engine().plan(
        "protocol:" + std::string{name}, file.athlete,
        coach::Request{.as_of = file.request.as_of, .horizon_days = horizon_days});
}

Plan plan_of(std::string_view name, int horizon_days) {
    auto outcome = outcome_of(name, horizon_days);
    if (!outcome.plan) {
        ADD_FAILURE() << name << ": " << outcome.error;
        return {};
    }
    return std::move(*outcome.plan);
}

int week_of(Date date) {
    return (date - first_day) / 7;
}

// Sessions in each 7-day block from first_day.
std::vector<int> sessions_per_week(const Plan& plan, int weeks) {
    std::vector<int> count(static_cast<std::size_t>(weeks), 0);
    for (const auto& session : plan.sessions) {
        ++count.at(static_cast<std::size_t>(week_of(session.date)));
    }
    return count;
}

// Items of `exercise` (one per bout) in each 7-day block from first_day.
std::vector<int> occurrences_per_week(const Plan& plan, std::string_view exercise, int weeks) {
    std::vector<int> count(static_cast<std::size_t>(weeks), 0);
    for (const auto& session : plan.sessions) {
        count.at(static_cast<std::size_t>(week_of(session.date))) += static_cast<int>(
            std::count_if(session.items.begin(), session.items.end(),
                          [exercise](const auto& item) { return item.exercise == exercise; }));
    }
    return count;
}

std::vector<Date> session_dates(const Plan& plan) {
    std::vector<Date> dates;
    for (const auto& session : plan.sessions) {
        dates.push_back(session.date);
    }
    return dates;
}

// The engine's weekly dose of `category`, week by week.
std::vector<int> weekly_dose(std::string_view name, int horizon_days, Category category) {
    const auto file = coach::test::load_athlete(athlete);
    const std::vector<std::string> ids{"protocol:" + std::string{name}};
    const auto comparison = fixture_engine().compare(
        file.athlete, coach::Request{.as_of = file.request.as_of, .horizon_days = horizon_days},
        ids);
    const auto& entry = comparison.entries.at(0);
    EXPECT_TRUE(entry.metrics) << entry.outcome.error;
    std::vector<int> dose;
    if (entry.metrics) {
        for (const auto& week : entry.metrics->weekly) {
            dose.push_back(week[category]);
        }
    }
    return dose;
}

bool has_line(const std::vector<std::string>& lines, std::string_view wanted) {
    return std::find(lines.begin(), lines.end(), wanted) != lines.end();
}

using Counts = std::vector<int>;

}  // namespace

TEST(protocol_schedule, every_valid_fixture_loads) {
    for (const auto& error : fixture_engine().load_errors()) {
        ADD_FAILURE() << error.file << ": " << error.message;
    }
}

// A stretch twice a day, every day, beside Nordic curls on the week's Monday and Thursday: one
// session a day (the engine's rule), the stretch listed once per bout, so that the weekly dose
// and counts include both bouts.
TEST(protocol_schedule, twice_a_day_is_two_bouts_in_one_session_every_day) {
    const Plan plan = plan_of("schedule-twice-a-day", 28);
    EXPECT_EQ(sessions_per_week(plan, 4), (Counts{7, 7, 7, 7}));
    EXPECT_EQ(occurrences_per_week(plan, "hamstring_static_stretch", 4), (Counts{14, 14, 14, 14}));
    EXPECT_EQ(occurrences_per_week(plan, "nordic_curl", 4), (Counts{2, 2, 2, 2}));
    const auto& monday = plan.sessions.at(0).items;
    ASSERT_EQ(monday.size(), 3u);
    EXPECT_EQ(monday[0].cue, "every day; 2x a day: bout 1 of 2, hours apart");
    EXPECT_EQ(monday[1].cue, "every day; 2x a day: bout 2 of 2, hours apart");
    EXPECT_EQ(monday[2].exercise, "nordic_curl");
    EXPECT_EQ(plan.sessions.at(1).items.size(), 2u) << "Tuesday: the stretch only";
    // 14 bouts of 3 min a week; 2 sessions of 2 x 5 Nordic curls.
    EXPECT_EQ(weekly_dose("schedule-twice-a-day", 28, Category::stretch_static),
              (Counts{42, 42, 42, 42}));
    EXPECT_EQ(weekly_dose("schedule-twice-a-day", 28, Category::strength_eccentric),
              (Counts{20, 20, 20, 20}));
}

// Every other day from the phase's first day, across week boundaries: 4, 3, 4, 3.
TEST(protocol_schedule, every_other_day_keeps_its_rhythm_across_weeks) {
    const Plan plan = plan_of("schedule-every-other-day", 28);
    EXPECT_EQ(sessions_per_week(plan, 4), (Counts{4, 3, 4, 3}));
    EXPECT_EQ(occurrences_per_week(plan, "single_leg_deadlift", 4), (Counts{4, 3, 4, 3}));
    EXPECT_EQ(plan.sessions.at(3).date, day("2026-11-08"));
    EXPECT_EQ(plan.sessions.at(4).date, day("2026-11-10"));
    EXPECT_EQ(plan.sessions.at(0).items.at(0).cue, "every other day");
    EXPECT_EQ(weekly_dose("schedule-every-other-day", 28, Category::strength_eccentric),
              (Counts{96, 72, 96, 72}));
}

// Every third day: phase days 1, 4, 7, ... fall 3, 2, 2, 3 to a week.
TEST(protocol_schedule, every_third_day_counts_from_the_phase_start) {
    const Plan plan = plan_of("schedule-every-third-day", 28);
    EXPECT_EQ(sessions_per_week(plan, 4), (Counts{3, 2, 2, 3}));
    EXPECT_EQ(occurrences_per_week(plan, "nordic_curl", 4), (Counts{3, 2, 2, 3}));
    EXPECT_EQ(plan.sessions.at(0).items.at(0).cue, "every 3rd day");
}

// Three times a week, spread over each block: its days 1, 3 and 5 (Monday, Wednesday, Friday).
TEST(protocol_schedule, n_a_week_is_spread_over_each_block) {
    const Plan plan = plan_of("schedule-per-week", 28);
    EXPECT_EQ(sessions_per_week(plan, 4), (Counts{3, 3, 3, 3}));
    EXPECT_EQ(occurrences_per_week(plan, "glute_bridge", 4), (Counts{3, 3, 3, 3}));
    const auto dates = session_dates(plan);
    EXPECT_EQ(std::vector<Date>(dates.begin(), dates.begin() + 3),
              (std::vector<Date>{day("2026-11-02"), day("2026-11-04"), day("2026-11-06")}));
    EXPECT_EQ(plan.sessions.at(0).items.at(0).cue, "3x a week");
}

// Hip thrusts on their own weekdays (Tuesday, Saturday), Nordic curls on the week's Monday: a
// session holds only what is due that day.
TEST(protocol_schedule, weekday_names_per_exercise_make_separate_sessions) {
    const Plan plan = plan_of("schedule-weekday-names", 28);
    EXPECT_EQ(sessions_per_week(plan, 4), (Counts{3, 3, 3, 3}));
    EXPECT_EQ(occurrences_per_week(plan, "hip_thrust_double", 4), (Counts{2, 2, 2, 2}));
    EXPECT_EQ(occurrences_per_week(plan, "nordic_curl", 4), (Counts{1, 1, 1, 1}));
    ASSERT_GE(plan.sessions.size(), 3u);
    EXPECT_EQ(plan.sessions[1].date, day("2026-11-03"));
    ASSERT_EQ(plan.sessions[1].items.size(), 1u);
    EXPECT_EQ(plan.sessions[1].items[0].exercise, "hip_thrust_double");
    EXPECT_EQ(plan.sessions[1].items[0].cue, "on tue, sat");
}

// Days 1, 4, 10 and 22 of the phase; no session in its third week, nothing being due.
TEST(protocol_schedule, days_counted_from_the_phase_start) {
    const Plan plan = plan_of("schedule-phase-days", 28);
    EXPECT_EQ(sessions_per_week(plan, 4), (Counts{2, 1, 0, 1}));
    EXPECT_EQ(occurrences_per_week(plan, "isometric_bridge_hold", 4), (Counts{2, 1, 0, 1}));
    EXPECT_EQ(session_dates(plan), (std::vector<Date>{day("2026-11-02"), day("2026-11-05"),
                                                      day("2026-11-11"), day("2026-11-23")}));
    EXPECT_EQ(plan.sessions.at(0).items.at(0).cue, "on days 1, 4, 10, 22 of the phase");
}

// Askling, Tengvar and Thorstensson 2013 (British Journal of Sports Medicine), the L-protocol:
// the Extender twice a day every day, the Diver every other day, the Glider every third day, in
// one file.
TEST(protocol_schedule, askling_l_protocol_runs_three_rhythms_in_one_file) {
    const Plan plan = plan_of("askling-l-protocol-2013", 21);
    EXPECT_EQ(sessions_per_week(plan, 3), (Counts{7, 7, 7}));
    EXPECT_EQ(occurrences_per_week(plan, "askling_extender", 3), (Counts{14, 14, 14}));
    EXPECT_EQ(occurrences_per_week(plan, "askling_diver", 3), (Counts{4, 3, 4}));
    EXPECT_EQ(occurrences_per_week(plan, "askling_glider", 3), (Counts{3, 2, 2}));
    // Day 1 holds all three; day 2 the Extender alone.
    EXPECT_EQ(plan.sessions.at(0).items.size(), 4u);
    EXPECT_EQ(plan.sessions.at(1).items.size(), 2u);
    // The Glider's 3 x 4 is eccentric, the Diver's 3 x 6 general strength; the Extender's reps
    // are its own unit (a stretch is summed in minutes) and add to no weekly series.
    EXPECT_EQ(weekly_dose("askling-l-protocol-2013", 21, Category::strength_eccentric),
              (Counts{36, 24, 24}));
    EXPECT_EQ(weekly_dose("askling-l-protocol-2013", 21, Category::strength_general),
              (Counts{72, 54, 72}));
    EXPECT_EQ(weekly_dose("askling-l-protocol-2013", 21, Category::stretch_static),
              (Counts{0, 0, 0}));
    EXPECT_EQ(coach::report::readable_item(
                  plan.sessions.at(0).items.at(0),
                  fixture_engine().find("protocol:askling-l-protocol-2013")->info.exercises),
              "The Extender: 3 sets of 12");
}

// Each dose unit as the protocol states it, whatever the catalog category is dosed in; the plan
// passes the engine's safety gate and reads in that unit.
TEST(protocol_schedule, doses_are_planned_in_the_unit_the_protocol_states) {
    struct Case {
        std::string_view fixture;
        std::string_view exercise;
        Counts weekly;
        std::string_view reads;
    };
    const std::vector<Case> cases{
        {"dose-reps", "marching_drill", {3, 3, 3, 3}, "Marching drill: 3 sets of 10"},
        {"dose-hold",
         "hamstring_static_stretch",
         {2, 2, 2, 2},
         "Static hamstring stretch: 3 holds of 30 s"},
        {"dose-minutes", "skipping_drill", {2, 2, 2, 2}, "Skipping drill: 5 min"},
        {"dose-metres", "easy_run", {2, 2, 2, 2}, "Easy run: 4 x 400 m"},
        {"dose-speed", "easy_run", {2, 2, 2, 2}, "Easy run: 6 x 100 m at 70%, 1 min between runs"},
    };
    for (const auto& [fixture, exercise, weekly, reads] : cases) {
        const Plan plan = plan_of(fixture, 28);
        EXPECT_EQ(sessions_per_week(plan, 4), weekly) << fixture;
        EXPECT_EQ(occurrences_per_week(plan, exercise, 4), weekly) << fixture;
        ASSERT_FALSE(plan.sessions.empty()) << fixture;
        EXPECT_EQ(coach::report::readable_item(plan.sessions.front().items.at(0), {}), reads)
            << fixture;
    }
    // A drill's weekly series is in metres: reps add nothing to it, but the items are planned.
    EXPECT_EQ(weekly_dose("dose-reps", 28, Category::drill), (Counts{0, 0, 0, 0}));
    EXPECT_EQ(plan_of("dose-reps", 28).sessions.at(0).items.at(0).reps, 10);
    EXPECT_EQ(plan_of("dose-speed", 28).sessions.at(0).items.at(0).intensity_pct, 70);
}

// protect holds its single week to its 14-day minimum; load is cut short at its 7-day maximum
// (exit criteria unmet) because build's entry criteria hold; then build and maintenance.
TEST(protocol_schedule, phases_end_on_criteria_and_on_minimum_and_maximum_days) {
    const Plan plan = plan_of("phases-mixed", 42);
    EXPECT_EQ(sessions_per_week(plan, 6), (Counts{2, 2, 2, 2, 1, 1}));
    EXPECT_EQ(occurrences_per_week(plan, "glute_bridge", 6), (Counts{2, 2, 0, 0, 0, 0}));
    EXPECT_EQ(occurrences_per_week(plan, "single_leg_deadlift", 6), (Counts{0, 0, 2, 0, 0, 0}));
    EXPECT_EQ(occurrences_per_week(plan, "nordic_curl", 6), (Counts{0, 0, 0, 2, 0, 0}));
    EXPECT_EQ(occurrences_per_week(plan, "hip_thrust_double", 6), (Counts{0, 0, 0, 0, 1, 1}));
    EXPECT_TRUE(has_line(plan.rationale,
                         "From 2026-11-09 the dose of week 1 repeats until load "
                         "can start: at least 14 days in protect (7)."));
    EXPECT_TRUE(has_line(plan.rationale,
                         "load reaches its maximum of 7 days on 2026-11-22: build starts on "
                         "2026-11-23, whatever its exit criteria say."));
    ASSERT_GE(plan.phases.size(), 2u);
    EXPECT_EQ(plan.phases[0].name, "protect");
    EXPECT_EQ(
        plan.phases[0].exit_criteria,
        (std::vector<std::string>{"pain walking at most 1/10", "at least 14 days in this phase"}));
    // The maximum is a criterion of its own, stated as one, not an "or ..." tail of the one before.
    EXPECT_EQ(plan.phases[1].name, "load");
    const auto& load = plan.phases[1].exit_criteria;
    ASSERT_GE(load.size(), 2u);
    EXPECT_EQ(load[1],
              "at most 7 days in this phase: then only the next phase's entry criteria "
              "below count");
}

// A minimum of 10 days is kept to the day, not rounded up to the next 7-day block: protect enters
// on Monday 2026-11-02, its week repeats from 2026-11-09 and is cut short on its 10th day,
// Wednesday 2026-11-11; load starts the next day (it used to wait for 2026-11-16, day 15).
TEST(protocol_schedule, a_minimum_of_days_holds_a_phase_to_the_stated_day) {
    const Plan plan = plan_of("phases-min-days-exact", 42);
    ASSERT_GE(plan.phases.size(), 2u);
    EXPECT_EQ(plan.phases[0].name, "protect");
    EXPECT_EQ(plan.phases[0].end, day("2026-11-11"));
    EXPECT_EQ(plan.phases[1].name, "load");
    EXPECT_EQ(plan.phases[1].start, day("2026-11-12"));
    EXPECT_TRUE(has_line(plan.rationale,
                         "From 2026-11-09 the dose of week 1 repeats until load can start: at "
                         "least 10 days in protect (7)."));
    const auto first_load = std::find_if(
        plan.sessions.begin(), plan.sessions.end(),
        [](const auto& session) { return session.items.at(0).exercise == "single_leg_deadlift"; });
    ASSERT_NE(first_load, plan.sessions.end());
    EXPECT_EQ(first_load->date, day("2026-11-12"));
}

// A maximum of 10 days is kept to the day, not rounded up to the next 7-day block: load enters on
// Monday 2026-11-02, its 10th and last day is Wednesday 2026-11-11, and build's week starts on
// Thursday 2026-11-12 (it used to start on day 15, 2026-11-16, and the rationale named that day).
TEST(protocol_schedule, a_maximum_of_days_ends_the_phase_on_the_stated_day) {
    const Plan plan = plan_of("phases-max-days-ten", 28);
    std::map<std::string, std::vector<std::string>> dates;
    for (const auto& session : plan.sessions) {
        for (const auto& item : session.items) {
            dates[item.exercise].push_back(session.date.iso());
        }
    }
    using Dates = std::vector<std::string>;
    EXPECT_EQ(dates["single_leg_deadlift"], (Dates{"2026-11-02", "2026-11-05", "2026-11-09"}));
    EXPECT_EQ(dates["nordic_curl"], (Dates{"2026-11-12", "2026-11-16"}));
    EXPECT_EQ(dates["hip_thrust_double"], (Dates{"2026-11-23"}));
    EXPECT_TRUE(has_line(plan.rationale,
                         "load reaches its maximum of 10 days on 2026-11-11: build starts on "
                         "2026-11-12, whatever its exit criteria say."))
        << testing::PrintToString(plan.rationale);
    ASSERT_GE(plan.phases.size(), 2u);
    EXPECT_EQ(plan.phases[0].name, "load");
    EXPECT_EQ(plan.phases[0].end.iso(), "2026-11-11");
    EXPECT_EQ(plan.phases[1].name, "build");
    EXPECT_EQ(plan.phases[1].start.iso(), "2026-11-12");
}

// Safety: a maximum of days never overrides the next phase's entry criteria. load reaches its
// maximum on day 7 but build needs 45 days since injury (2026-12-04): load's week repeats, and the
// rationale says why, until the block of 2026-12-07.
TEST(protocol_schedule, a_maximum_of_days_holds_for_the_next_phases_entry_criteria) {
    const Plan plan = plan_of("phases-max-days-held", 42);
    EXPECT_EQ(sessions_per_week(plan, 6), (Counts{2, 2, 2, 2, 2, 2}));
    EXPECT_EQ(occurrences_per_week(plan, "single_leg_deadlift", 6), (Counts{2, 2, 2, 2, 2, 0}));
    EXPECT_EQ(occurrences_per_week(plan, "nordic_curl", 6), (Counts{0, 0, 0, 0, 0, 2}));
    EXPECT_TRUE(has_line(plan.rationale,
                         "From 2026-11-09 the dose of week 1 repeats until build can start: days "
                         "since injury at least 45 (20) (load has reached its maximum of 7 days, "
                         "which never overrides the next phase's entry criteria: hold)."));
}

// A bad schedule value is refused with its JSON pointer and what to give instead.
TEST(protocol_schedule, bad_schedule_values_are_refused_with_pointer_and_fix) {
    const coach::Engine engine{coach::EngineOptions{
        .plugin_paths = {coach::test::fixture("protocols/invalid")}, .use_environment = false}};
    std::vector<std::string> refused;
    for (const auto& error : engine.load_errors()) {
        refused.push_back(error.file.filename().string() + ": " + error.message);
    }
    const auto expect = [&refused](std::string_view file, std::string_view problem) {
        const auto message = std::string{file} + ".protocol.json: " + std::string{problem};
        EXPECT_TRUE(has_line(refused, message)) << "missing: " << message;
    };
    expect("schedule-every-zero-days",
           "/phases/0/weeks/0/items/2/every/days: expected integer 1..14, got 0");
    expect("schedule-two-rhythms",
           "/phases/0/weeks/0/items/0/per_week: \"every\" and \"per_week\" are two rhythms: give "
           "one per item");
    expect("schedule-weekday-misspelt",
           "/phases/0/weeks/0/items/0/days/1: expected one of mon, tue, wed, thu, fri, sat, sun, "
           "got \"thurs\"");
    expect("schedule-day-beyond-max-days",
           "/phases/0/weeks/0/items/0/on_days/2: day 12 is beyond phase \"loading\", which lasts "
           "10 days (its max_days): it would never be planned; give days 1..10");
    expect("schedule-day-beyond-weeks",
           "/phases/0/weeks/0/items/0/on_days/3: day 22 is beyond phase \"loading\", which lasts "
           "14 days (its 2 weeks, with nothing to hold it longer): it would never be planned; give "
           "days 1..14");
    // Days count from the phase's start, but a week's items are planned in that week only: a day
    // before the week is never reached; one after it only by the last week, which repeats while
    // the phase holds (day 20 of this phase, held by its exit criteria, may come).
    // One numbering throughout: the phase's days, which on_days counts in.
    expect("schedule-day-outside-its-week",
           "/phases/0/weeks/0/items/0/on_days/2: day 10 of phase \"loading\" is outside week 1 "
           "(phase days 1..7), whose items are planned only in week 1: give phase days 1..7, or "
           "move the item to the week holding phase day 10; /phases/0/weeks/1/items/0/on_days/0: "
           "day 3 of phase \"loading\" is outside week 2 (phase days 8..14), whose items are "
           "planned only in week 2: give phase days 8..14, or move the item to the week holding "
           "phase day 3");
    // A refused item whose rhythm makes "sessions" unneeded is reported alone, not again as a
    // missing "sessions".
    expect("maintenance-item-refused",
           "/maintenance/items/0/per_week: expected integer 1..7, got 8");
    // A misspelt exercise id is refused with the id it most likely means.
    expect("misspelt-exercise",
           "/phases/0/weeks/0/items/0/exercise: 'nordic_crul' is neither in the shared catalog nor "
           "declared in /exercises (did you mean 'nordic_curl'?)");
    expect("schedule-no-sessions",
           "/phases/0/weeks/0/sessions: required, missing: give \"sessions\", or give every item "
           "a schedule of its own (every, per_week, on_days, days, times_a_day)");
}

// A file without regressions (the Askling L-protocol fixture, ceiling 3/10) still steps back
// for pain above its pain_ceiling, in a session logged under another plan the day before week 1:
// the day after it (its pain that day not recorded yet) is a rest day, then week 1, which has no
// lighter week, comes at half its volume; at the ceiling nothing changes.
TEST(protocol_schedule, pain_above_the_ceiling_steps_back_a_file_without_regressions) {
    const auto plan_after = [](int pain) {
        auto file = coach::test::load_athlete(athlete);
        file.athlete.log.push_back(
            coach::LogEntry{.date = day("2026-11-01"),
                            .philosophy = "sprint-manual",
                            .pain_during = pain,
                            .items = {{.exercise = "light_jog", .duration_min = 10}}});
        auto outcome =
            fixture_engine().plan("protocol:askling-l-protocol-2013", file.athlete,
                                  coach::Request{.as_of = file.request.as_of, .horizon_days = 14});
        EXPECT_TRUE(outcome.plan.has_value()) << outcome.error;
        return outcome.plan ? std::move(*outcome.plan) : Plan{};
    };
    const Plan painful = plan_after(4);
    const Plan at_ceiling = plan_after(3);
    ASSERT_FALSE(painful.sessions.empty());
    ASSERT_FALSE(at_ceiling.sessions.empty());
    const auto& rest = painful.sessions.front();
    EXPECT_EQ(rest.date, day("2026-11-02"));
    ASSERT_TRUE(rest.is_rest_day()) << rest.focus;
    EXPECT_TRUE(rest.items.front().cue.starts_with(
        "No loading on 2026-11-02: pain 4/10 during the session of 2026-11-01, above this "
        "protocol's ceiling of 3/10"))
        << rest.items.front().cue;
    const auto& halved = painful.sessions.at(1);
    const auto full_on = std::find_if(at_ceiling.sessions.begin(), at_ceiling.sessions.end(),
                                      [&](const auto& s) { return s.date == halved.date; });
    ASSERT_NE(full_on, at_ceiling.sessions.end()) << halved.date.iso();
    const auto& full = *full_on;
    EXPECT_EQ(at_ceiling.sessions.front().date, day("2026-11-02"));
    EXPECT_FALSE(at_ceiling.sessions.front().is_rest_day());
    EXPECT_NE(halved.focus.find(", half the dose)"), std::string::npos) << halved.focus;
    EXPECT_EQ(full.focus.find("half"), std::string::npos) << full.focus;
    ASSERT_EQ(halved.items.size(), full.items.size());
    for (std::size_t i = 0; i < full.items.size(); ++i) {
        const int sets = full.items[i].sets.value_or(1);
        if (sets > 1) {
            EXPECT_EQ(halved.items[i].sets, (sets + 1) / 2) << full.items[i].exercise;
        }
    }
    const auto says = [](const Plan& plan) {
        return std::any_of(plan.rationale.begin(), plan.rationale.end(), [](const auto& line) {
            return line.starts_with(
                "The session of 2026-11-01 (logged under sprint-manual) went "
                "to 4/10 during it; its pain counts here, its work does not "
                "move this protocol on. Pain above this protocol's ceiling of "
                "3/10. From 2026-11-03, week 1's dose "
                "at half its volume");
        });
    };
    EXPECT_TRUE(says(painful));
    EXPECT_FALSE(says(at_ceiling));
}
