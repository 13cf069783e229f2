#pragma once

#include "coach/export.hpp"
#include "coach/sdk/athlete.hpp"
#include "coach/sdk/plan.hpp"

// What the engine settles in every plan alike once the safety gate has accepted it, so that no
// philosophy has its own definition (docs/DATA.md, "Plan" and "Milestones").
// All functions are [thread-safe] and pure apart from the plan they change.
namespace coach {

inline constexpr int full_speed_pct = 90;

// A day with a logged rehabilitation session (Case::chronology, completed or not) is not
// prescribed again: a session planned on such a day is removed, and the rationale says so once.
COACH_ENGINE_API void drop_logged_days(Plan& plan, const Case& input);

// Sets plan.milestones from the plan, whatever the plugin put there:
//   return_to_run    the first session with a running or sprint item
//   full_speed       the first session with a sprint item at 90% of top speed or more
//   return_to_sport  the start of the phase marked return_to_sport (at most one; the gate
//                    refuses a plan that marks more)
// A milestone with no date that the plugin declared beyond the horizon stays in
// beyond_horizon, and so does a return-to-sport phase starting after the last day; any other
// declaration is dropped. A milestone whose session (for return to sport: the last session on or
// before its date) is marked projected is listed in `projected`: an earliest estimate.
COACH_ENGINE_API void set_milestones(Plan& plan, const Case& input);

}  // namespace coach
