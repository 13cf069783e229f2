#pragma once

#include <string_view>
#include <vector>

#include "coach/sdk.hpp"

namespace coach::stretch_ice {

// Where the athlete can lift. The record has no field for lifting experience, so an athlete
// with a gym is taken to know their way around one; everyone else lifts at home.
enum class WeightRoom { gym, home };

WeightRoom weight_room_of(const Athlete& athlete);

// While the strain heals: the muscles around the hamstring, bodyweight only.
std::vector<Item> strengthen_around_the_hamstring();

// Once running resumes, two alternating sessions.
// Posterior chain: deadlift, hip thrust or bridge, kettlebell swing, core; in the gym also a
// stiff-legged deadlift with a lighter weight than the deadlift.
std::vector<Item> strengthen_posterior_chain(WeightRoom room);
// Hamstring and its neighbours: single-leg kettlebell deadlift, lying leg curl or bridge,
// quadriceps and hip flexors, core.
std::vector<Item> strengthen_hamstring_and_neighbours(WeightRoom room);

// Whether `exercise` (a catalog id) is one of the lifts above, in either room. [thread-safe]
bool is_lift_of_this_plan(std::string_view exercise);

}  // namespace coach::stretch_ice
