#pragma once

#include <string_view>

#include "coach/sdk/athlete.hpp"

// Which logged sessions are a philosophy's own. The athlete's log holds sessions logged under
// any philosophy (LogEntry::philosophy, docs/DATA.md). Pain in any of them is the athlete's
// pain, and a plugin steps its dose back for it whichever plan it came from; only its own
// sessions are the work its plan progresses from, because another plan's session followed
// another plan's criteria (docs/PHILOSOPHIES.md, "Pain in any logged session"). The rule is the
// project's reading of the brief: pain above the tolerated level during a session or the next
// day steps the dose back.
// [thread-safe] Pure: reads only its arguments.
namespace coach {

// Whether `entry` was logged under `philosophy` (a plugin id, such as "sprint-manual"), or under
// none: a session that names no philosophy belongs to whichever plan reads it.
inline bool is_own_session(const LogEntry& entry, std::string_view philosophy) {
    return entry.philosophy.empty() || entry.philosophy == philosophy;
}

}  // namespace coach
