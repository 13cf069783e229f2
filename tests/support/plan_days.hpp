#pragma once

#include <algorithm>

#include "coach/sdk/date.hpp"
#include "coach/sdk/plan.hpp"

// Reading a plan day by day, for tests that assert the sessions of given dates.
namespace coach::test {

// The date written YYYY-MM-DD; throws std::bad_optional_access on a malformed one.
inline Date day(const char* iso) {
    return Date::parse(iso).value();
}

// The plan's session on `date`, or nullptr when it plans none that day.
inline const Session* session_on(const Plan& plan, Date date) {
    const auto found = std::find_if(plan.sessions.begin(), plan.sessions.end(),
                                    [date](const Session& s) { return s.date == date; });
    return found == plan.sessions.end() ? nullptr : &*found;
}

}  // namespace coach::test
