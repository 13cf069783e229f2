#pragma once

#include <string>
#include <string_view>

#include "coach/export.hpp"

namespace coach::report {

// `text` made safe to print on a terminal or in a log line: control characters (C0, DEL and C1,
// which can move the cursor, clear the screen or recolour what follows), every default-ignorable
// code point (Unicode's Default_Ignorable_Code_Point: bidirectional overrides, embeddings,
// isolates and marks, U+202A..U+202E and U+2066..U+2069, which turn what follows around; the soft
// hyphen U+00AD, the combining grapheme joiner U+034F, the Hangul fillers U+115F, U+1160, U+3164
// and U+FFA0, zero width spaces, word joiners, the byte-order mark, variation selectors U+FE00..
// U+FE0F and U+E0100..U+E01EF, tags) and the line and paragraph separators and interlinear
// annotations are written as escapes, \n, \r and \t by name
// and the others as \u001b, \u202e and the like (\U000e0001 beyond U+FFFF); a byte that is not
// part of well-formed UTF-8 becomes \xFF and the like. The zero width joiner and non-joiner,
// default-ignorable too, are kept (scripts and emoji need them). Everything else is kept as it is.
// Text reports (plan, today, compare tables) and the command line's messages pass every string from
// a record or a plugin through it; JSON output keeps JSON's own escapes instead. [thread-safe]
// Pure.
COACH_ENGINE_API std::string printable(std::string_view text);

}  // namespace coach::report
