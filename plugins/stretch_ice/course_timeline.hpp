#pragma once

#include <string>
#include <vector>

#include "coach/sdk.hpp"
#include "recovery_timeline.hpp"

// The calendar of this approach, bent to the course of recovery (Case::course): a stage begins
// on its calendar day, or later when the athlete's expected state is not there yet. The sources
// give the rules; the thresholds are the plan's reading of them (sharp_pain.hpp and below).
namespace coach::stretch_ice {

// A stage begun on projected rather than measured values: the plan reassesses on that day.
struct ProjectedStep {
    Date day;
    std::string expected;
};

struct CourseTimeline {
    RecoveryTimeline days;  // stage starts in days since the injury, after the course
    std::vector<ProjectedStep> steps;
};

// Rest lasts while the course shows sharp pain ("no exercise at all while pain is sharp", 004);
// easy running waits for walking without pain and exercise pain at most mild, 3/10 ("while in
// pain, no high-impact exercise", 004); usual running waits for exercise without pain ("do not
// push through pain", 004), and keeps the calendar's easy-running stage before it. A value the
// course does not know yet does not hold a stage back, except for pain in exercise before usual
// running, which waits for the projection to reach it.
CourseTimeline timeline_on_course(const Case& input, const RecoveryTimeline& calendar);

}  // namespace coach::stretch_ice
