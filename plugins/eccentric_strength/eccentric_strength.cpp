#include "eccentric_strength.hpp"

#include <algorithm>
#include <set>

#include "detraining.hpp"
#include "family_progress.hpp"
#include "grade_schedule.hpp"
#include "identity.hpp"
#include "irritability.hpp"
#include "phase_descriptions.hpp"
#include "rationale.hpp"
#include "rehab_timeline.hpp"
#include "session_content.hpp"
#include "strength_calendar.hpp"
#include "training_log.hpp"

namespace coach::eccentric_strength {

namespace {

CircuitProgress circuit_progress(const TrainingLog& log, const GradeSchedule& schedule,
                                 Date as_of) {
    CircuitProgress progress;
    for (std::size_t index = 0; index < circuit_families.size(); ++index) {
        progress[index] = progress_from_log(circuit_families[index], log, schedule, as_of);
    }
    return progress;
}

void add_phases(PlanBuilder& builder, const RehabTimeline& timeline,
                const GradeSchedule& schedule) {
    const Case& input = builder.input();
    for (const auto& phase : timeline.phases) {
        const Date start = std::max(phase.start, input.as_of);
        const Date end = std::min(phase.end, input.last_day());
        if (start <= end) {
            builder.phase(phase_name(phase.kind), start, end, phase_goal(phase.kind),
                          exit_criteria(phase.kind, schedule));
        }
    }
}

// Easy runs every other day from the return to running.
std::set<Date> running_days(const Case& input, const RehabTimeline& timeline) {
    std::set<Date> days;
    for (Date day = timeline.return_to_run; day <= input.last_day(); day += 2) {
        if (day >= input.as_of) {
            days.insert(day);
        }
    }
    return days;
}

void add_sessions(PlanBuilder& builder, const RehabTimeline& timeline,
                  const CircuitProgress& progress, const GradeSchedule& schedule) {
    const Case& input = builder.input();
    for (const auto& phase : timeline.phases) {
        if (phase.kind != PhaseKind::pain_relief_loading) {
            continue;
        }
        for (Date day = std::max(phase.start, input.as_of);
             day <= std::min(phase.end, input.last_day()); day += 1) {
            SessionBuilder session = builder.session(day, "pain relief");
            add_pain_relief_loading(session);
        }
    }

    const std::vector<Date> strength =
        strength_days(timeline.first_strength_day, input.last_day(),
                      [&timeline](Date day) { return timeline.cadence_on(day); });
    std::set<Date> runs = running_days(input, timeline);
    for (std::size_t index = 0; index < strength.size(); ++index) {
        const Date day = strength[index];
        const bool runs_too = runs.erase(day) > 0;
        SessionBuilder session =
            builder.session(day, runs_too ? "strength and easy run" : "strength");
        add_circuit(session, progress, static_cast<int>(index), schedule);
        if (runs_too) {
            add_easy_run(session, day - timeline.return_to_run);
        }
    }
    for (const Date day : runs) {
        SessionBuilder session = builder.session(day, "easy run");
        add_easy_run(session, day - timeline.return_to_run);
    }
}

}  // namespace

PhilosophyInfo EccentricStrength::info() const {
    return describe();
}

Plan EccentricStrength::plan(const Case& input) const {
    const GradeSchedule schedule = schedule_for_grade(input.athlete.injury.grade);
    const TrainingLog log{input.athlete, input.as_of};
    const CircuitProgress progress = circuit_progress(log, schedule, input.as_of);
    const std::vector<DetrainingGap> gaps = detraining_gaps_after_return(log, input.as_of);
    const int relief_days =
        log.return_to_running_day() ? 0 : pain_relief_days(input, log, schedule);
    const RehabTimeline timeline =
        plan_timeline(input, schedule, log, progress, relief_days, open_gap(gaps));

    PlanBuilder builder{input};
    add_phases(builder, timeline, schedule);
    add_sessions(builder, timeline, progress, schedule);
    builder.milestones(estimate_milestones(timeline, schedule))
        .maintenance(maintenance_prescription())
        .sources(sources());
    for (auto& line : explain_plan({.input = input,
                      .schedule = schedule,
                      .timeline = timeline,
                      .progress = progress,
                      .pain_relief_days = relief_days,
                      .detraining_gaps = gaps})) {
        builder.rationale(std::move(line));
    }
    return std::move(builder).build();
}

}  // namespace coach::eccentric_strength

COACH_PLUGIN(coach::eccentric_strength::EccentricStrength)
