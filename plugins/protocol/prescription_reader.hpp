#pragma once

#include <optional>
#include <vector>

#include "coach/sdk/philosophy.hpp"
#include "json_reader.hpp"
#include "protocol.hpp"

namespace coach::protocol {

// Reads one item of a week or of maintenance: the exercise (from the shared catalog or
// `declared`), its dose, and the checks the engine's safety gate would otherwise fail the whole
// plan on: the volume the exercise's category is dosed in, and no heat, sprinting or massage of
// the injury site before `earliest_day` since injury reaches 3.
std::optional<Prescription> read_prescription(const ObjectReader& item,
                                              const std::vector<DeclaredExercise>& declared,
                                              int earliest_day);

}  // namespace coach::protocol
