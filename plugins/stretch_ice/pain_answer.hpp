#pragma once

#include <optional>
#include <string>
#include <vector>

#include "coach/sdk.hpp"
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
    // A session with a run stopped before its end (`completed: false`) within mild discomfort:
    // this approach's runs are to stop when the pain sharpens, so it is answered as a run that
    // hurt.
    bool stopped = false;
};

// The plan's answer, one stage back: after sharp pain, the grade's days of complete rest (two or
// three, as its rest stage); then one day a stage below the session's (no running after a run,
// rest after a healing-stage exercise); the calendar after it moves later by the days lost; runs
// start again from the first light jog the day after.
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

    int days_lost() const { return back_day - session.date; }
};

// The last painful session logged up to the plan's first day and not answered since, and the
// plan's answer to it; nullopt when there is none. `timeline` is the calendar as bent by the
// course of recovery. [thread-safe] Pure.
std::optional<PainAnswer> answer_to_pain(const Case& input, const RecoveryTimeline& timeline);

// The calendar after the answer: stages that had not begun by the painful session start later
// by the days lost; after a painful run in the usual-running stage, one easy-running day comes
// before usual running again.
RecoveryTimeline after_answer(const RecoveryTimeline& timeline, const PainAnswer& answer,
                              Date injury);

// Whether `exercise` is one the answer stopped (PainAnswer::stopped).
bool is_stopped(const PainAnswer& answer, std::string_view exercise);

// The answer in words, for the rationale.
std::string describe(const PainAnswer& answer);

}  // namespace coach::stretch_ice
