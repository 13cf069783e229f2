#include "stretch_ice.hpp"

#include <algorithm>
#include <optional>
#include <stdexcept>
#include <vector>

#include "course_timeline.hpp"
#include "daily_sessions.hpp"
#include "explanation.hpp"
#include "gentle_stretching.hpp"
#include "pain_answer.hpp"
#include "recovery_timeline.hpp"
#include "see_a_doctor.hpp"
#include "sharp_pain.hpp"
#include "stages.hpp"
#include "strengthening.hpp"

namespace coach::stretch_ice {

namespace {

// The days since the injury from which a running stage counts its runs: the stage's first day,
// or the day runs start again after a painful session, whichever is later; after a run that hurt
// (Routine::run_that_hurt), from the shortest jog two days after it, as the answer to its session
// restarts them, also once that answer has ended (a 40-minute run that hurt is not followed by a
// 35-minute one once a session without a run is tolerated).
int runs_counted_from(int stage_start, const std::optional<PainAnswer>& answer,
                      const Routine& routine, Date injury) {
    int from = answer ? std::max(stage_start, answer->runs_restart - injury) : stage_start;
    if (routine.run_that_hurt) {
        from = std::max(from, (routine.run_that_hurt->on + 2) - injury);
    }
    return from;
}

void plan_day_of_stage(PlanBuilder& plan, Date day, const RecoveryTimeline& timeline,
                       const Routine& routine, const std::optional<PainAnswer>& answer) {
    const Date injury = plan.input().athlete.injury.date;
    const int day_of_injury = day - injury;
    const Stage stage = stage_on(day_of_injury, timeline);
    int day_of_stage = day_of_injury - first_day_of(stage, timeline);
    switch (stage) {
        case Stage::rest:
            plan_rest_day(plan, day);
            break;
        case Stage::healing:
            plan_healing_day(plan, day, day_of_stage, routine);
            break;
        case Stage::easy_running:
            day_of_stage = day_of_injury
                           - runs_counted_from(timeline.return_to_run_day, answer, routine, injury);
            plan_easy_running_day(plan, day, day_of_stage, routine);
            break;
        case Stage::usual_running: {
            const int easy_from =
                runs_counted_from(timeline.return_to_run_day, answer, routine, injury);
            const int usual_from =
                runs_counted_from(timeline.return_to_sport_day, answer, routine, injury);
            const int easy_runs =
                runs_in_easy_running_stage(std::max(timeline.return_to_sport_day - easy_from, 0));
            plan_usual_running_day(plan, day, day_of_injury - usual_from, easy_runs, routine);
            break;
        }
    }
}

void plan_day(PlanBuilder& plan, Date day, const RecoveryTimeline& timeline, const Routine& routine,
              const std::optional<PainAnswer>& answer) {
    const Date injury = plan.input().athlete.injury.date;
    if (answer && day > answer->session.date && day < answer->back_day) {
        plan_rest_day(plan, day,
                      "Sharp pain in the session of " + answer->session.date.iso()
                          + ": no exercise at all for a few days.");
        return;
    }
    if (answer && day == answer->back_day) {
        // A stage below the one the session was in, and never above the timeline's stage for the
        // day: a run logged (under another plan) during a long first rest answers with rest.
        if (answer->back_to == Stage::healing
            && stage_on(day - injury, timeline) >= Stage::healing) {
            plan_day_after_pain(plan, day, day - injury - timeline.rest_days, routine);
        } else {
            plan_rest_day(
                plan, day,
                answer->rests_the_pain_of_the_day_after
                    ? "The pain the day after the session of " + answer->session.date.iso()
                          + " is above mild discomfort: no exercise while in pain."
                    : "An exercise hurt in the session of " + answer->session.date.iso() + ".");
        }
        if (answer->check_after_rest) {
            check_pain_after_rest(plan, day);
        }
        return;
    }
    plan_day_of_stage(plan, day, timeline, routine, answer);
    if (day - injury == timeline.rest_days && timeline.rest_days > 0) {
        check_pain_after_rest(plan, day);  // the first day after the first days of rest
    }
}

}  // namespace

PhilosophyInfo StretchIce::info() const {
    return {
        .id = std::string{philosophy_id},
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
    const CourseTimeline bent = timeline_on_course(input, recovery_timeline_for(athlete.injury));
    const Date injury = athlete.injury.date;
    const std::optional<PainAnswer> answer = answer_to_pain(input, bent.days);
    const RecoveryTimeline timeline =
        answer ? after_answer(bent.days, *answer, injury, input.last_day() - injury + 1)
               : bent.days;
    // Scar tissue can leave a strained hamstring tight for good: after an earlier strain it is
    // stretched twice a day whatever the straight-leg raise shows.
    const bool tight = feels_tight(latest) || athlete.injury.previous_injuries > 0;
    const std::optional<RunThatHurt> hurt_run = run_that_hurt(input);
    std::optional<int> longest_run = answer ? answer->longest_run() : std::optional<int>{};
    if (hurt_run) {
        longest_run =
            std::min(longest_run.value_or(hurt_run->longest_run()), hurt_run->longest_run());
    }
    const Routine routine{
        .stretches_per_day = stretches_per_day(tight),
        .weight_room = weight_room_of(athlete),
        .longest_run_min = longest_run,
        .run_that_hurt = hurt_run,
        .light_jogs_only = answer && answer->light_jogs_only,
        .cross_training_at_most = answer ? answer->cross_training_at_most : std::optional<int>{}};
    // What the grade and the course of recovery expect; the answer to pain says what waits.
    const Explanation explanation{.grade = athlete.injury.grade,
                                  .timeline = bent.days,
                                  .tight = tight,
                                  .scar_tissue = athlete.injury.previous_injuries > 0,
                                  .delay_permille = published_delay_permille(athlete.injury),
                                  .weight_room = routine.weight_room,
                                  .in_sharp_pain = in_sharp_pain(latest)};

    PlanBuilder plan{input};
    for (auto& referral : see_a_doctor(input)) {
        plan.refer(referral.level, std::move(referral.reason));
    }
    if (answer && answer->consult) {
        plan.refer(ReferralLevel::advise,
                   "An exercise hurt (" + std::to_string(answer->session.pain) + "/10 on "
                       + answer->session.date.iso()
                       + "): stop it and ask a doctor or physio before doing it again.");
    }
    for (auto& line : rationale(explanation)) {
        plan.rationale(std::move(line));
    }
    if (answer) {
        plan.rationale(describe(*answer));
    }
    if (hurt_run) {
        plan.rationale(describe(*hurt_run));
    }
    plan.sources(sources()).maintenance(maintenance());

    declare_stages(plan, timeline);
    for (Date day = std::max(input.as_of, injury); day <= input.last_day(); day += 1) {
        if (!logged_on(input.chronology, day)) {  // a logged day has had its session
            plan_day(plan, day, timeline, routine, answer);
            if (answer && plan.has_session(day)) {
                // The stop rule's "stop it": what hurt is not prescribed again (is_stopped()).
                // A session left with nothing is a day of rest, said as such (a session holds at
                // least one item).
                // A lift the session held comes one step lighter, or not at all (lighter_than()).
                auto& session = plan.session(day, {}).session();
                std::vector<Item> allowed;
                for (auto& item : session.items) {
                    if (auto lighter = lighter_than(*answer, std::move(item));
                        lighter && !is_stopped(*answer, lighter->exercise)) {
                        allowed.push_back(std::move(*lighter));
                    }
                }
                session.items = std::move(allowed);
                if (session.items.empty()) {
                    session.focus = "rest";
                    plan.rest_day(day,
                                  "Rest: what hurt stays out until a doctor or physio has "
                                  "reassessed it, or a session of this plan is logged within "
                                  "mild discomfort.");
                }
            }
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
