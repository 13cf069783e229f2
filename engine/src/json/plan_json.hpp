#pragma once

#include <boost/json.hpp>

#include "coach/json.hpp"
#include "coach/sdk/comparison.hpp"
#include "coach/sdk/plan.hpp"

namespace coach::json::detail {

boost::json::object write_item(const Item& item);
boost::json::object write_plan(const Plan& plan);
boost::json::object write_metrics(const Metrics& metrics);

// As decode_plan, but every integer field keeps any int value instead of a plausible range, so
// that encode_plan then decode_plan_exact gives back an equal Plan for any plan whose text is
// UTF-8 and whose dates lie in years 0000-9999. [thread-safe]
Decoded<Plan> decode_plan_exact(std::string_view text);

}  // namespace coach::json::detail
