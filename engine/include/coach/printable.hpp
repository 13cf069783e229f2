#pragma once

#include <string>
#include <string_view>

#include "coach/export.hpp"

namespace coach::report {

// `text` made safe to print on a terminal or in a log line: control characters (C0, DEL and C1,
// which can move the cursor, clear the screen or recolour what follows) are written as escapes,
// \n, \r and \t by name and the others as \u001b and the like; a byte that is not part of
// well-formed UTF-8 becomes \xFF and the like. Everything else is kept as it is. Text reports
// (plan, today, compare tables) and the command line's messages pass every string from a record
// or a plugin through it; JSON output keeps JSON's own escapes instead. [thread-safe] Pure.
COACH_ENGINE_API std::string printable(std::string_view text);

}  // namespace coach::report
