#pragma once

#include <algorithm>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "coach/sdk/catalog.hpp"
#include "coach/sdk/chronology.hpp"
#include "coach/sdk/course.hpp"
#include "coach/sdk/philosophy.hpp"
#include "coach/sdk/plan.hpp"

namespace coach {

class PlanBuilder;

// Adds items to one session of a plan being built.
class SessionBuilder {
  public:
    // Appends `item`, filling its category from the catalog (shared, then declared).
    // Throws std::invalid_argument for an exercise neither knows.
    SessionBuilder& add(Item item);

    Session& session() { return session_; }

  private:
    friend class PlanBuilder;
    SessionBuilder(Session& session, const PlanBuilder& plan) : session_(session), plan_(plan) {}

    Session& session_;
    const PlanBuilder& plan_;
};

// Assembles a Plan so that a plugin only states its philosophy: categories come from the
// catalog, each session gets the phase that covers its day, sessions come out in date order,
// and nothing is planned outside the horizon.
class PlanBuilder {
  public:
    explicit PlanBuilder(const Case& input, std::vector<DeclaredExercise> declared = {})
        : input_(input), declared_(std::move(declared)) {
        plan_.athlete = input.athlete.id;
        plan_.as_of = input.as_of;
    }

    const Case& input() const { return input_; }

    PlanBuilder& phase(std::string name, Date start, Date end, std::string goal,
                       std::vector<std::string> exit_criteria = {}) {
        if (end < start) {
            throw std::invalid_argument("phase '" + name + "' ends before it starts");
        }
        plan_.phases.push_back(
            {std::move(name), start, end, std::move(goal), std::move(exit_criteria)});
        return *this;
    }

    // The session on `day`, created on first use with the phase that covers `day`.
    // Throws std::out_of_range for a day outside the horizon or covered by no phase.
    SessionBuilder session(Date day, std::string focus) {
        if (!input_.in_horizon(day)) {
            throw std::out_of_range("session on " + day.iso() + " lies outside the horizon "
                                    + input_.as_of.iso() + ".." + input_.last_day().iso());
        }
        auto [slot, created] = sessions_.try_emplace(day.days_since_epoch());
        if (created) {
            slot->second.date = day;
            slot->second.phase = phase_covering(day);
            slot->second.focus = std::move(focus);
        }
        return SessionBuilder{slot->second, *this};
    }

    // A day off, stated as such.
    PlanBuilder& rest_day(Date day, std::string cue = "full rest from training") {
        session(day, "rest").add({.exercise = "rest", .cue = std::move(cue)});
        return *this;
    }

    bool has_session(Date day) const { return sessions_.contains(day.days_since_epoch()); }

    // Marks the phase declared last as the return to sport: the engine's return-to-sport
    // milestone is its start. A plan marks at most one. Throws std::logic_error before any phase.
    PlanBuilder& as_return_to_sport() {
        if (plan_.phases.empty()) {
            throw std::logic_error("as_return_to_sport() needs a phase declared before it");
        }
        plan_.phases.back().return_to_sport = true;
        return *this;
    }

    // A step of the plan on `day` (a phase entered, a progression made) that rests on the
    // projected course rather than on measured values (course.hpp: Standing::projected).
    // `expected` says what the course expects by then, e.g. "pain walking at most 1/10". The
    // session of that day (of as_of, for a step before it; of the next day without a logged
    // session, for a day that has one) gets an `evaluation` item first with
    // reassessment_cue(expected), on a day of its own when nothing else is planned, and every
    // session from the step's own day (as_of at the earliest) on is marked projected: a session
    // logged on that day moves the reassessment, never the estimate. A step after the horizon
    // changes nothing. build() throws std::out_of_range when no phase covers the reassessment's
    // day.
    PlanBuilder& projected_step(Date day, std::string expected) {
        day = std::max(day, input_.as_of);
        if (day > input_.last_day()) {
            return *this;
        }
        projected_from_ = projected_from_ ? std::min(*projected_from_, day) : day;
        while (day <= input_.last_day() && logged_on(input_.chronology, day)) {
            day += 1;
        }
        if (day <= input_.last_day()) {
            reassessments_.emplace_back(day, std::move(expected));
        }
        return *this;
    }

    // The programme reaches `milestone` only after the plan's last day: the engine reports it as
    // beyond the horizon rather than as missing (unless the plan's sessions reach it after all).
    PlanBuilder& beyond_horizon(MilestoneKind milestone) {
        if (!plan_.milestones.is_beyond_horizon(milestone)) {
            plan_.milestones.beyond_horizon.push_back(milestone);
        }
        return *this;
    }

    PlanBuilder& refer(ReferralLevel level, std::string reason) {
        plan_.referrals.push_back({level, std::move(reason)});
        return *this;
    }
    PlanBuilder& maintenance(std::string text) {
        plan_.maintenance = std::move(text);
        return *this;
    }
    PlanBuilder& rationale(std::string line) {
        plan_.rationale.push_back(std::move(line));
        return *this;
    }
    PlanBuilder& sources(std::vector<std::string> sources) {
        plan_.sources = std::move(sources);
        return *this;
    }

    Plan build() && {
        add_reassessments();
        plan_.sessions.clear();
        plan_.sessions.reserve(sessions_.size());
        for (auto& [day, session] : sessions_) {
            plan_.sessions.push_back(std::move(session));
        }
        sessions_.clear();
        return std::move(plan_);
    }

    // The category of `exercise`, from the shared catalog or the declared exercises.
    Category category_of(std::string_view exercise) const {
        if (const auto category = coach::category_of(exercise, declared_)) {
            return *category;
        }
        throw std::invalid_argument("exercise '" + std::string{exercise}
                                    + "' is neither in the catalog nor declared");
    }

  private:
    void add_reassessments() {
        for (auto& [day, expected] : reassessments_) {
            Session& target = session(day, "reassessment").session();
            Item item{.exercise = "evaluation", .cue = reassessment_cue(expected)};
            item.category = category_of(item.exercise);
            if (std::find(target.items.begin(), target.items.end(), item) == target.items.end()) {
                target.items.insert(target.items.begin(), std::move(item));
            }
        }
        if (projected_from_) {
            for (auto& [key, planned] : sessions_) {
                planned.projected = planned.projected || planned.date >= *projected_from_;
            }
        }
    }

    std::string phase_covering(Date day) const {
        for (const auto& phase : plan_.phases) {
            if (phase.start <= day && day <= phase.end) {
                return phase.name;
            }
        }
        throw std::out_of_range("no phase covers " + day.iso());
    }

    const Case& input_;
    std::vector<DeclaredExercise> declared_;
    Plan plan_;
    std::map<int, Session> sessions_;
    std::vector<std::pair<Date, std::string>> reassessments_;  // projected_step()
    std::optional<Date> projected_from_;  // the first projected step's day, as_of at the earliest
};

inline SessionBuilder& SessionBuilder::add(Item item) {
    item.category = plan_.category_of(item.exercise);
    session_.items.push_back(std::move(item));
    return *this;
}

}  // namespace coach
