#pragma once

#include "coach/sdk/counted.hpp"

// Counts in text for people: "1 day", "2 days", "0 days" (coach/sdk/counted.hpp, shared with the
// plugins that write plans). [thread-safe] Pure.
namespace coach::report {

using coach::counted;

}  // namespace coach::report
