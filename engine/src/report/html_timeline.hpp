#pragma once

#include <string>

#include "coach/results.hpp"
#include "coach/sdk/athlete.hpp"

namespace coach::report::html {

// Every plan's phases and milestones on one shared date axis, as a <figure> with an inline
// <svg>: one lane per philosophy (phase bars labelled; markers for return to run, full speed and
// return to sport), the as_of line, the injury and goal days when they fall on the axis, the days
// past the horizon shaded, and a lane that states the error for a failed plugin or why a plan
// was withheld. Deterministic.
std::string timeline(const Comparison& comparison, const Athlete& athlete);

}  // namespace coach::report::html
