#pragma once

#include <string>
#include <vector>

#include "coach/sdk.hpp"
#include "detraining.hpp"
#include "grade_schedule.hpp"
#include "rehab_timeline.hpp"
#include "step_back.hpp"

// Why the plan looks the way it does, in words a clinician of this school would use.
namespace coach::eccentric_strength {

struct PlanFacts {
    const Case& input;
    const GradeSchedule& schedule;
    const RehabTimeline& timeline;
    const CircuitProgress& progress;
    int pain_relief_days;
    const StepBack& step_back;
    const std::vector<DetrainingGap>& detraining_gaps;
};

std::vector<std::string> explain_plan(const PlanFacts& facts);

std::string maintenance_prescription();

}  // namespace coach::eccentric_strength
