#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

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

// Whether the item is a run (a light jog or an easy run).
inline bool is_run(const Item& item) {
    return item.exercise == "light_jog" || item.exercise == "easy_run";
}

// The planned runs, in date order, as (YYYY-MM-DD, minutes).
inline std::vector<std::pair<std::string, int>> runs_of(const Plan& plan) {
    std::vector<std::pair<std::string, int>> runs;
    for (const auto& session : plan.sessions) {
        for (const auto& item : session.items) {
            if (is_run(item)) {
                runs.emplace_back(session.date.iso(), item.duration_min.value_or(0));
            }
        }
    }
    return runs;
}

// A planned item with the day of its session.
struct PlannedItem {
    Date date;
    const Item* item;
};

// Every planned item of `exercise` (a catalog id), in plan order.
inline std::vector<PlannedItem> items_of(const Plan& plan, std::string_view exercise) {
    std::vector<PlannedItem> found;
    for (const auto& session : plan.sessions) {
        for (const auto& item : session.items) {
            if (item.exercise == exercise) {
                found.push_back({session.date, &item});
            }
        }
    }
    return found;
}

// The longest planned run in minutes, 0 when none is planned.
inline int longest_run(const Plan& plan) {
    int longest = 0;
    for (const auto& run : runs_of(plan)) {
        longest = std::max(longest, run.second);
    }
    return longest;
}

// The longest planned aqua jog or cycle in minutes, 0 when none is planned.
inline int longest_cross_training(const Plan& plan) {
    int longest = 0;
    for (const auto& session : plan.sessions) {
        for (const auto& item : session.items) {
            if (item.exercise == "aqua_jog" || item.exercise == "cycling") {
                longest = std::max(longest, item.duration_min.value_or(0));
            }
        }
    }
    return longest;
}

// Whether the plan says the milestone `kind` falls beyond its horizon.
inline bool beyond_horizon(const Plan& plan, MilestoneKind kind) {
    const auto& beyond = plan.milestones.beyond_horizon;
    return std::find(beyond.begin(), beyond.end(), kind) != beyond.end();
}

// The first rationale line opening with `opening`, or "".
inline std::string rationale_line(const Plan& plan, const std::string& opening) {
    for (const auto& line : plan.rationale) {
        if (line.rfind(opening, 0) == 0) {
            return line;
        }
    }
    return {};
}

}  // namespace coach::test
