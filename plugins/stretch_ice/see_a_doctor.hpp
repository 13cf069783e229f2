#pragma once

#include <vector>

#include "coach/sdk.hpp"

namespace coach::stretch_ice {

// This philosophy's own "when to see a doctor" advice, read from the assessments up to the
// plan's first day: an altered gait, pain that has not improved after a couple of days of
// rest, any numbness or tingling, and pain medication needed day after day.
std::vector<Referral> see_a_doctor(const Case& input);

// True when the latest assessment's pain (at rest and on walking) is no lower than it was at
// an assessment at least two days earlier, and is not zero.
bool pain_not_improving_after_rest(const Athlete& athlete, Date as_of);

}  // namespace coach::stretch_ice
