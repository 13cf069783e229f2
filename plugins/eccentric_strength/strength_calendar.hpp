#pragma once

#include <functional>
#include <vector>

#include "coach/sdk.hpp"

// When strength sessions fall: 2-3 a week during rehab, never on consecutive days.
namespace coach::eccentric_strength {

enum class Cadence {
    none,          // no circuit (the pain-relief stage)
    three_a_week,  // rehab: every other day, with a 2-day break once a week
    two_a_week,    // alongside running in the re-injury window
    once_a_week,   // maintenance
};

// A strength session and the next are never on consecutive days.
inline constexpr int minimum_days_between_strength_sessions = 2;

// Days from the `session_number`-th session (0-based) of a cadence to the next.
int days_to_next_session(Cadence cadence, int session_number);

// Strength days from `first` to `last` inclusive, each spaced by the cadence of the day it
// falls on.
std::vector<Date> strength_days(Date first, Date last,
                                const std::function<Cadence(Date)>& cadence_on);

// The day of the `session_number`-th session (0-based) at three a week from `first`.
Date rehab_session_day(Date first, int session_number);

}  // namespace coach::eccentric_strength
