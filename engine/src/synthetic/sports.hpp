#pragma once

#include <array>
#include <span>
#include <string_view>
#include <vector>

#include "coach/sdk/athlete.hpp"
#include "synthetic/random.hpp"

namespace coach::synthetic::detail {

// Who plays a sport and how its hamstring strains happen.
struct SportProfile {
    std::string_view sport;
    int female_per_mille;
    int youngest;
    int oldest;
    // High-speed running strains the biceps femoris long head; slow stretches to extreme length
    // (dance, kicking) strain the semimembranosus more often; distance runners often cannot say.
    std::array<Weighted<Mechanism>, 3> mechanisms;
    std::string_view event;                   // what a goal is, for this sport
    std::vector<std::string_view> equipment;  // what such an athlete tends to have
};

// A sport, in the proportions a sports-medicine clinic sees them.
const SportProfile& pick_sport(Random& random);

}  // namespace coach::synthetic::detail
