#include "course.hpp"

#include <algorithm>
#include <set>

#include "coach/sdk/counted.hpp"
#include "item_schedule.hpp"
#include "protocol_history.hpp"

namespace coach::protocol {

namespace {

constexpr int days_per_week = 7;

std::string joined(const std::vector<std::string>& parts) {
    std::string text;
    for (const auto& part : parts) {
        text += (text.empty() ? "" : "; ") + part;
    }
    return text;
}

std::vector<Step> every_step(const Protocol& protocol) {
    std::vector<Step> steps;
    for (std::size_t phase = 0; phase < protocol.phases.size(); ++phase) {
        for (const auto& week : protocol.phases[phase].weeks) {
            for (int number = week.first; number <= week.last; ++number) {
                steps.push_back({phase, &week, number});
            }
        }
    }
    steps.push_back({protocol.phases.size(), nullptr, 0});
    return steps;
}

class CourseChart {
  public:
    CourseChart(const Protocol& protocol, const Case& input)
        : protocol_(protocol), input_(input), history_(input, protocol.id()) {
        course_.steps = every_step(protocol);
        int earliest = 0;
        for (const auto& phase : protocol.phases) {
            earliest = std::max(earliest, earliest_day_since_injury(phase.entry));
            earliest_day_.push_back(earliest);
        }
        earliest_day_.push_back(earliest);  // maintenance
    }

    ProtocolCourse chart() && {
        course_.week_one = find_week_one();
        if (course_.week_one) {
            walk_the_weeks(*course_.week_one);
        }
        return std::move(course_);
    }

  private:
    std::string phase_name(std::size_t phase) const {
        return phase < protocol_.phases.size() ? protocol_.phases[phase].name : "maintenance";
    }

    std::string step_name(std::size_t step) const {
        const auto& chosen = course_.steps[step];
        return chosen.week == nullptr ? "maintenance" : "week " + std::to_string(chosen.number);
    }

    std::optional<Date> find_week_one() {
        if (!history_.logged_sessions().empty()) {
            const Date first = history_.logged_sessions().front();
            course_.notes.push_back("Week 1 began on " + first.iso()
                                    + ", the first session of this protocol in the log.");
            return first;
        }
        const auto& entry = protocol_.phases.front().entry;
        for (Date day = input_.as_of; day <= input_.last_day(); day += 1) {
            const auto facts = history_.facts_on(day);
            if (!met(entry, facts)) {
                continue;
            }
            const auto expected = projected(entry, facts);
            if (entry.empty()) {
                course_.notes.push_back("Week 1 starts on " + day.iso()
                                        + ": the first phase has no entry criteria.");
            } else if (expected.empty()) {
                course_.notes.push_back("Week 1 starts on " + day.iso()
                                        + ", the first day on or after " + input_.as_of.iso()
                                        + " that meets the entry criteria ("
                                        + joined(describe(entry)) + ") on measured values.");
            } else {
                course_.notes.push_back(
                    "Week 1 starts on " + day.iso()
                    + " at the earliest: the course of recovery expects the entry criteria ("
                    + joined(describe(entry)) + ") met by then, " + joined(expected)
                    + " on the projection rather than a measurement; the plan reassesses that "
                      "day (an earliest estimate, not a measurement).");
                course_.projected_steps.push_back({day, joined(expected)});
            }
            return day;
        }
        course_.notes.push_back("The protocol does not start by " + input_.last_day().iso()
                                + ": its entry criteria are not expected to be met by then ("
                                + joined(unmet(entry, history_.facts_on(input_.last_day())))
                                + "). Reassess, then plan again.");
        return std::nullopt;
    }

    // The last day of the block that starts on `start` in `phase`: 7 days on, or sooner on the
    // phase's last day when its max_days run out within the block, or on its min_days-th day when
    // its weeks are done and its last week repeats to hold it for min_days: the next phase can
    // then start on the day after the maximum or the minimum, not at the next 7-day boundary.
    Date block_end(Date start, std::size_t phase, Date phase_start) const {
        Date end = start + (days_per_week - 1);
        if (phase >= protocol_.phases.size()) {
            return end;
        }
        const auto& current = protocol_.phases[phase];
        const auto cut = [&](int days) {
            const Date last = phase_start + (days - 1);
            if (start <= last && last < end) {
                end = last;
            }
        };
        if (current.max_days) {
            cut(*current.max_days);
        }
        if (current.min_days && !current.weeks.empty()
            && start - phase_start >= (current.weeks.back().last - current.weeks.front().first + 1)
                                          * days_per_week) {
            cut(*current.min_days);
        }
        return end;
    }

    // Days the phase of `step` has run by `start`.
    int days_in_phase(Date start) const { return start - phase_start_; }

    std::optional<int> max_days(std::size_t phase) const {
        return phase < protocol_.phases.size() ? protocol_.phases[phase].max_days : std::nullopt;
    }

    // Why the block starting on `start` cannot move from `from` into the next phase, if it
    // cannot. Past the phase's max_days only the next phase's entry criteria count.
    std::vector<std::string> blocked(std::size_t from, std::size_t to, Date start,
                                     bool past_max) const {
        const auto facts = history_.facts_on(start, planned_before(start));
        const auto& phase = protocol_.phases[course_.steps[from].phase];
        std::vector<std::string> reasons;
        if (!past_max) {
            reasons = unmet(phase.exit, facts);
            if (phase.min_days && days_in_phase(start) < *phase.min_days) {
                reasons.push_back("at least " + counted(*phase.min_days, "day") + " in "
                                  + phase.name + " (" + std::to_string(days_in_phase(start)) + ")");
            }
        }
        if (const auto next = course_.steps[to].phase; next < protocol_.phases.size()) {
            auto entry = unmet(protocol_.phases[next].entry, facts);
            reasons.insert(reasons.end(), entry.begin(), entry.end());
        }
        return reasons;
    }

    // The first step of the phase after the one of `step` (maintenance's when it is the last).
    std::size_t first_step_after(std::size_t step) const {
        std::size_t next = step;
        while (next + 1 < course_.steps.size()
               && course_.steps[next].phase == course_.steps[step].phase) {
            ++next;
        }
        return next;
    }

    std::size_t next_step(std::size_t current, Date start) {
        if (held_) {
            return current;  // a week with days held for unmet entry criteria is not done
        }
        const std::size_t maintenance = course_.steps.size() - 1;
        const auto phase = course_.steps[current].phase;
        const auto limit = max_days(phase);
        const bool past_max = limit && days_in_phase(start) >= *limit;
        const std::size_t next =
            past_max ? first_step_after(current) : std::min(current + 1, maintenance);
        if (course_.steps[next].phase == phase) {
            return next;
        }
        const auto reasons = blocked(current, next, start, past_max);
        const auto target = phase_name(course_.steps[next].phase);
        if (reasons.empty()) {
            if (past_max && noted_limits_.insert(phase).second) {
                course_.notes.push_back(phase_name(phase) + " reaches its maximum of "
                                        + counted(*limit, "day") + " on " + (start - 1).iso() + ": "
                                        + target + " starts on " + start.iso()
                                        + ", whatever its exit criteria say.");
            }
            note_projected_entry(current, next, start, target);
            return next;
        }
        if (block_end(start, phase, phase_start_) >= input_.as_of
            && noted_holds_.insert(target).second) {
            course_.notes.push_back(
                "From " + start.iso() + " the dose of " + step_name(current) + " repeats until "
                + target + " can start: " + joined(reasons)
                + (past_max ? " (" + phase_name(phase) + " has reached its maximum of "
                                  + counted(*limit, "day")
                                  + ", which never overrides the next phase's entry "
                                    "criteria: hold)"
                            : std::string{})
                + ".");
        }
        return current;
    }

    // When the move from `from` into `to` on `start` rests on projected values: a step to
    // reassess, and a note that says so.
    void note_projected_entry(std::size_t from, std::size_t to, Date start,
                              const std::string& target) {
        const auto facts = history_.facts_on(start, planned_before(start));
        auto expected = projected(protocol_.phases[course_.steps[from].phase].exit, facts);
        if (const auto next = course_.steps[to].phase; next < protocol_.phases.size()) {
            const auto entry = projected(protocol_.phases[next].entry, facts);
            expected.insert(expected.end(), entry.begin(), entry.end());
        }
        if (expected.empty()) {
            return;
        }
        course_.notes.push_back(
            target + " from " + std::max(start, input_.as_of).iso()
            + " at the earliest: the course of recovery expects " + joined(expected)
            + " by then, on the projection rather than a measurement; the plan reassesses that "
              "day (an earliest estimate, not a measurement).");
        course_.projected_steps.push_back({start, joined(expected)});
    }

    std::size_t after_regression(std::size_t current) {
        if (current == 0) {
            return current;  // week 1 has no previous week to go back to
        }
        const auto facts =
            history_.facts_on(input_.as_of, planned_before(input_.as_of), Evidence::measured);
        for (const auto& regression : protocol_.regressions) {
            if (met(regression.when, facts)) {
                // Back one week from the week that hurt, not from this one: repeating the week
                // before this one would repeat the painful dose when the session that hurt
                // closed last week.
                const std::size_t hurt = std::min(current, step_that_hurt().value_or(current));
                const std::size_t back = hurt == 0 ? 0 : hurt - 1;
                course_.notes.push_back(
                    regression.reason + " (" + joined(describe(regression.when)) + "): the week of "
                    + input_.as_of.iso() + " goes back to the dose of " + step_name(back)
                    + (hurt == back
                           ? ", the first week"
                           : ", the week before the one that hurt (" + step_name(hurt) + ")")
                    + ".");
                return back;
            }
        }
        return current;
    }

    // The step of the block that holds the last logged session, when it is this protocol's.
    std::optional<std::size_t> step_that_hurt() const {
        const LogEntry* last = history_.last_session();
        if (last == nullptr || last->philosophy != protocol_.id()) {
            return std::nullopt;
        }
        for (const auto& week : course_.weeks) {
            if (week.start <= last->date && last->date <= week.end) {
                return week.step;
            }
        }
        return std::nullopt;
    }

    void walk_the_weeks(Date week_one) {
        std::size_t current = 0;
        phase_start_ = week_one;
        Date next_start = week_one;
        for (Date start = week_one; start <= input_.last_day(); start = next_start) {
            const auto phase_before = course_.steps[current].phase;
            if (start != week_one) {
                current = next_step(current, start);
            }
            const auto entered = [&](std::size_t step) {
                return course_.steps[step].phase != phase_before ? start : phase_start_;
            };
            const auto end_of = [&](std::size_t step) {
                return block_end(start, course_.steps[step].phase, entered(step));
            };
            if (start <= input_.as_of && input_.as_of <= end_of(current)) {
                current = after_regression(current);
            }
            const Date end = end_of(current);
            phase_start_ = entered(current);
            next_start = end + 1;
            CourseWeek week{start, end, current, phase_start_, {}};
            const auto& step = course_.steps[current];
            for (Date day = std::max(start, input_.as_of); day <= std::min(end, input_.last_day());
                 day += 1) {
                auto items = due_items(step, {day, start, phase_start_});
                const bool training_day =
                    !items.empty() && input_.day_of_injury(day) >= earliest_day_[step.phase];
                if (training_day && !logged_on(input_.chronology, day)
                    && entry_holds(step.phase, day)) {
                    week.sessions.push_back({day, std::move(items)});
                    planned_.push_back(day);
                }
            }
            held_ = held_in(start, end);
            course_.weeks.push_back(std::move(week));
        }
    }

    // The items of `step` due on a day: those with a rhythm of their own by it, the others on
    // the week's weekdays.
    std::vector<std::size_t> due_items(const Step& step, const DayInPhase& when) const {
        const auto& weekdays =
            step.week != nullptr ? step.week->weekdays : protocol_.maintenance.weekdays;
        const auto& items = step.week != nullptr ? step.week->items : protocol_.maintenance.items;
        const bool session_weekday =
            std::find(weekdays.begin(), weekdays.end(), when.day.weekday_index()) != weekdays.end();
        std::vector<std::size_t> found;
        for (std::size_t index = 0; index < items.size(); ++index) {
            const auto& schedule = items[index].schedule;
            if (schedule ? due(*schedule, when) : session_weekday) {
                found.push_back(index);
            }
        }
        return found;
    }

    // Whether the phase's entry criteria hold on `day` (on or after as_of) on that day's course
    // of recovery. Checked on every day, logged sessions or not: a log says the athlete began
    // the protocol, not that pain at rest has allowed it since. A day that fails gets no session
    // and is remembered, with why, for the rationale; the first day that passes again on
    // projected values is a step to reassess.
    bool entry_holds(std::size_t phase, Date day) {
        if (phase >= protocol_.phases.size() || day < input_.as_of) {
            return true;
        }
        const auto& entry = protocol_.phases[phase].entry;
        const auto facts = history_.facts_on(day, planned_before(day));
        if (auto reasons = unmet(entry, facts); !reasons.empty()) {
            held_days_.push_back(day);
            if (!holding_) {
                holding_ = true;
                course_.notes.push_back("From " + day.iso() + " no session of "
                                        + protocol_.phases[phase].name
                                        + " until its entry criteria are met again: "
                                        + joined(reasons) + ". Reassess, then plan again.");
            }
            return false;
        }
        if (holding_) {
            holding_ = false;
            if (const auto expected = projected(entry, facts); !expected.empty()) {
                course_.notes.push_back(
                    protocol_.phases[phase].name + " resumes on " + day.iso()
                    + " at the earliest: the course of recovery expects " + joined(expected)
                    + " by then, on the projection rather than a measurement; the plan "
                      "reassesses that day (an earliest estimate, not a measurement).");
                course_.projected_steps.push_back({day, joined(expected)});
            }
        }
        return true;
    }

    bool held_in(Date start, Date end) const {
        return std::any_of(held_days_.begin(), held_days_.end(),
                           [start, end](Date day) { return start <= day && day <= end; });
    }

    int planned_before(Date day) const {
        return static_cast<int>(std::count_if(planned_.begin(), planned_.end(),
                                              [day](Date planned) { return planned < day; }));
    }

    const Protocol& protocol_;
    const Case& input_;
    ProtocolHistory history_;
    ProtocolCourse course_;
    std::vector<Date> planned_;
    std::set<std::string> noted_holds_;
    std::set<std::size_t> noted_limits_;  // phases whose max_days the rationale has explained
    Date phase_start_;                    // the day the athlete entered the current phase
    std::vector<Date> held_days_;         // days without a session for unmet entry criteria
    bool holding_ = false;                // the last day checked failed its phase's entry criteria
    bool held_ = false;                   // the last block had such a day: it does not progress
    // Per phase (then maintenance): the fewest days since injury its entry criteria and those
    // of the phases before it allow. No session of the phase falls earlier, even when the log
    // says the athlete began the protocol sooner.
    std::vector<int> earliest_day_;
};

}  // namespace

ProtocolCourse chart_course(const Protocol& protocol, const Case& input) {
    return CourseChart{protocol, input}.chart();
}

}  // namespace coach::protocol
