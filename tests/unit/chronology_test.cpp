// The one chronological view of the record that the engine builds before any plugin runs.
#include "coach/chronology.hpp"

#include <gtest/gtest.h>

#include "support.hpp"

using coach::Date;
using coach::Finding;
using coach::RedFlag;

namespace {

struct ChronologyTest : ::testing::Test {
    coach::Athlete athlete;

    ChronologyTest() { athlete.injury.date = *Date::parse("2026-09-05"); }

    Date day(int since_injury) const { return athlete.injury.date + since_injury; }

    coach::Assessment& assess(int since_injury) {
        athlete.assessments.push_back({.date = day(since_injury)});
        return athlete.assessments.back();
    }

    coach::LogEntry& log(int since_injury, std::string philosophy) {
        athlete.log.push_back({.date = day(since_injury), .philosophy = std::move(philosophy)});
        return athlete.log.back();
    }
};

}  // namespace

TEST_F(ChronologyTest, sorts_assessments_by_date) {
    assess(9).pain_rest = 1;
    assess(2).pain_rest = 4;
    assess(5).pain_rest = 2;
    const auto course = coach::chronology_of(athlete);
    ASSERT_EQ(course.assessments.size(), 3u);
    EXPECT_EQ(course.assessments[0].date, day(2));
    EXPECT_EQ(course.assessments[1].date, day(5));
    EXPECT_EQ(course.assessments[2].date, day(9));
    EXPECT_EQ(coach::latest_assessment(course, day(8))->pain_rest, 2);
    EXPECT_EQ(coach::assessments_until(course, day(5)).size(), 2u);
    EXPECT_EQ(coach::latest_assessment(course, day(1)), nullptr);
}

TEST_F(ChronologyTest, merges_one_days_assessments_with_the_worse_value_of_each_field_winning) {
    auto& morning = assess(3);
    morning.pain_rest = 2;
    morning.pain_walking = 5;
    morning.aslr_deficit_pct = 20;
    morning.max_sprint_pct = 40;
    morning.symptoms = {.numbness = Finding::absent, .altered_gait = Finding::present};
    auto& evening = assess(3);
    evening.pain_rest = 4;
    evening.pain_exercise = 6;
    evening.strength_deficit_pct = 30;
    evening.max_sprint_pct = 20;
    evening.symptoms = {.numbness = Finding::present,
                        .altered_gait = Finding::absent,
                        .palpable_gap = Finding::absent};
    evening.daily_pain_medication = true;
    const auto course = coach::chronology_of(athlete);
    ASSERT_EQ(course.assessments.size(), 1u);
    const auto& merged = course.assessments[0];
    EXPECT_EQ(merged.date, day(3));
    EXPECT_EQ(merged.pain_rest, 4);
    EXPECT_EQ(merged.pain_walking, 5);
    EXPECT_EQ(merged.pain_exercise, 6);
    EXPECT_EQ(merged.aslr_deficit_pct, 20);
    EXPECT_EQ(merged.strength_deficit_pct, 30);
    EXPECT_EQ(merged.max_sprint_pct, 20) << "the lower top speed is the worse";
    EXPECT_EQ(merged.symptoms.numbness, Finding::present);
    EXPECT_EQ(merged.symptoms.altered_gait, Finding::present);
    EXPECT_EQ(merged.symptoms.palpable_gap, Finding::absent) << "absent beats not recorded";
    EXPECT_EQ(merged.symptoms.tingling, Finding::not_recorded);
    EXPECT_TRUE(merged.daily_pain_medication);
}

TEST_F(ChronologyTest, merges_three_assessments_of_a_day_listed_apart) {
    assess(4).symptoms.unable_to_bear_weight = Finding::present;
    assess(6).pain_rest = 1;
    assess(4).pain_rest = 3;
    assess(4).symptoms.unable_to_bear_weight = Finding::absent;
    const auto course = coach::chronology_of(athlete);
    ASSERT_EQ(course.assessments.size(), 2u);
    EXPECT_EQ(course.assessments[0].symptoms.unable_to_bear_weight, Finding::present);
    EXPECT_EQ(course.assessments[0].pain_rest, 3);
    EXPECT_EQ(course.assessments[1].date, day(6));
}

TEST_F(ChronologyTest, merges_one_days_clinician_reviews_into_one_lifting_every_named_flag) {
    assess(5).clinician_review = coach::ClinicianReview{"Dr A", {RedFlag::numbness}, "nerve ok"};
    assess(5).clinician_review =
        coach::ClinicianReview{"Dr B", {RedFlag::palpable_gap, RedFlag::numbness}, ""};
    const auto course = coach::chronology_of(athlete);
    ASSERT_EQ(course.assessments.size(), 1u);
    const auto& review = course.assessments[0].clinician_review;
    ASSERT_TRUE(review);
    EXPECT_EQ(review->clinician, "Dr A, Dr B");
    EXPECT_EQ(review->lifts, (std::vector<RedFlag>{RedFlag::numbness, RedFlag::palpable_gap}));
    EXPECT_EQ(review->note, "nerve ok");
}

TEST_F(ChronologyTest, keeps_log_entries_on_or_before_the_injury_date_as_history) {
    log(0, "team training").completed = false;
    log(-3, "team training");
    log(4, "eccentric-strength");
    log(2, "eccentric-strength");
    const auto course = coach::chronology_of(athlete);
    ASSERT_EQ(course.before_injury.size(), 2u);
    EXPECT_EQ(course.before_injury[0].date, day(-3));
    EXPECT_EQ(course.before_injury[1].date, day(0));
    ASSERT_EQ(course.rehabilitation.size(), 2u);
    EXPECT_EQ(course.rehabilitation[0].date, day(2));
    EXPECT_EQ(course.rehabilitation[1].date, day(4));
    EXPECT_EQ(coach::rehabilitation_until(course, day(3)).size(), 1u);
}

TEST(chronology_cases, the_session_in_which_the_hamstring_tore_is_history_not_rehabilitation) {
    const auto file = coach::test::load_athlete("athletes/history/injury_day_session_logged.json");
    const auto course = coach::chronology_of(file.athlete);
    ASSERT_EQ(course.before_injury.size(), 1u);
    EXPECT_EQ(course.before_injury[0].philosophy, "team training");
    EXPECT_EQ(course.before_injury[0].items[0].intensity_pct, 95);
    EXPECT_TRUE(course.rehabilitation.empty());
}
