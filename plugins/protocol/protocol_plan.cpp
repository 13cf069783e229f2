#include "protocol_plan.hpp"

#include <algorithm>

#include "coach/sdk/counted.hpp"
#include "coach/sdk/plan_builder.hpp"
#include "coach/sdk/running_speed.hpp"
#include "course.hpp"
#include "item_schedule.hpp"
#include "protocol_history.hpp"

namespace coach::protocol {

namespace {

constexpr std::string_view waiting_phase = "awaiting entry criteria";

std::string with_cue(const std::string& cue, const std::string& more) {
    return cue.empty() ? more : cue + "; " + more;
}

std::string list_of(const std::vector<int>& numbers) {
    std::string text;
    for (const int number : numbers) {
        text += (text.empty() ? "" : ", ") + std::to_string(number);
    }
    return text;
}

void add_prescription(SessionBuilder& session, const Prescription& prescription) {
    if (!prescription.reps) {
        session.add(prescription.dose);
        return;
    }
    const Reps& reps = *prescription.reps;
    if (!reps.per_set.empty()) {
        const auto total = reps.per_set.size();
        for (std::size_t set = 0; set < total; ++set) {
            Item item = prescription.dose;
            item.sets = 1;
            item.reps = reps.per_set[set];
            item.cue = with_cue(prescription.dose.cue, "set " + std::to_string(set + 1) + " of "
                                                           + std::to_string(total) + " ("
                                                           + list_of(reps.per_set) + " reps)");
            session.add(std::move(item));
        }
        return;
    }
    Item item = prescription.dose;
    item.reps = reps.low;
    if (reps.is_range()) {
        item.cue =
            with_cue(prescription.dose.cue,
                     std::to_string(reps.low) + "-" + std::to_string(reps.high) + " reps: start at "
                         + std::to_string(reps.low) + ", add a rep while the form holds");
    }
    session.add(std::move(item));
}

// An item on a day it is due: once, or once per bout when it is done several times a day (one
// session a day, each bout its own item, so that the day's dose counts every bout), the cue
// naming its rhythm.
void add_due(SessionBuilder& session, const Prescription& prescription) {
    if (!prescription.schedule) {
        add_prescription(session, prescription);
        return;
    }
    const auto& schedule = *prescription.schedule;
    for (int bout = 1; bout <= schedule.times_a_day; ++bout) {
        Prescription once = prescription;
        once.dose.cue = with_cue(prescription.dose.cue, rhythm_words(schedule, bout));
        add_prescription(session, once);
    }
}

class PlanAssembly {
  public:
    PlanAssembly(const Protocol& protocol, const Case& input)
        : protocol_(protocol),
          input_(input),
          course_(chart_course(protocol, input)),
          builder_(input, protocol.info.exercises) {}

    Plan assemble() && {
        add_phases();
        add_sessions();
        for (const auto& step : course_.projected_steps) {
            builder_.projected_step(step.day, step.expected);
        }
        declare_milestones_beyond_horizon();
        add_referrals();
        builder_.maintenance(protocol_.maintenance.description).sources(protocol_.info.sources);
        for (const auto& line : protocol_.rationale) {
            builder_.rationale(line);
        }
        for (const auto& line : course_.notes) {
            builder_.rationale(line);
        }
        for (const auto& pain : course_.pain_days) {
            if (pain.day >= input_.as_of) {
                builder_.rationale(pain.why);
            }
        }
        builder_.rationale("Stop a set and keep the dose when pain during it goes above "
                           + std::to_string(protocol_.info.pain_ceiling) + "/10.");
        explain_return_to_sport();
        return std::move(builder_).build();
    }

  private:
    bool is_maintenance(std::size_t phase) const { return phase >= protocol_.phases.size(); }

    std::string phase_name(std::size_t phase) const {
        return is_maintenance(phase) ? "maintenance" : protocol_.phases[phase].name;
    }

    bool is_return_to_sport(std::size_t phase) const {
        return protocol_.return_to_sport_phase
               && phase_name(phase) == *protocol_.return_to_sport_phase;
    }

    void add_phase(std::size_t phase, Date start, Date end) {
        add_phase_itself(phase, start, end);
        if (is_return_to_sport(phase) && !return_to_sport_start_) {
            builder_.as_return_to_sport();
            return_to_sport_start_ = start;
        }
    }

    void add_phase_itself(std::size_t phase, Date start, Date end) {
        if (is_maintenance(phase)) {
            builder_.phase("maintenance", start, end, protocol_.maintenance.description);
            return;
        }
        const auto& current = protocol_.phases[phase];
        auto exit_criteria = describe(current.exit);
        if (current.min_days) {
            exit_criteria.push_back("at least " + counted(*current.min_days, "day")
                                    + " in this phase");
        }
        if (current.max_days) {
            // Past max_days the exit criteria and min_days no longer hold the phase; the next
            // phase's entry criteria still do (course.cpp, next_step()).
            exit_criteria.push_back("at most " + counted(*current.max_days, "day")
                                    + " in this phase: then "
                                    + (phase + 1 < protocol_.phases.size()
                                           ? "only the next phase's entry criteria below count"
                                           : "it ends, whatever the criteria above say"));
        }
        if (phase + 1 < protocol_.phases.size()) {
            const auto next = describe(protocol_.phases[phase + 1].entry);
            exit_criteria.insert(exit_criteria.end(), next.begin(), next.end());
        }
        builder_.phase(current.name, start, end, current.goal, std::move(exit_criteria));
    }

    void add_phases() {
        const Date first_day = course_.week_one.value_or(input_.last_day() + 1);
        if (input_.as_of < first_day) {
            builder_.phase(std::string{waiting_phase}, input_.as_of,
                           std::min(first_day - 1, input_.last_day()),
                           "meet the entry criteria of " + protocol_.info.name,
                           describe(protocol_.phases.front().entry));
        }
        std::optional<std::size_t> open_phase;
        Date open_start;
        Date open_end;
        for (const auto& week : course_.weeks) {
            const Date start = std::max(week.start, input_.as_of);
            const Date end = std::min(week.end, input_.last_day());
            if (end < start) {
                continue;
            }
            const auto phase = course_.step_of(week).phase;
            if (open_phase && *open_phase == phase) {
                open_end = end;
                continue;
            }
            if (open_phase) {
                add_phase(*open_phase, open_start, open_end);
            }
            open_phase = phase;
            open_start = start;
            open_end = end;
        }
        if (open_phase) {
            add_phase(*open_phase, open_start, open_end);
        }
    }

    void add_sessions() {
        for (const auto& week : course_.weeks) {
            const auto& step = course_.step_of(week);
            const auto& items =
                step.week != nullptr ? step.week->items : protocol_.maintenance.items;
            const std::string focus =
                is_maintenance(step.phase)
                    ? "maintenance"
                    : protocol_.phases[step.phase].focus + " (week " + std::to_string(step.number)
                          + (week.halvings == 1  ? ", half the dose"
                             : week.halvings > 1 ? ", the dose " + halved_words(week.halvings)
                                                 : std::string{})
                          + ")";
            for (const auto& day : week.sessions) {
                SessionBuilder session = builder_.session(day.day, focus);
                for (const std::size_t index : day.items) {
                    Prescription item = items[index];
                    for (int halving = 0; halving < week.halvings; ++halving) {
                        item = halved(item);
                    }
                    add_due(session, item);
                }
            }
        }
        for (const auto& pain : course_.pain_days) {
            if (input_.as_of <= pain.day && pain.day <= input_.last_day()
                && !logged_on(input_.chronology, pain.day)) {
                builder_.rest_day(pain.day, pain.why);
            }
        }
    }

    void add_referrals() {
        const ProtocolHistory history{input_, protocol_.id()};
        const auto facts = history.facts_on(input_.as_of, 0, Evidence::measured);
        for (const auto& rule : protocol_.referrals) {
            if (met(rule.when, facts)) {
                builder_.refer(ReferralLevel::advise, rule.reason);
            }
        }
    }

    // Items that reach a milestone (the engine's definitions, docs/DATA.md "Milestones").
    static bool runs(const Prescription& item) {
        return item.dose.category == Category::running || item.dose.category == Category::sprint;
    }
    static bool full_speed(const Prescription& item) { return is_full_speed_sprint(item.dose); }

    // What the protocol holds after the last step this plan reaches: the engine reports those
    // milestones as beyond the horizon rather than as missing.
    void declare_milestones_beyond_horizon() {
        const std::size_t reached = course_.weeks.empty() ? 0 : course_.weeks.back().step + 1;
        bool later_run = false;
        bool later_full_speed = false;
        bool later_return_to_sport = false;
        for (std::size_t step = course_.weeks.empty() ? 0 : reached; step < course_.steps.size();
             ++step) {
            const auto& chosen = course_.steps[step];
            const auto& items =
                chosen.week != nullptr ? chosen.week->items : protocol_.maintenance.items;
            later_run = later_run || std::any_of(items.begin(), items.end(), runs);
            later_full_speed =
                later_full_speed || std::any_of(items.begin(), items.end(), full_speed);
            later_return_to_sport = later_return_to_sport || is_return_to_sport(chosen.phase);
        }
        if (later_run) {
            builder_.beyond_horizon(MilestoneKind::return_to_run);
        }
        if (later_full_speed) {
            builder_.beyond_horizon(MilestoneKind::full_speed);
        }
        if (later_return_to_sport && !return_to_sport_start_) {
            builder_.beyond_horizon(MilestoneKind::return_to_sport);
        }
    }

    // The engine's return to sport is the start of the phase the file names; the rationale
    // says whether that rests on measured values or on the projection.
    void explain_return_to_sport() {
        if (!return_to_sport_start_) {
            return;
        }
        const bool projected = std::any_of(
            course_.projected_steps.begin(), course_.projected_steps.end(),
            [this](const ProjectedStep& step) { return step.day <= *return_to_sport_start_; });
        builder_.rationale(
            "Return to sport (estimated " + return_to_sport_start_->iso() + ", on entering "
            + *protocol_.return_to_sport_phase + "): "
            + std::string{projected ? projected_return_to_sport_wording : return_to_sport_wording}
            + ".");
    }

    const Protocol& protocol_;
    const Case& input_;
    ProtocolCourse course_;
    PlanBuilder builder_;
    std::optional<Date> return_to_sport_start_;
};

}  // namespace

Plan plan_protocol(const Protocol& protocol, const Case& input) {
    if (std::find(protocol.info.injuries.begin(), protocol.info.injuries.end(),
                  input.athlete.injury.region)
        == protocol.info.injuries.end()) {
        throw std::invalid_argument(
            protocol.id() + " is for "
            + (protocol.info.injuries.empty() ? "" : protocol.info.injuries.front())
            + " injuries, not '" + input.athlete.injury.region + "'");
    }
    return PlanAssembly{protocol, input}.assemble();
}

}  // namespace coach::protocol
