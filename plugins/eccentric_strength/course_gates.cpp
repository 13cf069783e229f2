#include "course_gates.hpp"

#include <algorithm>

#include "identity.hpp"
#include "irritability.hpp"

namespace coach::eccentric_strength {

Gate gate(const Case& input, Date from, const std::vector<Criterion>& criteria, Date beyond) {
    const Date start = std::max(from, input.as_of);
    if (const auto met = first_met(input.course, criteria, start, input.last_day())) {
        // Met on the first day looked at: the philosophy's own day stands, even when it is past.
        return {met->day == start ? from : met->day, met->projected, describe(criteria)};
    }
    return {std::max({beyond, start, input.last_day() + 1}), true, describe(criteria)};
}

std::vector<Criterion> calm_criteria() {
    // With nothing measured the plan keeps its own days of pain relief: an unknown value does
    // not hold the circuit back.
    return {{Sign::pain_walking, Relation::below, irritable_walking_pain, true},
            {Sign::pain_exercise, Relation::at_most, pain_ceiling, true}};
}

std::vector<Criterion> running_criteria() {
    return {{Sign::pain_walking, Relation::at_most, 0}};
}

std::vector<Criterion> sport_criteria() {
    return {{Sign::pain_exercise, Relation::at_most, 0}};
}

bool tolerated_on(const Case& input, Date day) {
    const Reading pain = input.course.reading(day, Sign::pain_exercise);
    return !pain.known() || pain.value <= pain_ceiling;
}

}  // namespace coach::eccentric_strength
