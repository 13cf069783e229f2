#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "coach/export.hpp"
#include "coach/json.hpp"
#include "coach/sdk/athlete.hpp"
#include "coach/sdk/philosophy.hpp"

namespace coach {

// The id among `known` (loaded philosophies' ids) that `id` most likely means: the one it names
// without its "protocol:" prefix ("nordic-petersen-2011"), else a likely misspelling (at most 2
// edits, strict_json::closest), else the one it names in fewer or reordered words ("eccentric" for
// "eccentric-strength"); nullptr when none. Points into `known`. [thread-safe] Pure.
COACH_ENGINE_API const std::string_view* meant_philosophy(std::string_view id,
                                                          std::span<const std::string_view> known);

// Warnings, in document order, for the names in the athlete's training log that nothing loaded
// knows, each with its JSON pointer and, when the name is a likely misspelling, the name it likely
// means:
//  - /log/N/items/M/exercise: an exercise in neither the shared catalog (coach/sdk/catalog.hpp)
//    nor the exercises a loaded philosophy declares. It is never read as the name it resembles:
//    plans count it as no exercise they know (no category, no progression credited for it), while
//    the session still counts for its day and its pain;
//  - /log/N/philosophy: a philosophy that is no loaded philosophy's id (not said when `loaded` is
//    empty). Plans read the session as logged under another philosophy.
// `coach check --strict` refuses a record with any (docs/DATA.md, "Names in the log").
// [thread-safe] Pure.
COACH_ENGINE_API std::vector<json::Problem> unknown_log_names(
    const Athlete& athlete, const std::vector<const PhilosophyInfo*>& loaded);

}  // namespace coach
