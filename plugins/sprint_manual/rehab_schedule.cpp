#include "rehab_schedule.hpp"

#include <algorithm>

#include "bounded_progression.hpp"
#include "coach/sdk/chronology.hpp"
#include "coach/sdk/full_speed_readiness.hpp"
#include "coach/sdk/history.hpp"

namespace coach::sprint_manual {

namespace {

constexpr int cycle_days = 4;  // 3 days on, 1 day off

// What the athlete will have done by a day of the schedule, assuming every planned session
// goes without trouble.
struct Progress {
    Stage stage = Stage::settle_and_walk;
    std::optional<SprintDose> last;  // the session the next one steps from
    int running_sessions = 0;
    int full_sprint_sessions = 0;
    int sessions_in_stage = 0;
    std::optional<TroubledSession> unanswered;  // answered by the next running session
    // After a logged session with pain above the ceiling: the dose below it that every planned
    // session keeps, never climbing, until a session at it is logged tolerated (the plan cannot
    // assume one that has not happened: Silbernagel et al. 2007, Am J Sports Med 35(6):897-906).
    std::optional<SprintDose> held_below_pain;
    // With it, the repetitions below those that hurt (PlannedDay), for as long as it is held.
    std::optional<int> most_acceleration_reps;
    std::optional<int> most_drill_reps;
    // After pain answered: the most a planned session holds on the way back up, and the drills'
    // repetitions (lay_out_schedule(), rehab_schedule.hpp), for the whole plan.
    std::optional<WhatHurt> hurt;
    std::optional<SprintDose> climb_cap;
    std::optional<int> climb_drill_cap;
    std::optional<Stage> stage_cap;     // after pain: no further until a session at this stage
    std::optional<Date> no_running_on;  // the day after a session with pain above the ceiling
    bool first_session_done = false;    // the evaluation has been done (logged or planned)
    std::optional<Date> cycle_start;    // first day of the 3-on / 1-off rhythm
};

bool ready_for_longer_accelerations(const Progress& progress, const HealingTimeline& timeline) {
    return progress.running_sessions >= timeline.careful_sessions && progress.last
           && progress.last->reaches(stage_ceiling(Stage::easy_accelerations, false));
}

bool ready_for_speed(const Progress& progress) {
    return progress.last
           && progress.last->reaches(stage_ceiling(Stage::longer_accelerations, false));
}

// Whether the gait may be altered on `day`: the latest assessment up to it that records the gait
// found it altered, or none records it. A gait nobody has looked at is not an even one
// (gait_recorded_even(), the engine's reading too), so the stricter walking criterion holds until
// an assessment records it even.
bool gait_altered_on(const Case& input, Date day) {
    return !gait_recorded_even(input.chronology, day);
}

// The furthest stage open while walking is not pain-free and even: the longer accelerations, at
// most 80%. The speed stage's sprints of 90% or more wait for the gait recorded even
// (gait_altered_on(), the plan's reading of the coach's first evaluation of standing and walking)
// and for what the engine's high-speed rule reads besides (full_speed_hold(): walking pain 0/10
// on the course, not before its projected pain-free walking day), on every day.
constexpr Stage last_stage_before_even_gait = Stage::longer_accelerations;

bool walking_pain_free_and_even(const Case& input, Date day) {
    return !gait_altered_on(input, day)
           && full_speed_hold(input.course, input.chronology, day) == FullSpeedHold::none;
}

bool return_to_sport_criteria_met(const Progress& progress) {
    return progress.full_sprint_sessions >= full_sprint_sessions_for_return;
}

// Whether the course of recovery lets `stage` open on `day`; a step to reassess when only the
// projection does.
bool course_allows(Stage stage, Date day, const Case& input, std::vector<ProjectedStep>& steps) {
    const bool gait_altered = gait_altered_on(input, day);
    const auto criteria = course_criteria(stage, gait_altered);
    const Standing found = standing(input.course, criteria, day);
    if (found == Standing::projected) {
        steps.push_back({day, describe(criteria)
                                  + (gait_altered && stage == Stage::easy_accelerations
                                         ? ", and an even walking gait"
                                         : "")});
    }
    return found != Standing::unmet;
}

// The furthest stage that the calendar, the completed work and the course allow on `day`.
Stage stage_on(Date day, const Progress& progress, const HealingTimeline& timeline,
               const Case& input, std::vector<ProjectedStep>& steps) {
    Stage stage = progress.stage;
    // A stage opens on the course, and not before the day a painful session has pushed it to.
    const auto opens = [&](Stage next) {
        return timeline.may_open(next, day) && course_allows(next, day, input, steps);
    };
    if (stage == Stage::settle_and_walk && day >= timeline.running_may_start()
        && opens(Stage::easy_accelerations)) {
        stage = Stage::easy_accelerations;
    }
    if (stage == Stage::easy_accelerations && day >= timeline.longer_accelerations_may_start()
        && ready_for_longer_accelerations(progress, timeline)
        && opens(Stage::longer_accelerations)) {
        stage = Stage::longer_accelerations;
    }
    if (stage == Stage::longer_accelerations && day >= timeline.speed_may_start()
        && ready_for_speed(progress) && opens(Stage::speed)) {
        stage = Stage::speed;
    }
    if (stage == Stage::speed && day >= timeline.full_training_may_start()
        && return_to_sport_criteria_met(progress) && opens(Stage::full_training)) {
        stage = Stage::full_training;
    }
    if (!walking_pain_free_and_even(input, day)) {
        // Sprints at 90% or more wait for pain-free, even walking on every day: a speed stage
        // reached before the gait was recorded altered, or before a later assessment moved the
        // projected pain-free walking day, steps back too.
        stage = std::min(stage, last_stage_before_even_gait);
    }
    // Stages open on the course and close on it: walking pain measured above a running stage's
    // ceiling after it opened (a later assessment, 1/10 where the longer accelerations ask 0/10)
    // steps the plan back to the furthest stage whose ceiling the walking pain is within.
    while (stage > Stage::settle_and_walk && stage <= last_stage_before_even_gait
           && standing(input.course, course_criteria(stage, gait_altered_on(input, day)), day)
                  == Standing::unmet) {
        stage = static_cast<Stage>(static_cast<int>(stage) - 1);
    }
    return progress.stage_cap ? std::min(stage, *progress.stage_cap) : stage;
}

// Daily while the work is easy; 3 days on and 1 off once it gets longer and faster.
int day_in_cycle(Date day, Progress& progress) {
    if (progress.stage < Stage::longer_accelerations) {
        return 0;
    }
    if (!progress.cycle_start) {
        progress.cycle_start = day;
    }
    return (day - *progress.cycle_start) % cycle_days;
}

// The day's dose: the answer to a troubled session; after pain, that answer again in every
// later session (held_below_pain); otherwise one bounded step beyond the last.
SprintDose dose_of_the_day(PlannedDay& planned, Progress& progress,
                           const HealingTimeline& timeline) {
    const SprintDose ceiling = stage_ceiling(planned.stage, planned.careful_start);
    if (progress.held_below_pain) {
        planned.after_trouble = true;
        planned.below_what_hurt = true;
        return progress.held_below_pain->at_most(ceiling);
    }
    if (!progress.unanswered) {
        const SprintDose next = step_beyond(progress.last, ceiling, timeline.distance_step_m);
        return progress.climb_cap ? next.at_most(*progress.climb_cap) : next;
    }
    const SprintDose answer =
        answer_to(*progress.unanswered, progress.last, timeline.distance_step_m).at_most(ceiling);
    if (const TroubledSession& hurt = *progress.unanswered; hurt.trouble == Trouble::painful) {
        progress.held_below_pain = answer;
        // No slower dose left below the one that hurt, or a drill, which has no speed to lower:
        // one repetition fewer instead (the pain-monitoring model lowers the load or the amount,
        // Silbernagel et al. 2007, Am J Sports Med 35(6):897-906; trial 54: the slowest
        // accelerations and the drills that hurt at 6/10 came back unchanged every day).
        if (hurt.sprint_reps > 0 && hurt.dose && answer.reaches(*hurt.dose)) {
            progress.most_acceleration_reps = std::max(hurt.sprint_reps - 1, 1);
        }
        if (hurt.drill_reps > 0) {
            progress.most_drill_reps = std::max(hurt.drill_reps - 1, 1);
        }
    }
    return answer;
}

void run_session(PlannedDay& planned, Progress& progress, const HealingTimeline& timeline) {
    planned.careful_start = progress.running_sessions < timeline.careful_sessions;
    planned.after_trouble = progress.unanswered.has_value();
    planned.below_what_hurt =
        progress.unanswered && progress.unanswered->trouble == Trouble::painful;
    const SprintDose dose = dose_of_the_day(planned, progress, timeline);
    planned.sprint = dose;
    if (progress.held_below_pain) {
        planned.most_acceleration_reps = progress.most_acceleration_reps;
        planned.most_drill_reps = progress.most_drill_reps;
    } else if (progress.hurt) {
        planned.most_drill_reps = progress.climb_drill_cap;
        planned.hurt_on = progress.hurt->on;
        planned.hurt_dose = progress.hurt->dose;
        planned.tries_what_hurt = progress.hurt->dose && dose.reaches(*progress.hurt->dose);
    }
    progress.last = dose;
    progress.unanswered.reset();
    if (progress.stage_cap && planned.stage == *progress.stage_cap && !progress.held_below_pain) {
        progress.stage_cap.reset();  // a session at the stage stepped back to
    }
    ++progress.running_sessions;
    if (dose.reaches(full_sprint)) {
        ++progress.full_sprint_sessions;
    }
}

// The bounds of the way back up after pain (Progress::climb_cap, climb_drill_cap): one step below
// the work that hurt until a session just below it is logged tolerated, then that work itself.
void bound_the_climb(Progress& progress, const WhatHurt& hurt, int distance_step_m) {
    progress.hurt = hurt;
    if (hurt.dose) {
        const SprintDose just_below = answer_to(
            {.date = hurt.on, .trouble = Trouble::painful, .dose = hurt.dose}, {}, distance_step_m);
        const bool below_done = hurt.tolerated_dose && hurt.tolerated_dose->reaches(just_below);
        progress.climb_cap = below_done ? *hurt.dose : just_below;
    }
    if (hurt.drill_reps > 0) {
        const int fewer = std::max(hurt.drill_reps - 1, 1);
        progress.climb_drill_cap = hurt.tolerated_drill_reps >= fewer ? hurt.drill_reps : fewer;
    }
}

Progress progress_from(const CompletedWork& completed, int distance_step_m) {
    Progress progress;
    if (completed.hurt) {
        bound_the_climb(progress, *completed.hurt, distance_step_m);
    }
    progress.last = completed.reference;
    progress.running_sessions = completed.running_sessions;
    progress.full_sprint_sessions = completed.full_sprint_sessions;
    progress.unanswered = completed.unanswered;
    progress.first_session_done = completed.own_sessions;
    if (completed.unanswered && completed.unanswered->trouble == Trouble::painful) {
        const Stage hurt = completed.unanswered->dose ? stage_of(*completed.unanswered->dose)
                                                      : Stage::easy_accelerations;
        progress.stage_cap = hurt == Stage::easy_accelerations
                                 ? hurt
                                 : static_cast<Stage>(static_cast<int>(hurt) - 1);
        progress.no_running_on = completed.unanswered->date + 1;
    }
    return progress;
}

// The stage, the rhythm and the running dose of one day; moves `progress` on past it.
PlannedDay plan_the_day(Date day, Progress& progress, const HealingTimeline& timeline,
                        const Case& input, std::vector<ProjectedStep>& steps) {
    const bool first_session = !progress.first_session_done;
    progress.first_session_done = true;
    PlannedDay planned{.day = day, .first_session = first_session};
    planned.stage = stage_on(day, progress, timeline, input, steps);
    if (planned.stage != progress.stage) {
        progress.stage = planned.stage;
        progress.sessions_in_stage = 0;
    }
    if (progress.no_running_on == day) {
        planned.no_running = true;
        planned.after_trouble = true;
        return planned;
    }
    const int cycle_day = day_in_cycle(day, progress);
    planned.day_off = cycle_day == cycle_days - 1 && !first_session;
    planned.heavy_lifting = planned.stage >= Stage::speed && cycle_day == cycle_days - 2;
    if (planned.day_off) {
        return planned;
    }
    planned.session_in_stage = progress.sessions_in_stage++;
    if (planned.stage >= Stage::easy_accelerations) {
        run_session(planned, progress, timeline);
    }
    return planned;
}

}  // namespace

std::vector<Criterion> course_criteria(Stage stage, bool gait_altered) {
    switch (stage) {
        case Stage::settle_and_walk:
            return {};
        case Stage::easy_accelerations:
            return {{Sign::pain_walking, Relation::at_most, gait_altered ? 0 : 2}};
        case Stage::longer_accelerations:
            return {{Sign::pain_walking, Relation::at_most, 0}};
        case Stage::speed:
            return {{Sign::max_sprint_pct, Relation::at_least, high_speed_pct}};
        case Stage::full_training:
            return {{Sign::pain_exercise, Relation::at_most, 0}};
    }
    return {};
}

RehabSchedule lay_out_schedule(const Case& input, const HealingTimeline& timeline,
                               const CompletedWork& completed) {
    RehabSchedule schedule;
    Progress progress = progress_from(completed, timeline.distance_step_m);

    for (Date day = input.as_of; day <= input.last_day(); day += 1) {
        if (logged_on(input.chronology, day)) {
            continue;  // done already: nothing more is prescribed that day
        }
        const PlannedDay planned =
            plan_the_day(day, progress, timeline, input, schedule.projected_steps);
        schedule.runs = schedule.runs || planned.sprint.has_value();
        schedule.full_speed =
            schedule.full_speed
            || (planned.sprint && planned.sprint->intensity_pct >= high_speed_pct);
        schedule.full_training = schedule.full_training || planned.stage == Stage::full_training;
        schedule.days.push_back(planned);
    }
    return schedule;
}

}  // namespace coach::sprint_manual
