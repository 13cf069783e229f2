#include "coach/cohort_summary.hpp"

#include <gtest/gtest.h>

#include "coach/json.hpp"

using coach::ValueCounts;

namespace {

ValueCounts values(std::initializer_list<int> list) {
    ValueCounts counts;
    for (const int value : list) {
        counts.add(value);
    }
    return counts;
}

coach::Metrics plan_metrics(int sessions, std::optional<int> days_to_first_run) {
    coach::Metrics metrics;
    metrics.sessions = sessions;
    metrics.days_to_first_run = days_to_first_run;
    return metrics;
}

}  // namespace

// Sorted 1 2 3 4: h = 3p, so Q1 = 1 + 0.75, median = 2 + 0.5, Q3 = 3 + 0.25.
TEST(cohort_summary, quartiles_interpolate_between_the_nearest_ranks) {
    const auto counts = values({4, 1, 3, 2});
    EXPECT_EQ(counts.first_quartile(), 1.75);
    EXPECT_EQ(counts.median(), 2.5);
    EXPECT_EQ(counts.third_quartile(), 3.25);
    EXPECT_EQ(counts.quantile(0.0), 1.0);
    EXPECT_EQ(counts.quantile(1.0), 4.0);
}

TEST(cohort_summary, an_odd_count_has_a_middle_value_for_median) {
    const auto counts = values({10, 2, 7, 7, 1});  // 1 2 7 7 10
    EXPECT_EQ(counts.median(), 7.0);
    EXPECT_EQ(counts.first_quartile(), 2.0);  // h = 1
    EXPECT_EQ(counts.third_quartile(), 7.0);  // h = 3
}

TEST(cohort_summary, one_value_is_its_own_median_and_quartiles) {
    const auto counts = values({42});
    EXPECT_EQ(counts.first_quartile(), 42.0);
    EXPECT_EQ(counts.median(), 42.0);
    EXPECT_EQ(counts.third_quartile(), 42.0);
}

TEST(cohort_summary, no_values_have_no_quartiles) {
    const ValueCounts counts;
    EXPECT_FALSE(counts.median().has_value());
    EXPECT_FALSE(counts.first_quartile().has_value());
    EXPECT_EQ(coach::report::format_quantile(counts.median()), "-");
}

// 5 5 5 10: Q3 at h = 2.25 lies a quarter of the way from 5 to 10.
TEST(cohort_summary, repeated_values_count_as_many_ranks) {
    ValueCounts counts;
    counts.add(5, 3);
    counts.add(10);
    EXPECT_EQ(counts.size(), 4u);
    EXPECT_EQ(counts.median(), 5.0);
    EXPECT_EQ(counts.third_quartile(), 6.25);
}

TEST(cohort_summary, memory_grows_with_distinct_values_not_with_athletes) {
    ValueCounts counts;
    for (int athlete = 0; athlete < 1'000'000; ++athlete) {
        counts.add(athlete % 3);
    }
    EXPECT_EQ(counts.size(), 1'000'000u);
    EXPECT_EQ(counts.counts().size(), 3u);
    EXPECT_EQ(counts.median(), 1.0);
}

TEST(cohort_summary, merging_is_the_same_as_adding_everything_to_one) {
    auto merged = values({1, 2, 9});
    merged.merge(values({2, 4}));
    EXPECT_EQ(merged, values({1, 2, 2, 4, 9}));
}

TEST(cohort_summary, a_metric_the_plan_never_reaches_is_left_out_of_its_distribution) {
    coach::CohortGroup group;
    group.add_plan(plan_metrics(10, 14));
    group.add_plan(plan_metrics(20, std::nullopt));
    EXPECT_EQ(group.ok, 2u);
    EXPECT_EQ(group["sessions"].size(), 2u);
    EXPECT_EQ(group["days_to_first_run"].size(), 1u);
    EXPECT_EQ(group["days_to_first_run"].median(), 14.0);
    EXPECT_EQ(group["days_to_full_speed"].size(), 0u);
}

TEST(cohort_summary, overall_adds_up_every_grade) {
    coach::CohortPhilosophy philosophy{"p", {}};
    philosophy.by_grade[1].add_plan(plan_metrics(1, std::nullopt));
    philosophy.by_grade[2].add_plan(plan_metrics(3, std::nullopt));
    philosophy.by_grade[2].referral = 2;
    philosophy.by_grade[3].not_applicable = 3;
    philosophy.by_grade[4].error = 1;
    const auto overall = philosophy.overall();
    EXPECT_EQ(overall.ok, 2u);
    EXPECT_EQ(overall.referral, 2u);
    EXPECT_EQ(overall.not_applicable, 3u);
    EXPECT_EQ(overall.error, 1u);
    EXPECT_EQ(overall.athletes(), 8u);
    EXPECT_EQ(overall["sessions"].median(), 2.0);
}

namespace {

// One philosophy; sessions 1 2 3 4 at grade 2, nothing else.
coach::CohortSummary small_summary() {
    coach::CohortSummary summary;
    summary.records = 6;
    summary.ok = 4;
    summary.referral = 1;
    summary.rejected = 1;
    summary.blank_lines = 2;
    summary.philosophies.push_back({"fixture-good", {}});
    auto& grade2 = summary.philosophies[0].by_grade[2];
    for (const int sessions : {1, 2, 3, 4}) {
        grade2.add_plan(plan_metrics(sessions, std::nullopt));
    }
    summary.philosophies[0].by_grade[4].referral = 1;
    return summary;
}

}  // namespace

TEST(cohort_summary, json_names_counts_and_quartiles_per_metric) {
    const auto text = coach::json::encode_cohort_summary(small_summary());
    EXPECT_EQ(text.rfind("{\n"
                         "  \"schema\": \"coach.cohort-summary/1\",\n"
                         "  \"complete\": true,\n"
                         "  \"records\": 6,\n"
                         "  \"ok\": 4,\n"
                         "  \"referral\": 1,\n"
                         "  \"not_applicable\": 0,\n"
                         "  \"rejected\": 1,\n"
                         "  \"blank_lines\": 2,\n"
                         "  \"with_warnings\": 0,\n"
                         "  \"duplicate_ids\": 0,\n"
                         "  \"philosophies\": [\n"
                         "    {\n"
                         "      \"id\": \"fixture-good\",\n"
                         "      \"overall\": {\n"
                         "        \"athletes\": 5,\n"
                         "        \"ok\": 4,\n"
                         "        \"referral\": 1,\n"
                         "        \"not_applicable\": 0,\n"
                         "        \"error\": 0,\n"
                         "        \"metrics\": {\n"
                         "          \"days_to_first_run\": {\"n\": 0, \"median\": null, \"q1\": "
                         "null, \"q3\": null},\n",
                         0),
              0u)
        << text;
    EXPECT_NE(text.find("\"sessions\": {\"n\": 4, \"median\": 2.5, \"q1\": 1.75, \"q3\": 3.25}"),
              std::string::npos);
    EXPECT_NE(text.find("\"grade\": 4,\n          \"athletes\": 1,"), std::string::npos) << text;
    EXPECT_NO_THROW(coach::json::pretty(text));  // well-formed JSON
}

TEST(cohort_summary, table_shows_counts_and_median_with_interquartile_range) {
    const auto table = coach::report::cohort_summary_table(small_summary());
    EXPECT_EQ(table.rfind("Cohort: 6 records: 4 ok, 1 referral, 1 rejected (2 blank lines "
                          "skipped)\n",
                          0),
              0u)
        << table;
    EXPECT_NE(table.find("sessions                   2.5 [1.75-3.25]"), std::string::npos) << table;
    EXPECT_NE(table.find("\nnot applicable                           0\n"), std::string::npos)
        << table;
    EXPECT_NE(table.find("median by injury grade"), std::string::npos) << table;
    EXPECT_EQ(table.find("with warnings"), std::string::npos) << table;  // none to count
}

TEST(cohort_summary, counts_the_records_with_warnings_in_json_table_and_merge) {
    auto summary = small_summary();
    summary.with_warnings = 1;
    EXPECT_NE(coach::json::encode_cohort_summary(summary).find(
                  "  \"blank_lines\": 2,\n  \"with_warnings\": 1,\n"),
              std::string::npos);
    EXPECT_EQ(coach::report::cohort_summary_table(summary).rfind(
                  "Cohort: 6 records: 4 ok, 1 referral, 1 rejected (2 blank lines skipped)\n"
                  "1 record with warnings, each listed in its result line (\"warnings\")\n\n",
                  0),
              0u);
    auto other = small_summary();
    other.with_warnings = 2;
    summary.merge(other);
    EXPECT_EQ(summary.with_warnings, 3u);
}

TEST(cohort_summary, merging_summaries_adds_counts_and_merges_values_exactly) {
    auto merged = small_summary();
    auto other = small_summary();
    other.complete = false;
    other.philosophies[0].by_grade[2].add_plan(plan_metrics(9, 5));
    ++other.records;
    ++other.ok;
    merged.merge(other);
    EXPECT_EQ(merged.records, 13u);
    EXPECT_EQ(merged.ok, 9u);
    EXPECT_EQ(merged.referral, 2u);
    EXPECT_EQ(merged.rejected, 2u);
    EXPECT_EQ(merged.blank_lines, 4u);
    EXPECT_FALSE(merged.complete);  // one part stopped early: so did the whole
    const auto& grade2 = merged.philosophies[0].by_grade[2];
    EXPECT_EQ(grade2["sessions"], values({1, 1, 2, 2, 3, 3, 4, 4, 9}));
    EXPECT_EQ(grade2["days_to_first_run"], values({5}));
    EXPECT_EQ(merged.philosophies[0].by_grade[4].referral, 2u);
}

TEST(cohort_summary, merging_summaries_of_other_philosophies_is_refused_and_changes_nothing) {
    auto summary = small_summary();
    auto other = small_summary();
    other.philosophies[0].id = "fixture-other";
    EXPECT_THROW(summary.merge(other), std::invalid_argument);
    other.philosophies.clear();
    EXPECT_THROW(summary.merge(other), std::invalid_argument);
    EXPECT_EQ(summary, small_summary());
}

// Trial 33: athlete ids given twice were planned twice with no word. The summary counts the
// records that repeat an earlier id, in JSON, in the table and across merged parts.
TEST(cohort_summary, counts_the_records_that_repeat_an_athlete_id_in_json_table_and_merge) {
    auto summary = small_summary();
    EXPECT_EQ(coach::report::cohort_summary_table(summary).find("repeat"), std::string::npos);
    summary.duplicate_ids = 1;
    EXPECT_NE(coach::json::encode_cohort_summary(summary).find(
                  "  \"with_warnings\": 0,\n  \"duplicate_ids\": 1,\n"),
              std::string::npos);
    EXPECT_NE(coach::report::cohort_summary_table(summary).find(
                  "\n1 record repeats an earlier athlete id (planned, with a warning)\n"),
              std::string::npos);
    auto other = small_summary();
    other.duplicate_ids = 2;
    summary.merge(other);
    EXPECT_EQ(summary.duplicate_ids, 3u);
    EXPECT_NE(coach::report::cohort_summary_table(summary).find(
                  "\n3 records repeat an earlier athlete id (planned, with a warning)\n"),
              std::string::npos);
}
