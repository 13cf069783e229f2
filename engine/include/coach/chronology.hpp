#pragma once

#include "coach/export.hpp"
#include "coach/sdk/athlete.hpp"
#include "coach/sdk/chronology.hpp"

namespace coach {

// The record in date order (coach/sdk/chronology.hpp says what each part holds): assessments
// sorted by date with one day's assessments merged, the worse value of each field winning, and
// the log split at the injury date into history and rehabilitation. The engine builds it once per
// request, before any plugin runs, and its safety gate reads it. [thread-safe] Pure.
COACH_ENGINE_API Chronology chronology_of(const Athlete& athlete);

// `day` and `more`, two assessments of one day, merged as chronology_of() merges them.
// [thread-safe] Pure.
COACH_ENGINE_API Assessment merge_same_day(Assessment day, const Assessment& more);

}  // namespace coach
