// The safety gate's high-speed running rule (coach/safety_gate.hpp, plan validity): a sprint or
// running item at 90% of top speed or more (a sprint that states no speed at 100%) waits for
// pain-free, even walking, measured or projected by the course of recovery, and never comes
// before the projected pain-free walking day.
#include <gtest/gtest.h>

#include "coach/planning_case.hpp"
#include "coach/safety_gate.hpp"
#include "coach/sdk/plan_builder.hpp"
#include "coach/sdk/running_speed.hpp"

using coach::Assessment;
using coach::Date;
using coach::Finding;

namespace {

struct HighSpeedTest : ::testing::Test {
    coach::Athlete athlete;
    coach::PhilosophyInfo info{
        .id = "test", .version = "1.0.0", .summary = "s", .sources = {"src"}};
    mutable std::vector<coach::PlanningCase> cases;

    HighSpeedTest() {
        athlete.id = "a";
        athlete.injury.region = "hamstring";
        athlete.injury.grade = 3;
        athlete.injury.site = coach::Site::b;
        athlete.injury.date = *Date::parse("2026-06-02");
    }

    Date day(int since_injury) const { return athlete.injury.date + since_injury; }

    const coach::Case& at(int since_injury) const {
        return cases.emplace_back(athlete, coach::Request{day(since_injury), 14}).input();
    }

    // The gate's problems with a plan of one session on the case's first day holding `item`.
    std::vector<std::string> problems(const coach::Case& input, coach::Item item) const {
        coach::PlanBuilder plan{input};
        plan.phase("p", input.as_of, input.last_day(), "g");
        plan.session(input.as_of, "f").add(std::move(item));
        plan.sources({"src"});
        return coach::safety::plan_problems(std::move(plan).build(), input, info);
    }

    static coach::Item sprint(int pct) {
        return {.exercise = "flying_sprint", .sets = 3, .distance_m = 60, .intensity_pct = pct};
    }
};

}  // namespace

// The user trial's case: a grade 3 tear, walking pain 3/10 measured the day before and altered
// gait recorded; a protocol prescribed 3 x 60 m flying sprints at 100% on day 10.
TEST_F(HighSpeedTest, refuses_full_speed_sprints_while_walking_still_hurts) {
    Assessment first{.date = day(1), .pain_walking = 6};
    first.symptoms.altered_gait = Finding::present;
    athlete.assessments = {first, {.date = day(9), .pain_walking = 3}};
    const auto& input = at(10);
    EXPECT_EQ(problems(input, sprint(100)),
              std::vector<std::string>{
                  "/sessions/0/items/0/intensity_pct: sprinting at 100% of top speed 10 days "
                  "after injury, before walking is pain-free and even (pain walking projected "
                  "3/10 (measured 3/10 on 2026-06-11)): below 90% until then"});
    // The rule starts at 90%, and holds running items as it holds sprints.
    EXPECT_EQ(problems(input, sprint(90)).size(), 1u);
    EXPECT_TRUE(problems(input, sprint(89)).empty());
    EXPECT_EQ(problems(input, {.exercise = "easy_run", .intensity_pct = 95, .duration_min = 10}),
              std::vector<std::string>{
                  "/sessions/0/items/0/intensity_pct: running at 95% of top speed 10 days after "
                  "injury, before walking is pain-free and even (pain walking projected 3/10 "
                  "(measured 3/10 on 2026-06-11)): below 90% until then"});
}

// The user trial's second case: 3 x 60 m flying sprints that state no intensity_pct, on day 10.
// A sprint that does not say how fast is read as full speed (coach::speed_pct()), never as slow:
// held as a 100% sprint is. A running item that states none (an easy run) is below full speed.
TEST_F(HighSpeedTest, a_sprint_that_states_no_speed_is_held_as_a_full_speed_sprint) {
    Assessment first{.date = day(1), .pain_walking = 6};
    first.symptoms.altered_gait = Finding::present;
    athlete.assessments = {first, {.date = day(9), .pain_walking = 3}};
    const auto& input = at(10);
    EXPECT_EQ(problems(input, {.exercise = "flying_sprint", .sets = 3, .distance_m = 60}),
              std::vector<std::string>{
                  "/sessions/0/items/0/intensity_pct: sprinting at 100% of top speed (no "
                  "intensity_pct: a sprint is read as full speed) 10 days after injury, before "
                  "walking is pain-free and even (pain walking projected 3/10 (measured 3/10 on "
                  "2026-06-11)): below 90% until then"});
    EXPECT_TRUE(problems(input, {.exercise = "easy_run", .duration_min = 10}).empty());
    EXPECT_TRUE(problems(input, {.exercise = "light_jog", .duration_min = 10}).empty());
}

// One reading of an item's speed for the gate, the metrics and the milestones.
TEST(running_speed, an_unstated_speed_is_full_speed_for_a_sprint_and_unknown_for_a_run) {
    const auto of = [](std::string exercise, coach::Category category,
                       std::optional<int> pct = std::nullopt) {
        return coach::Item{
            .exercise = std::move(exercise), .category = category, .intensity_pct = pct};
    };
    using coach::Category;
    EXPECT_EQ(coach::speed_pct(of("flying_sprint", Category::sprint)), 100);
    EXPECT_EQ(coach::speed_pct(of("acceleration", Category::sprint, 60)), 60);
    EXPECT_EQ(coach::speed_pct(of("easy_run", Category::running)), std::nullopt);
    EXPECT_EQ(coach::speed_pct(of("easy_run", Category::running, 95)), 95);
    EXPECT_TRUE(coach::is_full_speed_sprint(of("flying_sprint", Category::sprint)));
    EXPECT_FALSE(coach::is_full_speed_sprint(of("flying_sprint", Category::sprint, 89)));
    EXPECT_FALSE(coach::is_full_speed_sprint(of("easy_run", Category::running, 95)));
    EXPECT_TRUE(coach::is_high_speed_running(of("easy_run", Category::running, 95)));
    EXPECT_FALSE(coach::is_high_speed_running(of("easy_run", Category::running)));
    EXPECT_TRUE(coach::is_high_speed_running(of("speed_change_run", Category::sprint)));
}

// With nothing measured, the projection decides: walking pain unknown holds full speed back,
// and the projected pain-free walking day lets it through.
TEST_F(HighSpeedTest, the_projected_pain_free_walking_day_is_the_earliest_full_speed_day) {
    const Date pain_free = at(3).course.projection.pain_free_walking;
    const int first_day = pain_free - athlete.injury.date;
    ASSERT_GT(first_day, 3);
    // The gait recorded even (and nothing measured): only the projection holds full speed.
    Assessment gait{.date = day(1)};
    gait.symptoms.altered_gait = Finding::absent;
    athlete.assessments = {gait};
    const auto before = problems(at(first_day - 1), sprint(100));
    ASSERT_EQ(before.size(), 1u);
    EXPECT_NE(before[0].find("(pain walking neither measured nor projected yet)"),
              std::string::npos)
        << before[0];
    EXPECT_TRUE(problems(at(first_day), sprint(100)).empty());
}

// Pain-free walking measured early does not bring full speed forward: the course's projected
// pain-free walking day is when running may begin to build.
TEST_F(HighSpeedTest, measured_pain_free_walking_before_the_projected_day_is_not_enough) {
    athlete.assessments = {{.date = day(4), .pain_rest = 0, .pain_walking = 0}};
    const auto& input = at(5);
    const Date pain_free = input.course.projection.pain_free_walking;
    ASSERT_GT(pain_free, day(5));
    EXPECT_EQ(problems(input, sprint(95)),
              std::vector<std::string>{
                  "/sessions/0/items/0/intensity_pct: sprinting at 95% of top speed 5 days after "
                  "injury, before walking is pain-free and even (before "
                  + pain_free.iso()
                  + ", the projected day of pain-free walking from which running may build): "
                    "below 90% until then"});
}

// Altered gait recorded before the projected pain-free walking day is projected even from it;
// recorded on or after it, only an assessment recording an even gait lets full speed through.
TEST_F(HighSpeedTest, altered_gait_holds_full_speed_until_recorded_even) {
    const Date pain_free = at(3).course.projection.pain_free_walking;
    const int first_day = pain_free - athlete.injury.date;
    Assessment early{.date = day(1), .pain_walking = 5};
    early.symptoms.altered_gait = Finding::present;
    athlete.assessments = {early};
    EXPECT_TRUE(problems(at(first_day), sprint(100)).empty());

    Assessment late{.date = pain_free, .pain_walking = 0};
    late.symptoms.altered_gait = Finding::present;
    athlete.assessments = {early, late};
    EXPECT_EQ(problems(at(first_day + 1), sprint(100)),
              std::vector<std::string>{"/sessions/0/items/0/intensity_pct: sprinting at 100% of "
                                       "top speed "
                                       + std::to_string(first_day + 1)
                                       + " days after injury, before walking is pain-free and "
                                         "even (gait recorded altered on "
                                       + pain_free.iso()
                                       + " and not recorded even since): below 90% until then"});
    // An assessment that does not mention gait changes nothing; one that records it even does.
    athlete.assessments.push_back({.date = pain_free + 1, .pain_walking = 0});
    EXPECT_EQ(problems(at(first_day + 2), sprint(100)).size(), 1u);
    Assessment even{.date = pain_free + 2, .pain_walking = 0};
    even.symptoms.altered_gait = Finding::absent;
    athlete.assessments.push_back(even);
    EXPECT_TRUE(problems(at(first_day + 2), sprint(100)).empty());
}

// In the first 3 days sprinting of any speed is refused once, by the first-days rule.
TEST_F(HighSpeedTest, a_first_days_sprint_is_refused_once) {
    EXPECT_EQ(problems(at(2), sprint(100)),
              std::vector<std::string>{"/sessions/0/items/0: sprinting 2 days after injury"});
}
