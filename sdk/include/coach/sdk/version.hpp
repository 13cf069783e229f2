#pragma once

// The SDK's own version. A plugin records the version it was built with in its ABI descriptor;
// the engine refuses a plugin whose major differs from its own or whose minor is newer.
// 2.0: symptoms are findings (not recorded, absent, present), assessments carry clinician
// reviews, and plans have the status not_applicable with its reason.
// 3.0: a Case carries the record's chronology and its course of recovery (course.hpp); sessions
// may be marked projected, a phase may be marked return to sport, and the engine sets the
// milestones (PlanBuilder::milestones() is gone; beyond_horizon() and projected_step() are new).
#define COACH_SDK_VERSION_MAJOR 3
#define COACH_SDK_VERSION_MINOR 0

namespace coach {
inline constexpr int sdk_version_major = COACH_SDK_VERSION_MAJOR;
inline constexpr int sdk_version_minor = COACH_SDK_VERSION_MINOR;
}  // namespace coach
