#pragma once

#include <cstdint>
#include <iosfwd>

#include "coach/export.hpp"
#include "coach/sdk/athlete.hpp"

// Synthetic but plausible athlete records, for trying the engine on a population and for
// measuring it: sports and mechanisms that go together, grades, sites and muscles in clinical
// proportions, assessments whose pain and deficits scale with the grade and fall with time, red
// flags at low rates, and training logs consistent with all of that.
//
// The population is fixed by its seed alone: athlete `index` is a pure function of (seed, index),
// drawn from std::mt19937_64 (whose output the C++ standard fixes) through integer arithmetic
// of our own, with no time, locale or implementation-defined distribution involved, so the same
// seed gives the same bytes on every machine.
namespace coach::synthetic {

// Athlete number `index` (0-based) of the population `seed`; its id is "syn-" and index + 1 in
// seven digits. Every record passes json::decode_athlete. [thread-safe]
COACH_ENGINE_API Athlete make_athlete(std::uint64_t seed, std::uint64_t index);

// Writes athletes 0..count-1 of the population `seed` to `out`, one compact coach.athlete/1
// record per line. `out` is owned by the caller. [thread-safe] for distinct streams. Throws
// std::runtime_error when `out` fails.
COACH_ENGINE_API void write_population(std::ostream& out, std::uint64_t count, std::uint64_t seed);

}  // namespace coach::synthetic
