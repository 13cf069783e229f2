#pragma once

#include "coach/sdk.hpp"
#include "grade_schedule.hpp"
#include "rehab_timeline.hpp"

// What goes into each kind of session.
namespace coach::eccentric_strength {

// How hard the pain-relief holds are: the usual 5 holds at half effort, or 3 at about a third
// after the holds themselves went above the pain ceiling (step_back.hpp, lighter_holds_next()).
// `between`: 4 holds at about 40%, the step from the lighter holds back to the usual after the
// usual ones hurt (holds_on_the_way_back(), step_back.hpp).
enum class HoldDose { usual, between, lighter };

// Isometric bridge holds and heel digs: low-level loading that eases pain.
// The usual length of one hold, in seconds; and the lighter holds' number and effort (% of a
// maximal contraction), after the holds themselves went above the ceiling.
inline constexpr int hold_seconds = 30;
inline constexpr int lighter_hold_sets = 3;
inline constexpr int lighter_hold_effort_pct = 30;
inline constexpr int between_hold_sets = 4;
inline constexpr int between_hold_effort_pct = 40;

// `hold_s`: each hold's length in seconds, hold_seconds but after the lighter holds hurt
// (shorter_hold_s(), step_back.hpp).
void add_pain_relief_loading(SessionBuilder& session, HoldDose dose = HoldDose::usual,
                             int hold_s = hold_seconds);

// The three families at the stage each has reached by the plan's `planned_session`-th strength
// session (0-based), 4 sets of 6.
void add_circuit(SessionBuilder& session, const CircuitProgress& progress, int planned_session,
                 const GradeSchedule& schedule);

// The minutes of the easy run `days_since_return` days after return to running: 15 (a light
// jog) in the first week, 20 in the second, 30 to the fourth, 40 after.
int easy_run_minutes(int days_since_return);

// An easy run, a little longer each week after return to running.
void add_easy_run(SessionBuilder& session, int days_since_return);

}  // namespace coach::eccentric_strength
