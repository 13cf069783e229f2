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

}  // namespace coach::eccentric_strength
