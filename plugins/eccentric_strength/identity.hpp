#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "coach/sdk.hpp"

// Who this philosophy is: its id, its pain rule and where its advice comes from.
namespace coach::eccentric_strength {

inline constexpr std::string_view philosophy_id = "eccentric-strength";
inline constexpr std::string_view philosophy_version = "1.0.0";

// Pain up to about 4/10 during the exercises is acceptable and did no harm in the studies the
// philosophy draws on; more than that (cramping, sharp pain) is not.
inline constexpr int pain_ceiling = 4;

PhilosophyInfo describe();

std::vector<std::string> sources();

}  // namespace coach::eccentric_strength
