#pragma once

#include <string>
#include <vector>

#include "grade_schedule.hpp"
#include "rehab_timeline.hpp"

// What each phase is called, what it is for and when it is done, in the clinician's words.
namespace coach::eccentric_strength {

std::string phase_name(PhaseKind kind);

std::string phase_goal(PhaseKind kind);

std::vector<std::string> exit_criteria(PhaseKind kind, const GradeSchedule& schedule);

}  // namespace coach::eccentric_strength
