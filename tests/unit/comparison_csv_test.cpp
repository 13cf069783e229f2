#include <gtest/gtest.h>

#include "coach/metrics.hpp"
#include "coach/plan_rules.hpp"
#include "coach/planning_case.hpp"
#include "coach/report.hpp"
#include "coach/sdk/plan_builder.hpp"

using coach::Date;

namespace {

const std::string header =
    "philosophy,status,days_to_first_run,days_to_full_speed,return_to_run,return_to_sport,"
    "beyond_horizon,projected_milestones,sessions,projected_sessions,rest_days,eccentric_reps,"
    "strength_reps,isometric_s,sprint_m,high_speed_m,manual_therapy_min,stretch_min,ice_min,"
    "cross_training_min,error,reason,referrals\n";

// Philosophies for one athlete, as of day 4 after injury over 14 days: one plan whose every
// metric is counted by hand, one withheld by the safety gate, and in some tests one that does not
// apply or one plugin that failed.
struct ComparisonCsvTest : ::testing::Test {
    coach::Athlete athlete;
    Date as_of = *Date::parse("2026-10-05");
    coach::Comparison comparison;

    ComparisonCsvTest() {
        athlete.id = "ath-csv";
        athlete.injury.date = *Date::parse("2026-10-01");
        const coach::PlanningCase planning{athlete, coach::Request{as_of, 14}};
        const coach::Case& input = planning.input();
        comparison.athlete = athlete.id;
        comparison.as_of = as_of;
        comparison.horizon_days = input.horizon_days;
        add("counted", counted_plan(input), input);

        coach::Plan withheld;
        withheld.athlete = athlete.id;
        withheld.as_of = as_of;
        withheld.status = coach::PlanStatus::referral;
        withheld.referrals.push_back({coach::ReferralLevel::stop, "palpable gap"});
        add("withheld", withheld, input);
    }

    void add(const std::string& id, coach::Plan plan, const coach::Case& input) {
        plan.philosophy.id = id;
        coach::set_milestones(plan, input);  // as the engine does after its gate
        const auto metrics = coach::compute_metrics(plan, input);
        comparison.entries.push_back({{id, std::move(plan), ""}, metrics});
    }

    void add_not_applicable(const std::string& id, const std::string& reason) {
        coach::Plan plan;
        plan.philosophy.id = id;
        plan.status = coach::PlanStatus::not_applicable;
        plan.reason = reason;
        comparison.entries.push_back({{id, std::move(plan), ""}, std::nullopt});
    }

    void add_failure(const std::string& id, const std::string& error) {
        comparison.entries.push_back({{id, std::nullopt, error}, std::nullopt});
    }

    static coach::Plan counted_plan(const coach::Case& input) {
        coach::PlanBuilder plan{input};
        plan.phase("load", input.as_of, input.as_of + 9, "get strong");
        plan.phase("sport", input.as_of + 10, input.last_day(), "play").as_return_to_sport();
        plan.session(input.as_of, "strength")
            .add({.exercise = "slider_curl_double", .sets = 3, .reps = 6})         // 18 reps
            .add({.exercise = "isometric_bridge_hold", .sets = 4, .hold_s = 30});  // 120 s
        plan.rest_day(input.as_of + 1);
        plan.session(input.as_of + 3, "run")                    // day 7 after injury
            .add({.exercise = "easy_run", .duration_min = 20})  // first run
            .add({.exercise = "flying_sprint",
                  .sets = 2,
                  .reps = 3,
                  .distance_m = 40,
                  .intensity_pct = 95});  // 240 m, all at high speed
        plan.session(input.as_of + 5, "recovery")
            .add({.exercise = "massage_surrounding", .duration_min = 10})
            .add({.exercise = "hamstring_static_stretch", .sets = 3, .duration_min = 1})
            .add({.exercise = "ice", .duration_min = 15})
            .add({.exercise = "cycling", .duration_min = 20});
        plan.sources({"a source"});
        return std::move(plan).build();
    }
};

}  // namespace

TEST_F(ComparisonCsvTest, writes_the_stable_header_then_one_row_per_philosophy) {
    add_failure("broken", "plugin 'broken' failed: plan() threw");
    EXPECT_EQ(coach::report::comparison_csv(comparison),
              header  // nothing measured the milestones: each is projected
                  + "counted,ok,7,7,2026-10-08,2026-10-15,,return_to_run;full_speed;"
                    "return_to_sport,3,0,11,18,18,120,240,240,10,3,15,20,,,\n"
                    "withheld,referral,,,,,,,0,0,14,0,0,0,0,0,0,0,0,0,,,stop: palpable gap\n"
                    "broken,error,,,,,,,,,,,,,,,,,,,plugin 'broken' failed: plan() threw,,\n");
}

TEST_F(ComparisonCsvTest, a_philosophy_that_does_not_apply_has_its_status_and_reason_no_error) {
    add_not_applicable("knee-only",
                       "'knee-only' covers knee injuries only; the record's injury "
                       "is \"hamstring\"");
    const auto csv = coach::report::comparison_csv(comparison);
    const std::string row =
        "knee-only,not_applicable,,,,,,,,,,,,,,,,,,,,\"'knee-only' covers knee injuries only; the "
        "record's injury is \"\"hamstring\"\"\",\n";
    ASSERT_GE(csv.size(), row.size());
    EXPECT_EQ(csv.substr(csv.size() - row.size()), row) << csv;
}

TEST_F(ComparisonCsvTest, quotes_an_error_with_a_comma_and_a_quote_as_rfc_4180_says) {
    add_failure("broken", "plugin 'broken' failed: plan() threw \"no, never\"");
    const auto csv = coach::report::comparison_csv(comparison);
    const std::string row =
        "broken,error,,,,,,,,,,,,,,,,,,,\"plugin 'broken' failed: plan() threw "
        "\"\"no, never\"\"\",,\n";
    ASSERT_GE(csv.size(), row.size());
    EXPECT_EQ(csv.substr(csv.size() - row.size()), row) << csv;
}

TEST_F(ComparisonCsvTest, keeps_a_line_break_inside_one_quoted_field) {
    add_failure("broken", "first line\nsecond line");
    const auto csv = coach::report::comparison_csv(comparison);
    EXPECT_NE(csv.find(",\"first line\nsecond line\",,\n"), std::string::npos) << csv;
}

TEST_F(ComparisonCsvTest, an_empty_comparison_is_the_header_alone) {
    comparison.entries.clear();
    EXPECT_EQ(coach::report::comparison_csv(comparison), header);
}

TEST_F(ComparisonCsvTest, lists_milestones_beyond_the_horizon_and_on_the_projection_by_name) {
    const coach::PlanningCase planning{athlete, coach::Request{as_of, 14}};
    const coach::Case& input = planning.input();
    coach::PlanBuilder builder{input};
    builder.phase("load", input.as_of, input.last_day(), "get strong");
    builder.session(input.as_of, "strength").add({.exercise = "nordic_curl", .sets = 2, .reps = 5});
    builder.session(input.as_of + 4, "run").add({.exercise = "light_jog", .duration_min = 10});
    builder.projected_step(input.as_of + 4, "pain walking at most 0/10")
        .beyond_horizon(coach::MilestoneKind::return_to_sport)
        .sources({"a source"});
    comparison.entries.clear();
    add("estimates", std::move(builder).build(), input);
    EXPECT_EQ(coach::report::comparison_csv(comparison),
              header
                  + "estimates,ok,8,,2026-10-09,,return_to_sport,return_to_run,2,1,12,10,10,0,0,0,"
                    "0,0,0,0,,,\n");
}

// The advice every plan carries (the safety gate's reassessment and gait advice, docs/DATA.md)
// and a plan's own, each with its level; a reason with a comma or ";" stays one field.
TEST_F(ComparisonCsvTest, carries_every_referral_of_each_plan_with_its_level) {
    auto& counted = *comparison.entries.front().outcome.plan;
    counted.referrals.push_back(
        {coach::ReferralLevel::advise,
         "last assessment 9 days before this plan; reassess before the next session"});
    counted.referrals.push_back({coach::ReferralLevel::advise, "gait still altered, see a doctor"});
    const auto csv = coach::report::comparison_csv(comparison);
    EXPECT_NE(csv.find(",20,,,\"advise: last assessment 9 days before this plan; reassess before "
                       "the next session | advise: gait still altered, see a doctor\"\n"),
              std::string::npos)
        << csv;
}
