#pragma once

#include <optional>
#include <string>

#include "coach/sdk.hpp"
#include "detraining.hpp"
#include "exercise_families.hpp"
#include "grade_schedule.hpp"
#include "training_log.hpp"

// Where each family of the circuit stands, read from the log, and how it moves on in the plan.
namespace coach::eccentric_strength {

struct FamilyProgress {
    Stage logged_stage = Stage::two_legs;  // the stage the family is at after its last session
    int sessions_completed_at_stage = 0;   // as prescribed and tolerated, since the stage began
    int two_leg_sessions_remaining = 0;    // planned two-leg sessions before going to one leg
    int two_leg_sessions_done = 0;         // towards the current two-leg stretch, for the load
    bool stepped_back = false;  // a painful session stepped the family back; not yet tolerated
    // Stepped back from one leg and no two-leg session logged tolerated since: every planned
    // session keeps the family on two legs, one load lighter than the one that hurt. The
    // projection (two_leg_sessions_remaining) still counts one two-leg session, for the earliest
    // milestones.
    bool stays_back_until_logged = false;
    // Held on two legs, at the load of the plan's first session, until a circuit session is
    // logged tolerated: another family's painful two-leg session holds every family
    // (holds_the_circuit(), step_back.hpp); its own makes it stay back, lighter, as above.
    bool held_until_logged = false;
    // The dose that hurt was on two legs: while it stays back, a family at a load with nothing
    // lighter (the bodyweight slider curl) steps its volume back instead, 3 sets of 6.
    bool fewer_sets = false;
    // The family's two-leg dose in the session that hurt, when that session logged the family's
    // own two-leg exercise: while the family stays back it is planned below that dose, not below
    // the plan's (trial 54: a session already stepped back hurt again, and came back unchanged).
    std::optional<Load> hurt_load;
    std::optional<int> hurt_sets;
    std::string status;  // how the log moved the family, in words
};

// Replays every own session of the log for one family, from the last change of its stage (a
// session logged under another philosophy with the family's exercise, or with eccentric work
// outside the circuit (eccentric_outside_the_circuit(), step_back.hpp), counts only for its pain:
// above the ceiling it steps the family back as below, from the stage this plan has it at):
// - a session completed as prescribed (4 x 6), within the 4/10 ceiling during the exercises and
//   without soreness that fails to ease (pain_rule.hpp), counts towards the stage;
// - a session above the ceiling steps the family back: from one leg to two legs, where one
//   tolerated session takes it back to one leg; on two legs, the stage starts again (the whole
//   circuit first goes back to pain-relief holds, step_back.hpp); a family on two legs in a
//   session whose top stage was one leg is held (that session does not count);
// - once the two-leg stage is complete the family moves to one leg; after
//   `detraining_gap_days` or more without strength work it comes back in on two legs for one
//   session.
FamilyProgress progress_from_log(const ExerciseFamily& family, const TrainingLog& log,
                                 const GradeSchedule& schedule, Date as_of);

// The family's stage in the plan's `planned_session`-th strength session (0-based), assuming
// each planned session is completed within the pain ceiling; two legs throughout while the family
// stays back until a tolerated two-leg session is logged.
Stage stage_in_planned_session(const FamilyProgress& progress, int planned_session);

// Holds every family still on two legs in the log there, with no progression, while a step back
// from a painful two-leg circuit session is in force (holds_the_circuit()).
void hold_on_two_legs(FamilyProgress& progress);

// Whether the family already has a single-leg session completed within the pain ceiling and
// stays on one leg: one of the conditions for running.
bool established_on_one_leg(const FamilyProgress& progress);

}  // namespace coach::eccentric_strength
