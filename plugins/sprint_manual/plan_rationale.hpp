#pragma once

#include <string>
#include <vector>

#include "completed_work.hpp"
#include "healing_timeline.hpp"
#include "rehab_schedule.hpp"

namespace coach::sprint_manual {

// Where the advice comes from.
std::vector<std::string> sources();

// What to keep doing once the return-to-sport criteria are met.
std::string maintenance();

// Why the plan looks as it does, in the words a coach of this school would use, with the
// numbers that drove it (timeline, the session progressed from, the step, the answer to any
// trouble).
std::vector<std::string> explain(const HealingTimeline& timeline, const CompletedWork& completed,
                                 const RehabSchedule& schedule, int pain_ceiling);

}  // namespace coach::sprint_manual
