#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "coach/export.hpp"

// Laying text out for a terminal of a given width. Widths count the columns UTF-8 text takes on a
// terminal (utf8proc's character widths: two for a wide East Asian character, none for a
// combining mark, one for others); text is expected to have been through printable() already. All
// functions are [thread-safe] and pure.
namespace coach::report {

// The width text for people is laid out in when nothing else is said: a classic terminal.
inline constexpr std::size_t default_text_width = 80;

// The number of columns `text` takes on a terminal: "ab" 2, two CJK characters 4,
// "e\u0301" (e and a combining acute accent) 1.
COACH_ENGINE_API std::size_t display_width(std::string_view text);

// `text` cut into lines of at most `width` columns (`width` >= 1): at spaces, which are dropped;
// a word longer than a line is cut after its last '-', '_', ':', '/' or '.' that fits (so
// "protocol:nordic-petersen-2011" reads "protocol:nordic-" / "petersen-2011"), else after
// as many characters as fit in `width` columns (at least one). Nothing is lost but the spaces at
// the cuts. "" gives one empty line.
COACH_ENGINE_API std::vector<std::string> wrap_words(std::string_view text, std::size_t width);

// `text` (lines ending in "\n") with every line wider than `width` wrapped by wrap_words();
// continuation lines are indented to the text of a list item (its leading spaces and marker,
// "- ", "* " or "12. "), or 2 spaces more than any other line. Lines that fit are kept as they
// are. A line may stay wider than `width` only when fewer than 8 columns would be left
// beside the continuation indent.
COACH_ENGINE_API std::string fit_lines(std::string_view text, std::size_t width);

}  // namespace coach::report
