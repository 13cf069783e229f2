#include "pain_rule.hpp"

#include "identity.hpp"

namespace coach::eccentric_strength {

bool above_pain_ceiling(const LogEntry& entry) {
    return entry.pain_during && *entry.pain_during > pain_ceiling;
}

bool sore_next_day(const LogEntry& entry) {
    return entry.pain_next_day && *entry.pain_next_day > pain_ceiling;
}

bool severe_next_day(const LogEntry& entry) {
    return entry.pain_next_day && *entry.pain_next_day >= severe_pain_nrs;
}

bool too_painful(const LogEntry& entry) {
    return above_pain_ceiling(entry) || severe_next_day(entry);
}

PainReading pain_reading(const LogEntry& entry) {
    if (above_pain_ceiling(entry)) {
        return {*entry.pain_during, false};
    }
    return {entry.pain_next_day.value_or(0), true};
}

std::string describe(PainReading reading) {
    return std::to_string(reading.nrs) + "/10 "
           + (reading.next_day ? "the day after" : "during the exercises");
}

bool tolerated(const LogEntry& entry) {
    return entry.completed && !too_painful(entry);
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
