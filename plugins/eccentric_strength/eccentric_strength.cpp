#include "eccentric_strength.hpp"

#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "course_gates.hpp"
#include "detraining.hpp"
#include "family_progress.hpp"
#include "grade_schedule.hpp"
#include "identity.hpp"
#include "irritability.hpp"
#include "pain_rule.hpp"
#include "phase_descriptions.hpp"
#include "rationale.hpp"
#include "rehab_timeline.hpp"
#include "session_content.hpp"
#include "step_back.hpp"
#include "strength_calendar.hpp"
#include "training_log.hpp"

namespace coach::eccentric_strength {

namespace {

CircuitProgress circuit_progress(const TrainingLog& log, const GradeSchedule& schedule, Date as_of,
                                 const StepBack& step) {
    CircuitProgress progress;
    for (std::size_t index = 0; index < circuit_families.size(); ++index) {
        progress[index] = progress_from_log(circuit_families[index], log, schedule, as_of);
    }
    if (step.from_two_leg_circuit) {
        // A painful two-leg session holds every family, not only those it held: none moves on
        // to one leg on the answer to it.
        for (auto& family : progress) {
            hold_on_two_legs(family);
        }
    }
    return progress;
}

// The phases inside the horizon; the one that starts on the return to sport is marked so (the
// engine's milestone), or, when it starts after the horizon, the milestone is declared beyond it.
void add_phases(PlanBuilder& builder, const RehabTimeline& timeline,
                const GradeSchedule& schedule) {
    const Case& input = builder.input();
    for (const auto& phase : timeline.phases) {
        const Date start = std::max(phase.start, input.as_of);
        const Date end = std::min(phase.end, input.last_day());
        if (start <= end) {
            builder.phase(phase_name(phase.kind), start, end, phase_goal(phase.kind),
                          exit_criteria(phase.kind, schedule));
            if (phase.start == timeline.return_to_sport && phase.start >= input.as_of) {
                builder.as_return_to_sport();
            }
        }
    }
    if (timeline.return_to_sport > input.last_day()) {
        builder.beyond_horizon(MilestoneKind::return_to_sport);
    }
    if (timeline.return_to_run > input.last_day()) {
        builder.beyond_horizon(MilestoneKind::return_to_run);
    }
    for (const auto& step : timeline.projected_steps) {
        builder.projected_step(step.day, step.expected);
    }
}

// The logged session (under any philosophy, or none) of the day before `day` whose pain went
// above the ceiling, during it or the day after, or nullptr. That day is no running day: after a
// session above a philosophy's pain ceiling no philosophy runs the next day (docs/
// PHILOSOPHIES.md; the pain-monitoring model lets pain settle before the next load, Silbernagel
// et al. 2007, Am J Sports Med 35(6):897-906), whatever the expected soreness of eccentric work.
const LogEntry* painful_eve(const Case& input, Date day) {
    if (day > input.as_of + 1) {
        return nullptr;  // the day before is after as_of: nothing logged is known on it
    }
    for (const auto& entry : input.athlete.log) {
        if (entry.date + 1 == day && entry.date <= input.as_of
            && (above_pain_ceiling(entry) || sore_next_day(entry))) {
            return &entry;
        }
    }
    return nullptr;
}

// A day an easy run falls on, and the session of the day before that keeps the run off it
// (painful_eve()), or nullptr.
struct RunDay {
    Date day;
    const LogEntry* painful_eve = nullptr;
};

// The days of the easy runs, every other day from the return to running (or from when a step
// back lets them resume) to the plan's last day, from as_of on and never on a day already logged.
std::vector<RunDay> run_days(const Case& input, const RehabTimeline& timeline) {
    std::vector<RunDay> days;
    for (Date day = timeline.runs_from(); day <= input.last_day(); day += 2) {
        if (day >= input.as_of && !logged_on(input.chronology, day)) {
            days.push_back({day, painful_eve(input, day)});
        }
    }
    return days;
}

// Easy runs on the run days (run_days()), none the day after a session above the ceiling.
std::set<Date> running_days(const Case& input, const RehabTimeline& timeline) {
    std::set<Date> days;
    for (const RunDay& run : run_days(input, timeline)) {
        if (run.painful_eve == nullptr) {
            days.insert(run.day);
        }
    }
    return days;
}

// The logged session of the day before `day` that keeps the circuit off that day, or nullptr:
// pain above the ceiling during it, or severe pain the day after (too_painful(), pain_rule.hpp);
// pain above the ceiling the day after when it held running or sprint work, or no eccentric work
// at all. Milder soreness the day after a circuit alone is the expected soreness of eccentric work
// and does not (pain_rule.hpp); after holds or a run it is pain (trial 45: 5/10 the
// day after isometric holds was followed by the circuit). After a session above a philosophy's
// pain ceiling no philosophy loads eccentrically the next day (docs/PHILOSOPHIES.md): the day is
// pain-relief holds (trial 43: a jog at 5/10 was followed by the full circuit, heavy deadlifts
// included).
const LogEntry* circuit_waits(const Case& input, Date day) {
    const LogEntry* eve = painful_eve(input, day);
    if (eve == nullptr) {
        return nullptr;
    }
    const bool eccentric = logged_category(*eve, Category::strength_eccentric);
    return too_painful(*eve) || held_running(*eve) || !eccentric ? eve : nullptr;
}

// The rationale line for the latest logged session when it was the athlete's own circuit, stopped
// before its end within the ceiling, during it and the day after: it is not counted (a load not
// finished has not shown it is tolerated), and nothing else said so (trial 43); or "". A stopped
// session with running in it is answered by the paused runs (describe_paused_runs()), one above
// the ceiling by the step back (describe()).
std::string stopped_circuit(const TrainingLog& log) {
    const auto& sessions = log.all_sessions();
    if (sessions.empty()) {
        return {};
    }
    const LogEntry& last = *sessions.back();
    const SessionLevel level = level_of(last);
    if (last.completed || held_running(last) || !TrainingLog::is_own(last)
        || above_pain_ceiling(last) || sore_next_day(last)
        || (level != SessionLevel::two_legs && level != SessionLevel::one_leg)) {
        return {};
    }
    return "The session of " + last.date.iso()
           + " was stopped before its end: it does not count towards the circuit's "
             "progression, which gives the same dose again; a load not finished has not shown "
             "it is tolerated (pain-monitoring model, Silbernagel et al. 2007, Am J Sports Med).";
}

// The rationale line for a run left out the day after a session above the ceiling, or "".
std::string run_left_out(const Case& input, const RehabTimeline& timeline) {
    for (const auto& [day, eve] : run_days(input, timeline)) {
        if (eve == nullptr) {
            continue;
        }
        const bool during = above_pain_ceiling(*eve);
        const int pain = during ? *eve->pain_during : *eve->pain_next_day;
        return "No run on " + day.iso() + ": the session of " + eve->date.iso() + " went to "
               + std::to_string(pain) + "/10 " + (during ? "during it" : "the day after")
               + ", above the 4/10 ceiling, and no run is planned the day after a session above "
                 "it; the runs go on after that day (pain settles before the next load: "
                 "pain-monitoring model, Silbernagel et al. 2007, Am J Sports Med).";
    }
    return {};
}

// Lays out the plan's sessions; returns the day whose circuit waited (circuit_waits()), if any.
std::optional<Date> add_sessions(PlanBuilder& builder, const RehabTimeline& timeline,
                                 const CircuitProgress& progress, const GradeSchedule& schedule,
                                 const StepBack& step) {
    const Case& input = builder.input();
    // After holds above the ceiling, the planned holds are lighter (lighter_holds_next()); once
    // lighter ones are tolerated, one step up, below the dose that hurt (holds_on_the_way_back()).
    const auto way_back = holds_on_the_way_back(step);
    const HoldDose dose = lighter_holds_next(step) || way_back == HoldLevel::lighter
                              ? HoldDose::lighter
                          : way_back == HoldLevel::between ? HoldDose::between
                                                           : HoldDose::usual;
    for (const auto& phase : timeline.phases) {
        if (phase.kind != PhaseKind::pain_relief_loading) {
            continue;
        }
        for (Date day = std::max(phase.start, input.as_of);
             day <= std::min(phase.end, input.last_day()); day += 1) {
            if (logged_on(input.chronology, day)) {
                continue;  // that day's session is done
            }
            SessionBuilder session = builder.session(day, "pain relief");
            add_pain_relief_loading(session, dose, shorter_hold_s(step).value_or(hold_seconds));
        }
    }

    const std::vector<Date> strength =
        strength_days(timeline.first_strength_day, input.last_day(),
                      [&timeline](Date day) { return timeline.cadence_on(day); });
    std::set<Date> runs = running_days(input, timeline);
    // A session the course expects above the pain ceiling holds the progression (the
    // philosophy's own rule for a painful session); the next one that counts again rests on
    // the projection when the course's value there is projected.
    int tolerated = 0;
    bool held = false;
    const bool holds_back = holds_the_circuit(step);
    std::optional<Date> waited;
    for (const Date day : strength) {
        if (circuit_waits(input, day) != nullptr) {
            // Pain settles before the next load: holds today, the circuit from its next day.
            runs.erase(day);
            SessionBuilder session = builder.session(day, "pain relief");
            add_pain_relief_loading(session);
            waited = waited ? waited : day;
            continue;
        }
        const bool runs_too = runs.erase(day) > 0;
        SessionBuilder session =
            builder.session(day, runs_too ? "strength and easy run" : "strength");
        // Stepped back (to two legs, or lighter on two legs): every planned session stays at the
        // lower dose, no family moving on, until a tolerated circuit session is logged.
        add_circuit(session, progress, holds_back ? 0 : tolerated, schedule);
        if (runs_too) {
            add_easy_run(session, day - timeline.runs_from());
        }
        if (!tolerated_on(input, day)) {
            held = true;
            continue;
        }
        if (held && input.course.reading(day, Sign::pain_exercise).basis == Basis::projected) {
            builder.projected_step(
                day, "pain during exercise at most " + std::to_string(pain_ceiling) + "/10");
        }
        held = false;
        ++tolerated;
    }
    for (const Date day : runs) {
        SessionBuilder session = builder.session(day, "easy run");
        add_easy_run(session, day - timeline.runs_from());
    }
    return waited;
}

// The rationale line for the circuit that waited a day (circuit_waits()).
std::string circuit_waited(const Case& input, Date day) {
    const LogEntry* eve = circuit_waits(input, day);
    const bool during = above_pain_ceiling(*eve);
    return "No circuit on " + day.iso() + ": the session of " + eve->date.iso() + " went to "
           + std::to_string(during ? *eve->pain_during : *eve->pain_next_day) + "/10 "
           + (during ? "during it" : "the day after")
           + ", above the 4/10 ceiling, so that day is pain-relief holds and the circuit goes on "
             "after it: no eccentric load the day after a session above the ceiling (pain "
             "settles before the next load: pain-monitoring model, Silbernagel et al. 2007, Am J "
             "Sports Med).";
}

}  // namespace

PhilosophyInfo EccentricStrength::info() const {
    return describe();
}

Plan EccentricStrength::plan(const Case& input) const {
    const GradeSchedule schedule = schedule_for(input.athlete.injury);
    const TrainingLog log{input.athlete, input.as_of};
    const StepBack step = step_back_in_force(log);
    const CircuitProgress progress = circuit_progress(log, schedule, input.as_of, step);
    const std::vector<DetrainingGap> gaps = detraining_gaps_after_return(log, input.as_of);
    // Holds that went above the ceiling stay lighter, with nothing heavier after them, until
    // holds are logged within it: every day of the plan is the lighter holds (trial 51: the
    // usual holds, then the circuit, came back on planned days alone).
    const int relief_days =
        lighter_holds_next(step) || holds_on_the_way_back(step)
            ? input.last_day() - input.as_of + 1
            : std::max({relief_days_owed(step, schedule),
                        log.return_to_running_day() ? 0 : pain_relief_days(input, log, schedule),
                        protected_days_left(input)});
    const RehabTimeline timeline =
        plan_timeline(input, schedule, log, progress, relief_days, step, open_gap(gaps));

    PlanBuilder builder{input};
    add_phases(builder, timeline, schedule);
    const std::optional<Date> waited = add_sessions(builder, timeline, progress, schedule, step);
    builder.maintenance(maintenance_prescription()).sources(sources());
    if (shorter_hold_s(step)) {
        builder.refer(ReferralLevel::advise, "even the lighter pain-relief holds went above "
                                                 + std::to_string(pain_ceiling) + "/10 (session of "
                                                 + step.painful_session.iso()
                                                 + "): see a clinician before loading further");
    }
    for (auto& line : explain_plan({.input = input,
                      .schedule = schedule,
                      .timeline = timeline,
                      .progress = progress,
                      .pain_relief_days = relief_days,
                      .step_back = step,
                      .detraining_gaps = gaps})) {
        builder.rationale(std::move(line));
    }
    if (std::string stopped = stopped_circuit(log); !stopped.empty()) {
        builder.rationale(std::move(stopped));
    }
    if (std::string left_out = run_left_out(input, timeline); !left_out.empty()) {
        builder.rationale(std::move(left_out));
    }
    if (waited) {
        builder.rationale(circuit_waited(input, *waited));
    }
    return std::move(builder).build();
}

}  // namespace coach::eccentric_strength

COACH_PLUGIN(coach::eccentric_strength::EccentricStrength)
