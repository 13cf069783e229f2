#pragma once

#include "coach/export.hpp"
#include "coach/sdk/athlete.hpp"
#include "coach/sdk/chronology.hpp"
#include "coach/sdk/course.hpp"

namespace coach {

// The course of recovery of `athlete` (coach/sdk/course.hpp says what it holds) from the injury
// date, or from two years before `last_day` when the injury is older, through `last_day`:
// measured values from the merged assessments of `chronology` dated up to `last_day`, projected
// values elsewhere. `chronology` must be chronology_of(athlete).
//
// The projection (docs/DESIGN.md, "The course of recovery", gives every figure and its source):
// - Return to sport T, in days after the injury: the published lay-off for the grade (Ekstrand
//   et al. 2012), times 1.5 at site c (Shamji et al. 2021), 1.8 for a stretching mechanism
//   (Askling et al. 2013) and 1.786 after any previous hamstring injury (Brooks et al. 2006),
//   rounded half up; at least 22 days when an assessment after day 1 records pain on walking
//   (Warren et al. 2010).
// - Each sign resolves on a day derived from T (the project's choice): pain at rest 0 by
//   ceil(0.15 T), pain walking 0 by ceil(0.25 T), pain during exercise and the ASLR deficit 0 by
//   T, the strength deficit 10% by T (Sanfilippo et al. 2013) and 0% by T + 180, the top sprint
//   speed from 0% at pain-free walking to 100% at T.
// - Anchoring: a measured value wins on its day; after it the value follows a straight line to
//   the next target of its schedule that is better than it (never worse than the measurement,
//   never better than the target before its day). A latest measurement still worse than a target
//   whose day has passed moves that day to twice the measurement's day, and every later target
//   of every sign with it (the project's choice).
// - The projection's dates: a step an earlier step's move pushed later is reported on the first
//   day an assessment measured every target of it met (after the last that missed it), never
//   before the step's day on the published schedule; projection.reasons say so.
// - Projected pain walking is at least projected pain at rest, and pain during exercise at least
//   pain walking. Values round towards the worse side, so a target is reached on its day.
// With nothing measured before a sign's first target, that sign is unknown until then.
// [thread-safe] Pure and deterministic: integer arithmetic only.
COACH_ENGINE_API Course course_of(const Athlete& athlete, const Chronology& chronology,
                                  Date last_day);

}  // namespace coach
