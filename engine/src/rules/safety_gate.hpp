#pragma once

#include "coach/safety_gate.hpp"

namespace coach::detail {
using safety::metadata_problem;
}
