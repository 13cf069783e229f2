#include "rehab_schedule.hpp"

#include "bounded_progression.hpp"

namespace coach::sprint_manual {

namespace {

constexpr int cycle_days = 4;  // 3 days on, 1 day off
constexpr int longest_look_ahead_days = 400;

// What the athlete will have done by a day of the schedule, assuming every planned session
// goes without trouble.
struct Progress {
    Stage stage = Stage::settle_and_walk;
    std::optional<SprintDose> best;
    int running_sessions = 0;
    int full_sprint_sessions = 0;
    int sessions_in_stage = 0;
    bool hold_next_run = false;
    std::optional<Date> cycle_start;  // first day of the 3-on / 1-off rhythm
};

bool ready_for_longer_accelerations(const Progress& progress, const HealingTimeline& timeline) {
    return progress.running_sessions >= timeline.careful_sessions && progress.best
           && progress.best->reaches(stage_ceiling(Stage::easy_accelerations, false));
}

bool ready_for_speed(const Progress& progress) {
    return progress.best
           && progress.best->reaches(stage_ceiling(Stage::longer_accelerations, false));
}

bool return_to_sport_criteria_met(const Progress& progress) {
    return progress.full_sprint_sessions >= full_sprint_sessions_for_return;
}

// The furthest stage that both the calendar and the completed work allow on `day`.
Stage stage_on(Date day, const Progress& progress, const HealingTimeline& timeline) {
    Stage stage = progress.stage;
    if (stage == Stage::settle_and_walk && day >= timeline.running_may_start()) {
        stage = Stage::easy_accelerations;
    }
    if (stage == Stage::easy_accelerations && day >= timeline.longer_accelerations_may_start()
        && ready_for_longer_accelerations(progress, timeline)) {
        stage = Stage::longer_accelerations;
    }
    if (stage == Stage::longer_accelerations && day >= timeline.speed_may_start()
        && ready_for_speed(progress)) {
        stage = Stage::speed;
    }
    if (stage == Stage::speed && day >= timeline.full_training_may_start()
        && return_to_sport_criteria_met(progress)) {
        stage = Stage::full_training;
    }
    return stage;
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

void run_session(PlannedDay& planned, Progress& progress, const HealingTimeline& timeline) {
    planned.careful_start = progress.running_sessions < timeline.careful_sessions;
    planned.after_trouble = progress.hold_next_run;
    const SprintDose dose =
        next_session_dose(progress.best, stage_ceiling(planned.stage, planned.careful_start),
                          timeline.distance_step_m, planned.after_trouble);
    planned.sprint = dose;
    progress.best = progress.best ? progress.best->at_least(dose) : dose;
    progress.hold_next_run = false;
    ++progress.running_sessions;
    if (dose.reaches(full_sprint)) {
        ++progress.full_sprint_sessions;
    }
}

Progress progress_from(const CompletedWork& completed) {
    Progress progress;
    progress.best = completed.best_trouble_free;
    progress.running_sessions = completed.running_sessions;
    progress.full_sprint_sessions = completed.full_sprint_sessions;
    progress.hold_next_run = completed.last_session_trouble != Trouble::none;
    return progress;
}

// The stage, the rhythm and the running dose of one day; moves `progress` on past it.
PlannedDay plan_the_day(Date day, bool first_session, Progress& progress,
                        const HealingTimeline& timeline) {
    PlannedDay planned{.day = day, .first_session = first_session};
    planned.stage = stage_on(day, progress, timeline);
    if (planned.stage != progress.stage) {
        progress.stage = planned.stage;
        progress.sessions_in_stage = 0;
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

// The first day of running, of high-speed running and of full training, when not yet known.
void note_milestones(const PlannedDay& planned, Milestones& milestones) {
    if (planned.sprint && !milestones.return_to_run) {
        milestones.return_to_run = planned.day;
    }
    if (planned.sprint && planned.sprint->intensity_pct >= high_speed_pct
        && !milestones.full_speed) {
        milestones.full_speed = planned.day;
    }
    if (planned.stage == Stage::full_training && !milestones.return_to_sport) {
        milestones.return_to_sport = planned.day;
    }
}

}  // namespace

RehabSchedule lay_out_schedule(const Case& input, const HealingTimeline& timeline,
                               const CompletedWork& completed) {
    RehabSchedule schedule;
    schedule.milestones.return_to_run = completed.first_run;
    schedule.milestones.full_speed = completed.first_high_speed;
    Progress progress = progress_from(completed);

    // A session already logged on the plan's first day is done: the plan starts the day after.
    const Date first_day = completed.last_session == input.as_of ? input.as_of + 1 : input.as_of;
    for (Date day = first_day; day <= first_day + longest_look_ahead_days; day += 1) {
        const bool past_horizon = day > input.last_day();
        if (past_horizon && schedule.milestones.return_to_sport) {
            break;
        }
        const PlannedDay planned = plan_the_day(day, day == first_day, progress, timeline);
        note_milestones(planned, schedule.milestones);
        if (!past_horizon) {
            schedule.days.push_back(planned);
        }
    }
    return schedule;
}

}  // namespace coach::sprint_manual
