#pragma once

#include <string>

#include "coach/results.hpp"
#include "coach/sdk/athlete.hpp"

namespace coach::report::html {

// Every referral of every plan, once each with the philosophies that gave it, stop referrals
// first and prominent; then plugins that failed. Says so when there is none.
std::string referrals_section(const Comparison& comparison);

// Who the athlete is and where they stand: id, sport, the injury (muscle, grade, site, date,
// mechanism), goal, equipment, and the latest assessment up to as_of with its red flags.
std::string athlete_section(const Athlete& athlete, const Comparison& comparison);

}  // namespace coach::report::html
