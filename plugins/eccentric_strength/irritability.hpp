#pragma once

#include "coach/sdk.hpp"
#include "grade_schedule.hpp"
#include "training_log.hpp"

// An irritable hamstring is calmed with low-level, pain-relieving loading before eccentric work.
namespace coach::eccentric_strength {

// Pain this high just walking means the hamstring is irritable.
inline constexpr int irritable_walking_pain = 3;

// Irritable: walking hurts at 3/10 or more, or exercise hurts above the 4/10 ceiling.
bool is_irritable(const Assessment& assessment);

// Days of isometric pain-relief loading the plan starts with: the grade's stage when the latest
// assessment finds the hamstring irritable (or, with no assessment yet, in the first 3 days
// after the injury), less the isometric sessions already logged since; none once the log shows
// circuit work tolerated within the ceiling since that assessment.
int pain_relief_days(const Case& input, const TrainingLog& log, const GradeSchedule& schedule);

// The first 3 days after the injury (days 0-2) are protected: the engine's safety gate refuses
// eccentric strength and loaded or harder than half-effort strength work in them (Heiderscheit BC
// et al., J Orthop Sports Phys Ther 2010;40(2):67-81, phase I), so the circuit never starts
// before day 3 and those days get the pain-relief holds (half effort, no load) instead.
inline constexpr int protected_days = 3;

// The protected days left from input.as_of on (0 from day 3 after the injury).
int protected_days_left(const Case& input);

}  // namespace coach::eccentric_strength
