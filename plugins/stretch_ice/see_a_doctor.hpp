#pragma once

#include <optional>
#include <string>
#include <vector>

#include "coach/sdk.hpp"

namespace coach::stretch_ice {

// The first week after the injury: the engine's safety gate advises a clinician itself for a gait
// still altered after it, and for pain medication needed day after day at any time (sdk/README.md,
// "What the safety gate does to your plan"); this plan adds its own advice where the gate does not.
inline constexpr int first_week_days = 7;

// This philosophy's own "when to see a doctor" advice, read from the record up to the plan's
// first day: an altered gait (in the first week; the gate's advice after it), pain that has not
// improved after a couple of days of complete rest, any numbness or tingling. Daily pain
// medication is the gate's advice, which every plan gets.
std::vector<Referral> see_a_doctor(const Case& input);

// Pain that has not improved after a couple of days of complete rest, as the record shows it up
// to `as_of`: the latest pain report (an assessment, or a logged session's pain during it and
// the next day) against an earlier one at least 2 days before with no training logged in
// between; pain of the same kind (in daily life: at rest, walking or the day after a session; or
// during exercise) not lower, and not zero. The reason in words, naming the kind of pain and
// where its latest rating was recorded ("the pain during exercise has not improved ... (5/10 on
// 2026-10-06, during the session, no lower than on 2026-10-03)"), or nullopt. The words say
// "after a couple of days of complete rest" only when every day between was rest as the record
// or this plan holds it (the plan's first days of rest, or a day logged with nothing but rest,
// ice and support); otherwise "in N days with no training logged in between", which is all an
// empty log shows.
std::optional<std::string> pain_not_improving_after_rest(const Case& input);

}  // namespace coach::stretch_ice
