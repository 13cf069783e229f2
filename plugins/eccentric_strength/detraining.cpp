#include "detraining.hpp"

namespace coach::eccentric_strength {

std::vector<DetrainingGap> detraining_gaps_after_return(const TrainingLog& log, Date as_of) {
    const auto returned = log.return_to_running_day();
    if (!returned) {
        return {};
    }
    Date previous = *returned;
    std::vector<DetrainingGap> gaps;
    for (const Date day : log.strength_days()) {
        if (day <= *returned) {
            previous = day;
            continue;
        }
        if (day - previous >= detraining_gap_days) {
            gaps.push_back({.last_strength = previous, .ended = day, .open = false});
        }
        previous = day;
    }
    if (as_of - previous >= detraining_gap_days) {
        gaps.push_back({.last_strength = previous, .ended = as_of, .open = true});
    }
    return gaps;
}

const DetrainingGap* open_gap(const std::vector<DetrainingGap>& gaps) {
    return !gaps.empty() && gaps.back().open ? &gaps.back() : nullptr;
}

}  // namespace coach::eccentric_strength
