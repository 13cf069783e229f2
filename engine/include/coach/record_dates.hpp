#pragma once

#include "coach/sdk/date.hpp"

namespace coach::json {

// The dates an athlete record may hold, each of them (the injury, assessments, log entries, the
// goal, as_of): a date outside is a typing slip (0001-01-01, 9999-12-20), not an athlete, and is
// refused with its pointer, "/injury/date: expected a date from 1900-01-01 to 2199-12-31, got
// \"0001-01-01\"", rather than planned as an injury 739,891 days old. The project's choice
// (docs/DATA.md): no athlete alive was injured before 1900, and a plan of at most 365 days from
// the last day still ends in 2200, far from 9999-12-31, the last date that can be written.
inline constexpr Date first_record_date = *Date::from_ymd(1900, 1, 1);
inline constexpr Date last_record_date = *Date::from_ymd(2199, 12, 31);

}  // namespace coach::json
