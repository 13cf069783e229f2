// A new user's record, end to end: walking pain 0/10 but the gait recorded altered on day 10
// (tests/fixtures/athletes/gait/altered-on-day-10.json, the reference athlete grade1_fresh with
// that assessment added). sprint-manual and the Heiderscheit protocol planned sprints at 90% or
// more, which the safety gate refused: `coach compare` showed error rows and `coach today`
// exited 3. Each philosophy now waits for a gait recorded even (gait_recorded_even(),
// coach/sdk/chronology.hpp) before full speed, and the gate holds a gait never recorded too.
#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "coach/engine.hpp"
#include "coach/sdk/running_speed.hpp"
#include "support.hpp"

using coach::Assessment;
using coach::Date;
using coach::Finding;
using coach::test::run_coach;

namespace {

constexpr std::string_view altered_on_day_10 = "athletes/gait/altered-on-day-10.json";

// The injury day of the fixture; day N is injury + N.
Date injury_day() {
    return coach::test::load_athlete(altered_on_day_10).athlete.injury.date;
}

// An assessment of day `since_injury` with walking pain 0/10, a top speed of 95% and the gait
// recorded as `gait`.
Assessment walking_pain_free(int since_injury, Finding gait) {
    Assessment assessment{.date = injury_day() + since_injury,
                          .pain_rest = 0,
                          .pain_walking = 0,
                          .pain_exercise = 0,
                          .aslr_deficit_pct = 0,
                          .strength_deficit_pct = 0,
                          .max_sprint_pct = 95};
    assessment.symptoms.altered_gait = gait;
    return assessment;
}

// The fixture's first assessment (day 1) followed by `later`: the record a variant plans on.
coach::Athlete with_assessments(const std::vector<Assessment>& later) {
    auto athlete = coach::test::load_athlete(altered_on_day_10).athlete;
    athlete.assessments.resize(1);
    athlete.assessments.insert(athlete.assessments.end(), later.begin(), later.end());
    return athlete;
}

// The first day of a plan with an item at 90% of top speed or more (is_high_speed_running(), as
// the gate reads it), or nullopt.
std::optional<Date> first_full_speed_day(const coach::Plan& plan) {
    for (const auto& session : plan.sessions) {
        for (const auto& item : session.items) {
            if (coach::is_high_speed_running(item)) {
                return session.date;
            }
        }
    }
    return std::nullopt;
}

// Every bundled philosophy plans `athlete` (no error), and none runs at 90% or more before
// `even_from` (a day an assessment records the gait even; nullopt: never).
void expect_every_plan_waits_for_an_even_gait(const coach::Athlete& athlete,
                                              std::optional<Date> even_from,
                                              const std::string& variant) {
    const auto& engine = coach::test::bundled_engine();
    const coach::Request request{.as_of = injury_day() + 1, .horizon_days = 42};
    for (const auto& record : engine.list()) {
        const auto outcome = engine.plan(record.info.id, athlete, request);
        ASSERT_TRUE(outcome.ok()) << variant << ": " << outcome.error;
        const auto full_speed = first_full_speed_day(*outcome.plan);
        if (full_speed) {
            ASSERT_TRUE(even_from) << variant << ": " << record.info.id << " runs at full speed on "
                                   << full_speed->iso() << " with no gait recorded even";
            EXPECT_GE(*full_speed, *even_from) << variant << ": " << record.info.id;
        }
    }
}

}  // namespace

TEST(gait_before_full_speed, compare_plans_every_philosophy_for_a_gait_altered_on_day_10) {
    const auto fixture = coach::test::fixture(altered_on_day_10).string();
    const auto compared = run_coach("compare --width 80 " + fixture);
    EXPECT_EQ(compared.exit_code, 0) << compared.out << compared.err;
    EXPECT_EQ(compared.err, "");
    // No error row (`error: plugin ... returned an invalid plan`), no status `error`.
    EXPECT_EQ(compared.out.find("error"), std::string::npos) << compared.out;
    // The day the user tried: sprint-manual's speed stage would have opened.
    const auto today = run_coach("today -p sprint-manual --date 2026-03-17 " + fixture);
    EXPECT_EQ(today.exit_code, 0) << today.out << today.err;
    EXPECT_EQ(today.err, "");
}

TEST(gait_before_full_speed, no_plan_sprints_at_90_percent_while_the_gait_is_recorded_altered) {
    const auto athlete = coach::test::load_athlete(altered_on_day_10).athlete;
    expect_every_plan_waits_for_an_even_gait(athlete, std::nullopt, "altered on day 10");
}

// The kind of fault, not one example: the gait recorded altered on other days, walking
// pain-free, or never recorded at all.
TEST(gait_before_full_speed, no_plan_sprints_at_90_percent_whatever_day_the_gait_is_altered) {
    for (const int day : {5, 7, 8, 14, 21, 30}) {
        expect_every_plan_waits_for_an_even_gait(
            with_assessments({walking_pain_free(day, Finding::present)}), std::nullopt,
            "altered on day " + std::to_string(day));
    }
    // Assessments that never mention the gait: nobody has looked at it.
    expect_every_plan_waits_for_an_even_gait(
        with_assessments({walking_pain_free(10, Finding::not_recorded),
                          walking_pain_free(20, Finding::not_recorded)}),
        std::nullopt, "gait never recorded");
}

TEST(gait_before_full_speed, a_later_assessment_recording_the_gait_even_opens_the_speed_stage) {
    const Date even = injury_day() + 16;
    const auto athlete = with_assessments(
        {walking_pain_free(10, Finding::present), walking_pain_free(16, Finding::absent)});
    expect_every_plan_waits_for_an_even_gait(athlete, even, "even on day 16");

    const auto outcome = coach::test::bundled_engine().plan(
        "sprint-manual", athlete, {.as_of = injury_day() + 1, .horizon_days = 42});
    ASSERT_TRUE(outcome.ok()) << outcome.error;
    const auto full_speed = first_full_speed_day(*outcome.plan);
    ASSERT_TRUE(full_speed) << "the speed stage never opened";
    EXPECT_GE(*full_speed, even);
    const auto speed_phase =
        std::find_if(outcome.plan->phases.begin(), outcome.plan->phases.end(),
                     [](const coach::Phase& phase) { return phase.name.starts_with("speed"); });
    EXPECT_NE(speed_phase, outcome.plan->phases.end());
}

// A user's trial (tests/fixtures/athletes/gait/min-asof.json): grade 2a, injured 2026-03-01;
// walking pain 0/10 with the gait altered on 03-22, the gait even and a top speed of 90% on 04-03,
// walking pain 1/10 on 04-04, which moves the course's projected pain-free walking day to 05-08.
// Planned as of 03-22, sprint-manual opened sprints at 90% or more after the even gait, which the
// safety gate refused until 05-08: its speed stage waited for its own criteria, not for the day the
// gate reads. Every philosophy now waits for what the gate checks (full_speed_hold(),
// coach/sdk/full_speed_readiness.hpp), whatever day it plans from.
TEST(gait_before_full_speed,
     sprint_manual_waits_for_the_projected_pain_free_walking_day_as_the_gate_does) {
    const auto fixture = coach::test::fixture("athletes/gait/min-asof.json").string();
    const auto planned = run_coach("plan -p sprint-manual --as-of 2026-03-22 " + fixture);
    EXPECT_EQ(planned.exit_code, 0) << planned.out << planned.err;
    EXPECT_EQ(planned.err, "");
    for (const std::string as_of : {"", "--as-of 2026-03-22 ", "--as-of 2026-04-03 "}) {
        const auto compared = run_coach("compare --width 80 " + as_of + fixture);
        EXPECT_EQ(compared.exit_code, 0) << as_of << compared.out << compared.err;
        EXPECT_EQ(compared.err, "") << as_of;
        EXPECT_EQ(compared.out.find("error"), std::string::npos) << as_of << compared.out;
    }

    const auto athlete = coach::test::load_athlete("athletes/gait/min-asof.json").athlete;
    const auto& engine = coach::test::bundled_engine();
    const Date pain_free_walking = *Date::parse("2026-05-08");
    for (Date as_of = *Date::parse("2026-03-20"); as_of <= *Date::parse("2026-04-06"); as_of += 1) {
        const coach::Request request{.as_of = as_of, .horizon_days = 90};
        for (const auto& record : engine.list()) {
            const auto outcome = engine.plan(record.info.id, athlete, request);
            ASSERT_TRUE(outcome.ok())
                << as_of.iso() << ": " << record.info.id << ": " << outcome.error;
            if (const auto full_speed = first_full_speed_day(*outcome.plan)) {
                EXPECT_GE(*full_speed, pain_free_walking)
                    << "as of " << as_of.iso() << ": " << record.info.id;
            }
        }
    }
}
