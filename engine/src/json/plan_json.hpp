#pragma once

#include "coach/json.hpp"
#include "coach/results.hpp"
#include "coach/sdk/plan.hpp"
#include "json/text_writer.hpp"

namespace coach::json::detail {

// Each writes its value (an object or an array) as the next value of `out`, in the field order
// docs/DATA.md gives.
void write_kinds(TextWriter& out, const std::vector<MilestoneKind>& kinds);
void write_item(TextWriter& out, const Item& item);
void write_plan(TextWriter& out, const Plan& plan);
void write_referrals(TextWriter& out, const std::vector<Referral>& referrals);
void write_metrics(TextWriter& out, const Metrics& metrics);

// The metrics' fields, in contract order, into the object `out` has open; with `weekly`, the
// weekly doses last.
void write_metric_fields(TextWriter& out, const Metrics& metrics, bool weekly);

}  // namespace coach::json::detail
