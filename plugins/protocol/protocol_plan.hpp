#pragma once

#include "coach/sdk/plan.hpp"
#include "protocol.hpp"

namespace coach::protocol {

// The plan a protocol file prescribes for `input`: its course week by week (course.hpp), each
// session's items as the file doses them, phases, milestones, the file's referral rules and a
// rationale that says why week 1 starts when it does and why a week holds or steps back.
//
// Items: a per-set rep scheme ("reps": [12, 10, 8]) becomes one item per set with sets 1, so
// that every set's dose is exact; a range ("reps": {"from": 6, "to": 8}) prescribes the lower
// bound and states the range in the cue.
Plan plan_protocol(const Protocol& protocol, const Case& input);

}  // namespace coach::protocol
