#pragma once

#include <optional>
#include <string>
#include <vector>

#include "coach/sdk.hpp"
#include "easy_running.hpp"
#include "recovery_timeline.hpp"
#include "stages.hpp"

// How this approach answers a logged session that hurt (docs/PHILOSOPHIES.md, "stretch-ice").
// The sources: no exercise at all in sharp pain, and rest two to three days; while in pain, no
// high-impact exercise such as running, stretch and strengthen instead, never push through; stop
// and consult if any exercise hurts; resume slowly.
namespace coach::stretch_ice {

inline constexpr std::string_view philosophy_id = "stretch-ice";

// Exercise in this approach stays at mild discomfort: it says not to push through pain.
inline constexpr int mild_discomfort_at_most = 3;

// A logged session (under any philosophy) with pain during it or the next day above mild
// discomfort, or with a run and stopped before its end, not yet followed by a session of this
// plan done within it.
struct PainfulSession {
    Date date;
    int pain = 0;                  // the worst, during the session or the next day, 0-10
    bool sharp = false;            // 7/10 or more (sharp_pain.hpp): no exercise at all for a while
    bool ran = false;              // the session held running
    Stage stage = Stage::healing;  // the stage it belonged to
    bool next_day = false;         // the worst pain came the next day
    bool sore_next_day = false;    // the next day's pain, recorded, above mild discomfort
    std::vector<std::string> exercises;  // the training it held (catalog ids), in log order
    int run_minutes = 0;  // the longest run it held, in minutes; 0 when none has a length
    // The longest aqua jog or cycle it held, in minutes; 0 when none has a length.
    int cross_training_minutes = 0;
    // A session with a run stopped before its end (`completed: false`) within mild discomfort:
    // this approach's runs are to stop when the pain sharpens, so it is answered as a run that
    // hurt.
    bool stopped = false;
    // The lifts of this plan it held, as logged, when it went above mild discomfort (not only
    // stopped): each comes back lighter (lighter_than()).
    std::vector<LoggedItem> lifts;
    // The last run of a known length logged within mild discomfort before it (under any plan),
    // in minutes, and its day; 0 when none.
    int tolerated_run_minutes = 0;
    Date tolerated_run_day;
    // A session without a run: the run of an earlier painful session not answered before it, in
    // minutes (0: none); no run is as long (carry_unanswered(), pain_answer.cpp). The lifts and
    // cross-training of such a session are carried into `lifts` and `cross_training_minutes`.
    int earlier_run_minutes = 0;
};

// The plan's answer, one stage back: after sharp pain, the grade's days of complete rest (two or
// three, as its rest stage); then one day a stage below the session's (no running after a run,
// rest after a healing-stage exercise); runs start again from the first light jog the day after,
// where the session's stage runs at all. The stage the session was in goes on, never at a higher
// dose than the session's; a stage that had not begun by then waits until a session of this plan
// is logged within mild discomfort (pain-monitoring model: Silbernagel et al. 2007, Am J Sports
// Med 35(6):897-906, a load is raised only once the one before it is tolerated; the sources say
// "resume slowly" and not how far), so it starts beyond the plan's horizon while the answer
// stands. The plan is made again from the log, and moves on once that session is logged.
struct PainAnswer {
    PainfulSession session;
    int rest_days = 0;  // complete rest from the day after the session
    Date back_day;      // the one day a stage below
    Stage back_to = Stage::healing;
    // The day after the session is rested for that day's own pain: above mild discomfort the day
    // after, not sharp (which rests days of its own), whatever the session held and whatever the
    // pain during it (trials 46, 47).
    bool rests_the_pain_of_the_day_after = false;
    Date runs_restart;              // run lengths count again from the first light jog from here
    bool check_after_rest = false;  // back_day opens with the see-a-doctor check
    bool consult = false;  // a healing-stage exercise hurt: stop it and ask a doctor or physio
    // What the stop rule stopped: the training of a session that asks to consult, out of every
    // planned session until a session of this plan is logged within mild discomfort (which ends
    // the answer) or an assessment is recorded after the session (the reassessment it asks for).
    std::vector<std::string> stopped;
    // A run that hurt: its length in minutes. The runs start again from the shortest jog and
    // stay shorter than it until a session of this plan is logged within mild discomfort (which
    // ends the answer): a load that pain did not allow is not planned again before a lower one
    // is shown tolerated (pain-monitoring model, Silbernagel et al. 2007, Am J Sports Med
    // 35(6):897-906; the sources' "resume slowly" does not say how far).
    std::optional<int> runs_shorter_than;
    // A session without a run hurt after runs were tolerated: no run is longer than the last run
    // logged within mild discomfort before it (PainfulSession::tolerated_run_minutes) until the
    // answer ends, for the same reason (trial 51: jogs climbed to 20 minutes after Nordic curls
    // at 5/10 that followed a tolerated 15-minute jog).
    std::optional<int> runs_at_most;
    // Sprints or runs without a length hurt: the runs stay light jogs (easy_running.hpp) until
    // the answer ends.
    bool light_jogs_only = false;
    // No planned aqua jog or cycle is longer than this (minutes) until the answer ends
    // (Routine::cross_training_at_most): shorter by the weekly step (cross_training_step_min)
    // than the session's longest cross-training, when it held some (0: none at all); else the
    // length of the run that hurt; else, for a session of the first two stages, the plan's own
    // cross-training dose on the session's day. Cross-training that hurt is not planned again at
    // its length (trial 54: 25 minutes of cycling at 6/10 came back as 25 minutes of aqua
    // jogging, and then as the same cycle).
    std::optional<int> cross_training_at_most;
    // The first stage the session had not reached (easy or usual running), which waits with
    // every stage after it until a session of this plan is logged within mild discomfort; after a
    // run in usual running, usual running (a stage back is easy running); nullopt after a session
    // without a run in the last stage.
    std::optional<Stage> waits_from;

    int days_lost() const { return back_day - session.date; }
    // The longest run the answer allows, in minutes; nullopt when it sets no bound.
    std::optional<int> longest_run() const;
    // Whether that bound is shorter than the plan's shortest jog (a 10-minute jog that hurt,
    // trial 51): no run at all until the answer ends, so easy running waits (waits_from).
    bool no_jog_short_enough() const;
};

// The last painful session logged up to the plan's first day and not answered since, and the
// plan's answer to it; nullopt when there is none. `timeline` is the calendar as bent by the
// course of recovery. [thread-safe] Pure.
std::optional<PainAnswer> answer_to_pain(const Case& input, const RecoveryTimeline& timeline);

// The calendar after the answer: the first days of rest, when the session came before their end,
// end later by the days lost; the stages from PainAnswer::waits_from start on `held_day` (days
// since the injury: the day after the plan's horizon) or later. [thread-safe] Pure.
RecoveryTimeline after_answer(const RecoveryTimeline& timeline, const PainAnswer& answer,
                              Date injury, int held_day);

// Whether `exercise` is one the answer stopped (PainAnswer::stopped).
bool is_stopped(const PainAnswer& answer, std::string_view exercise);

// `planned`, a lift of the plan, as the answer allows it: when the painful session held the same
// exercise, one step lighter than it was logged there (one load lower; at the lightest load, light
// for a weighted lift and bodyweight for the others, one set fewer), never heavier than planned;
// nullopt when one set at the lightest load hurt, so the lift is left out. Other items as planned.
// Until a session of this plan is logged within mild discomfort a lift is not planned again at
// the dose that hurt (pain-monitoring model, Silbernagel et al. 2007, Am J Sports Med
// 35(6):897-906; trial 51: a deadlift, Romanian deadlift and hip thrust logged at 7/10 the next
// day came back at the same dose). [thread-safe] Pure.
std::optional<Item> lighter_than(const PainAnswer& answer, Item planned);

// The answer in words, for the rationale.
std::string describe(const PainAnswer& answer);

// A run that hurt, and the way back up from it, which outlasts the answer to the session: a
// session of this plan within mild discomfort ends the answer, but only a run shows a run
// tolerated (trial 57: a 10-minute jog at 6/10, answered by an aqua jog within mild discomfort,
// was followed by a 20-minute jog). The runs go no longer than one step (run_step_min) shorter
// than the run that hurt, and never shorter than the first light jog, until a run that long is
// logged within mild discomfort; then no longer than the run that hurt, until it is (the
// pain-monitoring model returns to a load that hurt only once a lower one is tolerated,
// Silbernagel et al. 2007, Am J Sports Med 35(6):897-906; the step is the plugin's reading).
// Every logged session counts, under any plan: the pain and the runs are the athlete's.
struct RunThatHurt {
    struct Run {
        Date on;
        int minutes = 0;
        bool stopped = false;  // stopped before its end, within mild discomfort
    };
    // Every run that hurt and has not been matched by one as long within mild discomfort since,
    // in log order (trial 58: a 20-minute run and then a 15-minute one hurt; once 15 minutes went
    // well, the 20 minutes that hurt were forgotten and the runs climbed to 30).
    std::vector<Run> runs;
    Date on;                    // the session of the shortest of them (the latest of equals)
    bool stopped = false;       // that run was stopped before its end, within mild discomfort
    int minutes = 0;            // the shortest of them
    int tolerated_minutes = 0;  // the longest run logged within mild discomfort since the last
    // The longest run allowed, in minutes.
    int longest_run() const;
    // Whether that is the length that hurt, tried again.
    bool tries_again() const { return longest_run() >= minutes; }
    // Whether no planned run is shorter than the run that hurt (the first light jog hurt).
    bool none_shorter() const;
};

// The bound in words, for the rationale.
std::string describe(const RunThatHurt& hurt);

// The run that hurt, from the log up to the plan's first day; nullopt when none bounds the runs
// (none hurt, or a run as long was logged within mild discomfort after). [thread-safe] Pure.
std::optional<RunThatHurt> run_that_hurt(const Case& input);

}  // namespace coach::stretch_ice
