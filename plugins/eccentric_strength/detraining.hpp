#pragma once

#include <vector>

#include "coach/sdk.hpp"
#include "training_log.hpp"

// Strength gains start to fade within weeks of stopping: after return to running, a stretch of
// 14 days or more without a strength session is flagged.
namespace coach::eccentric_strength {

inline constexpr int detraining_gap_days = 14;

struct DetrainingGap {
    Date last_strength;  // the last strength session before the gap (the return day if none)
    Date ended;          // the next strength session, or the plan's first day if still open
    bool open = false;   // no strength session since: the plan has to rebuild

    int days() const { return ended - last_strength; }
};

// Gaps of `detraining_gap_days` or more without strength work that run past the return to
// running, as the log shows them on `as_of`. Empty before return to running.
std::vector<DetrainingGap> detraining_gaps_after_return(const TrainingLog& log, Date as_of);

// The gap still open on the plan's first day, if any.
const DetrainingGap* open_gap(const std::vector<DetrainingGap>& gaps);

}  // namespace coach::eccentric_strength
