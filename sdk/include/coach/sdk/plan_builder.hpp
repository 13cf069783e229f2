#pragma once

#include <map>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "coach/sdk/catalog.hpp"
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

    PlanBuilder& refer(ReferralLevel level, std::string reason) {
        plan_.referrals.push_back({level, std::move(reason)});
        return *this;
    }
    PlanBuilder& milestones(Milestones milestones) {
        plan_.milestones = milestones;
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
};

inline SessionBuilder& SessionBuilder::add(Item item) {
    item.category = plan_.category_of(item.exercise);
    session_.items.push_back(std::move(item));
    return *this;
}

}  // namespace coach
