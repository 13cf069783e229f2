#pragma once

#include <string>
#include <vector>

#include "coach/sdk.hpp"
#include "recovery_timeline.hpp"
#include "strengthening.hpp"

namespace coach::stretch_ice {

// Where this approach's advice comes from.
std::vector<std::string> sources();

// What the plan must say about itself: its beliefs, its numbers and the choices made where the
// sources are silent.
struct Explanation {
    int grade = 0;
    RecoveryTimeline timeline;
    bool tight = true;
    bool scar_tissue = false;   // an earlier hamstring strain
    int delay_permille = 1000;  // the published factor the calendar was lengthened by
    WeightRoom weight_room = WeightRoom::home;
    bool in_sharp_pain = false;
};

std::vector<std::string> rationale(const Explanation& explanation);

std::string maintenance();

}  // namespace coach::stretch_ice
