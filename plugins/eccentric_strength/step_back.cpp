#include "step_back.hpp"

#include <algorithm>

#include "coach/sdk/catalog.hpp"
#include "coach/sdk/counted.hpp"
#include "exercise_families.hpp"
#include "identity.hpp"
#include "pain_rule.hpp"
#include "session_content.hpp"

namespace coach::eccentric_strength {

SessionLevel level_of(const LogEntry& entry) {
    SessionLevel level = SessionLevel::none;
    for (const auto& item : entry.items) {
        for (const auto& family : circuit_families) {
            if (const auto stage = stage_of(family, item.exercise)) {
                level = std::max(level, *stage == Stage::one_leg ? SessionLevel::one_leg
                                                                 : SessionLevel::two_legs);
            }
        }
    }
    if (level != SessionLevel::none) {
        return level;
    }
    if (eccentric_outside_the_circuit(entry)) {
        return SessionLevel::two_legs;
    }
    if (logged_category(entry, Category::strength_isometric)) {
        return SessionLevel::pain_relief;
    }
    if (logged_category(entry, Category::running) || logged_category(entry, Category::sprint)) {
        return SessionLevel::running;
    }
    return SessionLevel::none;
}

bool eccentric_outside_the_circuit(const LogEntry& entry) {
    const bool circuit = std::any_of(entry.items.begin(), entry.items.end(), [](const auto& item) {
        return std::any_of(circuit_families.begin(), circuit_families.end(),
                           [&](const auto& family) { return stage_of(family, item.exercise); });
    });
    return !circuit && logged_category(entry, Category::strength_eccentric);
}

bool held_running(const LogEntry& entry) {
    return logged_category(entry, Category::running) || logged_category(entry, Category::sprint);
}

namespace {

// The dose of one isometric hold as logged (HoldLevel): the lighter dose or below (3 holds or
// fewer, or about a third of effort or less), shorter when held less than the usual 30 s; the
// step between (4 holds, or about 40%); else the usual.
HoldLevel hold_level_of(const LoggedItem& item) {
    const int sets = item.sets.value_or(lighter_hold_sets + 2);
    const int effort = item.intensity_pct.value_or(100);
    if (sets <= lighter_hold_sets || effort <= lighter_hold_effort_pct) {
        return item.hold_s.value_or(hold_seconds) < hold_seconds ? HoldLevel::shorter
                                                                 : HoldLevel::lighter;
    }
    return sets <= between_hold_sets || effort <= between_hold_effort_pct ? HoldLevel::between
                                                                          : HoldLevel::usual;
}

bool is_isometric_hold(const LoggedItem& item) {
    const auto* exercise = find_exercise(item.exercise);
    return exercise != nullptr && exercise->category == Category::strength_isometric;
}

// The shortest hold in seconds of a session's isometric holds when they were at the lighter dose
// or below it; nullopt otherwise.
std::optional<int> lighter_holds_in(const LogEntry& entry) {
    std::optional<int> shortest;
    for (const auto& item : entry.items) {
        if (is_isometric_hold(item) && hold_level_of(item) <= HoldLevel::lighter) {
            shortest =
                std::min(shortest.value_or(hold_seconds), item.hold_s.value_or(hold_seconds));
        }
    }
    return shortest;
}

// The dose of a session's isometric holds, the lowest of its items (HoldLevel).
HoldLevel hold_level_in(const LogEntry& entry) {
    HoldLevel lowest = HoldLevel::usual;
    for (const auto& item : entry.items) {
        if (is_isometric_hold(item)) {
            lowest = std::min(lowest, hold_level_of(item));
        }
    }
    return lowest;
}

// Whether this plan had the athlete running by `day`: a painful session from then on pauses the
// runs; before it, the hamstring is calmed first.
bool running_by(const TrainingLog& log, Date day) {
    const auto returned = log.return_to_running_day();
    return returned && *returned <= day;
}

// Whether a session that held running or sprint work pauses the runs, and why: pain above the
// ceiling during it, the day after it, or a stop before its end.
std::optional<RunAnswer> pauses_the_runs(const LogEntry& entry) {
    if (!held_running(entry)) {
        return std::nullopt;
    }
    if (above_pain_ceiling(entry)) {
        return RunAnswer::pain_during;
    }
    if (sore_next_day(entry)) {
        return RunAnswer::pain_next_day;
    }
    if (!entry.completed) {
        return RunAnswer::stopped;
    }
    return std::nullopt;
}

}  // namespace

StepBack step_back_in_force(const TrainingLog& log) {
    StepBack step;
    std::optional<Date> runs_restart;
    StepBack paused;  // the run pausing the runs, in paused.paused_run, or none
    for (const LogEntry* entry : log.all_sessions()) {
        const SessionLevel level = level_of(*entry);
        const bool own = TrainingLog::is_own(*entry);
        const std::string logged_under = own ? std::string{} : entry->philosophy;
        if (const auto answer = pauses_the_runs(*entry)) {
            // A run that hurt, during it or the day after, or was stopped, pauses the runs,
            // whoever planned it, until strength work is tolerated again; a later painful
            // session does not lift the pause.
            paused.paused_run = entry->date;
            paused.paused_run_answer = *answer;
            paused.paused_run_pain = *answer == RunAnswer::pain_during     ? *entry->pain_during
                                     : *answer == RunAnswer::pain_next_day ? *entry->pain_next_day
                                                                           : 0;
            paused.paused_run_logged_under = logged_under;
            runs_restart.reset();  // paused again: the runs wait for a strength session
        }
        if (too_painful(*entry)) {
            const PainReading pain = pain_reading(*entry);
            if (level == SessionLevel::one_leg
                && !(held_running(*entry) && running_by(log, entry->date))) {
                // The families on one leg step back to two legs themselves (family_progress.hpp).
                step = {StepKind::back_to_two_legs, entry->date, pain, 0, logged_under};
            } else if ((level == SessionLevel::running || level == SessionLevel::none
                        || level == SessionLevel::one_leg)
                       && running_by(log, entry->date)) {
                // A run, or other work, once this plan has the athlete running; or the plan's
                // "strength and easy run" session with the families on one leg (they step back
                // to two legs themselves): the runs pause too.
                step = {StepKind::running_paused, entry->date, pain, 0, logged_under};
                step.circuit_in_session = level == SessionLevel::one_leg;
                if (!held_running(*entry)) {
                    paused = {};  // other work once running pauses the runs as a run would
                    paused.paused_run = entry->date;
                    paused.paused_run_answer =
                        pain.next_day ? RunAnswer::pain_next_day : RunAnswer::pain_during;
                    paused.paused_run_pain = pain.nrs;
                    paused.paused_run_logged_under = logged_under;
                    runs_restart.reset();
                }
            } else {
                // On two legs, in the pain-relief stage, or before this plan has the athlete
                // running (a run or other work logged under another plan): calm it first.
                step = {
                    StepKind::back_to_pain_relief,
                    entry->date,
                    pain,
                    0,
                    logged_under,
                    level == SessionLevel::pain_relief,
                    level == SessionLevel::pain_relief ? lighter_holds_in(*entry) : std::nullopt,
                    level == SessionLevel::two_legs,
                    eccentric_outside_the_circuit(*entry)};
                if (level == SessionLevel::pain_relief) {
                    step.holds_hurt_at = hold_level_in(*entry);
                }
            }
            continue;
        }
        if (!own || !tolerated(*entry)) {
            continue;  // another plan's session shows its pain, never this plan's progress
        }
        if (held_running(*entry) && paused.paused_run
            && paused.paused_run_answer != RunAnswer::pain_during && entry->pain_next_day
            && *entry->pain_next_day <= pain_ceiling) {
            // Runs paused by soreness the day after, or by a stop, go on once an own run is
            // logged finished and within the ceiling, during it and the day after: that dose
            // is shown tolerated. Pain during a run waits for strength work (above).
            paused = {};
        }
        const bool circuit = level == SessionLevel::two_legs || level == SessionLevel::one_leg;
        if (step.kind == StepKind::back_to_pain_relief && level == SessionLevel::pain_relief) {
            ++step.relief_sessions_tolerated;
            step.holds_tolerated_at = std::max(step.holds_tolerated_at.value_or(HoldLevel::shorter),
                                               hold_level_in(*entry));
        } else if (circuit) {
            if (paused.paused_run && !sore_next_day(*entry)) {
                runs_restart = entry->date + 1;  // the runs restart the day after, at the shortest
                paused = {};
            }
            step = {};  // strength work tolerated again: the stay is over
        }
    }
    step.paused_run = paused.paused_run;
    step.paused_run_answer = paused.paused_run_answer;
    step.paused_run_pain = paused.paused_run_pain;
    step.paused_run_logged_under = paused.paused_run_logged_under;
    step.runs_restart = runs_restart;
    return step;
}

int days_lost_to(const StepBack& step, Date first_lower_session) {
    return step.in_force() ? std::max(first_lower_session - step.painful_session, 0) : 0;
}

int relief_days_owed(const StepBack& step, const GradeSchedule& schedule) {
    if (step.kind != StepKind::back_to_pain_relief) {
        return 0;
    }
    return std::max(schedule.pain_relief_days - step.relief_sessions_tolerated, 0);
}

bool runs_paused(const StepBack& step) {
    return step.paused_run.has_value();
}

std::string describe_paused_runs(const StepBack& step) {
    if (!runs_paused(step)
        || (step.kind == StepKind::running_paused && step.painful_session == *step.paused_run)) {
        return {};  // describe() tells it
    }
    const std::string logged_under = step.paused_run_logged_under.empty()
                                         ? std::string{}
                                         : " (logged under " + step.paused_run_logged_under + ")";
    const std::string pain = std::to_string(step.paused_run_pain) + "/10, above the "
                             + std::to_string(pain_ceiling) + "/10 ceiling";
    const std::string until =
        "no run is planned until one is; the runs then restart the day after it, at the shortest "
        "(a 15-minute light jog), beyond this plan until that session is logged. ";
    if (step.paused_run_answer == RunAnswer::pain_during) {
        return "The run of " + step.paused_run->iso() + logged_under + " went to " + pain
               + ", and no circuit session has been logged since at or under it, during the "
                 "session and the day after: "
               + until
               + "A load that pain does not allow comes back only once a lower load is tolerated "
                 "(pain-monitoring model, Silbernagel et al. 2007, Am J Sports Med).";
    }
    const std::string answer = step.paused_run_answer == RunAnswer::pain_next_day
                                   ? "left " + std::to_string(step.paused_run_pain)
                                         + "/10 the day after, above the "
                                         + std::to_string(pain_ceiling) + "/10 ceiling"
                                   : "was stopped before its end";
    return "The session of " + step.paused_run->iso() + logged_under + ", with running in it, "
           + answer
           + ", and no circuit session has been logged since at or under the ceiling, during "
             "the session and the day after: "
           + until
           + "A run that pain does not allow, or that was not finished, has not shown its dose "
             "tolerated: it comes back only once a lower load is tolerated (pain-monitoring "
             "model, Silbernagel et al. 2007, Am J Sports Med).";
}

bool holds_the_circuit(const StepBack& step) {
    return step.kind == StepKind::back_to_two_legs || step.from_two_leg_circuit
           || (step.kind == StepKind::running_paused && step.circuit_in_session);
}

std::optional<int> shorter_hold_s(const StepBack& step) {
    constexpr int shortest_hold_s = 5;
    if (!lighter_holds_next(step) || !step.lighter_holds_hurt_s) {
        return std::nullopt;
    }
    return std::max((*step.lighter_holds_hurt_s + 1) / 2, shortest_hold_s);
}

std::optional<HoldLevel> holds_on_the_way_back(const StepBack& step) {
    if (step.kind != StepKind::back_to_pain_relief || !step.at_pain_relief
        || !step.holds_tolerated_at || *step.holds_tolerated_at >= step.holds_hurt_at) {
        return std::nullopt;
    }
    const auto next = static_cast<HoldLevel>(static_cast<int>(*step.holds_tolerated_at) + 1);
    return next == HoldLevel::usual ? std::nullopt : std::optional{next};
}

std::string describe_the_way_back(const StepBack& step) {
    const auto way_back = holds_on_the_way_back(step);
    if (!way_back) {
        return {};
    }
    const std::string tolerated =
        step.holds_tolerated_at == HoldLevel::shorter ? "the shorter holds" : "the lighter holds";
    return (way_back == HoldLevel::between ? "4 holds at about 40% of effort"
                                           : "the lighter holds at full length")
           + (way_back == step.holds_hurt_at
                  ? ", the dose that hurt on " + step.painful_session.iso() + ", tried again after "
                        + tolerated + " went within the ceiling"
                  : ", one step above " + tolerated + " tolerated since and below the ones that "
                        "hurt on " + step.painful_session.iso());
}

bool lighter_holds_next(const StepBack& step) {
    return step.kind == StepKind::back_to_pain_relief && step.at_pain_relief
           && step.relief_sessions_tolerated == 0;
}

std::string describe(const StepBack& step, const GradeSchedule& schedule, int days_lost,
                     int holds_planned) {
    const std::string session =
        "The session of " + step.painful_session.iso()
        + (step.logged_under.empty() ? std::string{} : " (logged under " + step.logged_under + ")")
        + " went to " + describe(step.pain)
        + (step.pain.next_day ? ", severe pain (" + std::to_string(severe_pain_nrs)
                                    + "/10 or more) and more than the expected soreness of "
                                      "eccentric work"
                              : ", above the " + std::to_string(pain_ceiling) + "/10 ceiling");
    switch (step.kind) {
        case StepKind::none:
            return {};
        case StepKind::back_to_pain_relief: {
            if (const auto hold_s = shorter_hold_s(step)) {
                return session
                       + ": the holds were already the lighter dose, so every session of this "
                         "plan is 3 holds at about a third of effort, each held "
                       + std::to_string(*hold_s)
                       + " s, and nothing heavier is planned until a session of holds is logged "
                         "at or under the ceiling; a clinician should review a hamstring that "
                         "even these holds hurt. The plan is made again from the log, and moves "
                         "on once it is. A load pain does not allow is reduced, not repeated "
                         "(pain-monitoring model, Silbernagel et al. 2007, Am J Sports Med).";
            }
            if (lighter_holds_next(step)) {
                return session
                       + ": the holds themselves were too much, so every session of this plan is "
                         "the lighter holds (3 holds at about a third of effort), and nothing "
                         "heavier (neither the usual 5 at half effort nor the two-leg circuit) is "
                         "planned until a session of holds is logged at or under the ceiling; the "
                         "plan is made again from the log, and moves on once it is. A load pain "
                         "does not allow is reduced, not repeated, and raised only once the one "
                         "below it is tolerated (pain-monitoring model, Silbernagel et al. 2007, "
                         "Am J Sports Med).";
            }
            if (holds_on_the_way_back(step)) {
                return session + ": the holds themselves were too much. Every session of this "
                                 "plan is now "
                       + describe_the_way_back(step)
                       + ", and nothing heavier is planned until a session of them is logged at "
                         "or under the ceiling; the plan is made again from the log, and moves "
                         "on once it is.";
            }
            return session + ": the load steps back to the stage before the two-leg circuit, "
                   + counted(schedule.pain_relief_days, "day")
                   + " of pain-relief holds that calm an irritable hamstring ("
                   + std::to_string(holds_planned) + (holds_planned == 1 ? " day" : " days")
                   + " still to do), and the two-leg stage then starts again."
                   + (step.from_two_leg_circuit
                          ? std::string{step.outside_the_circuit
                                            ? " The eccentric work that hurt, outside this "
                                              "circuit, loads the hamstring as the circuit on two "
                                              "legs does, the lowest stage, so the circuit comes "
                                              "back lighter"
                                            : " The circuit that hurt was already on two legs, the "
                                              "lowest stage, so it comes back lighter"}
                                + " (one load lighter; the bodyweight slider curl "
                            "in 3 sets instead of 4), and every session stays at that dose, no "
                            "family moving on to a heavier load or to one leg, until a circuit "
                            "session is logged at or under the ceiling: a load pain does not "
                            "allow is reduced, not repeated (pain-monitoring model, Silbernagel et "
                            "al. 2007, Am J Sports Med)."
                          : "");
        }
        case StepKind::back_to_two_legs:
            return session
                   + ": the families done on one leg step back to two legs at a lighter load than "
                     "the one that hurt, and stay there in every session until a two-leg session "
                     "is logged at or under the ceiling; the projected milestones move "
                   + counted(days_lost, "day")
                   + " later. A load that pain does not allow is reduced, not repeated, and "
                     "progresses again only once the lower load is tolerated (pain-monitoring "
                     "model, Silbernagel et al. 2007, Am J Sports Med).";
        case StepKind::running_paused:
            return session
                   + " while running: no run is planned until a strength session is logged at or "
                     "under the ceiling, during it and the day after; the runs then restart the day after it, at the shortest "
                     "(a 15-minute light jog), and the projected milestones move later with them, "
                     "beyond this plan until that session is logged. A load that pain does not "
                     "allow is reduced, not repeated, and comes back only once a lower load is "
                     "tolerated (pain-monitoring model, Silbernagel et al. 2007, Am J Sports Med).";
    }
    return {};
}

}  // namespace coach::eccentric_strength
