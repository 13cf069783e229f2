#pragma once

#include <boost/json.hpp>

#include "coach/json.hpp"
#include "coach/results.hpp"
#include "coach/sdk/plan.hpp"

namespace coach::json::detail {

// The JSON of each, its every node allocated from `storage`: an encoder passes a
// monotonic_resource, as a plan is thousands of nodes freed together.
boost::json::array kind_array(const std::vector<MilestoneKind>& kinds,
                              const boost::json::storage_ptr& storage = {});
boost::json::object write_item(const Item& item, const boost::json::storage_ptr& storage = {});
boost::json::object write_plan(const Plan& plan, const boost::json::storage_ptr& storage = {});
boost::json::array write_referrals(const std::vector<Referral>& referrals,
                                   const boost::json::storage_ptr& storage = {});
boost::json::object write_metrics(const Metrics& metrics,
                                  const boost::json::storage_ptr& storage = {});

}  // namespace coach::json::detail
