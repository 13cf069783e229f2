#pragma once

#include "coach/export.hpp"
#include "coach/plan_rules.hpp"
#include "coach/results.hpp"
#include "coach/sdk/athlete.hpp"
#include "coach/sdk/plan.hpp"

namespace coach {

// Comparable figures for one plan, computed the same way for every philosophy:
//   days_to_first_run   days from injury to the first session with a running or sprint item
//   days_to_full_speed  days from injury to the first sprint item at >= 90% of top speed
//                       (is_full_speed_sprint(), coach/sdk/running_speed.hpp: a sprint item
//                       with no intensity_pct runs at 100%)
//   return_to_run       the plan's return-to-run milestone (plan_rules.hpp)
//   return_to_sport     the plan's return-to-sport milestone (criteria met, sign-off required)
//   beyond_horizon      the milestones the plan reaches only after its last day
//   projected_milestones the milestones whose date rests on the projected course: earliest
//                       estimates, not criteria met
//   sessions            sessions with at least one training item: anything but rest, ice,
//                       support and assessment (passive care on a rest day stays a rest day)
//   projected_sessions  those of them marked projected (planned on the projected course)
//   rest_days           days of the horizon without such a session and without a logged one
//                       (a logged day is not prescribed again, and was no rest day)
//   eccentric_reps      sets x reps of strength_eccentric items
//   strength_reps       sets x reps of every loaded strength item counted in reps:
//                       strength_eccentric and strength_general (isometric work is held, and
//                       counted in seconds in isometric_s)
//   isometric_s         sets x hold_s of strength_isometric items
//   sprint_m            sets x reps x distance_m of sprint items
//   high_speed_m        the same, of sprint items at >= 90% of top speed, unstated read as 100%
//                       (is_full_speed_sprint())
//   manual_therapy_min  sets x duration_min of manual_therapy items
//   stretch_min         sets x duration_min of stretch_static items
//   ice_min             sets x duration_min of cryotherapy items
//   cross_training_min  sets x duration_min of cross_training items
//   weekly              per week from as_of (days 0-6 are week 1), each category's dose in its
//                       dose unit (catalog.hpp); every week of the horizon is present
COACH_ENGINE_API Metrics compute_metrics(const Plan& plan, const Case& input);

}  // namespace coach
