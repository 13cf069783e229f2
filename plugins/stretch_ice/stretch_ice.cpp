#include "stretch_ice.hpp"

#include <stdexcept>

#include "course_timeline.hpp"
#include "daily_sessions.hpp"
#include "explanation.hpp"
#include "gentle_stretching.hpp"
#include "recovery_timeline.hpp"
#include "see_a_doctor.hpp"
#include "sharp_pain.hpp"
#include "stages.hpp"
#include "strengthening.hpp"

namespace coach::stretch_ice {

namespace {

// Exercise in this approach stays at mild discomfort: it says not to push through pain.
constexpr int mild_discomfort_at_most = 3;

void plan_day(PlanBuilder& plan, Date day, const RecoveryTimeline& timeline,
              const Routine& routine) {
    const int day_of_injury = plan.input().day_of_injury(day);
    const Stage stage = stage_on(day_of_injury, timeline);
    const int day_of_stage = day_of_injury - first_day_of(stage, timeline);
    switch (stage) {
        case Stage::rest:
            plan_rest_day(plan, day);
            break;
        case Stage::healing:
            plan_healing_day(plan, day, day_of_stage, routine);
            break;
        case Stage::easy_running:
            plan_easy_running_day(plan, day, day_of_stage, routine);
            break;
        case Stage::usual_running:
            plan_usual_running_day(plan, day, day_of_stage,
                                   runs_in_easy_running_stage(timeline.return_to_sport_day
                                                              - timeline.return_to_run_day),
                                   routine);
            break;
    }
}

}  // namespace

PhilosophyInfo StretchIce::info() const {
    return {
        .id = "stretch-ice",
        .name = "Conservative stretch and ice",
        .version = "1.0.0",
        .summary =
            "Rest first, then ice, gentle stretching, foam rolling, massage and "
            "compression, cross-training for fitness, and a slow return to easy running.",
        .injuries = {"hamstring"},
        .pain_ceiling = mild_discomfort_at_most,
        .sources = sources(),
    };
}

Plan StretchIce::plan(const Case& input) const {
    const Athlete& athlete = input.athlete;
    if (athlete.injury.region != "hamstring") {
        throw std::invalid_argument("stretch-ice plans hamstring injuries only, not '"
                                    + athlete.injury.region + "'");
    }
    const Assessment* latest = latest_assessment(input.chronology, input.as_of);
    const CourseTimeline bent =
        timeline_on_course(input, recovery_timeline_for_grade(athlete.injury.grade));
    const RecoveryTimeline& timeline = bent.days;
    const Routine routine{.stretches_per_day = stretches_per_day(feels_tight(latest)),
                          .weight_room = weight_room_of(athlete)};
    const Explanation explanation{.grade = athlete.injury.grade,
                                  .timeline = timeline,
                                  .tight = feels_tight(latest),
                                  .weight_room = routine.weight_room,
                                  .in_sharp_pain = in_sharp_pain(latest)};

    PlanBuilder plan{input};
    for (auto& referral : see_a_doctor(input)) {
        plan.refer(referral.level, std::move(referral.reason));
    }
    for (auto& line : rationale(explanation)) {
        plan.rationale(std::move(line));
    }
    plan.sources(sources()).maintenance(maintenance());

    const Date injury = athlete.injury.date;
    declare_stages(plan, timeline);
    for (Date day = std::max(input.as_of, injury); day <= input.last_day(); day += 1) {
        if (!logged_on(input.chronology, day)) {  // a logged day has had its session
            plan_day(plan, day, timeline, routine);
        }
    }
    for (const auto& step : bent.steps) {
        plan.projected_step(step.day, step.expected);
    }
    if (injury + timeline.return_to_run_day > input.last_day()) {
        plan.beyond_horizon(MilestoneKind::return_to_run);
    }
    if (injury + timeline.return_to_sport_day > input.last_day()) {
        plan.beyond_horizon(MilestoneKind::return_to_sport);
    }
    return std::move(plan).build();
}

}  // namespace coach::stretch_ice

COACH_PLUGIN(coach::stretch_ice::StretchIce)
