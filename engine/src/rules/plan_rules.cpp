#include "coach/plan_rules.hpp"

#include <algorithm>
#include <optional>

#include "coach/sdk/chronology.hpp"
#include "coach/sdk/course.hpp"

namespace coach {

namespace {

bool is_running(const Item& item) {
    return item.category == Category::running || item.category == Category::sprint;
}

void add(std::vector<MilestoneKind>& kinds, MilestoneKind kind) {
    if (std::find(kinds.begin(), kinds.end(), kind) == kinds.end()) {
        kinds.push_back(kind);
    }
}

// The sign whose recovery a milestone waits for, in every philosophy alike (docs/DESIGN.md, "How
// each sign recovers"): running once walking is pain-free, full speed on top sprint speed, the
// sport once exercise is pain-free.
Sign awaited_sign(MilestoneKind kind) {
    switch (kind) {
        case MilestoneKind::return_to_run:
            return Sign::pain_walking;
        case MilestoneKind::full_speed:
            return Sign::max_sprint_pct;
        case MilestoneKind::return_to_sport:
            return Sign::pain_exercise;
    }
    return Sign::pain_exercise;
}

// What an assessment must measure, on the milestone's own day, for the milestone to count as
// criteria met rather than an estimate (docs/DESIGN.md, "How each sign recovers"): pain-free
// walking for return to run, 90% of top sprint speed for full speed, pain-free exercise for
// return to sport.
Criterion awaited_criterion(MilestoneKind kind) {
    const Sign sign = awaited_sign(kind);
    return kind == MilestoneKind::full_speed ? Criterion{sign, Relation::at_least, full_speed_pct}
                                             : Criterion{sign, Relation::at_most, 0};
}

// Whether an assessment dated `day` itself measured `criterion` met. A day after it is not
// measured, however little the course expects to change: the milestone rests on the plan's
// calendar and the projection, so it is an estimate.
bool measured_met_on(const Course& course, const Criterion& criterion, Date day) {
    const Reading reading = course.reading(day, criterion.sign);
    return reading.basis == Basis::measured
           && holds(criterion.relation, reading.value, criterion.bound);
}

}  // namespace

void drop_logged_days(Plan& plan, const Case& input) {
    std::string days;
    std::erase_if(plan.sessions, [&](const Session& session) {
        if (!logged_on(input.chronology, session.date)) {
            return false;
        }
        days += (days.empty() ? "" : ", ") + session.date.iso();
        return true;
    });
    if (!days.empty()) {
        plan.rationale.push_back("Nothing is prescribed on " + days
                                 + ": a session is already logged that day (the engine never "
                                   "prescribes a logged day again).");
    }
    // Sessions logged after the day the plan starts from were not used to plan it (the request's
    // as_of fixes that day): said, never skipped silently.
    if (auto note = unused_log_note(input); !note.empty()) {
        plan.rationale.push_back(std::move(note));
    }
}

std::string unused_log_note(const Case& input) {
    // Read in the record itself: the Case's chronology holds no session logged after as_of.
    std::ptrdiff_t count = 0;
    std::optional<Date> first;
    for (const auto& entry : input.athlete.log) {
        if (entry.date > input.as_of && entry.date > input.athlete.injury.date) {
            ++count;
            first = first ? std::min(*first, entry.date) : entry.date;
        }
    }
    if (!first) {
        return {};
    }
    return std::to_string(count) + (count == 1 ? " session" : " sessions") + " logged after "
           + input.as_of.iso() + ", the day this plan starts from, the first on " + first->iso()
           + ", " + (count == 1 ? "was" : "were") + " not used to plan it: plan from a later day "
           + "to take " + (count == 1 ? "it" : "them") + " into account.";
}

void set_milestones(Plan& plan, const Case& input) {
    const std::vector<MilestoneKind> declared = std::move(plan.milestones.beyond_horizon);
    Milestones found;
    for (const auto& session : plan.sessions) {
        for (const auto& item : session.items) {
            if (is_running(item) && !found.return_to_run) {
                found.return_to_run = session.date;
                if (session.projected) {
                    add(found.projected, MilestoneKind::return_to_run);
                }
            }
            if (is_full_speed_sprint(item) && !found.full_speed) {
                found.full_speed = session.date;
                if (session.projected) {
                    add(found.projected, MilestoneKind::full_speed);
                }
            }
        }
    }
    for (const auto kind : declared) {
        if (!found.date(kind)) {
            add(found.beyond_horizon, kind);
        }
    }
    const auto marked = std::find_if(plan.phases.begin(), plan.phases.end(),
                                     [](const Phase& phase) { return phase.return_to_sport; });
    if (marked != plan.phases.end()) {
        if (marked->start > input.last_day()) {
            add(found.beyond_horizon, MilestoneKind::return_to_sport);
        } else {
            found.return_to_sport = marked->start;
            // The step into the phase rests on what the sessions from its first day on rest on:
            // a plan marks the sessions from a projected step on, and a session logged that day
            // moves its reassessment (PlanBuilder::projected_step), never makes it measured. No
            // session from that day on leaves nothing to show it measured.
            const auto from =
                std::find_if(plan.sessions.begin(), plan.sessions.end(),
                             [&](const Session& session) { return session.date >= marked->start; });
            if (from == plan.sessions.end() || from->projected) {
                add(found.projected, MilestoneKind::return_to_sport);
            }
        }
    }
    // A plan returns to sport once it runs, never before: a return to sport dated before the
    // first run moves to it, and one before a run beyond the horizon is beyond it too.
    if (found.return_to_sport) {
        if (found.return_to_run && *found.return_to_run > *found.return_to_sport) {
            found.return_to_sport = found.return_to_run;
            if (found.is_projected(MilestoneKind::return_to_run)) {
                add(found.projected, MilestoneKind::return_to_sport);
            }
        } else if (!found.return_to_run && found.is_beyond_horizon(MilestoneKind::return_to_run)) {
            found.return_to_sport.reset();
            add(found.beyond_horizon, MilestoneKind::return_to_sport);
        }
    }
    // Only an assessment measures criteria, and only on its own day: a milestone on a day no
    // assessment measured its criterion met (a later day, however recent the assessment) rests
    // on the plan's calendar and the projection, whatever the sessions say (a plugin may read a
    // logged run as a return to running; no log entry measures).
    for (const auto kind : {MilestoneKind::return_to_run, MilestoneKind::full_speed,
                            MilestoneKind::return_to_sport}) {
        const auto day = found.date(kind);
        if (day && !measured_met_on(input.course, awaited_criterion(kind), *day)) {
            add(found.projected, kind);
        }
    }
    std::erase_if(found.projected, [&](MilestoneKind kind) { return !found.date(kind); });
    std::sort(found.beyond_horizon.begin(), found.beyond_horizon.end());
    std::sort(found.projected.begin(), found.projected.end());
    plan.milestones = std::move(found);
}

}  // namespace coach
