#pragma once

#include <optional>
#include <string>

#include "coach/sdk/plan.hpp"

namespace coach::detail {

// Why `plan` is larger than coach::max_plan_bytes, with its size and the limit ("returned a plan
// of 70000000 bytes, over the limit of 67108864 bytes (64 MiB)"); nullopt when it is not. The
// size is that of its encoding on the worker channel, so the same plan fails alike in-process and
// isolated. [thread-safe]
std::optional<std::string> plan_size_problem(const Plan& plan);

}  // namespace coach::detail
