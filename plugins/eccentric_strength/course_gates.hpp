#pragma once

#include <string>
#include <vector>

#include "coach/sdk.hpp"

// Where this philosophy's forward planning reads the course of recovery (Case::course): the
// steps it takes when the athlete's expected state allows them, not only on its own calendar.
namespace coach::eccentric_strength {

// The first day on or after a step's own earliest day on which the course meets its criteria.
struct Gate {
    Date day;
    bool projected = false;  // the criteria hold there only on the projected course
    std::string expected;    // the criteria in words, for the reassessment
};

// The first day from `from` (looked at from as_of on) to the horizon's last day on which every
// criterion holds on the course: `from` itself when they hold on the first day looked at, even
// when it is past; after the horizon, when none does, at `beyond` (or the day after the
// horizon, if later).
Gate gate(const Case& input, Date from, const std::vector<Criterion>& criteria, Date beyond);

// The irritable hamstring has calmed: walking pain under 3/10, exercise pain at most 4/10 (an
// unknown value does not hold the circuit back).
std::vector<Criterion> calm_criteria();
// Easy running: walking without pain.
std::vector<Criterion> running_criteria();
// Back to the sport: no pain in exercise.
std::vector<Criterion> sport_criteria();

// Whether a strength session on `day` counts towards progression: the course does not expect
// pain during exercise above the 4/10 ceiling that day (an unknown value counts, as the
// philosophy assumes a session goes as prescribed).
bool tolerated_on(const Case& input, Date day);

}  // namespace coach::eccentric_strength
