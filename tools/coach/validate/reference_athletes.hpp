#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "coach/json.hpp"
#include "coach/planning_case.hpp"
#include "coach/sdk/athlete.hpp"

namespace coach::cli::validation {

// One athlete record of the reference set the SDK ships (sdk/reference_athletes/): clinically
// varied records every plugin must handle, each with its own as_of.
struct ReferenceAthlete {
    std::string name;  // the file name without ".json", e.g. "grade1_fresh"
    json::AthleteFile file;

    // The case a philosophy plans from: the record as of its own as_of, over its horizon, with
    // its chronology and course of recovery.
    PlanningCase planning_case() const;
};

// Where the reference athletes are: `chosen` when it is not empty; else the folder installed
// with the SDK, <prefix>/share/coach/reference-athletes, found from where libcoach_engine is;
// else the source tree's sdk/reference_athletes (a build tree). Throws CommandError
// (exit_bad_input) when none exists.
std::filesystem::path reference_athlete_folder(const std::filesystem::path& chosen);

// Every *.json record in `folder`, sorted by file name. Throws CommandError (exit_bad_input)
// naming the file and JSON pointer of each problem, or when the folder holds no record.
std::vector<ReferenceAthlete> load_reference_athletes(const std::filesystem::path& folder);

}  // namespace coach::cli::validation
