#include "item_schedule.hpp"

#include <algorithm>
#include <array>

#include "strict_json/values.hpp"

namespace coach::protocol {

namespace {

constexpr int days_per_week = 7;
constexpr std::array<std::string_view, days_per_week> weekday_names{"mon", "tue", "wed", "thu",
                                                                    "fri", "sat", "sun"};

// The rhythms an item may keep, one at a time.
constexpr std::array<std::string_view, 4> rhythms{"every", "per_week", "on_days", "days"};

std::string ordinal(int number) {
    const int tens = number % 100;
    const char* suffix = (tens >= 11 && tens <= 13) ? "th"
                         : number % 10 == 1         ? "st"
                         : number % 10 == 2         ? "nd"
                         : number % 10 == 3         ? "rd"
                                                    : "th";
    return std::to_string(number) + suffix;
}

std::optional<std::vector<int>> read_phase_days(const ObjectReader& item) {
    const auto* array = item.array_field("on_days", false);
    if (array == nullptr) {
        return std::nullopt;
    }
    const auto at = item.pointer_to("on_days");
    if (array->empty()) {
        item.problems().add(at, "must not be empty");
        return std::nullopt;
    }
    std::vector<int> days;
    for (std::size_t index = 0; index < array->size(); ++index) {
        const auto day = read_integer((*array)[index], 1, most_phase_days, child_pointer(at, index),
                                      item.problems());
        if (!day) {
            return std::nullopt;
        }
        days.push_back(*day);
    }
    std::sort(days.begin(), days.end());
    if (std::adjacent_find(days.begin(), days.end()) != days.end()) {
        item.problems().add(at, "names a day twice");
        return std::nullopt;
    }
    return days;
}

}  // namespace

std::optional<std::vector<unsigned>> read_weekday_names(const ObjectReader& object,
                                                        std::string_view key) {
    if (!object.fields().at(key).is_array()) {
        object.strings(key, false, Elements::non_empty);  // records the problem
        return std::nullopt;
    }
    const auto names = object.strings(key, false, Elements::non_empty);
    std::vector<unsigned> days;
    const auto at = object.pointer_to(key);
    for (std::size_t index = 0; index < names.size(); ++index) {
        const auto found = std::find(weekday_names.begin(), weekday_names.end(), names[index]);
        if (found == weekday_names.end()) {
            object.problems().add(child_pointer(at, index),
                                  "expected one of mon, tue, wed, thu, fri, sat, sun, got "
                                      + strict_json::quoted(names[index]));
            return std::nullopt;
        }
        days.push_back(static_cast<unsigned>(found - weekday_names.begin()));
    }
    std::sort(days.begin(), days.end());
    if (std::adjacent_find(days.begin(), days.end()) != days.end()) {
        object.problems().add(at, "names a weekday twice");
        return std::nullopt;
    }
    return days;
}

std::optional<ItemSchedule> read_item_schedule(const ObjectReader& item) {
    std::vector<std::string_view> given;
    for (const auto rhythm : rhythms) {
        if (item.has(rhythm)) {
            given.push_back(rhythm);
        }
    }
    if (given.empty() && !item.has("times_a_day")) {
        return std::nullopt;
    }
    auto& problems = item.problems();
    const std::size_t problems_before = problems.list().size();
    if (given.size() > 1) {
        problems.add(item.pointer_to(given[1]), "\"" + std::string{given[0]} + "\" and \""
                                                    + std::string{given[1]}
                                                    + "\" are two rhythms: give one per item");
        return std::nullopt;
    }
    ItemSchedule schedule;
    if (const auto every = item.object("every", false)) {
        every->only({"days"});
        schedule.every_days = every->integer("days", 1, most_every_days, true);
    }
    schedule.per_week = item.integer("per_week", 1, days_per_week, false);
    if (auto days = read_phase_days(item)) {
        schedule.on_days = std::move(*days);
    }
    if (item.has("days")) {
        if (auto weekdays = read_weekday_names(item, "days")) {
            if (weekdays->empty()) {
                problems.add(item.pointer_to("days"), "must not be empty");
            }
            schedule.weekdays = std::move(*weekdays);
        }
    }
    schedule.times_a_day = item.integer("times_a_day", 1, most_times_a_day, false).value_or(1);
    if (problems.list().size() != problems_before) {
        return std::nullopt;
    }
    return schedule;
}

bool due(const ItemSchedule& schedule, const DayInPhase& when) {
    const int phase_day = when.day - when.phase_start;  // 0 on the phase's first day
    if (schedule.every_days) {
        return phase_day % *schedule.every_days == 0;
    }
    if (schedule.per_week) {
        // Spread over the block: offsets 0, 7/N, 2*7/N, ... rounded down (3 a week: 0, 2, 4).
        const int offset = when.day - when.block_start;
        for (int k = 0; k < *schedule.per_week; ++k) {
            if (k * days_per_week / *schedule.per_week == offset) {
                return true;
            }
        }
        return false;
    }
    if (!schedule.on_days.empty()) {
        return std::binary_search(schedule.on_days.begin(), schedule.on_days.end(), phase_day + 1);
    }
    if (!schedule.weekdays.empty()) {
        return std::binary_search(schedule.weekdays.begin(), schedule.weekdays.end(),
                                  when.day.weekday_index());
    }
    return true;  // times_a_day alone: every day
}

std::string rhythm_words(const ItemSchedule& schedule, int bout) {
    std::string words;
    if (schedule.every_days) {
        words = *schedule.every_days == 1   ? "every day"
                : *schedule.every_days == 2 ? "every other day"
                                            : "every " + ordinal(*schedule.every_days) + " day";
    } else if (schedule.per_week) {
        words = std::to_string(*schedule.per_week) + "x a week";
    } else if (!schedule.on_days.empty()) {
        for (const int day : schedule.on_days) {
            words += (words.empty() ? "on days " : ", ") + std::to_string(day);
        }
        words += " of the phase";
    } else if (!schedule.weekdays.empty()) {
        for (const unsigned day : schedule.weekdays) {
            words += (words.empty() ? "on " : ", ") + std::string{weekday_names[day]};
        }
    } else {
        words = "every day";
    }
    if (schedule.times_a_day > 1) {
        words += "; " + std::to_string(schedule.times_a_day) + "x a day: bout "
                 + std::to_string(bout) + " of " + std::to_string(schedule.times_a_day)
                 + ", hours apart";
    }
    return words;
}

}  // namespace coach::protocol
