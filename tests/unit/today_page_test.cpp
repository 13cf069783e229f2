#include <gtest/gtest.h>

#include "coach/planning_case.hpp"
#include "coach/report.hpp"
#include "coach/sdk/plan_builder.hpp"

using coach::Date;

namespace {

const Date monday = *Date::parse("2026-10-05");

// A week from `monday`: strength on Monday and Wednesday, rest on Tuesday, nothing else planned.
coach::Plan a_week(const coach::Case& input) {
    coach::PlanBuilder plan{input};
    plan.phase("loading", input.as_of, input.last_day(), "g");
    plan.session(monday, "strength")
        .add({.exercise = "slider_curl_double",
              .sets = 4,
              .reps = 6,
              .load = coach::Load::bodyweight,
              .cue = "lower slowly over three seconds"});
    plan.rest_day(monday + 1, "let the soreness settle");
    plan.session(monday + 2, "stretching")
        .add({.exercise = "hamstring_static_stretch", .sets = 2, .hold_s = 30});
    plan.sources({"s"});
    auto built = std::move(plan).build();
    built.philosophy.id = "eccentric-strength";
    return built;
}

coach::PhilosophyInfo ceiling_4() {
    coach::PhilosophyInfo info;
    info.id = "eccentric-strength";
    info.pain_ceiling = 4;
    return info;
}

// Every symptom the safety gate reads, recorded absent: the gate has nothing to advise (a red
// flag never screened is advice on every page, as on every plan).
constexpr coach::Symptoms screened = {.numbness = coach::Finding::absent,
                                      .tingling = coach::Finding::absent,
                                      .altered_gait = coach::Finding::absent,
                                      .unable_to_bear_weight = coach::Finding::absent,
                                      .palpable_gap = coach::Finding::absent};

// Injured the day before `monday` and assessed that day, every red flag screened: every day of
// the week lies within the reassessment window (safety::reassessment_window_days) of that
// assessment. An athlete never assessed since the injury is given no session at all
// (safety::unassessed_gap()).
coach::Athlete injured_sunday() {
    coach::Athlete athlete;
    athlete.injury.date = monday - 1;
    athlete.assessments.push_back({.date = monday - 1, .pain_rest = 0, .symptoms = screened});
    return athlete;
}

struct Week {
    coach::Athlete athlete = injured_sunday();
    coach::PlanningCase planning{athlete, coach::Request{monday, 7}};
};

}  // namespace

TEST(today_page, lists_each_item_in_words_with_its_cue_the_week_and_the_pain_limit) {
    Week week;
    const auto plan = a_week(week.planning.input());
    const auto info = ceiling_4();
    EXPECT_EQ(coach::report::today_text(
                  {.plan = plan, .athlete = week.athlete, .day = monday, .info = info}),
              "Monday 2026-10-05, eccentric-strength\n"
              "Today, loading: strength\n"
              "\n"
              "1. Slider curl, both legs: 4 sets of 6, bodyweight\n"
              "     lower slowly over three seconds\n"
              "\n"
              "This week\n"
              "  Mon 2026-10-05  strength\n"
              "  Tue 2026-10-06  rest\n"
              "  Wed 2026-10-07  stretching\n"
              "  Thu 2026-10-08  nothing planned\n"
              "  Fri 2026-10-09  nothing planned\n"
              "  Sat 2026-10-10  nothing planned\n"
              "  Sun 2026-10-11  nothing planned\n"
              "\n"
              "Stop and tell your clinician if pain goes above 4/10.\n");
}

TEST(today_page, a_rest_day_says_so_and_shows_the_next_session) {
    Week week;
    const auto plan = a_week(week.planning.input());
    const auto info = ceiling_4();
    const auto page = coach::report::today_text(
        {.plan = plan, .athlete = week.athlete, .day = monday + 1, .info = info});
    EXPECT_NE(page.find("Rest day: let the soreness settle.\n\nNext session, Wednesday "
                        "2026-10-07: loading: stretching\n1. Static hamstring stretch: 2 holds "
                        "of 30 s\n"),
              std::string::npos)
        << page;
}

TEST(today_page, a_day_with_a_logged_session_reports_it_and_what_follows) {
    Week week;
    week.athlete.log.push_back({.date = monday,
                                .completed = false,
                                .pain_during = 6,
                                .pain_next_day = 5,
                                .fatigue = coach::Fatigue::draggy,
                                .items = {{.exercise = "acceleration",
                                           .sets = 1,
                                           .reps = 3,
                                           .distance_m = 15,
                                           .intensity_pct = 60}}});
    auto plan = a_week(week.planning.input());
    plan.rationale.push_back("The session of 2026-10-05 went to 6/10: no running the next day.");
    const auto info = ceiling_4();
    const auto page = coach::report::today_text(
        {.plan = plan, .athlete = week.athlete, .day = monday, .info = info});
    EXPECT_EQ(page.find("Rest day"), std::string::npos) << page;
    // The pain of the next day is not known on the session's own day.
    EXPECT_NE(page.find("Logged today: Acceleration: 3 x 15 m at 60%; not finished; pain 6/10 "
                        "during\n  it; the hamstring felt draggy.\n"
                        "What follows: The session of 2026-10-05 went to 6/10: no running the "
                        "next day.\n"),
              std::string::npos)
        << page;
    EXPECT_NE(page.find("  Mon 2026-10-05  logged, not finished, pain 6/10\n"), std::string::npos)
        << page;
    // Already above the ceiling: the footer says so, and, as the page shows a session to do
    // (the next one), when to stop during it.
    EXPECT_NE(page.find("Your pain is already above this plan's limit of 4/10 (6/10 during the "
                        "session\n  of 2026-10-05, logged under no plan). Do not train through "
                        "it: keep to the\n  plan above, which allows for it, and tell your "
                        "clinician.\nStop and tell your clinician if pain goes above 4/10.\n"),
              std::string::npos)
        << page;
}

// A trial user: the page of day 8 after the injury left out the gate's advice on an altered gait
// (past day 7) when its plan started from an earlier day, which had none. The page carries the
// gate's findings on a plan made on its own day, whatever day its plan starts from.
TEST(today_page, carries_the_gate_s_advice_of_its_day_when_its_plan_started_before_it) {
    Week week;
    week.athlete.assessments.front().symptoms.altered_gait = coach::Finding::present;
    const auto plan = a_week(week.planning.input());  // from monday, day 1: nothing to advise
    ASSERT_TRUE(plan.referrals.empty());
    const auto info = ceiling_4();
    const auto day_8 = monday + 7;
    coach::PlanningCase later{week.athlete, coach::Request{monday, 14}};
    const auto two_weeks = a_week(later.input());
    const auto page = coach::report::today_text(
        {.plan = two_weeks, .athlete = week.athlete, .day = day_8, .info = info, .width = 200});
    EXPECT_EQ(page.rfind("Monday 2026-10-12, eccentric-strength\n"
                         "See a doctor or physio before you train:\n"
                         "  - Gait altered as last recorded (assessment of 2026-10-04), now 8 days "
                         "after injury.\n",
                         0),
              0u)
        << page;
    // Before day 8 there is nothing to advise: no advice heading.
    const auto day_7 = coach::report::today_text(
        {.plan = two_weeks, .athlete = week.athlete, .day = monday + 6, .info = info});
    EXPECT_EQ(day_7.find("See a doctor"), std::string::npos) << day_7;
}

// The record as known on a day: a session's next-day pain from the day after it only, and no
// session logged after the day at all.
TEST(today_page, the_record_known_on_a_session_s_day_has_no_next_day_pain_yet) {
    coach::Athlete athlete = injured_sunday();
    athlete.log.push_back({.date = monday, .pain_during = 2, .pain_next_day = 6});
    athlete.log.push_back({.date = monday + 1, .pain_during = 1, .pain_next_day = 1});
    const auto on_monday = coach::report::known_on(athlete, monday);
    ASSERT_EQ(on_monday.log.size(), 1u) << "the session of Tuesday is not known on Monday";
    EXPECT_EQ(on_monday.log.at(0).pain_during, 2);
    EXPECT_EQ(on_monday.log.at(0).pain_next_day, std::nullopt);
    const auto on_tuesday = coach::report::known_on(athlete, monday + 1);
    EXPECT_EQ(on_tuesday.log.at(0).pain_next_day, 6);
    EXPECT_EQ(on_tuesday.log.at(1).pain_next_day, std::nullopt);
}

TEST(today_page, prints_a_referral_once_in_plain_words) {
    Week week;
    auto plan = a_week(week.planning.input());
    plan.referrals.push_back({coach::ReferralLevel::advise,
                              "See a doctor: the pain has not improved after a couple of days of "
                              "complete rest"});
    plan.referrals.push_back({coach::ReferralLevel::advise,
                              "the pain has not improved after a couple of days of complete "
                              "rest: see a clinician"});
    const auto info = ceiling_4();
    const auto page = coach::report::today_text(
        {.plan = plan, .athlete = week.athlete, .day = monday, .info = info});
    EXPECT_NE(page.find("See a doctor or physio before you train:\n  - The pain has not improved "
                        "after a couple of days of complete rest.\n"),
              std::string::npos)
        << page;
    EXPECT_EQ(page.find("not improved", page.find("not improved") + 1), std::string::npos) << page;
}

TEST(today_page, names_a_declared_exercise_by_its_name_never_its_id) {
    Week week;
    coach::PlanBuilder builder{week.planning.input(),
                               {{"walk", coach::Category::cross_training, "Walking"}}};
    builder.phase("settle", monday, monday + 6, "g");
    builder.session(monday, "walk").add({.exercise = "walk", .duration_min = 20});
    builder.sources({"s"});
    auto plan = std::move(builder).build();
    plan.philosophy.id = "x";
    auto info = ceiling_4();
    info.exercises = {{"walk", coach::Category::cross_training, "Walking"}};
    const auto page = coach::report::today_text(
        {.plan = plan, .athlete = week.athlete, .day = monday, .info = info});
    EXPECT_NE(page.find("1. Walking: 20 min\n"), std::string::npos) << page;
    EXPECT_EQ(page.find("walk:"), std::string::npos) << page;
}

TEST(today_page, a_withheld_plan_gives_no_session_and_says_why) {
    Week week;
    coach::Plan plan;
    plan.philosophy.id = "x";
    plan.status = coach::PlanStatus::referral;
    plan.referrals.push_back({coach::ReferralLevel::stop, "numbness"});
    const auto info = ceiling_4();
    EXPECT_EQ(coach::report::today_text(
                  {.plan = plan, .athlete = week.athlete, .day = monday, .info = info}),
              "Monday 2026-10-05, x\nSTOP, see a clinician: numbness\n"
              "No session: this plan is withheld until a clinician has assessed you.\n");
}

TEST(readable_item, says_each_dose_in_words) {
    using coach::report::readable_item;
    EXPECT_EQ(readable_item({.exercise = "hamstring_static_stretch",
                             .category = coach::Category::stretch_static,
                             .sets = 2,
                             .hold_s = 30}),
              "Static hamstring stretch: 2 holds of 30 s");
    // stretch-ice's stretch: 2 sets of 5 minutes, held 30 seconds at a time.
    EXPECT_EQ(readable_item({.exercise = "hamstring_static_stretch",
                             .category = coach::Category::stretch_static,
                             .sets = 2,
                             .duration_min = 5,
                             .hold_s = 30}),
              "Static hamstring stretch: 2 x 5 min in holds of 30 s");
    EXPECT_EQ(readable_item({.exercise = "acceleration",
                             .category = coach::Category::sprint,
                             .sets = 2,
                             .reps = 5,
                             .distance_m = 10,
                             .intensity_pct = 60,
                             .rest_s = 120}),
              "Acceleration: 2 sets of 5 x 10 m at 60%, 2 min between runs");
    EXPECT_EQ(readable_item({.exercise = "ice",
                             .category = coach::Category::cryotherapy,
                             .sets = 3,
                             .rest_s = 1200,
                             .duration_min = 20}),
              "Ice: 3 x 20 min, 20 min off between");
}

// A plan more than a week past the latest assessment runs on the projected course: the page says
// so and asks for a reassessment (coach::report::reassess_after_days).
TEST(today_page, asks_for_a_reassessment_when_the_latest_is_more_than_a_week_old) {
    Week week;
    week.athlete.assessments.clear();
    const auto plan = a_week(week.planning.input());
    const auto page = [&] {
        return coach::report::today_text(
            {.plan = plan, .athlete = week.athlete, .day = monday, .info = ceiling_4()});
    };
    // Never assessed since the injury: nothing is prescribed, not even inside the window.
    EXPECT_NE(page().find("\nNo session today: nothing measured since the injury on 2026-10-04, 1 "
                          "day\n  before 2026-10-05: the projected course of recovery alone is "
                          "not enough to\n  train on (the project's rule); have pain, ASLR and "
                          "strength assessed first.\n"),
              std::string::npos)
        << page();
    EXPECT_EQ(page().find("Slider curl"), std::string::npos) << page();
    week.athlete.injury.date = monday - 20;
    week.athlete.assessments.push_back({.date = monday - 8, .pain_rest = 1});
    EXPECT_NE(page().find("\nNo session today: last assessed on 2026-09-27, 8 days before "
                          "2026-10-05: past\n  7 days the projected course of recovery alone"),
              std::string::npos)
        << page();
    EXPECT_EQ(page().find("Slider curl"), std::string::npos) << page();
    week.athlete.assessments.push_back({.date = monday - 7, .pain_rest = 1});
    EXPECT_EQ(page().find("No session today"), std::string::npos) << "7 days is recent enough";
    EXPECT_NE(page().find("Slider curl"), std::string::npos) << page();
    EXPECT_NE(page().find("  Tue 2026-10-06  no session until reassessed\n"), std::string::npos)
        << "the next day is 8 days on: " << page();
    week.athlete.assessments.push_back({.date = monday + 3, .pain_rest = 1});
    EXPECT_EQ(page().find("No session today"), std::string::npos) << "a later one changes nothing";
}

// A plan's return to sport that only the projection reaches needs a clinician's sign-off: no
// session is shown from it on, and the page says why (safety::reassessment_hold()).
TEST(today_page, no_session_from_a_projected_return_to_sport) {
    Week week;
    week.athlete.assessments.push_back({.date = monday, .pain_rest = 0});
    auto plan = a_week(week.planning.input());
    plan.milestones.return_to_sport = monday + 2;
    plan.milestones.projected = {coach::MilestoneKind::return_to_sport};
    const auto page = coach::report::today_text(
        {.plan = plan, .athlete = week.athlete, .day = monday + 2, .info = ceiling_4()});
    EXPECT_NE(page.find("No session today: return to sport on 2026-10-07 rests on the projected"),
              std::string::npos)
        << page;
    EXPECT_EQ(page.find("Static hamstring stretch"), std::string::npos) << page;
}

// Pain from a session eight weeks before says nothing about today's: the footer quotes only pain
// recorded in the 7 days up to the page's day, and otherwise gives the plain pain limit.
TEST(today_page, the_pain_footer_quotes_only_pain_of_the_last_7_days) {
    Week week;
    week.athlete.injury.date = monday - 60;
    week.athlete.assessments.push_back({.date = monday, .pain_rest = 0});
    week.athlete.log.push_back({.date = monday - 56, .pain_during = 6});
    const auto plan = a_week(week.planning.input());
    const auto info = ceiling_4();
    const auto old = coach::report::today_text(
        {.plan = plan, .athlete = week.athlete, .day = monday, .info = info});
    EXPECT_EQ(old.find("already above"), std::string::npos) << old;
    EXPECT_NE(old.find("Stop and tell your clinician if pain goes above 4/10.\n"),
              std::string::npos)
        << old;
    week.athlete.log.push_back({.date = monday - 6, .pain_during = 5});
    const auto recent = coach::report::today_text(
        {.plan = plan, .athlete = week.athlete, .day = monday, .info = info});
    // The reading is of six days before: dated, not said to be the pain now.
    EXPECT_EQ(recent.find("already above"), std::string::npos) << recent;
    EXPECT_NE(recent.find("Your last pain reading, 5/10 on " + (monday - 6).iso()),
              std::string::npos)
        << recent;
    EXPECT_NE(recent.find("was above this plan's limit of 4/10."), std::string::npos) << recent;
}

// A plan that carries a stop referral (here a plugin's own, on a plan still "ok"): the page says
// STOP and gives no session to do, never STOP then a session.
TEST(today_page, a_plan_carrying_a_stop_referral_gives_no_session_to_do) {
    Week week;
    auto plan = a_week(week.planning.input());
    plan.referrals.push_back(
        {coach::ReferralLevel::stop, "pain on resisted knee flexion: see the team doctor"});
    const auto info = ceiling_4();
    const auto page = coach::report::today_text(
        {.plan = plan, .athlete = week.athlete, .day = monday, .info = info});
    EXPECT_EQ(page,
              "Monday 2026-10-05, eccentric-strength\n"
              "STOP, see a clinician: pain on resisted knee flexion: see the team doctor\n"
              "No session: this plan is withheld until a clinician has assessed you.\n");
}

// A red flag the record holds after the page's week, even past the 42 days of a default plan: the
// page's plan (its week only) does not reach it, but the page says it and gives no session; an
// assessment after the week without a flag changes nothing.
TEST(today_page, a_red_flag_recorded_after_the_page_s_week_stops_the_page) {
    Week week;
    const auto plan = a_week(week.planning.input());
    const auto info = ceiling_4();
    week.athlete.assessments.push_back({.date = monday + 20, .symptoms = screened});
    const auto clear = coach::report::today_text(
        {.plan = plan, .athlete = week.athlete, .day = monday, .info = info});
    EXPECT_EQ(clear.find("STOP"), std::string::npos) << clear;
    EXPECT_NE(clear.find("Today, loading: strength\n"), std::string::npos) << clear;
    auto flagged = screened;
    flagged.palpable_gap = coach::Finding::present;
    week.athlete.assessments.push_back({.date = monday + 60, .symptoms = flagged});
    EXPECT_EQ(coach::report::today_text(
                  {.plan = plan, .athlete = week.athlete, .day = monday, .info = info}),
              "Monday 2026-10-05, eccentric-strength\n"
              "STOP, see a clinician: a palpable gap at the injury site recorded on\n"
              "  2026-12-04, inside this plan's horizon: every plan withheld; possible complete\n"
              "  tear, needs imaging and a medical assessment\n"
              "No session: the record holds the red flag above, after this page's week; do\n"
              "  not train, even before its day, until a clinician has assessed you.\n");
}

// The page of a day quotes what was known on that day: a session's next-day pain is not known on
// the session's own day, nor a later session's pain.
TEST(today_page, quotes_only_what_was_logged_on_or_before_its_day) {
    Week week;
    week.athlete.log.push_back({.date = monday, .pain_during = 2, .pain_next_day = 5});
    week.athlete.log.push_back({.date = monday + 2, .pain_during = 6, .pain_next_day = 6});
    const auto plan = a_week(week.planning.input());
    const auto info = ceiling_4();
    const auto page = coach::report::today_text(
        {.plan = plan, .athlete = week.athlete, .day = monday, .info = info});
    EXPECT_NE(page.find("Logged today: a session; pain 2/10 during it.\n"), std::string::npos)
        << page;
    EXPECT_EQ(page.find("5/10"), std::string::npos) << "known only the next day: " << page;
    EXPECT_NE(page.find("  Wed 2026-10-07  stretching\n"), std::string::npos)
        << "a session logged after the page's day is not known on it: " << page;
    EXPECT_EQ(page.find("6/10"), std::string::npos) << "logged after the page's day: " << page;
}

// A rest session whose cue already says it is a rest day is not prefixed again.
TEST(today_page, a_rest_day_is_said_once) {
    Week week;
    coach::PlanBuilder builder{week.planning.input()};
    builder.phase("settle", monday, monday + 6, "g");
    builder.rest_day(monday, "Rest day: ice and compression");
    builder.rest_day(monday + 1, "rest day");
    builder.sources({"s"});
    auto plan = std::move(builder).build();
    plan.philosophy.id = "x";
    const auto info = ceiling_4();
    const auto page = [&](Date day) {
        return coach::report::today_text(
            {.plan = plan, .athlete = week.athlete, .day = day, .info = info});
    };
    EXPECT_NE(page(monday).find("\nRest day: ice and compression.\n"), std::string::npos)
        << page(monday);
    EXPECT_EQ(page(monday).find("Rest day: Rest day"), std::string::npos) << page(monday);
    EXPECT_NE(page(monday + 1).find("\nRest day.\n"), std::string::npos) << page(monday + 1);
}

// "Stop ... if pain goes above" is for a session: a page with none to do ends with its week.
TEST(today_page, the_pain_limit_closes_only_a_page_with_a_session) {
    Week week;
    coach::PlanBuilder builder{week.planning.input()};
    builder.phase("settle", monday, monday + 6, "g");
    builder.rest_day(monday, "let it settle");
    builder.sources({"s"});
    auto plan = std::move(builder).build();
    plan.philosophy.id = "x";
    const auto info = ceiling_4();
    EXPECT_EQ(coach::report::today_text(
                  {.plan = plan, .athlete = week.athlete, .day = monday, .info = info}),
              "Monday 2026-10-05, x\n"
              "Rest day: let it settle.\n"
              "\n"
              "No session is planned in the week ahead.\n"
              "\n"
              "This week\n"
              "  Mon 2026-10-05  rest\n"
              "  Tue 2026-10-06  nothing planned\n"
              "  Wed 2026-10-07  nothing planned\n"
              "  Thu 2026-10-08  nothing planned\n"
              "  Fri 2026-10-09  nothing planned\n"
              "  Sat 2026-10-10  nothing planned\n"
              "  Sun 2026-10-11  nothing planned\n");
    const auto rest_then_session = a_week(week.planning.input());
    EXPECT_NE(
        coach::report::today_text(
            {.plan = rest_then_session, .athlete = week.athlete, .day = monday + 1, .info = info})
            .find("Stop and tell your clinician if pain goes above 4/10.\n"),
        std::string::npos)
        << "a rest day that shows the next session keeps it";
}

// A plan that starts before sessions the record logs (its as_of) did not use them: the page says
// how many.
TEST(today_page, says_how_many_logged_sessions_its_plan_did_not_use) {
    Week week;
    week.athlete.log.push_back({.date = monday + 1, .pain_during = 1});
    week.athlete.log.push_back({.date = monday + 2, .pain_during = 1});
    const auto plan = a_week(week.planning.input());
    const auto info = ceiling_4();
    const auto page = [&](Date day) {
        return coach::report::today_text(
            {.plan = plan, .athlete = week.athlete, .day = day, .info = info});
    };
    EXPECT_EQ(page(monday).find("not used"), std::string::npos) << page(monday);
    EXPECT_NE(page(monday + 2)
                  .find("Planned from the record as of 2026-10-05: 2 sessions logged "
                        "after that day\n  were not used.\n"),
              std::string::npos)
        << page(monday + 2);
}

// A return to sport measured met within the page's week is said on the page, with the sign-off
// it needs, as `coach plan` says it (trial 41: the page moving the athlete into usual running
// read as clearance); one after the week is not, and a projected one holds the sessions instead.
TEST(today_page, a_measured_return_to_sport_in_its_week_needs_a_clinician_s_sign_off) {
    Week week;
    auto plan = a_week(week.planning.input());
    const auto page_on = [&](Date day) {
        return coach::report::today_text(
            {.plan = plan, .athlete = week.athlete, .day = day, .info = ceiling_4()});
    };
    plan.milestones.return_to_sport = monday + 2;
    EXPECT_NE(page_on(monday).find("Monday 2026-10-05, eccentric-strength\nReturn to sport from "
                                   "2026-10-07: criteria met, clinician sign-off required.\n"
                                   "Today, loading: strength\n"),
              std::string::npos)
        << page_on(monday);
    EXPECT_NE(page_on(monday + 2)
                  .find("Return to sport since 2026-10-07: criteria met, clinician "
                        "sign-off required.\n"),
              std::string::npos);
    plan.milestones.return_to_sport = monday + 7;
    EXPECT_EQ(page_on(monday).find("Return to sport"), std::string::npos) << "after the week";
    plan.milestones.return_to_sport = monday + 2;
    plan.milestones.projected = {coach::MilestoneKind::return_to_sport};
    EXPECT_EQ(page_on(monday).find("criteria met"), std::string::npos) << "projected";
}
