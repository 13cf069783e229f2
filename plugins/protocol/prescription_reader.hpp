#pragma once

#include <optional>
#include <vector>

#include "coach/sdk/philosophy.hpp"
#include "json_reader.hpp"
#include "protocol.hpp"

namespace coach::protocol {

// Reads one item of a week or of maintenance: the exercise (from the shared catalog or
// `declared`), its dose in the unit the file states (reps, hold_s, distance_m, duration_min;
// not necessarily its category's), its own schedule if it has one (item_schedule.hpp), and the
// checks the engine's safety gate would otherwise fail the whole plan on: a stated volume, and no
// heat, sprinting or massage of the injury site before `earliest_day` since injury reaches 3.
// Problems are recorded on `item` with their JSON pointers; nullopt when there is any.
// [thread-safe] Touches only its arguments.
std::optional<Prescription> read_prescription(const ObjectReader& item,
                                              const std::vector<DeclaredExercise>& declared,
                                              int earliest_day);

}  // namespace coach::protocol
