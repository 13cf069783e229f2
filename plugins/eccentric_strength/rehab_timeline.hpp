#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "coach/sdk.hpp"
#include "detraining.hpp"
#include "exercise_families.hpp"
#include "family_progress.hpp"
#include "grade_schedule.hpp"
#include "step_back.hpp"
#include "strength_calendar.hpp"
#include "training_log.hpp"

// The shape of the rehab in time: which phase each day belongs to, when strength work starts
// and when running comes back.
namespace coach::eccentric_strength {

// More than half of re-injuries come in the first 4 weeks after return to running.
inline constexpr int reinjury_window_days = 28;

// After a detraining gap, the circuit goes back to rehab frequency for 2 weeks.
inline constexpr int rebuild_days = 14;

enum class PhaseKind {
    pain_relief_loading,
    eccentric_circuit,
    rebuild_after_detraining,
    return_to_running,
    return_to_sport,  // back in the sport while the re-injury window lasts
    maintenance,
};

struct TimelinePhase {
    PhaseKind kind;
    Date start;
    Date end;
};

using CircuitProgress = std::array<FamilyProgress, circuit_families.size()>;

// A step of the timeline taken on the projected course of recovery (course_gates.hpp): the
// plan reassesses on that day what the course expects by then.
struct ProjectedStep {
    Date day;
    std::string expected;
};

struct RehabTimeline {
    std::vector<TimelinePhase> phases;  // back to back, in order; the last reaches the horizon
    Date first_strength_day;
    Date return_to_run;
    Date return_to_sport;               // the first day of the phase back in the sport
    bool returned_before_plan = false;  // the log already shows running
    // After return to running, a step back (step_back.hpp) pauses the runs: they start again,
    // at the shortest, the day after the first strength session the plan holds after it.
    std::optional<Date> running_resumes;
    // A run that hurt, during it or the day after, or was stopped, with no strength session
    // logged within the ceiling since (runs_paused() in step_back.hpp): no run is planned
    // (running_resumes is then the day after the horizon).
    bool runs_paused = false;
    std::vector<ProjectedStep> projected_steps;
    // What a step back in force costs the milestones (days_lost_to()): the grade's earliest
    // return to running, or the return to sport once running, move later by it.
    int days_lost_to_pain = 0;

    const TimelinePhase* phase_on(Date day) const;
    // The pain-relief sessions the plan lays out: the days of its pain-relief phases inside the
    // horizon without a logged session. What the rationale says is owed is this number.
    int pain_relief_sessions(const Case& input) const;
    Cadence cadence_on(Date day) const;
    // The first day the plan may run, and the day its run lengths count from.
    Date runs_from() const { return running_resumes.value_or(return_to_run); }
};

// Lays the phases out from the plan's first day. Before return to running: pain-relief loading
// (`pain_relief_days`: when irritable, or owed to a step back; then until the course of recovery
// expects the hamstring calm), the circuit until running, running in the re-injury window, back
// in the sport, maintenance. After it (per the log): pain-relief loading owed to a step back, a
// rebuild when a detraining gap is open, the circuit alone while `step` pauses the runs, the rest
// of the window, the sport, maintenance.
// Return to running: the grade's earliest day, not before every family has had a session on
// one leg (counting only sessions the course does not expect above the pain ceiling), nor before
// the course expects pain-free walking. Return to sport: the grade's estimate after running, not
// before the course expects pain-free exercise.
RehabTimeline plan_timeline(const Case& input, const GradeSchedule& schedule,
                            const TrainingLog& log, const CircuitProgress& progress,
                            int pain_relief_days, const StepBack& step,
                            const DetrainingGap* open_detraining_gap);

}  // namespace coach::eccentric_strength
