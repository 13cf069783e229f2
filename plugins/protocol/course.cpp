#include "course.hpp"

#include <algorithm>
#include <set>

#include "coach/sdk/counted.hpp"
#include "coach/sdk/history.hpp"
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

// A logged session that steps the course back, or as_of for a rule that reads no session.
struct StepBack {
    Date from;                          // the first day of the block that steps back
    const LogEntry* session = nullptr;  // nullptr: a rule decided on as_of
    std::string why;                    // the rule's reason and condition, or the ceiling's
    // A session of this protocol stopped before its end (`completed: false`) within the
    // ceiling: no step back, but its week's dose holds, as a painful session's lower one does,
    // until a session is logged completed within the ceiling. A stopped session has not shown
    // the dose tolerated (the pain-monitoring model progresses a load only once it is:
    // Silbernagel KG et al., Am J Sports Med 2007;35(6):897-906).
    bool hold = false;
};

// Where a step back goes: from the step that hurt to the one before it, halved when no lighter.
struct GoingBack {
    std::size_t hurt = 0;
    std::size_t to = 0;
    int halvings = 0;       // CourseWeek::halvings
    int halved_before = 0;  // of them, those of the stay the session hurt in
};

// A step back still in force: every block keeps its dose until a session of this protocol is
// logged within the ceiling after `hurt_day` (the pain-monitoring model progresses a load again
// only once a lower one is tolerated: Silbernagel KG et al., Am J Sports Med 2007;35(6):897-906).
struct Staying {
    Date hurt_day;
    int halvings = 0;
    Date first_hurt;     // the session whose step back began the stay (climb_back())
    std::string note;    // the step back in words, for the rationale
    bool noted = false;  // the note is in the rationale: the stay reaches the plan's first day
    std::size_t hurt_step = 0;  // the week that hurt (retry_the_week_that_hurt())
};

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
        find_steps_back();
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

    // Why the day after `session` has no loading: its pain, the day after or (not yet recorded
    // then) during it, above the ceiling. The pain-monitoring model lets pain after loading settle
    // by the next morning before the next load (Silbernagel et al. 2007, Am J Sports Med
    // 35(6):897-906); the protocols ask for loading within the ceiling (Heiderscheit et al. 2010,
    // J Orthop Sports Phys Ther 40(2):67-81).
    std::string settling_note(const LogEntry& session) const {
        const int ceiling = protocol_.info.pain_ceiling;
        const std::string pain =
            session.pain_next_day
                ? std::to_string(*session.pain_next_day) + "/10 the day after the session of "
                : std::to_string(session.pain_during.value_or(0)) + "/10 during the session of ";
        return "No loading on " + (session.date + 1).iso() + ": pain " + pain
               + session.date.iso() + ", above this protocol's ceiling of "
               + std::to_string(ceiling)
               + "/10; rest that day, and load again only once the pain has settled to the "
                 "ceiling (pain-monitoring model, Silbernagel et al. 2007, Am J Sports Med).";
    }

    // The painful sessions of the log (any philosophy or none) that step the course back, and
    // a rule that reads no session when it holds on as_of, in date order (course.hpp).
    void find_steps_back() {
        const auto reads_session_pain = [](const Criteria& criteria) {
            return std::any_of(criteria.numbers.begin(), criteria.numbers.end(),
                               [](const NumberCondition& condition) {
                                   return condition.measure == Measure::last_session_pain;
                               });
        };
        const int ceiling = protocol_.info.pain_ceiling;
        for (const auto& session : history_.log()) {
            const auto pain = worst_pain(session);
            const bool stopped = !session.completed && session.philosophy == protocol_.id();
            if (!pain || *pain <= ceiling) {
                if (stopped) {
                    steps_back_.push_back({session.date + 1, &session, {}, true});
                }
                if (!pain) {
                    continue;
                }
            }
            const auto facts = history_.facts_of(session);
            std::string why;
            for (const auto& rule : protocol_.regressions) {
                if (reads_session_pain(rule.when) && met(rule.when, facts)) {
                    why = rule.reason + " (" + joined(describe(rule.when)) + ")";
                    break;
                }
            }
            if (why.empty() && *pain > ceiling) {
                why = "Pain above this protocol's ceiling of " + std::to_string(ceiling) + "/10";
            }
            if (why.empty() || (stopped && *pain <= ceiling)) {
                continue;  // (a stopped session within the ceiling holds its week: above)
            }
            // The day after a session above the ceiling: no loading while its pain, recorded or
            // (not yet recorded) expected, stays above the ceiling; the step back starts after it.
            const bool sore_next_day = session.pain_next_day
                                           ? *session.pain_next_day > ceiling
                                           : session.pain_during && *session.pain_during > ceiling;
            if (sore_next_day) {
                course_.pain_days.push_back({session.date + 1, settling_note(session)});
            }
            steps_back_.push_back(
                {session.date + (sore_next_day ? 2 : 1), &session, std::move(why)});
        }
        const auto facts = history_.facts_on(input_.as_of, 0, Evidence::measured);
        for (const auto& rule : protocol_.regressions) {
            if (!reads_session_pain(rule.when) && met(rule.when, facts)) {
                steps_back_.push_back({input_.as_of, nullptr,
                                       rule.reason + " (" + joined(describe(rule.when)) + ")"});
                break;
            }
        }
        std::stable_sort(steps_back_.begin(), steps_back_.end(),
                         [](const StepBack& a, const StepBack& b) { return a.from < b.from; });
    }

    // The step back that starts a block on `start`: the first on that day; for week 1, the
    // latest before or on it, while its 7 days last (another plan's session does not end it:
    // only this protocol's own progression does, and it has not begun).
    const StepBack* step_back_on(Date start, bool first_block) const {
        const StepBack* found = nullptr;
        for (const auto& step : steps_back_) {
            if (step.from == start && !first_block) {
                return &step;
            }
            if (first_block && step.from <= start) {
                found = &step;
            }
        }
        return found != nullptr && start <= found->from + (days_per_week - 1) ? found : nullptr;
    }

    // The first day after `start` on which a step back starts a block: the block ends before it.
    std::optional<Date> next_step_back_after(Date start) const {
        for (const auto& step : steps_back_) {
            if (step.from > start) {
                return step.from;
            }
        }
        return std::nullopt;
    }

    // The first session of this protocol logged after `hurt_day`, completed and with its pain
    // recorded within the ceiling: the session at the lower dose that ends a stay.
    std::optional<Date> first_tolerated_after(Date hurt_day) const {
        for (const auto& session : history_.log()) {
            const auto pain = worst_pain(session);
            if (session.date > hurt_day && session.philosophy == protocol_.id() && session.completed
                && pain && *pain <= protocol_.info.pain_ceiling) {
                return session.date;
            }
        }
        return std::nullopt;
    }

    // Whether the stay in force still holds the block that starts on `start`: no session at the
    // lower dose logged tolerated before it.
    bool still_staying(Date start) const {
        if (!staying_) {
            return false;
        }
        const auto tolerated = first_tolerated_after(staying_->hurt_day);
        return !tolerated || *tolerated >= start;
    }

    // The step of the block that holds `day`, or nullopt before week 1.
    std::optional<std::size_t> step_on(Date day) const {
        for (const auto& week : course_.weeks) {
            if (week.start <= day && day <= week.end) {
                return week.step;
            }
        }
        return std::nullopt;
    }

    // Where a block starting on `start` goes back to for `back`: the week before the one that
    // hurt; that week halved when it is no lighter (week 1, or weeks of one dose).
    GoingBack going_back(const StepBack& back, Date start) const {
        const Date hurt_day = back.session != nullptr ? back.session->date : start - 1;
        const std::size_t hurt = step_on(hurt_day).value_or(0);
        // A session of this protocol logged while an earlier step back's reduced dose held: that
        // reduced dose is what hurt (or stopped), so the new one starts from it. Another plan's
        // session did not do this protocol's dose; its pain steps back as usual.
        int before = 0;
        if (staying_ && staying_->halvings > 0 && back.session != nullptr
            && back.session->philosophy == protocol_.id() && staying_->hurt_day < hurt_day) {
            const auto tolerated = first_tolerated_after(staying_->hurt_day);
            before = !tolerated || *tolerated >= hurt_day ? staying_->halvings : 0;
        }
        if (back.hold) {
            return {hurt, hurt, before, before};
        }
        const std::size_t to = hurt == 0 ? 0 : hurt - 1;
        const auto* hurt_week = course_.steps[hurt].week;
        const bool no_lighter =
            hurt == 0 || (hurt_week != nullptr && course_.steps[to].week == hurt_week);
        return {hurt, to, before + (no_lighter ? 1 : 0), before};
    }

    std::string step_back_note(const StepBack& back, const GoingBack& going, Date start) const {
        const auto [hurt, to, halvings, halved_before] = going;
        // A note about a logged session opens with "The session of <day>": the today page
        // shows it as what follows that session (coach/report.hpp, today_text()).
        std::string text = back.why;
        if (back.hold) {
            const LogEntry& session = *back.session;
            const auto pain = worst_pain(session);
            text = "The session of " + session.date.iso() + " was stopped before its end"
                   + (pain ? " (pain " + std::to_string(*pain) + "/10 at most)" : std::string{})
                   + ": a session not completed has not shown its dose tolerated. From "
                   + std::max(start, input_.as_of).iso() + ", the dose of " + step_name(hurt)
                   + " again";
        } else if (back.session != nullptr) {
            const LogEntry& session = *back.session;
            const int pain = worst_pain(session).value_or(0);
            const bool during = session.pain_during && *session.pain_during == pain;
            text = "The session of " + session.date.iso() + " ("
                   + (session.philosophy.empty() ? std::string{"logged under no plan"}
                                                 : "logged under " + session.philosophy)
                   + ") went to " + std::to_string(pain) + "/10 "
                   + (during ? "during it" : "the day after")
                   + (session.philosophy == protocol_.id()
                          ? std::string{}
                          : "; its pain counts here, its work does not move this protocol on")
                   + ". " + back.why;
        }
        if (!back.hold) {
            text += ". From " + std::max(start, input_.as_of).iso() + ", "
                    + (halvings == 0
                           ? "the dose of " + step_name(to) + ", the week before the one that hurt ("
                                 + step_name(hurt) + ")"
                           : step_name(to) + "'s dose "
                                 + (halvings == 1 ? std::string{"at half its volume"}
                                                  : halved_words(halvings))
                                 + " ("
                                 + (halved_before > 0
                                        ? "the session that hurt was already at that dose "
                                              + halved_words(halved_before)
                                    : hurt == 0 ? "week 1 has no lighter week before it"
                                                : step_name(to) + " is no lighter than "
                                                      + step_name(hurt) + ", the week that hurt")
                                 + "; the sources ask for loading within the pain ceiling "
                                   "and give no size of step back: half is this plugin's "
                                   "reading)");
        }
        const Date hurt_day = back.session != nullptr ? back.session->date : start - 1;
        const auto tolerated = first_tolerated_after(hurt_day);
        const std::string ceiling = std::to_string(protocol_.info.pain_ceiling);
        if (tolerated && *tolerated <= input_.as_of) {
            return text + "; the session of " + tolerated->iso() + " at it stayed within the "
                   + ceiling + "/10 ceiling, so "
                   + (halvings > 0 ? "the dose climbs back a halving at a time (below)."
                                   : "the progression goes on from the next week.");
        }
        return text + "; every planned session stays at that dose until one at it is logged "
               + "within the " + ceiling
               + "/10 ceiling, and the later weeks and milestones move later by the days that "
                 "takes, beyond this plan until it is logged (pain-monitoring model, Silbernagel "
                 "et al. 2007, Am J Sports Med).";
    }

    // The note of a step back up on `start` from the stay in force, whose lower dose, `from`, was
    // logged within the ceiling: "The session of <day> at <from> stayed within the ceiling: from
    // <day>, <to>", then what follows (the next session at it, when logged by as_of, says where
    // the plan goes on: `another_halving` or the next week).
    std::string climb_note(Date start, const std::string& from, const std::string& to,
                           bool another_halving) const {
        const Date tolerated = first_tolerated_after(staying_->hurt_day).value_or(start - 1);
        const std::string ceiling = std::to_string(protocol_.info.pain_ceiling);
        const auto again = first_tolerated_after(tolerated);
        const bool done_again = again && *again <= input_.as_of;
        std::string note = "The session of " + tolerated.iso() + " at " + from
                           + " stayed within the " + ceiling + "/10 ceiling: from "
                           + (done_again ? start : std::max(start, input_.as_of)).iso() + ", " + to;
        if (done_again) {
            return note + "; the session of " + again->iso() + " at it stayed within the " + ceiling
                   + "/10 ceiling, so "
                   + (another_halving ? "the dose climbs back another halving (below)."
                                      : "the progression goes on from the next week.");
        }
        return note + ", and every planned session stays at it until one at it is logged within "
                      "the "
               + ceiling
               + "/10 ceiling (a load is raised only once the one below it is tolerated: "
                 "pain-monitoring model, Silbernagel et al. 2007, Am J Sports Med).";
    }

    // A halved dose logged within the ceiling: the block starting on `start` climbs back one
    // halving at the same week, not on to the next week, and holds it until a session at it is
    // logged within the ceiling; the dose that hurt comes back only after the one below it, and
    // the week after it only once it is tolerated (trial 57: after week 1 halved twice was
    // tolerated, weeks 2 and 3 followed at once, past the week 1 that hurt). The pain-monitoring
    // model raises a load only once the one below it is tolerated (Silbernagel KG et al., Am J
    // Sports Med 2007;35(6):897-906); a halving a step is this plugin's reading.
    void climb_back(Date start, std::size_t current) {
        const int halvings = staying_->halvings - 1;
        const auto dose = [&](int halved) {
            return step_name(current) + "'s dose "
                   + (halved == 1 ? std::string{"at half its volume"} : halved_words(halved));
        };
        const std::string to = halvings == 0
                                   ? step_name(current) + "'s dose in full, the dose that hurt on "
                                         + staying_->first_hurt.iso() + ", tried again"
                                   : dose(halvings);
        std::string note =
            climb_note(start, dose(staying_->halvings), "one step back up, " + to, halvings > 0);
        staying_ = Staying{first_tolerated_after(staying_->hurt_day).value_or(start - 1),
                           halvings,
                           staying_->first_hurt,
                           std::move(note),
                           false,
                           staying_->hurt_step};
    }

    // The week before the one that hurt, logged within the ceiling: the block starting on `start`
    // goes on to the next week, the one that hurt, and holds it, as a halved dose is held, until a
    // session at it is logged within the ceiling; the weeks after it wait (trial 58: week 2 hurt,
    // week 1 went well, and weeks 2 and 3 followed, week 3 with week 2 never logged tolerated).
    // Returns the step of the block.
    std::size_t retry_the_week_that_hurt(Date start, std::size_t current) {
        const std::size_t next = next_step(current, start);
        std::string note = climb_note(
            start, step_name(current) + "'s dose",
            step_name(next) + "'s dose, "
                + (next == staying_->hurt_step
                       ? "the week that hurt on " + staying_->first_hurt.iso() + ", tried again"
                       : std::string{"one week back up"}),
            false);
        staying_ = Staying{first_tolerated_after(staying_->hurt_day).value_or(start - 1),
                           0,
                           staying_->first_hurt,
                           std::move(note),
                           false,
                           staying_->hurt_step};
        return next;
    }

    void walk_the_weeks(Date week_one) {
        std::size_t current = 0;
        phase_start_ = week_one;
        Date next_start = week_one;
        for (Date start = week_one; start <= input_.last_day(); start = next_start) {
            const auto phase_before = course_.steps[current].phase;
            const StepBack* back = step_back_on(start, start == week_one);
            const bool stays = back == nullptr && start != week_one && still_staying(start);
            bool climbs = false;
            if (back == nullptr && start != week_one && !stays) {
                climbs = staying_ && (staying_->halvings > 0 || staying_->hurt_step > current);
                if (climbs && staying_->halvings > 0) {
                    climb_back(start, current);
                } else if (climbs) {
                    current = retry_the_week_that_hurt(start, current);
                } else {
                    staying_.reset();
                    current = next_step(current, start);
                }
            }
            const auto entered = [&](std::size_t step) {
                return course_.steps[step].phase != phase_before ? start : phase_start_;
            };
            const auto end_of = [&](std::size_t step) {
                Date end = block_end(start, course_.steps[step].phase, entered(step));
                if (const auto cut = next_step_back_after(start); cut && *cut <= end) {
                    end = *cut - 1;  // a painful session in this block: the next starts after it
                }
                return end;
            };
            std::optional<GoingBack> going;
            if (back != nullptr) {
                going = going_back(*back, start);
                current = going->to;
                const Date hurt_day = back->session != nullptr ? back->session->date : start - 1;
                // A reduced dose that hurt again: the full dose first hurt where the stay began.
                const Date first_hurt =
                    staying_ && going->halved_before > 0 ? staying_->first_hurt : hurt_day;
                staying_ = Staying{hurt_day,   going->halvings,
                                   first_hurt, step_back_note(*back, *going, start),
                                   false,      going->hurt};
            }
            const Date end = end_of(current);
            if ((going || stays || climbs) && end >= input_.as_of && !staying_->noted) {
                // A stay that reaches the plan's first day is in its rationale, once.
                course_.notes.push_back(staying_->note);
                staying_->noted = true;
            }
            phase_start_ = entered(current);
            next_start = end + 1;
            const int halvings = going ? going->halvings : stays || climbs ? staying_->halvings : 0;
            CourseWeek week{start, end, current, phase_start_, {}, halvings};
            const auto& step = course_.steps[current];
            for (Date day = std::max(start, input_.as_of); day <= std::min(end, input_.last_day());
                 day += 1) {
                auto items = due_items(step, {day, start, phase_start_});
                const bool training_day =
                    !items.empty() && input_.day_of_injury(day) >= earliest_day_[step.phase];
                if (training_day && !logged_on(input_.chronology, day) && !settling(day)
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

    // Whether `day` follows a session whose pain above the ceiling has not settled
    // (find_steps_back).
    bool settling(Date day) const {
        return std::any_of(course_.pain_days.begin(), course_.pain_days.end(),
                           [day](const PainDay& pain) { return pain.day == day; });
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
    std::vector<StepBack> steps_back_;
    std::optional<Staying> staying_;  // the step back in force, until a session at it is tolerated
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

std::string halved_words(int halvings) {
    if (halvings <= 1) {
        return "halved";
    }
    return halvings == 2 ? "halved twice" : "halved " + std::to_string(halvings) + " times";
}

Prescription halved(const Prescription& item) {
    switch (item.dose.category) {
        case Category::cryotherapy:
        case Category::support:
        case Category::rest:
        case Category::assessment:
            return item;
        default:
            break;
    }
    const auto half = [](int value) { return (value + 1) / 2; };
    Prescription out = item;
    if (out.reps && !out.reps->per_set.empty()) {
        auto& per_set = out.reps->per_set;
        if (per_set.size() > 1) {
            per_set.resize(static_cast<std::size_t>(half(static_cast<int>(per_set.size()))));
        } else {
            per_set.front() = half(per_set.front());
        }
        return out;
    }
    if (out.dose.sets.value_or(1) > 1) {
        out.dose.sets = half(*out.dose.sets);
        return out;
    }
    if (out.reps) {
        out.reps->low = half(out.reps->low);
        out.reps->high = std::max(out.reps->low, half(out.reps->high));
    } else if (out.dose.hold_s) {
        out.dose.hold_s = half(*out.dose.hold_s);
    } else if (out.dose.distance_m) {
        out.dose.distance_m = half(*out.dose.distance_m);
    } else if (out.dose.duration_min) {
        out.dose.duration_min = half(*out.dose.duration_min);
    }
    return out;
}

ProtocolCourse chart_course(const Protocol& protocol, const Case& input) {
    return CourseChart{protocol, input}.chart();
}

}  // namespace coach::protocol
