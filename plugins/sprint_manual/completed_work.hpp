#pragma once

#include <optional>
#include <string>

#include "coach/sdk/athlete.hpp"
#include "coach/sdk/date.hpp"
#include "sprint_dose.hpp"

namespace coach::sprint_manual {

// What went wrong in a logged session, if anything.
enum class Trouble { none, draggy, painful, stopped_early };

std::string describe(Trouble trouble);

// What the log shows the athlete has actually done: the coach progresses on this, never on how
// the athlete says they feel.
struct CompletedWork {
    // The longest distance and highest intensity of sprint work in sessions completed without
    // trouble; nullopt before any.
    std::optional<SprintDose> best_trouble_free;
    std::optional<Date> best_trouble_free_date;  // the latest session that set either
    int running_sessions = 0;                    // completed sessions with sprint work
    int full_sprint_sessions = 0;                // trouble-free sessions at 60 m and full speed
    std::optional<Date> first_run;
    std::optional<Date> first_high_speed;
    std::optional<Date> last_session;
    Trouble last_session_trouble = Trouble::none;
};

// Reads every log entry dated on or before `through`, whichever philosophy it was logged under:
// sprint work done is sprint work done. A session is trouble-free when it was completed, the
// hamstring did not feel draggy and no pain above `pain_ceiling` was reported.
CompletedWork read_completed_work(const Athlete& athlete, Date through, int pain_ceiling);

}  // namespace coach::sprint_manual
