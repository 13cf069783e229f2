#pragma once

#include <optional>
#include <string>

#include "coach/sdk.hpp"
#include "grade_schedule.hpp"
#include "pain_rule.hpp"
#include "training_log.hpp"

// A session above the pain ceiling steps the load back one stage, and the plan stays there until
// a session at that stage is tolerated. Where a stage holds for the whole circuit (pain-relief
// loading, running) the step is read here, session by session, from the last change of stage;
// the families' own steps from one leg back to two are in family_progress.hpp.
namespace coach::eccentric_strength {

// Where a logged session sat on the philosophy's ladder: pain-relief holds, the circuit on two
// legs, the circuit with a family on one leg; or running without any strength work.
enum class SessionLevel { none, running, pain_relief, two_legs, one_leg };

// [thread-safe] Pure. Eccentric work outside the circuit's families (eccentric_outside_the_
// circuit()) is read as the circuit on two legs.
SessionLevel level_of(const LogEntry& entry);

// Whether a logged session held eccentric work (catalog category strength_eccentric) and no
// exercise of the circuit's families: a Nordic curl logged under the Nordic protocol, say. It
// loads the hamstring as the two-leg circuit does, so pain above the ceiling in it steps the
// circuit back as the circuit's own would (trial 47: the heavy circuit came back unchanged two
// days after Nordic curls at 5/10). [thread-safe] Pure.
bool eccentric_outside_the_circuit(const LogEntry& entry);

// Whether a logged session held running or sprint work (its items' catalog categories).
// [thread-safe] Pure.
bool held_running(const LogEntry& entry);

enum class StepKind {
    none,
    // A session above the ceiling on two legs, in the pain-relief stage, or before this plan has
    // the athlete running: back to the daily isometric holds that calm an irritable hamstring,
    // for the grade's days of them.
    back_to_pain_relief,
    // A run (or other work) above the ceiling once this plan has the athlete running, alone or
    // in a session with the families on one leg: no running until a strength session is
    // tolerated again.
    running_paused,
    // A session above the ceiling with families on one leg (no run): those families step back
    // to two legs at a lighter load (family_progress.hpp) and stay there in every planned
    // session until a two-leg session is logged tolerated.
    back_to_two_legs,
};

// Why a session that held running or sprint work pauses the runs: pain above the ceiling during
// it, pain above the ceiling the day after, or a stop before its end (docs/DATA.md, "A painful
// session in the log").
enum class RunAnswer { pain_during, pain_next_day, stopped };

// The doses of pain-relief holds from the lightest: the lighter holds held shorter (after the
// lighter ones hurt), the lighter holds (3, or about a third of effort), the holds between them
// and the usual (4, or about 40%), and the usual (5 at about half effort).
enum class HoldLevel { shorter, lighter, between, usual };

struct StepBack {
    StepKind kind = StepKind::none;
    Date painful_session;
    PainReading pain;                   // what made the session too painful (pain_rule.hpp)
    int relief_sessions_tolerated = 0;  // pain-relief sessions tolerated since, for the first kind
    std::string logged_under;  // the other philosophy the painful session was logged under, or ""
    // Whether the painful session was itself the pain-relief holds: the lowest stage went above
    // the ceiling, so stepping back to it must also lighten it (lighter_holds_next()).
    bool at_pain_relief = false;
    // When those holds were already the lighter dose (3 holds, or about a third of effort, or
    // less): their shortest hold in seconds. The next holds are shorter still, half of it
    // (shorter_hold_s()), and the plan advises a clinician's review (trial 55: the lighter holds
    // at 6/10 came back unchanged every day).
    std::optional<int> lighter_holds_hurt_s;
    // Whether the painful session was circuit work on two legs, already the lowest stage of its
    // families: after the holds the circuit comes back lighter and stays there, no family moving
    // on, until a circuit session is logged within the ceiling (holds_the_circuit()).
    bool from_two_leg_circuit = false;
    // Whether that work was eccentric work outside the circuit (eccentric_outside_the_circuit()),
    // read as the two-leg circuit: the rationale names it as such.
    bool outside_the_circuit = false;
    // For running_paused: the painful session held circuit work beside the run (the plan's
    // "strength and easy run" session), so the circuit is held too (holds_the_circuit()).
    bool circuit_in_session = false;
    // The runs restart on this day, at the shortest: the day after the own circuit session logged
    // within the ceiling (during it and the day after) that ended the last pause of the runs.
    std::optional<Date> runs_restart;
    // The run that pauses the runs, while no own circuit session has been logged within the
    // ceiling since; it stays when a later painful session steps the strength work back too
    // (`kind` then says how), and whichever plan the run was logged under (runs_paused()).
    std::optional<Date> paused_run;
    RunAnswer paused_run_answer = RunAnswer::pain_during;
    int paused_run_pain = 0;              // the pain that paused the runs, 0-10 (none if stopped)
    std::string paused_run_logged_under;  // the other philosophy it was logged under, or ""
    // For holds that hurt: the dose they were at, and the highest dose of holds logged within the
    // ceiling since, if any (holds_on_the_way_back()).
    HoldLevel holds_hurt_at = HoldLevel::usual;
    std::optional<HoldLevel> holds_tolerated_at;

    bool in_force() const { return kind != StepKind::none; }
};

// The step back still in force on the plan's first day, replaying every session in order. Pain
// above the ceiling in any logged session, whichever philosophy it came from, is the athlete's
// pain: on two legs or in the pain-relief stage, or in a run or other work before this plan has
// the athlete running, back to pain relief; in a run (or other work) once it has, the runs
// pause, also when the run shared its session with one-leg circuit work. An own session at the
// stage stepped back to that is tolerated ends the stay in it (for pain relief, once the grade's
// days of holds are done, or as soon as circuit work is tolerated again); a session of another kind
// (an easy jog, say), or one logged under another philosophy, does not.
StepBack step_back_in_force(const TrainingLog& log);

// The days from the painful session to `first_lower_session`, the plan's first session at the
// stage stepped back to: the milestones projected without the step move later by them. The
// pain-monitoring model lets a load that went above the pain limit progress again only once a
// lower load stays within it (Silbernagel et al. 2007, Am J Sports Med 35(6):897-906).
int days_lost_to(const StepBack& step, Date first_lower_session);

// Days of pain-relief holds still owed to a step back: the grade's days less those tolerated
// since; 0 when none is in force.
int relief_days_owed(const StepBack& step, const GradeSchedule& schedule);

// Whether no run may be planned: a run (or other work once running) went above the ceiling
// during it, a session that held running or sprint work left pain above the ceiling the day
// after or was stopped before its end, and no own circuit session has been logged at or under
// the ceiling since, during the session and the day after (a strength session that leaves the
// athlete sore above the ceiling the next day has not shown the hamstring ready to run again).
// Next-day pain after running is read as the run's answer, not as the expected soreness of
// eccentric work, and a run stopped before its end has not shown its dose tolerated; either
// pause is also lifted by an own run logged finished and within the ceiling during it and the
// day after (trial 41: holding the runs at length let a plan run on pain above its own limit). The
// pain-monitoring model brings a load back only once a lower one is tolerated (Silbernagel et al.
// 2007, Am J Sports Med 35(6):897-906).
bool runs_paused(const StepBack& step);

// The paused runs in words for the rationale, or "" when none are paused or describe() says it
// already (the run above the ceiling during it is itself the step back in force).
std::string describe_paused_runs(const StepBack& step);

// Whether every planned circuit session stays at the dose of the first, no family moving on (to
// one leg, or to a heavier load), until a circuit session is logged within the ceiling: after a
// painful session on one leg, or on two legs, with a run or without (trial 50). The pain-monitoring
// model progresses a load again only once a lower one is tolerated (Silbernagel et al. 2007, Am J
// Sports Med 35(6):897-906).
bool holds_the_circuit(const StepBack& step);

// Whether the next pain-relief session is the lighter dose: the holds themselves went above the
// ceiling and none has been tolerated since. The pain-monitoring model reduces a load that pain
// does not allow rather than repeat it (Silbernagel et al. 2007, Am J Sports Med 35(6):897-906).
bool lighter_holds_next(const StepBack& step);

// After holds that hurt, once lighter holds are logged within the ceiling: the dose one step
// above the one tolerated, while it is still below the dose that hurt; every session of the plan
// holds it, nothing heavier, until a session at it is logged within the ceiling. nullopt when the
// holds are not climbing back, or when the next step is the usual dose (trial 57: the usual holds
// at 6/10, the lighter ones tolerated once, and the usual holds came back the next day). The
// pain-monitoring model raises a load only once the one below it is tolerated (Silbernagel et al.
// 2007, Am J Sports Med 35(6):897-906); the steps are the plugin's reading.
std::optional<HoldLevel> holds_on_the_way_back(const StepBack& step);

// The holds on the way back in words: "4 holds at about 40% of effort, one step above the lighter
// holds tolerated since and below the ones that hurt on 2026-02-17", or, when they are the dose
// that hurt, "..., the dose that hurt on D, tried again after the lighter holds went within the
// ceiling"; "" when the holds are not climbing back.
std::string describe_the_way_back(const StepBack& step);

// The hold in seconds of the next pain-relief holds after the lighter ones hurt: half the
// shortest hold logged in them, rounded up, and no less than 5; nullopt when they did not hurt.
std::optional<int> shorter_hold_s(const StepBack& step);

// The step back in words for the rationale, or "" when none is in force; `days_lost` is what it
// costs the projected milestones (days_lost_to(), as the plan's timeline counted it) and
// `holds_planned` the pain-relief sessions the plan lays out (the words say no other number).
std::string describe(const StepBack& step, const GradeSchedule& schedule, int days_lost,
                     int holds_planned);

}  // namespace coach::eccentric_strength
