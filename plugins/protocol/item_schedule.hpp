#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "coach/sdk/date.hpp"
#include "json_reader.hpp"
#include "protocol.hpp"

// Per-exercise rhythms of a protocol file: an item may be due every N days, N times a week, on
// given days of its phase or on named weekdays, and several times on a day it is due, whatever the
// week's own sessions. [thread-safe] All functions are pure or touch only their arguments.
namespace coach::protocol {

inline constexpr int most_every_days = 14;
inline constexpr int most_times_a_day = 6;
inline constexpr int most_phase_days = 728;  // 104 weeks

// The item fields that give it a rhythm of its own (any of them; times_a_day may go with one of
// the others).
inline constexpr std::array<std::string_view, 5> item_rhythm_keys{"every", "per_week", "on_days",
                                                                  "days", "times_a_day"};

// The weekday names ("mon" ... "sun") of `key`, as 0 = Monday ... 6 = Sunday, ascending. Records
// a problem and gives nullopt when the value is not an array of weekday names or names one twice.
std::optional<std::vector<unsigned>> read_weekday_names(const ObjectReader& object,
                                                        std::string_view key);

// The item's own schedule from "every": {"days": N}, "per_week", "on_days", "days" and
// "times_a_day", or nullopt when it gives none of them. Out-of-range values, two rhythms on one
// item and repeated days are recorded as problems with their JSON pointer (then nullopt).
std::optional<ItemSchedule> read_item_schedule(const ObjectReader& item);

// Where a day falls for a rhythm: `day`, the first day of its 7-day protocol block, and the day
// the athlete entered the phase (day 1 of the phase).
struct DayInPhase {
    Date day;
    Date block_start;
    Date phase_start;
};

// Whether an item with `schedule` is due on `when`. Items without one follow the week's
// weekdays, which the caller checks.
bool due(const ItemSchedule& schedule, const DayInPhase& when);

// The rhythm in words, for the item's cue, e.g. "every 2nd day", "3x a week",
// "2x a day: bout 1 of 2". `bout` is 1-based.
std::string rhythm_words(const ItemSchedule& schedule, int bout);

}  // namespace coach::protocol
