#include "coach/metrics.hpp"

#include <gtest/gtest.h>

#include "coach/cohort_summary.hpp"
#include "coach/json.hpp"
#include "coach/planning_case.hpp"
#include "coach/sdk/plan_builder.hpp"

using coach::Category;
using coach::Date;

namespace {

// A 14-day plan from day 5 after injury whose every metric is known by hand.
struct MetricsTest : ::testing::Test {
    coach::Athlete athlete;
    Date injury = *Date::parse("2026-10-01");

    MetricsTest() {
        athlete.id = "m";
        athlete.injury.date = injury;
    }

    coach::Plan plan(const coach::Case& input) const {
        coach::PlanBuilder plan{input};
        plan.phase("all", input.as_of, input.as_of + 9, "g");
        plan.phase("sport", input.as_of + 10, input.last_day(), "g").as_return_to_sport();
        const Date day0 = input.as_of;  // day 5 after injury
        plan.session(day0, "strength")
            .add({.exercise = "slider_curl_double", .sets = 4, .reps = 6})  // 24 eccentric reps
            .add({.exercise = "glute_bridge", .sets = 2, .reps = 8})        // 16 general reps
            .add({.exercise = "isometric_bridge_hold", .sets = 5, .hold_s = 30})  // 150 s
            .add({.exercise = "ice", .sets = 2, .duration_min = 20});             // 40 min
        plan.rest_day(day0 + 1);
        plan.session(day0 + 2, "run")
            .add({.exercise = "light_jog", .duration_min = 15})  // first run: day 7
            .add({.exercise = "acceleration",
                  .sets = 3,
                  .reps = 5,
                  .distance_m = 10,
                  .intensity_pct = 60})                                     // 150 m
            .add({.exercise = "massage_surrounding", .duration_min = 10});  // 10 min
        plan.session(day0 + 9, "speed")                                     // week 2, day 14
            .add({.exercise = "flying_sprint",
                  .sets = 2,
                  .reps = 3,
                  .distance_m = 30,
                  .intensity_pct = 95})  // 180 m high speed
            .add({.exercise = "hamstring_static_stretch", .sets = 2, .duration_min = 1})
            .add({.exercise = "aqua_jog", .duration_min = 30});
        plan.sources({"s"});
        auto built = std::move(plan).build();
        coach::set_milestones(built, input);
        return built;
    }
};

}  // namespace

TEST_F(MetricsTest, adds_up_each_dose_as_documented) {
    const coach::PlanningCase planning{athlete, coach::Request{injury + 5, 14}};
    const coach::Case& input = planning.input();
    const auto metrics = coach::compute_metrics(plan(input), input);
    EXPECT_EQ(metrics.days_to_first_run, 7);
    EXPECT_EQ(metrics.days_to_full_speed, 14);
    EXPECT_EQ(metrics.return_to_run, injury + 7);
    EXPECT_EQ(metrics.return_to_sport, injury + 15);
    EXPECT_TRUE(metrics.beyond_horizon.empty());
    // No assessment measured them: each milestone is an earliest estimate.
    EXPECT_EQ(metrics.projected_milestones.size(), 3u);
    EXPECT_EQ(metrics.sessions, 3);
    EXPECT_EQ(metrics.projected_sessions, 0);
    EXPECT_EQ(metrics.rest_days, 11);
    EXPECT_EQ(metrics.eccentric_reps, 24);
    EXPECT_EQ(metrics.strength_reps, 40);  // 24 eccentric + 16 general; isometric holds apart
    EXPECT_EQ(metrics.isometric_s, 150);
    EXPECT_EQ(metrics.sprint_m, 330);
    EXPECT_EQ(metrics.high_speed_m, 180);
    EXPECT_EQ(metrics.manual_therapy_min, 10);
    EXPECT_EQ(metrics.stretch_min, 2);
    EXPECT_EQ(metrics.ice_min, 40);
    EXPECT_EQ(metrics.cross_training_min, 30);
}

TEST_F(MetricsTest, series_has_every_week_with_dose_per_category) {
    const coach::PlanningCase planning{athlete, coach::Request{injury + 5, 14}};
    const coach::Case& input = planning.input();
    const auto metrics = coach::compute_metrics(plan(input), input);
    ASSERT_EQ(metrics.weekly.size(), 2u);
    const auto& first = metrics.weekly[0];
    EXPECT_EQ(first.week, 1);
    EXPECT_EQ(first.start, input.as_of);
    EXPECT_EQ(first[Category::strength_eccentric], 24);
    EXPECT_EQ(first[Category::strength_isometric], 150);
    EXPECT_EQ(first[Category::sprint], 150);
    EXPECT_EQ(first[Category::running], 15);
    EXPECT_EQ(first[Category::cryotherapy], 40);
    EXPECT_EQ(first[Category::rest], 1);
    const auto& second = metrics.weekly[1];
    EXPECT_EQ(second.start, input.as_of + 7);
    EXPECT_EQ(second[Category::sprint], 180);
    EXPECT_EQ(second[Category::cross_training], 30);
    EXPECT_EQ(second[Category::strength_eccentric], 0);
}

TEST_F(MetricsTest, passive_care_on_a_rest_day_keeps_it_a_rest_day) {
    const coach::PlanningCase planning{athlete, coach::Request{injury + 1, 3}};
    const coach::Case& input = planning.input();
    coach::PlanBuilder builder{input};
    builder.phase("rest", input.as_of, input.last_day(), "settle");
    builder.session(input.as_of, "rest")
        .add({.exercise = "rest"})
        .add({.exercise = "ice", .sets = 3, .duration_min = 20})
        .add({.exercise = "compression_shorts"});
    builder.session(input.as_of + 1, "check").add({.exercise = "evaluation"});
    builder.session(input.as_of + 2, "move").add({.exercise = "cycling", .duration_min = 20});
    builder.sources({"s"});
    const auto metrics = coach::compute_metrics(std::move(builder).build(), input);
    EXPECT_EQ(metrics.sessions, 1);
    EXPECT_EQ(metrics.rest_days, 2);
    EXPECT_EQ(metrics.ice_min, 60);
}

TEST_F(MetricsTest, a_plan_without_running_has_no_run_days) {
    const coach::PlanningCase planning{
        athlete, coach::Request{injury + 5, 10}};  // a partial second week still counts
    const coach::Case& input = planning.input();
    coach::PlanBuilder builder{input};
    builder.phase("all", input.as_of, input.last_day(), "g");
    builder.session(input.as_of, "strength")
        .add({.exercise = "glute_bridge", .sets = 3, .reps = 10});
    builder.sources({"s"});
    const auto metrics = coach::compute_metrics(std::move(builder).build(), input);
    EXPECT_FALSE(metrics.days_to_first_run);
    EXPECT_FALSE(metrics.days_to_full_speed);
    EXPECT_FALSE(metrics.return_to_run);
    EXPECT_EQ(metrics.sessions, 1);
    EXPECT_EQ(metrics.rest_days, 9);
    EXPECT_EQ(metrics.weekly.size(), 2u);
}

// The user trial's case: 3 x 60 m flying sprints that state no intensity counted 0 high-speed
// metres. A sprint that states no speed is full speed for the metrics as for the gate
// (coach::speed_pct()); an easy run that states none is not, and runs are not metres anyway.
TEST_F(MetricsTest, a_sprint_that_states_no_speed_counts_as_full_speed) {
    const coach::PlanningCase planning{athlete, coach::Request{injury + 5, 14}};
    const coach::Case& input = planning.input();
    coach::PlanBuilder builder{input};
    builder.phase("all", input.as_of, input.last_day(), "g");
    builder.session(input.as_of + 1, "run").add({.exercise = "easy_run", .duration_min = 20});
    builder.session(input.as_of + 3, "speed")
        .add({.exercise = "flying_sprint", .sets = 3, .distance_m = 60});
    builder.sources({"s"});
    auto built = std::move(builder).build();
    coach::set_milestones(built, input);
    EXPECT_EQ(built.milestones.full_speed, injury + 8);
    const auto metrics = coach::compute_metrics(built, input);
    EXPECT_EQ(metrics.sprint_m, 180);
    EXPECT_EQ(metrics.high_speed_m, 180);
    EXPECT_EQ(metrics.days_to_first_run, 6);
    EXPECT_EQ(metrics.days_to_full_speed, 8);
}

TEST_F(MetricsTest, strength_reps_count_every_loaded_strength_item_in_reps_so_none_is_hidden) {
    // A philosophy whose strength work is general (hip thrusts, deadlifts), not eccentric, is not
    // shown as doing no strength work; isometric holds stay in seconds.
    const coach::PlanningCase planning{athlete, coach::Request{injury + 5, 7}};
    const coach::Case& input = planning.input();
    coach::PlanBuilder builder{input};
    builder.phase("all", input.as_of, input.last_day(), "g");
    builder.session(input.as_of, "strength")
        .add({.exercise = "hip_thrust_double", .sets = 4, .reps = 6})       // 24 general
        .add({.exercise = "deadlift", .sets = 3, .reps = 5})                // 15 general
        .add({.exercise = "isometric_heel_dig", .sets = 5, .hold_s = 10});  // 50 s
    builder.sources({"s"});
    const auto metrics = coach::compute_metrics(std::move(builder).build(), input);
    EXPECT_EQ(metrics.eccentric_reps, 0);
    EXPECT_EQ(metrics.strength_reps, 39);
    EXPECT_EQ(metrics.isometric_s, 50);
}

TEST_F(MetricsTest, projected_sessions_count_the_training_sessions_marked_projected) {
    const coach::PlanningCase planning{athlete, coach::Request{injury + 5, 7}};
    const coach::Case& input = planning.input();
    coach::PlanBuilder builder{input};
    builder.phase("all", input.as_of, input.last_day(), "g");
    builder.session(input.as_of, "strength")
        .add({.exercise = "glute_bridge", .sets = 2, .reps = 8});
    builder.session(input.as_of + 2, "strength")
        .add({.exercise = "glute_bridge", .sets = 2, .reps = 8});
    builder.session(input.as_of + 4, "run").add({.exercise = "light_jog", .duration_min = 10});
    builder.projected_step(input.as_of + 2, "pain walking at most 0/10").sources({"s"});
    const auto metrics = coach::compute_metrics(std::move(builder).build(), input);
    EXPECT_EQ(metrics.sessions, 3);
    EXPECT_EQ(metrics.projected_sessions, 2);  // the reassessment itself is not training
}

// The one metric table is the contract: the JSON writer and the cohort summary follow it, key by
// key and in order.
TEST(metric_table, the_json_writer_and_the_cohort_summary_write_every_metric_in_table_order) {
    coach::Metrics metrics;
    metrics.sessions = 3;
    const std::string json = coach::json::encode_metrics(metrics);
    std::size_t at = 0;
    for (const auto& metric : coach::metric_table) {
        const auto found = json.find("\"" + std::string{metric.key} + "\":", at);
        ASSERT_NE(found, std::string::npos) << metric.key << " missing or out of order in " << json;
        at = found;
    }
    EXPECT_NE(json.find("\"sessions\":3"), std::string::npos) << json;

    coach::CohortSummary summary;
    summary.philosophies.push_back({"p", {}});
    summary.philosophies.back().by_grade[1].add_plan(metrics);
    const std::string cohort = coach::json::encode_cohort_summary(summary);
    at = cohort.find("\"overall\"");
    for (const auto& metric : coach::numeric_metrics) {
        const auto found = cohort.find("\"" + std::string{metric.key} + "\": {\"n\"", at);
        ASSERT_NE(found, std::string::npos) << metric.key << " missing or out of order";
        at = found;
    }
    EXPECT_EQ(summary.philosophies.back().overall()["sessions"].median(), 3.0);
    EXPECT_THROW((void)summary.philosophies.back().overall()["return_to_run"], std::out_of_range);
}
