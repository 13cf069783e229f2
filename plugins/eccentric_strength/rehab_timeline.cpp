#include "rehab_timeline.hpp"

#include <algorithm>

namespace coach::eccentric_strength {

namespace {

Date first_strength_day_from(Date earliest, const TrainingLog& log) {
    const auto last = log.last_strength_day();
    return last ? std::max(earliest, *last + minimum_days_between_strength_sessions) : earliest;
}

bool every_family_established_on_one_leg(const CircuitProgress& progress) {
    return std::all_of(progress.begin(), progress.end(), established_on_one_leg);
}

// The day after the first planned session with every family on one leg, or the plan's first
// day when the log already has them there.
Date ready_to_run_day(const Case& input, const TrainingLog& log, const CircuitProgress& progress,
                      Date first_strength_day) {
    const LogEntry* last = log.last_own_session();
    if (every_family_established_on_one_leg(progress)
        && (last == nullptr || !above_pain_ceiling(*last))) {
        return input.as_of;
    }
    int sessions_on_two_legs = 0;
    for (const auto& family : progress) {
        sessions_on_two_legs = std::max(sessions_on_two_legs, family.two_leg_sessions_remaining);
    }
    return rehab_session_day(first_strength_day, sessions_on_two_legs) + 1;
}

void append(std::vector<TimelinePhase>& phases, PhaseKind kind, Date start, Date end) {
    if (start <= end) {
        phases.push_back({kind, start, end});
    }
}

RehabTimeline timeline_before_return(const Case& input, const GradeSchedule& schedule,
                                     const TrainingLog& log, const CircuitProgress& progress,
                                     int pain_relief_days) {
    RehabTimeline timeline;
    const Date start = std::max(input.as_of, input.athlete.injury.date);
    const Date circuit_start = start + pain_relief_days;
    append(timeline.phases, PhaseKind::pain_relief_loading, start, circuit_start - 1);

    timeline.first_strength_day = first_strength_day_from(circuit_start, log);
    timeline.return_to_run =
        std::max(input.athlete.injury.date + schedule.earliest_run_day,
                 ready_to_run_day(input, log, progress, timeline.first_strength_day));
    append(timeline.phases, PhaseKind::eccentric_circuit, circuit_start,
           timeline.return_to_run - 1);

    const Date maintenance_start = timeline.return_to_run + reinjury_window_days;
    append(timeline.phases, PhaseKind::return_to_running, timeline.return_to_run,
           maintenance_start - 1);
    append(timeline.phases, PhaseKind::maintenance, maintenance_start,
           std::max(maintenance_start, input.last_day()));
    return timeline;
}

RehabTimeline timeline_after_return(const Case& input, const TrainingLog& log, Date returned,
                                    const DetrainingGap* open_detraining_gap) {
    RehabTimeline timeline;
    timeline.returned_before_plan = true;
    timeline.return_to_run = returned;
    timeline.first_strength_day = first_strength_day_from(input.as_of, log);

    Date cursor = input.as_of;
    if (open_detraining_gap != nullptr) {
        append(timeline.phases, PhaseKind::rebuild_after_detraining, cursor,
               cursor + (rebuild_days - 1));
        cursor += rebuild_days;
    }
    const Date maintenance_start = returned + reinjury_window_days;
    append(timeline.phases, PhaseKind::return_to_running, cursor, maintenance_start - 1);
    cursor = std::max(cursor, maintenance_start);
    append(timeline.phases, PhaseKind::maintenance, cursor, std::max(cursor, input.last_day()));
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
            return Cadence::two_a_week;
        case PhaseKind::maintenance:
            return Cadence::once_a_week;
    }
    return Cadence::none;
}

RehabTimeline plan_timeline(const Case& input, const GradeSchedule& schedule,
                            const TrainingLog& log, const CircuitProgress& progress,
                            int pain_relief_days, const DetrainingGap* open_detraining_gap) {
    if (const auto returned = log.return_to_running_day()) {
        return timeline_after_return(input, log, *returned, open_detraining_gap);
    }
    return timeline_before_return(input, schedule, log, progress, pain_relief_days);
}

Milestones estimate_milestones(const RehabTimeline& timeline, const GradeSchedule& schedule) {
    return {.return_to_run = timeline.return_to_run,
            .full_speed = timeline.return_to_run + schedule.run_to_full_speed_days,
            .return_to_sport = timeline.return_to_run + schedule.run_to_sport_days};
}

}  // namespace coach::eccentric_strength
