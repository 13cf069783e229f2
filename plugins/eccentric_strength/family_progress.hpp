#pragma once

#include <string>

#include "coach/sdk.hpp"
#include "detraining.hpp"
#include "exercise_families.hpp"
#include "grade_schedule.hpp"
#include "training_log.hpp"

// Where each family of the circuit stands, read from the log, and how it moves on in the plan.
namespace coach::eccentric_strength {

struct FamilyProgress {
    Stage logged_stage = Stage::two_legs;  // the stage of the family's last logged session
    int sessions_completed_at_stage = 0;   // as prescribed, pain at or under the ceiling
    int two_leg_sessions_remaining = 0;    // planned two-leg sessions before going to one leg
    int two_leg_sessions_done = 0;         // towards the current two-leg stretch, for the load
    std::string status;                    // how the log moved the family, in words
};

// Reads the family's progress from the log and decides its next session: progress to one leg
// once the two-leg stage is complete; hold, or step back to two legs, after a session above
// the pain ceiling; come back in on two legs for one session after `detraining_gap_days` or
// more without strength work.
FamilyProgress progress_from_log(const ExerciseFamily& family, const TrainingLog& log,
                                 const GradeSchedule& schedule, Date as_of);

// The family's stage in the plan's `planned_session`-th strength session (0-based), assuming
// each planned session is completed within the pain ceiling.
Stage stage_in_planned_session(const FamilyProgress& progress, int planned_session);

// Whether the family already has a single-leg session completed within the pain ceiling and
// stays on one leg: one of the conditions for running.
bool established_on_one_leg(const FamilyProgress& progress);

}  // namespace coach::eccentric_strength
