// The safety gate's red flags and advice, read from the record's chronology: they persist until a
// clinician's review lifts them, one day's assessments merge, "not recorded" is never a flag, and
// a flag inside the horizon cuts the plan.
#include <gtest/gtest.h>

#include <algorithm>

#include "coach/chronology.hpp"
#include "coach/planning_case.hpp"
#include "coach/safety_gate.hpp"
#include "coach/sdk/plan_builder.hpp"
#include "support.hpp"

using coach::Date;
using coach::Finding;
using coach::RedFlag;
using coach::ReferralLevel;
namespace safety = coach::safety;

namespace {

struct RedFlagTest : ::testing::Test {
    coach::Athlete athlete;

    RedFlagTest() {
        athlete.id = "a";
        athlete.injury.region = "hamstring";
        athlete.injury.grade = 2;
        athlete.injury.site = coach::Site::b;
        athlete.injury.date = *Date::parse("2026-10-01");
    }

    Date day(int since_injury) const { return athlete.injury.date + since_injury; }

    coach::Assessment& assess(int since_injury) {
        athlete.assessments.push_back({.date = day(since_injury)});
        return athlete.assessments.back();
    }

    // An assessment on day 1 that records every red flag absent, and the gait even: the record
    // has screened them.
    void screen() {
        auto& first = assess(1);
        first.symptoms.numbness = first.symptoms.tingling = Finding::absent;
        first.symptoms.unable_to_bear_weight = first.symptoms.palpable_gap = Finding::absent;
        first.symptoms.altered_gait = Finding::absent;
    }

    coach::LogEntry& session(int since_injury, std::optional<int> during,
                             std::optional<int> next_day) {
        athlete.log.push_back(
            {.date = day(since_injury), .pain_during = during, .pain_next_day = next_day});
        return athlete.log.back();
    }

    coach::Assessment& review(int since_injury, std::vector<RedFlag> lifts) {
        auto& assessment = assess(since_injury);
        assessment.clinician_review = coach::ClinicianReview{"Dr Okafor", std::move(lifts), ""};
        return assessment;
    }

    // A case as the engine builds it (chronology and course of recovery from the record as it
    // is now), alive as long as the test.
    const coach::Case& at(int since_injury, int horizon = 14) const {
        return cases.emplace_back(athlete, coach::Request{day(since_injury), horizon}).input();
    }
    mutable std::vector<coach::PlanningCase> cases;

    std::vector<coach::Referral> stops_at(int since_injury) const {
        return safety::stop_referrals(at(since_injury));
    }
};

// The advice besides the (re)assessment advice every plan made more than a week after the latest
// measuring assessment, or with none since the injury, carries (safety::unassessed_plan_advice(),
// tested in safety_gate_test): for the tests of other advice on such days.
std::vector<coach::Referral> besides_reassessment(std::vector<coach::Referral> advice) {
    std::erase_if(advice, [](const coach::Referral& referral) {
        return referral.reason.find("ssess pain, ASLR and strength before following it")
               != std::string::npos;
    });
    return advice;
}

std::vector<std::string> reasons(const std::vector<coach::Referral>& referrals) {
    std::vector<std::string> out;
    for (const auto& referral : referrals) {
        out.push_back(referral.reason);
    }
    return out;
}

bool mentions(const std::vector<coach::Referral>& referrals, std::string_view text) {
    return std::any_of(referrals.begin(), referrals.end(),
                       [text](const auto& r) { return r.reason.find(text) != std::string::npos; });
}

}  // namespace

TEST_F(RedFlagTest, stops_on_numbness_or_tingling) {
    assess(3).symptoms.numbness = Finding::present;
    const auto stops = stops_at(4);
    ASSERT_EQ(stops.size(), 1u);
    EXPECT_EQ(stops[0].level, ReferralLevel::stop);
    EXPECT_EQ(
        stops[0].reason,
        "numbness recorded on 2026-10-04 and not lifted since by a clinician's review: "
        "nerve involvement must be ruled out by a clinician"
        "; the same day if bladder, bowel or saddle sensation has changed or both legs are weak");
    athlete.assessments.back().symptoms = {.tingling = Finding::present};
    EXPECT_TRUE(mentions(stops_at(4), "tingling recorded on 2026-10-04"));
}

TEST_F(RedFlagTest, stops_when_unable_to_bear_weight_or_a_gap_is_felt) {
    assess(1).symptoms.unable_to_bear_weight = Finding::present;
    EXPECT_TRUE(mentions(stops_at(2), "unable to bear weight recorded on 2026-10-02"));
    athlete.assessments.back().symptoms = {.palpable_gap = Finding::present};
    EXPECT_TRUE(mentions(stops_at(2), "a palpable gap at the injury site recorded on 2026-10-02"));
}

TEST_F(RedFlagTest, stops_on_a_complete_tear_and_on_grade_3_into_the_tendon) {
    athlete.injury.grade = 4;
    EXPECT_TRUE(mentions(stops_at(2), "grade 4"));
    athlete.injury.grade = 3;
    athlete.injury.site = coach::Site::c;
    EXPECT_TRUE(mentions(stops_at(2), "site c"));
    athlete.injury.site = coach::Site::b;
    EXPECT_TRUE(stops_at(2).empty());
}

TEST_F(RedFlagTest, red_flag_persists_through_a_later_assessment_that_does_not_mention_it) {
    assess(2).symptoms = {.numbness = Finding::present, .tingling = Finding::present};
    assess(4).pain_rest = 2;  // no symptoms block: nothing recorded, nothing lifted
    EXPECT_EQ(reasons(stops_at(4)),
              std::vector<std::string>{"numbness and tingling recorded on 2026-10-03 and not "
                                       "lifted since by a clinician's review: nerve involvement "
                                       "must be ruled out by a clinician"
                                       "; the same day if bladder, bowel or saddle sensation has "
                                       "changed or both legs are weak"});
    EXPECT_FALSE(stops_at(30).empty()) << "no review, however long after";
}

TEST_F(RedFlagTest, red_flag_persists_until_reviewed_even_when_recorded_absent_later) {
    assess(2).symptoms.palpable_gap = Finding::present;
    assess(5).symptoms.palpable_gap = Finding::absent;
    EXPECT_TRUE(mentions(stops_at(6), "palpable gap"));
    review(7, {RedFlag::palpable_gap});
    EXPECT_FALSE(stops_at(6).empty()) << "the review is after as_of";
    EXPECT_TRUE(stops_at(7).empty());
    EXPECT_TRUE(stops_at(20).empty());
}

TEST_F(RedFlagTest, a_review_lifts_only_the_flags_it_names) {
    assess(2).symptoms = {.numbness = Finding::present, .unable_to_bear_weight = Finding::present};
    review(5, {RedFlag::unable_to_bear_weight});
    const auto stops = stops_at(6);
    ASSERT_EQ(stops.size(), 1u);
    EXPECT_TRUE(mentions(stops, "numbness recorded on 2026-10-03"));
}

TEST_F(RedFlagTest, a_review_does_not_lift_a_flag_recorded_on_its_own_day_or_later) {
    auto& same_day = review(3, {RedFlag::tingling});
    same_day.symptoms.tingling = Finding::present;
    EXPECT_TRUE(mentions(stops_at(4), "tingling recorded on 2026-10-04")) << "reviewed that day";
    athlete.assessments.clear();
    assess(2).symptoms.tingling = Finding::present;
    review(4, {RedFlag::tingling});
    EXPECT_TRUE(stops_at(5).empty());
    assess(6).symptoms.tingling = Finding::present;
    EXPECT_TRUE(mentions(stops_at(7), "tingling recorded on 2026-10-07")) << "raised again";
}

TEST_F(RedFlagTest, a_flag_in_an_assessment_listed_out_of_date_order_still_counts) {
    assess(6).pain_rest = 1;
    assess(2).symptoms.numbness = Finding::present;  // listed last, dated first
    EXPECT_TRUE(mentions(stops_at(7), "numbness recorded on 2026-10-03"));
    // A review listed before the flag it lifts still comes after it in time.
    athlete.assessments.clear();
    review(5, {RedFlag::numbness});
    assess(2).symptoms.numbness = Finding::present;
    EXPECT_TRUE(stops_at(7).empty());
}

TEST_F(RedFlagTest, same_day_assessments_merge_so_a_silent_one_hides_nothing) {
    assess(2).symptoms = {.unable_to_bear_weight = Finding::present,
                          .palpable_gap = Finding::present};
    assess(2).aslr_deficit_pct = 40;
    assess(2).symptoms = {.unable_to_bear_weight = Finding::absent};
    const auto stops = stops_at(2);
    ASSERT_EQ(stops.size(), 2u);
    EXPECT_TRUE(mentions(stops, "unable to bear weight recorded on 2026-10-03"));
    EXPECT_TRUE(mentions(stops, "palpable gap"));
}

TEST_F(RedFlagTest, not_recorded_or_absent_is_never_a_flag) {
    assess(2);  // nothing recorded
    auto& screened = assess(3);
    screened.pain_rest = 1;
    screened.symptoms = {Finding::absent, Finding::absent, Finding::absent, Finding::absent,
                         Finding::absent};
    EXPECT_TRUE(stops_at(4).empty());
    EXPECT_TRUE(besides_reassessment(safety::advise_referrals(at(12))).empty());
}

TEST_F(RedFlagTest, raised_flags_say_when_each_was_first_and_last_recorded) {
    assess(1).symptoms.numbness = Finding::present;
    assess(3).symptoms.numbness = Finding::present;
    assess(3).symptoms.palpable_gap = Finding::present;
    const auto raised = safety::raised_flags(coach::chronology_of(athlete), day(5));
    const std::vector<safety::RaisedFlag> expected = {{RedFlag::numbness, day(1), day(3)},
                                                      {RedFlag::palpable_gap, day(3), day(3)}};
    EXPECT_EQ(raised, expected);
}

TEST_F(RedFlagTest, a_flag_after_as_of_inside_the_horizon_withholds_every_plan) {
    assess(2).pain_rest = 2;
    assess(9).symptoms.tingling = Finding::present;
    review(11, {RedFlag::tingling});  // after as_of: lifts nothing for a plan as of day 4
    EXPECT_EQ(reasons(stops_at(4)),
              std::vector<std::string>{
                  "tingling recorded on 2026-10-10, inside this plan's horizon: every plan "
                  "withheld; nerve involvement must be ruled out by a clinician"
                  "; the same day if bladder, bowel or saddle sensation has changed or both legs "
                  "are weak"});
    EXPECT_TRUE(safety::stop_referrals(at(4, 5)).empty()) << "day 9 is past a 5-day horizon";
    EXPECT_EQ(reasons(stops_at(9)),
              std::vector<std::string>{"tingling recorded on 2026-10-10 and not lifted since by a "
                                       "clinician's review: nerve involvement must be ruled out "
                                       "by a clinician"
                                       "; the same day if bladder, bowel or saddle sensation has "
                                       "changed or both legs are weak"})
        << "on as_of it is raised, and said once";
}

TEST_F(RedFlagTest, each_group_of_flags_inside_the_horizon_names_its_first_day) {
    assess(1).pain_rest = 2;
    assess(12).symptoms.numbness = Finding::present;
    assess(8).symptoms.unable_to_bear_weight = Finding::present;
    assess(13).symptoms.unable_to_bear_weight = Finding::present;
    EXPECT_EQ(reasons(stops_at(3)),
              (std::vector<std::string>{
                  "numbness recorded on 2026-10-13, inside this plan's horizon: every plan "
                  "withheld; nerve involvement must be ruled out by a clinician"
                  "; the same day if bladder, bowel or saddle sensation has changed or both legs "
                  "are weak",
                  "unable to bear weight recorded on 2026-10-09, inside this plan's horizon: "
                  "every plan withheld; needs a medical assessment first"}));
    const auto later = safety::later_red_flag(athlete, day(3));
    ASSERT_TRUE(later);
    EXPECT_EQ(later->day, day(8)) << "the first day of any";
    EXPECT_EQ(later->finding,
              "unable to bear weight recorded on 2026-10-09; needs a medical "
              "assessment first");
}

TEST_F(RedFlagTest, end_before_drops_sessions_phases_and_milestones_from_its_day_on) {
    const auto input = at(4, 14);
    coach::PlanBuilder builder{input};
    builder.phase("early", input.as_of, day(7), "g");
    builder.phase("later", day(8), input.last_day(), "g");
    for (int d = 4; d < 18; ++d) {
        builder.session(day(d), "f").add({.exercise = "cycling", .duration_min = 20});
    }
    builder.sources({"src"});
    auto plan = std::move(builder).build();
    plan.milestones = {day(5), day(12), day(30)};
    safety::end_before(plan, day(7));
    ASSERT_EQ(plan.sessions.size(), 3u);
    EXPECT_EQ(plan.sessions.back().date, day(6));
    ASSERT_EQ(plan.phases.size(), 1u);
    EXPECT_EQ(plan.phases[0].end, day(6));
    EXPECT_EQ(plan.milestones, (coach::Milestones{day(5), std::nullopt, std::nullopt}));
    EXPECT_TRUE(coach::safety::plan_problems(plan, input, {}).empty()) << "still a valid plan";
}

TEST_F(RedFlagTest, advises_when_gait_is_still_altered_after_7_days) {
    screen();
    assess(7).symptoms.altered_gait = Finding::present;
    EXPECT_TRUE(besides_reassessment(safety::advise_referrals(at(7))).empty());
    assess(8).symptoms.altered_gait = Finding::present;
    const auto advice = besides_reassessment(safety::advise_referrals(at(8)));
    ASSERT_EQ(advice.size(), 1u);
    EXPECT_EQ(advice[0].level, ReferralLevel::advise);
    EXPECT_EQ(advice[0].reason,
              "gait still altered 8 days after injury (assessment of 2026-10-09): see a clinician");
    assess(10).pain_rest = 0;  // gait not recorded: it is still as last recorded
    EXPECT_TRUE(mentions(besides_reassessment(safety::advise_referrals(at(10))),
                         "gait still altered 8 days"));
    assess(11).symptoms.altered_gait = Finding::absent;
    EXPECT_TRUE(besides_reassessment(safety::advise_referrals(at(11))).empty());
}

// Past day 7 only a gait recorded even gives no advice: one never recorded advises to record it,
// one recorded altered in the first week and not since advises as one recorded altered later.
TEST_F(RedFlagTest, past_day_7_a_gait_never_recorded_or_altered_as_last_recorded_advises) {
    auto& first = assess(1);
    first.symptoms.numbness = first.symptoms.tingling = Finding::absent;
    first.symptoms.unable_to_bear_weight = first.symptoms.palpable_gap = Finding::absent;
    EXPECT_TRUE(besides_reassessment(safety::advise_referrals(at(7))).empty())
        << "day 7 is not past day 7";
    auto advice = besides_reassessment(safety::advise_referrals(at(8)));
    ASSERT_EQ(advice.size(), 1u);
    EXPECT_EQ(advice[0].level, ReferralLevel::advise);
    EXPECT_EQ(advice[0].reason,
              "gait not recorded, 8 days after injury: record it (even or altered) before "
              "loading; a gait still altered after day 7 needs a clinician");
    assess(3).symptoms.altered_gait = Finding::present;
    EXPECT_TRUE(besides_reassessment(safety::advise_referrals(at(7))).empty());
    advice = besides_reassessment(safety::advise_referrals(at(12)));
    ASSERT_EQ(advice.size(), 1u);
    EXPECT_EQ(advice[0].reason,
              "gait altered as last recorded (assessment of 2026-10-04), now 12 days after "
              "injury: see a clinician");
    assess(12).symptoms.altered_gait = Finding::absent;
    EXPECT_TRUE(besides_reassessment(safety::advise_referrals(at(12))).empty()) << "recorded even";
}

TEST_F(RedFlagTest, a_record_without_assessments_past_day_7_is_advised_to_record_the_gait) {
    EXPECT_TRUE(
        mentions(safety::advise_referrals(at(9)), "gait not recorded, 9 days after injury"));
    EXPECT_FALSE(mentions(safety::advise_referrals(at(7)), "gait"));
}

TEST_F(RedFlagTest, advises_when_pain_at_rest_does_not_improve_over_3_days) {
    screen();
    assess(2).pain_rest = 3;
    assess(4).pain_rest = 3;
    EXPECT_TRUE(safety::advise_referrals(at(4)).empty()) << "only 2 days apart";
    assess(5).pain_rest = 3;
    EXPECT_TRUE(mentions(safety::advise_referrals(at(5)), "pain at rest not improving"));
    athlete.assessments.back().pain_rest = 2;
    EXPECT_TRUE(safety::advise_referrals(at(5)).empty()) << "improving";
}

// Serlin et al. 1995 (Pain 61(2):277-284): 7 to 10 on the 0-10 scale is severe pain.
TEST_F(RedFlagTest, advises_on_severe_pain_at_rest_or_walking_as_last_rated_even_on_day_2) {
    screen();
    assess(2).pain_rest = 6;
    EXPECT_TRUE(safety::advise_referrals(at(2)).empty()) << "6/10 is moderate";
    athlete.assessments.back().pain_rest = 10;
    athlete.assessments.back().pain_walking = 7;
    const auto found = safety::advise_referrals(at(2));
    ASSERT_EQ(found.size(), 1u) << "one referral names both";
    EXPECT_EQ(found.front().level, ReferralLevel::advise);
    EXPECT_EQ(found.front().reason,
              "severe pain, 10/10 at rest (assessment of 2026-10-03), 7/10 walking (assessment of "
              "2026-10-03) (7/10 or more is severe): see a clinician before loading");
    assess(4).pain_walking = 2;  // walking improved; rest not rated since: still as last rated
    const auto later = safety::advise_referrals(at(4));
    ASSERT_EQ(later.size(), 1u);
    EXPECT_EQ(later.front().reason,
              "severe pain, 10/10 at rest (assessment of 2026-10-03) (7/10 or more is severe): "
              "see a clinician before loading");
    assess(5).pain_rest = 3;
    EXPECT_TRUE(safety::advise_referrals(at(5)).empty());
}

TEST_F(RedFlagTest, advises_on_daily_pain_medication_of_any_assessment_of_the_day) {
    screen();
    assess(3).daily_pain_medication = true;
    assess(3).pain_rest = 1;
    EXPECT_TRUE(mentions(safety::advise_referrals(at(3)), "pain medication"));
}

// Serlin et al. 1995: the same scale read for pain during or the day after a logged session. A
// severe session speaks for a week, and beyond it until an assessment has been taken since.
TEST_F(RedFlagTest, advises_on_severe_pain_in_or_after_a_recent_or_unassessed_session) {
    screen();
    session(3, 6, 5);
    EXPECT_TRUE(besides_reassessment(safety::advise_referrals(at(3))).empty())
        << "6/10 is moderate";
    session(4, 10, 10);
    const auto found = besides_reassessment(safety::advise_referrals(at(4)));
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found.front().level, ReferralLevel::advise);
    EXPECT_EQ(found.front().reason,
              "severe pain with the session of 2026-10-05, 10/10 during it, 10/10 the next day "
              "(7/10 or more is severe): see a clinician before loading");
    session(5, std::nullopt, std::nullopt);  // rates no pain: the severe one still counts
    EXPECT_EQ(reasons(besides_reassessment(safety::advise_referrals(at(5)))), reasons(found));
    session(6, 2, 7);
    const std::vector<std::string> latest_severe{
        "severe pain with the session of 2026-10-07, 7/10 the next day (7/10 or more is severe): "
        "see a clinician before loading"};
    EXPECT_EQ(reasons(besides_reassessment(safety::advise_referrals(at(6)))), latest_severe);
    session(7, 2, 1);  // a tolerated session after it does not hide it
    EXPECT_EQ(reasons(besides_reassessment(safety::advise_referrals(at(7)))), latest_severe);
    // Weeks later, with no assessment since, it still speaks; an assessment since the sessions
    // ends it once they are more than a week old.
    EXPECT_EQ(reasons(besides_reassessment(safety::advise_referrals(at(20)))), latest_severe);
    // An assessment on the session's own day comes before its next-day pain, and one that rates
    // no pain says nothing about it: neither ends it.
    assess(6).aslr_deficit_pct = 10;
    assess(8).aslr_deficit_pct = 10;
    EXPECT_EQ(reasons(besides_reassessment(safety::advise_referrals(at(20)))), latest_severe);
    assess(9).pain_rest = 0;
    EXPECT_EQ(reasons(besides_reassessment(safety::advise_referrals(at(9)))), latest_severe)
        << "within the week";
    EXPECT_TRUE(besides_reassessment(safety::advise_referrals(at(20))).empty());
}

TEST_F(RedFlagTest, advises_on_severe_pain_during_exercise_as_last_rated) {
    screen();
    assess(6).pain_exercise = 9;
    EXPECT_EQ(reasons(safety::advise_referrals(at(6))),
              std::vector<std::string>{"severe pain, 9/10 during exercise (assessment of "
                                       "2026-10-07) (7/10 or more is severe): see a clinician "
                                       "before loading"});
}

TEST_F(RedFlagTest, advises_when_no_assessment_has_screened_the_red_flags) {
    const std::string none =
        "red flags not screened: no assessment up to 2026-10-04 records numbness, tingling, "
        "unable to bear weight and a palpable gap at the injury site (present or absent): screen "
        "them before loading";
    EXPECT_EQ(reasons(besides_reassessment(safety::advise_referrals(at(3)))),
              std::vector<std::string>{none})
        << "no assessment at all";
    assess(2).pain_rest = 2;  // an assessment without symptoms screens nothing
    EXPECT_EQ(reasons(safety::advise_referrals(at(3))), std::vector<std::string>{none});
    auto& partial = assess(3);
    partial.symptoms.numbness = partial.symptoms.tingling = Finding::absent;
    EXPECT_EQ(reasons(safety::advise_referrals(at(3))),
              std::vector<std::string>{"red flags not screened: no assessment up to 2026-10-04 "
                                       "records unable to bear weight and a palpable gap at the "
                                       "injury site (present or absent): screen them before "
                                       "loading"});
    screen();
    EXPECT_TRUE(safety::advise_referrals(at(3)).empty());
}

TEST(red_flag_cases, a_silent_assessment_after_numbness_and_tingling_keeps_the_plan_withheld) {
    const auto file =
        coach::test::load_athlete("athletes/red_flags/red_flag_then_silent_assessment.json");
    const auto planning = coach::Engine::make_case(file.athlete, file.request);
    const auto& input = planning.input();
    EXPECT_EQ(input.as_of.iso(), "2026-05-05");
    EXPECT_EQ(reasons(safety::stop_referrals(input)),
              std::vector<std::string>{"numbness and tingling recorded on 2026-05-03 and not "
                                       "lifted since by a clinician's review: nerve involvement "
                                       "must be ruled out by a clinician"
                                       "; the same day if bladder, bowel or saddle sensation has "
                                       "changed or both legs are weak"});
}

TEST(red_flag_cases, a_second_assessment_of_the_same_day_hides_no_flag) {
    const auto file = coach::test::load_athlete("athletes/red_flags/same_day_assessments.json");
    const auto planning = coach::Engine::make_case(file.athlete, file.request);
    const auto& input = planning.input();
    EXPECT_EQ(reasons(safety::stop_referrals(input)),
              (std::vector<std::string>{
                  "unable to bear weight recorded on 2026-08-12 and not lifted since by a "
                  "clinician's review: needs a medical assessment first",
                  "a palpable gap at the injury site recorded on 2026-08-12 and not lifted since "
                  "by a clinician's review: possible complete tear, needs imaging and a medical "
                  "assessment"}));
}

TEST(not_applicable, a_philosophy_applies_only_to_the_regions_it_lists) {
    coach::PhilosophyInfo info{.id = "hams", .injuries = {"hamstring"}};
    coach::Athlete athlete;
    athlete.injury.region = "hamstring";
    EXPECT_EQ(safety::not_applicable_reason(info, athlete), std::nullopt);
    athlete.injury.region = "knee";
    EXPECT_EQ(safety::not_applicable_reason(info, athlete),
              "'hams' covers hamstring injuries only; this record's injury region is \"knee\"");
    athlete.injury.region = "Hamstring";
    EXPECT_TRUE(safety::not_applicable_reason(info, athlete)) << "regions compare exactly";
    info.injuries.clear();
    EXPECT_EQ(
        safety::not_applicable_reason(info, athlete),
        "'hams' lists no injury region it covers; this record's injury region is \"Hamstring\"");
}
