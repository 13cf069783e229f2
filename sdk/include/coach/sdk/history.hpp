#pragma once

#include <algorithm>
#include <string_view>
#include <vector>

#include "coach/sdk/athlete.hpp"

// Questions every philosophy asks of an athlete record.
namespace coach {

// The one rule for the day a request plans from (coach today's too): its as_of, else the last
// dated assessment or log entry, else the injury date.
inline Date resolve_as_of(const Athlete& athlete, const Request& request) {
    if (request.as_of) {
        return *request.as_of;
    }
    Date last = athlete.injury.date;
    for (const auto& assessment : athlete.assessments) {
        last = std::max(last, assessment.date);
    }
    for (const auto& entry : athlete.log) {
        last = std::max(last, entry.date);
    }
    return last;
}

// Assessments are read from the Case's chronology (coach/sdk/chronology.hpp:
// latest_assessment(input.chronology, day), assessments_until()), where several assessments of
// one day are merged and the worse value of each field wins. There is no reading of them from the
// record itself: in file order, the last of one day's assessments would win, however mild.

// Rehabilitation log entries of one philosophy dated before `day`, oldest first. An empty
// `philosophy` matches every entry. Entries dated on or before the injury date are history (the
// session in which the muscle tore, the training before it), never rehabilitation progress, and
// are left out, as the engine's Chronology keeps them apart (chronology.hpp).
inline std::vector<const LogEntry*> log_before(const Athlete& athlete, Date day,
                                               std::string_view philosophy = {}) {
    std::vector<const LogEntry*> found;
    for (const auto& entry : athlete.log) {
        if (entry.date > athlete.injury.date && entry.date < day
            && (philosophy.empty() || entry.philosophy == philosophy)) {
            found.push_back(&entry);
        }
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const auto* a, const auto* b) { return a->date < b->date; });
    return found;
}

// Rehabilitation log entries of one philosophy dated on or before `day`, oldest first: everything
// known on that day, including a session logged on it. An empty `philosophy` matches every entry;
// entries on or before the injury date are left out, as for log_before().
inline std::vector<const LogEntry*> log_until(const Athlete& athlete, Date day,
                                              std::string_view philosophy = {}) {
    return log_before(athlete, day + 1, philosophy);
}

// The highest pain the athlete reported for a logged session (during or the next day).
inline std::optional<int> worst_pain(const LogEntry& entry) {
    if (entry.pain_during && entry.pain_next_day) {
        return std::max(*entry.pain_during, *entry.pain_next_day);
    }
    return entry.pain_during ? entry.pain_during : entry.pain_next_day;
}

}  // namespace coach
