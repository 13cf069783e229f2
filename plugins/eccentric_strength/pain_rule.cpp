#include "pain_rule.hpp"

#include "identity.hpp"

namespace coach::eccentric_strength {

bool above_pain_ceiling(const LogEntry& entry) {
    return entry.pain_during && *entry.pain_during > pain_ceiling;
}

bool sore_next_day(const LogEntry& entry) {
    return entry.pain_next_day && *entry.pain_next_day > pain_ceiling;
}

bool tolerated(const LogEntry& entry) {
    return entry.completed && !above_pain_ceiling(entry);
}

bool soreness_not_easing(const LogEntry& entry, const LogEntry* previous, Date first_loading_day) {
    if (!entry.pain_next_day || *entry.pain_next_day <= pain_ceiling
        || entry.date - first_loading_day < delayed_soreness_days) {
        return false;
    }
    return previous != nullptr && previous->pain_next_day
           && *entry.pain_next_day >= *previous->pain_next_day;
}

}  // namespace coach::eccentric_strength
