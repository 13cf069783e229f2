#include "irritability.hpp"

#include <algorithm>

#include "identity.hpp"

namespace coach::eccentric_strength {

namespace {

// With nothing measured yet, a strain this fresh is treated as irritable.
constexpr int fresh_injury_days = 3;

}  // namespace

bool is_irritable(const Assessment& assessment) {
    return assessment.pain_walking.value_or(0) >= irritable_walking_pain
           || assessment.pain_exercise.value_or(0) > pain_ceiling;
}

int pain_relief_days(const Case& input, const TrainingLog& log, const GradeSchedule& schedule) {
    const Assessment* latest = latest_assessment(input.chronology, input.as_of);
    if (latest == nullptr) {
        const bool fresh = input.day_of_injury(input.as_of) < fresh_injury_days;
        return fresh && log.own_sessions().empty() ? schedule.pain_relief_days : 0;
    }
    if (!is_irritable(*latest) || log.tolerated_circuit_since(latest->date)) {
        return 0;
    }
    return std::max(schedule.pain_relief_days - log.isometric_sessions_since(latest->date), 0);
}

int protected_days_left(const Case& input) {
    return std::max(protected_days - input.day_of_injury(input.as_of), 0);
}

}  // namespace coach::eccentric_strength
