#pragma once

#include <string>

#include "coach/export.hpp"
#include "coach/sdk/athlete.hpp"
#include "coach/sdk/plan.hpp"
#include "coach/sdk/running_speed.hpp"

// What the engine settles in every plan alike once the safety gate has accepted it, so that no
// philosophy has its own definition (docs/DATA.md, "Plan" and "Milestones").
// All functions are [thread-safe] and pure apart from the plan they change.
namespace coach {

// full_speed_pct and how fast an item runs (speed_pct()): coach/sdk/running_speed.hpp.

// A day with a logged rehabilitation session (Case::chronology, completed or not) is not
// prescribed again: a session planned on such a day is removed, and the rationale says so once.
// Sessions logged after input.as_of are not used to plan from it (PlanningCase leaves them out
// of the chronology, so they remove no day either); the rationale says so in the words of
// unused_log_note().
COACH_ENGINE_API void drop_logged_days(Plan& plan, const Case& input);

// "2 sessions logged after 2026-10-04, the day this plan starts from, the first on 2026-10-05,
// were not used to plan it: plan from a later day to take them into account.", or "" when the
// record logs nothing after input.as_of. Every plan's rationale carries it; a comparison holds it
// once (Comparison::unused_log_note), for the text table.
COACH_ENGINE_API std::string unused_log_note(const Case& input);

// Sets plan.milestones from the plan, whatever the plugin put there:
//   return_to_run    the first session with a running or sprint item
//   full_speed       the first session with a sprint item at 90% of top speed or more
//                    (is_full_speed_sprint(): a sprint with no intensity_pct runs at 100%)
//   return_to_sport  the start of the phase marked return_to_sport (at most one; the gate
//                    refuses a plan that marks more)
// A milestone with no date that the plugin declared beyond the horizon stays in
// beyond_horizon, and so does a return-to-sport phase starting after the last day; any other
// declaration is dropped. Return to sport never precedes return to run: dated before the plan's
// first run it moves to that day, and with the first run beyond the horizon it is beyond it too.
// A milestone is listed in `projected` (an earliest estimate, never "criteria met") when
//   - its session is marked projected (for return to sport: the first session on or after its
//     date, or there is none: a session logged on the day of a projected step moves the step's
//     reassessment, not the estimate), or return to sport moved to a projected return to run;
//   - or no assessment dated on the milestone's own day measured what it waits for met
//     (input.course, Basis::measured that day): pain walking 0/10 for return to run, top sprint
//     speed 90% or more for full speed, pain during exercise 0/10 for return to sport. A
//     milestone dated after the latest assessment is always an estimate, however recent that
//     assessment: the plan's calendar, not a measurement, put it there. Only an assessment
//     measures criteria; a logged session never does, whatever a plugin reads into it.
// The rule is the project's: plans never claim an athlete is cleared (docs/DATA.md).
COACH_ENGINE_API void set_milestones(Plan& plan, const Case& input);

}  // namespace coach
