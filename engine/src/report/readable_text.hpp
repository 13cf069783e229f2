#pragma once

#include <string>
#include <string_view>

// Text for a person at a terminal: wrapped to a width, never a line longer than it unless one
// word is.
namespace coach::report::detail {

inline constexpr std::size_t terminal_width = 80;

// `text` wrapped into lines of at most `width` characters (code points), the first starting with
// `first_indent`, the others with `indent`; each line ends in "\n". Words longer than a line keep
// their own line. [thread-safe] Pure.
std::string wrapped(std::string_view text, std::string_view first_indent, std::string_view indent,
                    std::size_t width = terminal_width);

}  // namespace coach::report::detail
