#pragma once

#include <array>
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "coach/counted.hpp"
#include "coach/sdk/date.hpp"

namespace coach::json {

// The dates an athlete record may hold, each of them (the injury, assessments, log entries, the
// goal, as_of): a date outside is a typing slip (0001-01-01, 9999-12-20), not an athlete, and is
// refused with its pointer, "/injury/date: expected a date from 1900-01-01 to 2199-12-31, got
// \"0001-01-01\"", rather than planned as an injury 739,891 days old. The project's choice
// (docs/DATA.md): no athlete alive was injured before 1900. A plan for a record ends by
// last_record_date too (horizon_past_records()).
inline constexpr Date first_record_date = *Date::from_ymd(1900, 1, 1);
inline constexpr Date last_record_date = *Date::from_ymd(2199, 12, 31);

// Why a plan of `horizon_days` from `as_of` is not made for a record: its last day would pass
// last_record_date, "a horizon of 42 days from 2199-12-20 runs past 2199-12-31, the last date a
// record can hold: at most 12 days from 2199-12-20"; nullopt when it ends by then. coach refuses
// such a plan rather than cut it (plan, compare, today: exit 2; cohort: the record is rejected),
// so that no plan holds a date its athlete's record could not. The engine itself plans up to
// last_writable_date for a host that asks. [thread-safe] Pure.
// Why `text`, shaped YYYY-MM-DD, names no day of the calendar: "February 2026 has 28 days",
// "there is no month 13"; nullopt when it is a day or not of that shape. The one explanation a
// date on the command line ("--as-of: 2026-02-30 does not exist: February 2026 has 28 days") and
// a date in a record ("/injury/date: 2026-02-30 does not exist: ...") give. [thread-safe] Pure.
inline std::optional<std::string> no_such_day(std::string_view text) {
    const auto shaped = Date::fields(text);
    if (!shaped) {
        return std::nullopt;
    }
    const auto [year, month, day] = *shaped;
    if (month < 1 || month > 12) {
        return "there is no month " + std::to_string(month);
    }
    static constexpr std::array<std::string_view, 12> months = {
        "January", "February", "March",     "April",   "May",      "June",
        "July",    "August",   "September", "October", "November", "December"};
    const std::chrono::year_month_day_last last{
        std::chrono::year{year}, std::chrono::month_day_last{std::chrono::month{month}}};
    const auto days = static_cast<unsigned>(last.day());
    if (day >= 1 && day <= days) {
        return std::nullopt;
    }
    return std::string{months[month - 1]} + " " + std::to_string(year) + " has "
           + std::to_string(days) + " days";
}

inline std::optional<std::string> horizon_past_records(Date as_of, int horizon_days) {
    if (as_of + (horizon_days - 1) <= last_record_date) {
        return std::nullopt;
    }
    return "a horizon of " + report::counted(horizon_days, "day") + " from " + as_of.iso()
           + " runs past " + last_record_date.iso() + ", the last date a record can hold: at most "
           + report::counted(last_record_date - as_of + 1, "day") + " from " + as_of.iso();
}

}  // namespace coach::json
