#pragma once

#include <boost/json.hpp>

#include "coach/sdk/comparison.hpp"
#include "coach/sdk/plan.hpp"

namespace coach::json::detail {

boost::json::object write_item(const Item& item);
boost::json::object write_plan(const Plan& plan);
boost::json::object write_metrics(const Metrics& metrics);

}  // namespace coach::json::detail
