#include "coach/planning_case.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>

#include "coach/chronology.hpp"
#include "coach/course.hpp"
#include "coach/sdk/counted.hpp"
#include "coach/sdk/history.hpp"

namespace coach {

namespace {

// The record's chronology as known on `as_of`: the sessions logged after it are left out, so that
// no plan, gate rule or plugin reads a session from after the day it plans from (a day logged
// later is planned as any other). unused_log_note() counts them from the record itself.
Chronology known_on(const Athlete& athlete, Date as_of) {
    Chronology chronology = chronology_of(athlete);
    auto& logged = chronology.rehabilitation;
    logged.erase(std::upper_bound(logged.begin(), logged.end(), as_of,
                                  [](Date day, const LogEntry& entry) { return day < entry.date; }),
                 logged.end());
    return chronology;
}

}  // namespace

PlanningCase::Parts::Parts(const Athlete& athlete, Date as_of, int horizon_days)
    : chronology(known_on(athlete, as_of)),
      course(course_of(athlete, chronology, as_of + (horizon_days - 1))),
      input{athlete, as_of, horizon_days, chronology, course} {}

PlanningCase::PlanningCase(const Athlete& athlete, const Request& request) {
    if (request.horizon_days < 1 || request.horizon_days > max_horizon_days) {
        throw std::invalid_argument("horizon must be 1.." + counted(max_horizon_days, "day")
                                    + ", got " + std::to_string(request.horizon_days));
    }
    const Date as_of = resolve_as_of(athlete, request);
    if (as_of < athlete.injury.date) {
        throw std::invalid_argument("as_of " + as_of.iso() + " comes before the injury date "
                                    + athlete.injury.date.iso());
    }
    if (as_of + (request.horizon_days - 1) > last_writable_date) {
        throw std::invalid_argument(
            "a horizon of " + counted(request.horizon_days, "day") + " from " + as_of.iso()
            + " runs past " + last_writable_date.iso() + ", the last date a record can hold");
    }
    parts_ = std::make_unique<const Parts>(athlete, as_of, request.horizon_days);
}

}  // namespace coach
