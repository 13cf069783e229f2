#pragma once

#include <string_view>

namespace coach::report::html {

// The report's stylesheet, inlined in its <head>: system fonts, white paper, and print rules
// (A4, each plan on a new page, charts and rows kept whole).
std::string_view page_style();

}  // namespace coach::report::html
