#pragma once

#include <array>
#include <vector>

#include "coach/sdk.hpp"
#include "detraining.hpp"
#include "exercise_families.hpp"
#include "family_progress.hpp"
#include "grade_schedule.hpp"
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
    maintenance,
};

struct TimelinePhase {
    PhaseKind kind;
    Date start;
    Date end;
};

using CircuitProgress = std::array<FamilyProgress, circuit_families.size()>;

struct RehabTimeline {
    std::vector<TimelinePhase> phases;  // back to back, in order; the last reaches the horizon
    Date first_strength_day;
    Date return_to_run;
    bool returned_before_plan = false;  // the log already shows running

    const TimelinePhase* phase_on(Date day) const;
    Cadence cadence_on(Date day) const;
};

// Lays the phases out from the plan's first day. Before return to running: pain-relief loading
// (when irritable), the circuit until running, the re-injury window, maintenance. After it (per
// the log): a rebuild when a detraining gap is open, the rest of the window, maintenance.
RehabTimeline plan_timeline(const Case& input, const GradeSchedule& schedule,
                            const TrainingLog& log, const CircuitProgress& progress,
                            int pain_relief_days, const DetrainingGap* open_detraining_gap);

// Return to running: the grade's earliest day, and not before every family has had a session
// on one leg. Full speed and return to sport follow it by the grade's estimates.
Milestones estimate_milestones(const RehabTimeline& timeline, const GradeSchedule& schedule);

}  // namespace coach::eccentric_strength
