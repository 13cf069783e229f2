#include <gtest/gtest.h>

#include "coach/report.hpp"
#include "coach/sdk/plan_builder.hpp"

using coach::Date;

namespace {

coach::Plan two_days(const coach::Case& input) {
    coach::PlanBuilder plan{input};
    plan.phase("loading", input.as_of, input.last_day(), "g");
    plan.session(input.as_of, "strength")
        .add({.exercise = "slider_curl_double",
              .sets = 4,
              .reps = 6,
              .load = coach::Load::bodyweight,
              .cue = "lower slowly over three seconds"});
    plan.rest_day(input.as_of + 1, "let the soreness settle");
    plan.sources({"s"});
    auto built = std::move(plan).build();
    built.philosophy.id = "eccentric-strength";
    return built;
}

}  // namespace

TEST(session_text, lists_each_item_with_its_cue_and_the_pain_limit) {
    coach::Athlete athlete;
    const coach::PlanningCase planning{athlete, coach::Request{*Date::parse("2026-10-06"), 3}};
    const coach::Case& input = planning.input();
    EXPECT_EQ(coach::report::session_text(two_days(input), input.as_of, 4),
              "Tuesday 2026-10-06, eccentric-strength\n"
              "loading, strength\n\n"
              "1. Slider curl, both legs 4x6, bodyweight\n"
              "   lower slowly over three seconds\n\n"
              "Stop and tell your clinician if pain goes above 4/10.\n");
}

TEST(session_text, says_when_a_day_is_a_rest_day) {
    coach::Athlete athlete;
    const coach::PlanningCase planning{athlete, coach::Request{*Date::parse("2026-10-06"), 3}};
    const coach::Case& input = planning.input();
    const auto plan = two_days(input);
    EXPECT_EQ(coach::report::session_text(plan, input.as_of + 1, 4),
              "Wednesday 2026-10-07, eccentric-strength\nRest day: let the soreness settle.\n");
    EXPECT_EQ(coach::report::session_text(plan, input.as_of + 2, 4),
              "Thursday 2026-10-08, eccentric-strength\nRest day: nothing is planned today.\n");
}

TEST(session_text, a_withheld_plan_gives_no_session_and_says_why) {
    coach::Athlete athlete;
    const coach::PlanningCase planning{athlete, coach::Request{*Date::parse("2026-10-06"), 3}};
    const coach::Case& input = planning.input();
    coach::Plan plan;
    plan.philosophy.id = "x";
    plan.status = coach::PlanStatus::referral;
    plan.referrals.push_back({coach::ReferralLevel::stop, "numbness"});
    EXPECT_EQ(coach::report::session_text(plan, input.as_of, 4),
              "Tuesday 2026-10-06, x\nSTOP, see a clinician: numbness\n"
              "No session: this plan is withheld until a clinician has assessed you.\n");
}
