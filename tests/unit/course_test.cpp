// The course of recovery the engine builds from the record: published recovery times, anchored at
// measured values (docs/DESIGN.md, "The course of recovery").
#include "coach/course.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "coach/chronology.hpp"

using coach::Basis;
using coach::Date;
using coach::Sign;

namespace {

struct CourseTest : ::testing::Test {
    coach::Athlete athlete;

    CourseTest() {
        athlete.injury.region = "hamstring";
        athlete.injury.grade = 2;
        athlete.injury.site = coach::Site::b;
        athlete.injury.mechanism = coach::Mechanism::sprinting;
        athlete.injury.date = *Date::parse("2026-09-01");
    }

    Date day(int since_injury) const { return athlete.injury.date + since_injury; }

    coach::Assessment& assess(int since_injury) {
        athlete.assessments.push_back({.date = day(since_injury)});
        return athlete.assessments.back();
    }

    // The course through day 120 after the injury.
    coach::Course course() const {
        return coach::course_of(athlete, coach::chronology_of(athlete), day(120));
    }

    // Days from the injury to the course's projected return to sport.
    int return_to_sport() const {
        return course().projection.return_to_sport - athlete.injury.date;
    }
};

}  // namespace

// Ekstrand J et al., Br J Sports Med 2012;46(2):112-117: lay-off by MRI grade 0 8 +/- 3 days,
// grade 1 17 +/- 10, grade 2 22 +/- 11, complete rupture 73 +/- 60. British Athletics grade 3 has
// no twin there: 32 days is the project's estimate (Pollock et al. 2022, grade 3c 48 days / 1.5).
TEST_F(CourseTest, return_to_sport_follows_the_published_lay_off_by_grade) {
    const int expected[] = {8, 17, 22, 32, 73};
    for (int grade = 0; grade <= 4; ++grade) {
        athlete.injury.grade = grade;
        EXPECT_EQ(return_to_sport(), expected[grade]) << "grade " << grade;
    }
}

// Shamji R et al., BMJ Open Sport Exerc Med 2021;7(2):e001010: time to return to full training
// 36 days with the intramuscular tendon involved (site c) vs 24 without, x1.5; consistent with
// Pollock N et al., Br J Sports Med 2022;56(5):257-263, grade 2c 34 +/- 7 days.
TEST_F(CourseTest, site_c_moves_return_to_sport_later_by_half_as_much_again) {
    EXPECT_EQ(return_to_sport(), 22);
    athlete.injury.site = coach::Site::c;
    EXPECT_EQ(return_to_sport(), 33);
    athlete.injury.grade = 1;
    EXPECT_EQ(return_to_sport(), 26);  // 17 x 1.5 = 25.5, rounded half up
}

// Askling CM et al., Br J Sports Med 2013;47(15):953-959: return to full team training 43 vs 23
// days (L-protocol) and 74 vs 41 days (C-protocol) for stretch- vs sprint-type injuries; the
// lower ratio, x1.8, is used.
TEST_F(CourseTest, a_stretching_mechanism_moves_return_to_sport_later_by_four_fifths) {
    athlete.injury.mechanism = coach::Mechanism::stretching;
    EXPECT_EQ(return_to_sport(), 40);  // 22 x 1.8 = 39.6
    athlete.injury.mechanism = coach::Mechanism::unknown;
    EXPECT_EQ(return_to_sport(), 22);  // an unknown mechanism is read as sprint-type
}

// Brooks JHM et al., Am J Sports Med 2006;34(8):1297-1306: 25 days lost after a recurrent
// hamstring injury vs 14 after a new one, x1.786, applied once whatever the number.
TEST_F(CourseTest, a_previous_injury_moves_return_to_sport_later_by_the_recurrence_ratio) {
    athlete.injury.previous_injuries = 1;
    EXPECT_EQ(return_to_sport(), 39);  // 22 x 1.786 = 39.3
    athlete.injury.previous_injuries = 3;
    EXPECT_EQ(return_to_sport(), 39);
}

TEST_F(CourseTest, the_factors_compound) {
    athlete.injury.site = coach::Site::c;
    athlete.injury.mechanism = coach::Mechanism::stretching;
    athlete.injury.previous_injuries = 1;
    EXPECT_EQ(return_to_sport(), 106);  // 22 x 1.5 x 1.8 x 1.786 = 106.1
}

// Warren P et al., Br J Sports Med 2010;44(6):415-419: taking more than a day to walk without
// pain predicted more than 3 weeks out (odds ratio 4.0). The floor of 22 days is the project's.
TEST_F(CourseTest, pain_on_walking_after_day_1_gives_at_least_22_days) {
    athlete.injury.grade = 1;
    athlete.injury.site = coach::Site::a;
    assess(1).pain_walking = 2;
    EXPECT_EQ(return_to_sport(), 17);  // on day 1 it predicts nothing yet
    assess(3).pain_walking = 2;
    EXPECT_EQ(return_to_sport(), 22);
    const auto walking = course();
    EXPECT_EQ(walking.projection.pain_free_walking, day(6));  // ceil(0.25 x 22)
    EXPECT_EQ(walking.projection.walking_floor_days, 22);
}

TEST_F(CourseTest, each_sign_resolves_on_its_day_from_the_return_to_sport) {
    const auto projected = course();
    EXPECT_EQ(projected.projection.pain_free_rest, day(4));     // ceil(0.15 x 22)
    EXPECT_EQ(projected.projection.pain_free_walking, day(6));  // ceil(0.25 x 22)
    EXPECT_EQ(projected.projection.return_to_sport, day(22));
    // Nothing measured: unknown before the first target, at it from its day.
    EXPECT_EQ(projected.reading(day(5), Sign::pain_walking).basis, Basis::unknown);
    EXPECT_EQ(projected.reading(day(6), Sign::pain_walking), (coach::Reading{0, Basis::projected}));
    EXPECT_EQ(projected.reading(day(21), Sign::pain_exercise).basis, Basis::unknown);
    EXPECT_EQ(projected.reading(day(22), Sign::pain_exercise).value, 0);
    // Strength: 10% at return to sport (Sanfilippo et al. 2013: 9.6%), none 180 days later.
    EXPECT_EQ(projected.reading(day(22), Sign::strength_deficit_pct).value, 10);
    EXPECT_EQ(projected.reading(day(112), Sign::strength_deficit_pct).value, 5);
    // Top speed: 0% at pain-free walking, 100% at return to sport, rising in between.
    EXPECT_EQ(projected.reading(day(6), Sign::max_sprint_pct).value, 0);
    EXPECT_EQ(projected.reading(day(14), Sign::max_sprint_pct).value, 50);
    EXPECT_EQ(projected.reading(day(22), Sign::max_sprint_pct).value, 100);
}

TEST_F(CourseTest, a_measured_value_wins_on_its_day_and_the_projection_starts_from_it) {
    assess(2).pain_walking = 4;
    const auto anchored = course();
    EXPECT_EQ(anchored.reading(day(2), Sign::pain_walking), (coach::Reading{4, Basis::measured}));
    // A straight line from 4/10 on day 2 to 0/10 on day 6, rounded towards the worse side, so
    // that the target is reached on its day and not before.
    EXPECT_EQ(anchored.reading(day(3), Sign::pain_walking), (coach::Reading{3, Basis::projected}));
    EXPECT_EQ(anchored.reading(day(5), Sign::pain_walking).value, 1);
    EXPECT_EQ(anchored.reading(day(6), Sign::pain_walking).value, 0);
    // A new assessment re-anchors it.
    assess(4).pain_walking = 3;
    const auto again = course();
    EXPECT_EQ(again.reading(day(4), Sign::pain_walking), (coach::Reading{3, Basis::measured}));
    EXPECT_EQ(again.reading(day(5), Sign::pain_walking).value, 2);
    ASSERT_NE(again.latest_measurement(Sign::pain_walking, day(5)), nullptr);
    EXPECT_EQ(again.latest_measurement(Sign::pain_walking, day(5))->date, day(4));
}

TEST_F(CourseTest, a_value_measured_at_its_target_early_stays_there) {
    assess(3).pain_walking = 0;
    const auto early = course();
    EXPECT_EQ(early.reading(day(4), Sign::pain_walking), (coach::Reading{0, Basis::projected}));
    EXPECT_EQ(coach::standing(early, {Sign::pain_walking, coach::Relation::at_most, 0}, day(4)),
              coach::Standing::met);
}

TEST_F(CourseTest, a_measurement_behind_schedule_moves_that_day_and_every_later_one) {
    // Pain walking 3/10 on day 8, when the course expected 0/10 by day 6: the rest takes as long
    // again (the project's choice), to day 16, and return to sport moves 10 days, to day 32.
    assess(8).pain_walking = 3;
    const auto late = course();
    EXPECT_EQ(late.projection.pain_free_walking, day(16));
    EXPECT_EQ(late.projection.return_to_sport, day(32));
    EXPECT_EQ(late.projection.delay_days, 10);
    EXPECT_EQ(late.projection.pain_free_rest, day(4));              // an earlier step does not move
    EXPECT_EQ(late.reading(day(12), Sign::pain_walking).value, 2);  // 3 x 4/8, rounded up
}

TEST_F(CourseTest, a_measurement_far_above_the_line_to_its_target_re_anchors_the_course) {
    // Pain at rest 9/10 on day 3, when the course expects 0/10 on day 4: the straight line from
    // the worst of the scale (10/10 on the injury day) to 0/10 on day 4 reaches 9/10 on day 0.4,
    // so the athlete is 2.6 days behind, rounded up to 3 (the project's rule, an estimate):
    // pain-free rest moves to day 7, and every later step 3 days later.
    assess(3).pain_rest = 9;
    const auto severe = course();
    EXPECT_EQ(severe.projection.pain_free_rest, day(7));
    EXPECT_EQ(severe.projection.pain_free_walking, day(9));
    EXPECT_EQ(severe.projection.return_to_sport, day(25));
    EXPECT_EQ(severe.projection.delay_days, 3);
    // Never 0/10 the next day: down a straight line from the measurement to its new day.
    EXPECT_EQ(severe.reading(day(4), Sign::pain_rest), (coach::Reading{7, Basis::projected}));
    EXPECT_EQ(severe.reading(day(6), Sign::pain_rest).value, 3);
    EXPECT_EQ(severe.reading(day(7), Sign::pain_rest).value, 0);
    const auto& reasons = severe.projection.reasons;
    EXPECT_NE(std::find(reasons.begin(), reasons.end(),
                        "pain at rest was 9/10 on 2026-09-04 (day 3), above the course's straight "
                        "line from 10/10 on day 0 to 0/10 on day 4, which reaches 9/10 3 days "
                        "earlier: the course is re-anchored at the measurement (the project's "
                        "rule, an estimate), so this step moves to day 7 and every later one 3 "
                        "days later."),
              reasons.end());
}

TEST_F(CourseTest, a_measurement_on_or_below_the_line_to_its_target_moves_nothing) {
    assess(2).pain_rest = 5;  // the line from 10/10 on day 0 to 0/10 on day 4 is at 5/10 on day 2
    const auto on_line = course();
    EXPECT_EQ(on_line.projection.pain_free_rest, day(4));
    EXPECT_EQ(on_line.projection.return_to_sport, day(22));
    EXPECT_EQ(on_line.projection.delay_days, 0);
}

TEST_F(CourseTest, projected_walking_pain_is_never_below_projected_rest_pain) {
    auto& odd = assess(2);  // a record may say so; a projection never does
    odd.pain_rest = 5;
    odd.pain_walking = 2;
    odd.pain_exercise = 1;
    const auto course_of_pain = course();
    const auto* state = course_of_pain.on(day(3));
    ASSERT_NE(state, nullptr);
    EXPECT_GE((*state)[Sign::pain_walking].value, (*state)[Sign::pain_rest].value);
    EXPECT_GE((*state)[Sign::pain_exercise].value, (*state)[Sign::pain_walking].value);
}

TEST_F(CourseTest, covers_every_day_from_the_injury_to_the_last_day_and_says_why) {
    const auto covered = course();
    ASSERT_EQ(covered.days.size(), 121u);
    EXPECT_EQ(covered.days.front().date, day(0));
    EXPECT_EQ(covered.days.back().date, day(120));
    EXPECT_EQ(covered.on(day(121)), nullptr);
    EXPECT_EQ(covered.reading(day(-1), Sign::pain_rest).basis, Basis::unknown);
    ASSERT_FALSE(covered.projection.reasons.empty());
    EXPECT_NE(covered.projection.reasons.front().find("Ekstrand"), std::string::npos);
}

TEST_F(CourseTest, an_old_injury_is_covered_for_the_last_two_years_only) {
    const Date last_day = athlete.injury.date + 5000;
    const auto old = coach::course_of(athlete, coach::chronology_of(athlete), last_day);
    EXPECT_EQ(old.days.size(), 730u);
    EXPECT_EQ(old.days.back().date, last_day);
}

// The user trial's fault: pain at rest measured late moves pain-free rest, and with it every later
// step, including pain-free walking, which an assessment had already measured. The step is
// reported on the day measured, not after it; the shift stays for the steps nobody measured.
TEST_F(CourseTest, a_step_an_earlier_shift_pushes_is_not_reported_after_a_measurement_that_met_it) {
    auto& late = assess(4);  // behind pain-free rest (day 4 of 22): the rest takes as long again
    late.pain_rest = 2;
    late.pain_walking = 3;
    assess(7).pain_walking = 0;
    const auto found = course();
    EXPECT_EQ(found.projection.pain_free_rest, day(8));
    EXPECT_EQ(found.projection.pain_free_walking, day(7));  // not day 10, where the shift put it
    EXPECT_EQ(found.projection.return_to_sport, day(26));
    EXPECT_EQ(found.projection.delay_days, 4);
    EXPECT_NE(std::find(found.projection.reasons.begin(), found.projection.reasons.end(),
                        "pain walking measured 0/10 on 2026-09-08 (day 7) meets this step, so it "
                        "is day 7, not the day 10 an earlier step's shift moved it to."),
              found.projection.reasons.end());
    for (int since = 7; since <= 10; ++since) {
        EXPECT_EQ(found.reading(day(since), Sign::pain_walking).value, 0) << "day " << since;
    }

    // Measured before the published day (6), the step keeps that day: running builds from it.
    athlete.assessments.back().date = day(5);
    EXPECT_EQ(course().projection.pain_free_walking, day(6));
}
