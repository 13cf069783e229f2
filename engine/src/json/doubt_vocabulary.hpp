#pragma once

#include <array>
#include <string_view>

// Words of doubt that both readers of free text share, the red-flag reader
// (red_flag_mentions.hpp) and the reader of grades (grade_in_text.hpp), so that one note is
// open or settled to both alike. Patterns as in red_flag_words.hpp: "uncertain*" is a prefix,
// "unsure" a whole word. [thread-safe] Constants.
namespace coach::json::detail::doubt {

// Words that leave a matter open rather than settle it: "numbness unclear", "unsure whether
// numbness", "grade 4 equivocal", "unclear whether grade 4 is excluded".
inline constexpr auto open_words =
    std::to_array<std::string_view>({"unsure", "uncertain*", "unclear", "equivocal",
                                     "indeterminate", "untested", "unknown", "undetermined"});

// Words of a test still to come or an answer not yet final: after a denial in its sentence they
// leave it open ("grade 4 excluded clinically, awaiting MRI", "no grade 4, MRI pending").
inline constexpr auto pending_words =
    std::to_array<std::string_view>({"awaiting", "await", "awaited", "pending", "tbc",
                                     "unconfirmed", "provisional*", "preliminary"});

}  // namespace coach::json::detail::doubt
