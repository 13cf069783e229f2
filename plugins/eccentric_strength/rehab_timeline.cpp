#include "rehab_timeline.hpp"

#include <algorithm>

#include "course_gates.hpp"

namespace coach::eccentric_strength {

namespace {

Date first_strength_day_from(Date earliest, const TrainingLog& log) {
    const auto last = log.last_strength_day();
    return last ? std::max(earliest, *last + minimum_days_between_strength_sessions) : earliest;
}

// The first day from `earliest` on without a logged session: the daily holds start there.
Date first_unlogged_day(const Case& input, Date earliest) {
    Date day = earliest;
    while (logged_on(input.chronology, day)) {
        day += 1;
    }
    return day;
}

// The first strength day from `earliest` on, 2 days after the last logged one at the soonest,
// never on a day with a logged session.
Date next_strength_day(const Case& input, const TrainingLog& log, Date earliest) {
    return first_unlogged_day(input, first_strength_day_from(earliest, log));
}

bool every_family_established_on_one_leg(const CircuitProgress& progress) {
    return std::all_of(progress.begin(), progress.end(), established_on_one_leg);
}

// The day after the first planned session with every family on one leg, or the plan's first
// day when the log already has them there. A planned session counts towards the two-leg stage
// only when the course does not expect it above the pain ceiling.
Date ready_to_run_day(const Case& input, const CircuitProgress& progress, Date first_strength_day) {
    if (every_family_established_on_one_leg(progress)) {
        return input.as_of;
    }
    int sessions_on_two_legs = 0;
    for (const auto& family : progress) {
        sessions_on_two_legs = std::max(sessions_on_two_legs, family.two_leg_sessions_remaining);
    }
    int tolerated = 0;
    for (int session = 0;; ++session) {
        const Date day = rehab_session_day(first_strength_day, session);
        if (tolerated >= sessions_on_two_legs) {
            return day + 1;
        }
        tolerated += tolerated_on(input, day) ? 1 : 0;
    }
}

void take(RehabTimeline& timeline, const Gate& gate) {
    if (gate.projected) {
        timeline.projected_steps.push_back({gate.day, gate.expected});
    }
}

void append(std::vector<TimelinePhase>& phases, PhaseKind kind, Date start, Date end) {
    if (start <= end) {
        phases.push_back({kind, start, end});
    }
}

// Running in the re-injury window until the return to sport, then the sport (still in the
// window, two strength sessions a week) and maintenance once the window is over.
void append_running_and_sport(RehabTimeline& timeline, Date from, const Case& input) {
    const Date window_end = timeline.runs_from() + reinjury_window_days;
    const Date sport = timeline.return_to_sport;
    append(timeline.phases, PhaseKind::return_to_running, from, sport - 1);
    const Date last = std::max(sport, input.last_day());
    if (sport < window_end) {
        append(timeline.phases, PhaseKind::return_to_sport, std::max(from, sport),
               std::min(window_end - 1, last));
        append(timeline.phases, PhaseKind::maintenance, std::max(from, window_end), last);
    } else {
        append(timeline.phases, PhaseKind::maintenance, std::max(from, sport), last);
    }
}

Date return_to_sport_from(const Case& input, const GradeSchedule& schedule, Date running,
                          RehabTimeline& timeline) {
    const Date own = running + schedule.run_to_sport_days;
    const Gate pain_free =
        gate(input, own, sport_criteria(), input.course.projection.return_to_sport);
    take(timeline, pain_free);
    return pain_free.day;
}

RehabTimeline timeline_before_return(const Case& input, const GradeSchedule& schedule,
                                     const TrainingLog& log, const CircuitProgress& progress,
                                     int pain_relief_days, const StepBack& step) {
    RehabTimeline timeline;
    const Date start = std::max(input.as_of, input.athlete.injury.date);
    // The holds owed to a step back are sessions: a day already logged (the painful session's
    // own, say) is not one of them.
    const bool owed = pain_relief_days > 0 && step.kind == StepKind::back_to_pain_relief;
    Date circuit_start = (owed ? first_unlogged_day(input, start) : start) + pain_relief_days;
    if (pain_relief_days > 0) {
        const Gate calm =
            gate(input, circuit_start, calm_criteria(), input.course.projection.pain_free_walking);
        take(timeline, calm);
        circuit_start = calm.day;
    }
    append(timeline.phases, PhaseKind::pain_relief_loading, start, circuit_start - 1);

    timeline.first_strength_day = next_strength_day(input, log, circuit_start);
    timeline.days_lost_to_pain = days_lost_to(step, step.kind == StepKind::back_to_pain_relief
                                                        ? first_unlogged_day(input, start)
                                                        : timeline.first_strength_day);
    const Date own_run = std::max(input.athlete.injury.date + schedule.earliest_run_day,
                                  ready_to_run_day(input, progress, timeline.first_strength_day));
    const Gate walking =
        gate(input, own_run, running_criteria(), input.course.projection.pain_free_walking);
    take(timeline, walking);
    // The days a step back costs come on top of the day the criteria allow. A run that hurt
    // (logged under another plan: this one had not the athlete running yet) waits for a circuit
    // session logged within the ceiling, which the plan cannot assume (step_back.hpp).
    timeline.return_to_run = walking.day + timeline.days_lost_to_pain;
    if (runs_paused(step)) {
        timeline.runs_paused = true;
        timeline.return_to_run = std::max(timeline.return_to_run, input.last_day() + 1);
    } else if (step.runs_restart) {
        timeline.return_to_run = std::max(timeline.return_to_run, *step.runs_restart);
    }
    append(timeline.phases, PhaseKind::eccentric_circuit, circuit_start,
           timeline.return_to_run - 1);

    timeline.return_to_sport =
        return_to_sport_from(input, schedule, timeline.return_to_run, timeline);
    append_running_and_sport(timeline, timeline.return_to_run, input);
    return timeline;
}

RehabTimeline timeline_after_return(const Case& input, const GradeSchedule& schedule,
                                    const TrainingLog& log, Date returned, int pain_relief_days,
                                    const StepBack& step,
                                    const DetrainingGap* open_detraining_gap) {
    RehabTimeline timeline;
    timeline.returned_before_plan = true;
    timeline.return_to_run = returned;
    Date cursor = input.as_of;
    const bool owed = pain_relief_days > 0 && step.kind == StepKind::back_to_pain_relief;
    const Date relief_end = (owed ? first_unlogged_day(input, cursor) : cursor) + pain_relief_days;
    append(timeline.phases, PhaseKind::pain_relief_loading, cursor, relief_end - 1);
    cursor = relief_end;
    timeline.first_strength_day = next_strength_day(input, log, cursor);
    timeline.days_lost_to_pain = days_lost_to(step, timeline.first_strength_day);
    if (runs_paused(step)) {
        // A painful run: no run until a strength session is logged within the ceiling, which
        // the plan cannot assume (step_back.hpp).
        timeline.runs_paused = true;
        timeline.running_resumes = input.last_day() + 1;
    } else if (step.in_force() && step.kind != StepKind::back_to_two_legs) {
        timeline.running_resumes = timeline.first_strength_day + 1;
    } else if (step.runs_restart) {
        timeline.running_resumes = std::max(*step.runs_restart, returned);
    }
    // A paused run restarts later, which moves the return to sport already; with the runs going
    // on, the days lost move it.
    const int lost = timeline.running_resumes ? 0 : timeline.days_lost_to_pain;
    timeline.return_to_sport =
        return_to_sport_from(input, schedule, timeline.runs_from() + lost, timeline);

    if (open_detraining_gap != nullptr) {
        append(timeline.phases, PhaseKind::rebuild_after_detraining, cursor,
               cursor + (rebuild_days - 1));
        cursor += rebuild_days;
    }
    if (timeline.running_resumes && cursor < *timeline.running_resumes) {
        append(timeline.phases, PhaseKind::eccentric_circuit, cursor,
               *timeline.running_resumes - 1);
        cursor = *timeline.running_resumes;
    }
    append_running_and_sport(timeline, cursor, input);
    return timeline;
}

}  // namespace

const TimelinePhase* RehabTimeline::phase_on(Date day) const {
    for (const auto& phase : phases) {
        if (phase.start <= day && day <= phase.end) {
            return &phase;
        }
    }
    return nullptr;
}

int RehabTimeline::pain_relief_sessions(const Case& input) const {
    int sessions = 0;
    for (const auto& phase : phases) {
        if (phase.kind != PhaseKind::pain_relief_loading) {
            continue;
        }
        for (Date day = std::max(phase.start, input.as_of);
             day <= std::min(phase.end, input.last_day()); day += 1) {
            sessions += logged_on(input.chronology, day) ? 0 : 1;
        }
    }
    return sessions;
}

Cadence RehabTimeline::cadence_on(Date day) const {
    const TimelinePhase* phase = phase_on(day);
    if (phase == nullptr) {
        return Cadence::none;
    }
    switch (phase->kind) {
        case PhaseKind::pain_relief_loading:
            return Cadence::none;
        case PhaseKind::eccentric_circuit:
        case PhaseKind::rebuild_after_detraining:
            return Cadence::three_a_week;
        case PhaseKind::return_to_running:
        case PhaseKind::return_to_sport:
            return Cadence::two_a_week;
        case PhaseKind::maintenance:
            return Cadence::once_a_week;
    }
    return Cadence::none;
}

RehabTimeline plan_timeline(const Case& input, const GradeSchedule& schedule,
                            const TrainingLog& log, const CircuitProgress& progress,
                            int pain_relief_days, const StepBack& step,
                            const DetrainingGap* open_detraining_gap) {
    if (const auto returned = log.return_to_running_day()) {
        return timeline_after_return(input, schedule, log, *returned, pain_relief_days, step,
                                     open_detraining_gap);
    }
    return timeline_before_return(input, schedule, log, progress, pain_relief_days, step);
}

}  // namespace coach::eccentric_strength
