#include "completed_work.hpp"

#include <algorithm>
#include <string_view>
#include <tuple>
#include <utility>

#include "bounded_progression.hpp"
#include "coach/sdk/catalog.hpp"
#include "coach/sdk/history.hpp"
#include "coach/sdk/own_sessions.hpp"
#include "coach/sdk/plan.hpp"
#include "coach/sdk/running_speed.hpp"

namespace coach::sprint_manual {

namespace {

constexpr std::string_view philosophy_id = "sprint-manual";

// The coach allows a light tug, never soreness: pain above the ceiling during the session or the
// next day (worst_pain(), coach/sdk/history.hpp) is the same trouble, and steps the next dose back.
Trouble trouble_in(const LogEntry& entry, int pain_ceiling) {
    if (worst_pain(entry).value_or(0) > pain_ceiling) {
        return Trouble::painful;
    }
    if (!entry.completed) {
        return Trouble::stopped_early;
    }
    if (entry.fatigue == Fatigue::draggy) {
        return Trouble::draggy;
    }
    return Trouble::none;
}

// The logged item as the engine reads it, its category from the catalog (rest when unknown).
Item done(const LoggedItem& logged) {
    Item item = item_done(logged);
    const auto* exercise = find_exercise(logged.exercise);
    item.category = exercise != nullptr ? exercise->category : Category::rest;
    return item;
}

// Which of two doses the coach would step from: the faster, the longer among equally fast.
bool harder(const SprintDose& a, const SprintDose& b) {
    return std::tie(a.intensity_pct, a.distance_m) > std::tie(b.intensity_pct, b.distance_m);
}

// The session's sprint work as one dose: its hardest sprint item (distance and speed of that one
// item), or nullopt when it held none.
std::optional<SprintDose> sprint_work_in(const LogEntry& entry) {
    std::optional<SprintDose> found;
    for (const auto& logged : entry.items) {
        const Item item = done(logged);
        if (item.category != Category::sprint) {
            continue;
        }
        // A sprint that states no speed was run at full speed (speed_pct(), the engine's
        // reading): counting it as 0% would step the next session from a walk.
        const SprintDose dose{item.distance_m.value_or(0), speed_pct(item).value_or(0)};
        if (!found || harder(dose, *found)) {
            found = dose;
        }
    }
    return found;
}

bool is_running_drill(std::string_view exercise) {
    return exercise == "marching_drill" || exercise == "skipping_drill" || exercise == "running_a";
}

// The session as a troubled one: its worst pain, its sprint work and the most repetitions of one
// sprint item and of one running drill in it.
TroubledSession troubled(const LogEntry& entry, Trouble trouble,
                         const std::optional<SprintDose>& sprint_work, std::string logged_under) {
    TroubledSession session{entry.date, trouble, sprint_work, worst_pain(entry).value_or(0),
                            std::move(logged_under)};
    for (const auto& logged : entry.items) {
        const int reps = logged.sets.value_or(1) * logged.reps.value_or(0);
        if (is_running_drill(logged.exercise)) {
            session.drill_reps = std::max(session.drill_reps, reps);
        } else if (done(logged).category == Category::sprint) {
            session.sprint_reps = std::max(session.sprint_reps, reps);
        }
    }
    return session;
}

// A later troubled session while an earlier one is unanswered: a painful one without sprint work
// or drills keeps the earlier one's dose and repetitions to step below (trial 56: a walk and a
// massage at 6/10 after accelerations at 6/10 brought back the accelerations' dose).
TroubledSession still_unanswered(const std::optional<TroubledSession>& before,
                                 TroubledSession now) {
    if (!before || before->trouble != Trouble::painful) {
        return now;
    }
    if (!now.dose) {
        now.dose = before->dose;
    }
    if (now.sprint_reps == 0) {
        now.sprint_reps = before->sprint_reps;
    }
    if (now.drill_reps == 0) {
        now.drill_reps = before->drill_reps;
    }
    if (now.trouble != Trouble::painful) {
        now.trouble = Trouble::painful;  // the earlier pain is not answered by a later trouble
        now.pain = std::max(now.pain, before->pain);
    }
    return now;
}

// The lowest of the doses that hurt and its day, into `dose` and `on`.
void find_the_lowest(WhatHurt& hurt) {
    hurt.dose.reset();
    for (const auto& [on, dose] : hurt.doses) {
        if (!hurt.dose || harder(*hurt.dose, dose)) {
            hurt.dose = dose;
            hurt.on = on;
        }
    }
}

// Adds a painful session's work to what hurt.
void remember_pain(std::optional<WhatHurt>& hurt, const TroubledSession& session) {
    if (!hurt) {
        hurt = WhatHurt{};
    }
    hurt->on = session.date;
    if (session.dose) {
        hurt->doses.push_back({session.date, *session.dose});
    }
    if (session.drill_reps > 0) {
        hurt->drill_reps = hurt->drill_reps > 0 ? std::min(hurt->drill_reps, session.drill_reps)
                                                : session.drill_reps;
    }
    find_the_lowest(*hurt);
}

// Adds a trouble-free session's work: the doses that hurt it reaches are done; once none is left
// (or, when no sprint work hurt, once the drills are done), what hurt is forgotten.
void remember_tolerated(std::optional<WhatHurt>& hurt, const std::optional<SprintDose>& dose,
                        int drill_reps) {
    if (!hurt) {
        return;
    }
    if (dose) {
        hurt->tolerated_dose = hurt->tolerated_dose ? hurt->tolerated_dose->at_least(*dose) : *dose;
        std::erase_if(hurt->doses, [&](const WhatHurt::Dose& hurt_dose) {
            return hurt->tolerated_dose->reaches(hurt_dose.dose);
        });
    }
    hurt->tolerated_drill_reps = std::max(hurt->tolerated_drill_reps, drill_reps);
    const bool sprint_work_hurt = hurt->dose.has_value();
    if (sprint_work_hurt ? hurt->doses.empty() : hurt->tolerated_drill_reps >= hurt->drill_reps) {
        hurt.reset();
        return;
    }
    find_the_lowest(*hurt);
}

}  // namespace

std::string describe(Trouble trouble) {
    switch (trouble) {
        case Trouble::none:
            return "without trouble";
        case Trouble::draggy:
            return "with the hamstring feeling draggy";
        case Trouble::stopped_early:
            return "stopped before it was finished";
        case Trouble::painful:
            return "with pain above the light tug this work allows, during it or the next day";
    }
    return "";
}

CompletedWork read_completed_work(const Athlete& athlete, Date through, int pain_ceiling) {
    CompletedWork work;
    for (const LogEntry* entry : log_before(athlete, through + 1)) {
        const Trouble trouble = trouble_in(*entry, pain_ceiling);
        const bool own = is_own_session(*entry, philosophy_id);
        const auto sprint_work = sprint_work_in(*entry);
        if (!own) {
            // Another plan's session followed that plan's criteria: its sprint work is not a dose
            // this plan steps from, and it answers no trouble. Its pain is the athlete's pain.
            if (trouble == Trouble::painful) {
                const auto session = troubled(*entry, trouble, sprint_work, entry->philosophy);
                remember_pain(work.hurt, session);
                work.unanswered = still_unanswered(work.unanswered, session);
            }
            continue;
        }
        work.own_sessions = true;
        work.last_session = entry->date;
        work.last_session_trouble = trouble;
        const TroubledSession session = troubled(*entry, trouble, sprint_work, {});
        if (trouble == Trouble::painful) {
            remember_pain(work.hurt, session);
        } else if (trouble == Trouble::none) {
            remember_tolerated(work.hurt, sprint_work, session.drill_reps);
        }
        if (trouble != Trouble::none) {
            work.unanswered = still_unanswered(work.unanswered, session);
        }
        if (!sprint_work) {
            continue;
        }
        work.first_run = work.first_run.value_or(entry->date);
        if (!work.first_high_speed && sprint_work->intensity_pct >= high_speed_pct) {
            work.first_high_speed = entry->date;
        }
        work.running_sessions += entry->completed ? 1 : 0;
        if (trouble != Trouble::none) {
            continue;
        }
        if (work.unanswered) {
            // The first trouble-free session after the trouble is where the way back up starts:
            // what went well before the trouble no longer counts.
            work.unanswered.reset();
            work.reference.reset();
            work.full_sprint_sessions = 0;
        }
        if (!work.reference || !harder(*work.reference, *sprint_work)) {
            work.reference = sprint_work;
            work.reference_date = entry->date;
        }
        work.full_sprint_sessions += sprint_work->reaches(full_sprint) ? 1 : 0;
    }
    return work;
}

}  // namespace coach::sprint_manual
