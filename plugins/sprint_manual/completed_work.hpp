#pragma once

#include <optional>
#include <string>
#include <vector>

#include "coach/sdk/athlete.hpp"
#include "coach/sdk/date.hpp"
#include "sprint_dose.hpp"

namespace coach::sprint_manual {

// What went wrong in a logged session, if anything, from the mildest to the worst.
enum class Trouble {
    none,
    draggy,         // the hamstring felt draggy: it was getting tired
    stopped_early,  // not finished, without pain above the ceiling
    painful,        // pain above the ceiling during the session or the next day: more than the
                    // light tug the coach allows, never soreness
};

std::string describe(Trouble trouble);

// A logged session that went wrong and has not been answered yet by a trouble-free session.
struct TroubledSession {
    Date date;
    Trouble trouble = Trouble::none;
    std::optional<SprintDose> dose;  // its sprint work, if it had any
    int pain = 0;                    // the worst, during the session or the next day, 0-10
    std::string logged_under;        // the other philosophy it was logged under, or ""
    // The most repetitions (sets times reps) of one sprint item and of one running drill
    // (marching, skipping, running A) in it, 0 when it held none: a dose that hurt at the slowest
    // speed, or a drill that hurt, comes back with fewer (trial 54).
    int sprint_reps = 0;
    int drill_reps = 0;
};

// The work of the painful sessions since the athlete last completed it without trouble: the way
// back up after pain is bounded by it (rehab_schedule.hpp, lay_out_schedule). Sprint work and
// drills each count until a session at or above them is logged without trouble (trial 57: 5 m at
// 50% hurt, a tolerated 5 m at 40% was followed by 10 m at 50% and the drills that hurt).
struct WhatHurt {
    // Every sprint dose that hurt and has not been reached by a trouble-free session since, with
    // its day, in log order (trial 58: 5 m at 50% and then 5 m at 40% hurt; once 5 m at 40% went
    // well, the 5 m at 50% that hurt was forgotten).
    struct Dose {
        Date on;
        SprintDose dose;
    };
    std::vector<Dose> doses;
    Date on;                         // the day of `dose`, else of the latest painful session
    std::optional<SprintDose> dose;  // the lowest of `doses` (the slowest, the shortest of equals)
    int drill_reps = 0;              // the fewest drill repetitions that hurt, 0 when none did
    // Since the pain: the most a trouble-free session of this philosophy has done. Once it
    // reaches every dose that hurt (or the drills, when no sprint work hurt), all is forgotten.
    std::optional<SprintDose> tolerated_dose;
    int tolerated_drill_reps = 0;
};

// What the log shows the athlete has actually done: the coach progresses on this, never on how
// the athlete says they feel.
struct CompletedWork {
    // The one session the next running session steps from: of the sessions completed without
    // trouble since the last answered trouble, the fastest (the longest among equally fast), its
    // distance and speed together; nullopt before any. Never a dose combined from two sessions.
    // A troubled session leaves it as it was: the answer to the trouble is measured against it.
    std::optional<SprintDose> reference;
    std::optional<Date> reference_date;
    // The last troubled session, while no trouble-free session with sprint work has followed it.
    std::optional<TroubledSession> unanswered;
    // The painful sessions' work not yet completed without trouble since (WhatHurt).
    std::optional<WhatHurt> hurt;
    int running_sessions = 0;      // completed sessions with sprint work
    int full_sprint_sessions = 0;  // trouble-free sessions at 60 m and full speed since trouble
    bool own_sessions = false;     // a session of this philosophy (or of none named) is logged
    // first_run, first_high_speed, last_session and its trouble: of own sessions only.
    std::optional<Date> first_run;
    std::optional<Date> first_high_speed;
    std::optional<Date> last_session;
    Trouble last_session_trouble = Trouble::none;
};

// Reads every rehabilitation log entry dated on or before `through`. A session is trouble-free
// when it was completed, no pain above `pain_ceiling` was reported during it or the next day, and
// the hamstring did not feel draggy. Only sessions of this philosophy (or naming none,
// is_own_session(), coach/sdk/own_sessions.hpp) are work the coach steps from or answer a
// trouble; a session logged under another philosophy counts only for its pain: above the
// ceiling, during it or the next day, it is the athlete's pain and steps the next dose back.
// [thread-safe] Pure.
CompletedWork read_completed_work(const Athlete& athlete, Date through, int pain_ceiling);

}  // namespace coach::sprint_manual
