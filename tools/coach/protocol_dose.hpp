#pragma once

#include <boost/json/object.hpp>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace coach::cli {

// What a protocol file doses that the engine reads without refusing but a clinician would
// question, one reason each opening with its JSON pointer (`coach validate-plugin` reports each
// as a `warn` of its `dose` check; every other command that loads the file warns of each on
// stderr). `protocol` is the file's top-level object, already read by the engine; a member of an
// unexpected shape is skipped, never thrown on.
//   - An entry criterion on pain (`pain_rest`, `pain_walking`, `pain_exercise`,
//     `last_session_pain`) whose `at_most` lies above the file's `pain_ceiling`: the phase could
//     start at a pain the file itself steps back from (the pain-monitoring model loads only
//     within the limit: Silbernagel KG et al., Am J Sports Med 2007;35(6):897-906).
//   - An eccentric exercise (catalog category strength_eccentric, or a declared exercise of that
//     category) given in the first week it appears at its highest dose in the file, when the
//     file gives it in more than one week (a file at its peak every week included). A dose is a
//     day's repetitions: sets x reps (the top of a range), or the sum of a list of one count per
//     set, times `times_a_day`. A graded programme starts below its peak (Petersen J et al., Am
//     J Sports Med 2011;39(11):2296-2303: 2 x 5 Nordic curls in week 1, 3 x 12-10-8 by week 5).
// Empty when none holds. [thread-safe] Pure.
std::vector<std::string> dose_findings(const boost::json::object& protocol);

// dose_findings() of the protocol file at `file`, read strictly; nullopt when it cannot be read
// or is not a JSON object (the engine's reader names that problem). [thread-safe]
std::optional<std::vector<std::string>> dose_findings_of_file(const std::filesystem::path& file);

}  // namespace coach::cli
