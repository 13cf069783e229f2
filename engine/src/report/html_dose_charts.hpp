#pragma once

#include <string>

#include "coach/results.hpp"

namespace coach::report::html {

// One grouped bar chart per dose group, week by week from as_of, one colour per philosophy.
// These always appear, even when no plan doses them: strength (eccentric and general reps),
// isometric, sprint (high-speed part marked), manual_therapy, stretch, ice, cross_training.
// Running, drills, warm-up, foam rolling and heat appear when some plan doses them.
std::string dose_charts(const Comparison& comparison);

}  // namespace coach::report::html
