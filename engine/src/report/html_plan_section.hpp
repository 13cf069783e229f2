#pragma once

#include <cstddef>
#include <string>

#include "coach/results.hpp"

namespace coach::report::html {

// One philosophy's plan for people: status and referrals, milestones (return to sport worded
// "criteria met, clinician sign-off required"), phases, every session day by day grouped under
// its phase (date, weekday, focus, each item described with its cue), then maintenance,
// rationale, sources and provenance. A failed plugin's section states its error. `index` picks
// the philosophy's colour.
std::string plan_section(const ComparisonEntry& entry, std::size_t index);

// The id of a philosophy's plan section, for links: "plan-" and the id, other characters than
// letters, digits and '-' replaced by '_'.
std::string plan_anchor(const std::string& philosophy);

}  // namespace coach::report::html
