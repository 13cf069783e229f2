#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "coach/sdk/philosophy.hpp"
#include "json_reader.hpp"
#include "protocol.hpp"

namespace coach::protocol {

// What the items of a phase or of maintenance are read against.
struct ItemContext {
    const std::vector<DeclaredExercise>& declared;  // the file's own /exercises that were read
    // Ids the file declares in /exercises whose declaration was refused: an item naming one is
    // refused without a problem of its own, as the declaration's problem says what to fix.
    const std::vector<std::string>& refused_ids;
    // The fewest days since injury the phase may start on; nullopt when a refused entry
    // criterion leaves it unknown (the first days' check is then left to the fixed file).
    std::optional<int> earliest_day;
    // Which phase a first-days problem asks to give an entry criterion: maintenance, after every
    // phase, asks "a phase" (trial 72: "phases": [{}] was told "this phase" at /maintenance).
    std::string_view phase_to_hold = "this phase or an earlier one";
};

// Reads one item of a week or of maintenance: the exercise (from the shared catalog or
// `context.declared`), its dose in the unit the file states (reps, hold_s, distance_m,
// duration_min; not necessarily its category's), its own schedule if it has one
// (item_schedule.hpp), and the checks the engine's safety gate would otherwise fail the whole
// plan on: a stated volume, and no heat, sprinting or massage of the injury site before
// `context.earliest_day` since injury reaches 3. Problems are recorded on `item` with their JSON
// pointers; nullopt when there is any. [thread-safe] Touches only its arguments.
std::optional<Prescription> read_prescription(const ObjectReader& item, const ItemContext& context);

}  // namespace coach::protocol
