#pragma once

#include <array>
#include <cstddef>
#include <string_view>

namespace coach::report::html {

// One colour per philosophy, in the order of the comparison: the Okabe-Ito palette, told apart
// with the common colour-vision deficiencies and legible on white paper.
inline constexpr std::array<std::string_view, 7> philosophy_colours = {
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#7F7F7F"};

inline std::string_view philosophy_colour(std::size_t index) {
    return philosophy_colours[index % philosophy_colours.size()];
}

}  // namespace coach::report::html
