#pragma once

#include <string>

#include "coach/sdk.hpp"

// The philosophy's pain rule, applied to a logged session (docs/PHILOSOPHIES.md,
// "eccentric-strength"). The ceiling is about pain while doing the exercises: the source found no
// harm with pain around 4/10, discomfort or soreness during the work, but does not want cramping
// or screaming. Soreness over the following days is something else: the source expects it for
// about a week and a half of eccentric loading, easing as the sessions repeat.
namespace coach::eccentric_strength {

// "About 1.5 weeks" of expected delayed soreness, from the first logged circuit session.
inline constexpr int delayed_soreness_days = 11;

// Pain during the exercises above the 4/10 ceiling. Pain the next day is not pain during the
// exercises and never counts here; a session with no pain recorded during it does not either.
bool above_pain_ceiling(const LogEntry& entry);

// Severe pain on the NRS, 0-10: 7 or more (Serlin RC et al. 1995, Pain 61(2):277-284), the
// engine's mark for a session that needs a clinician before loading (coach/safety_gate.hpp).
inline constexpr int severe_pain_nrs = 7;

// Pain the day after the session at the severe mark or above, recorded. That is more than the
// expected soreness of starting eccentric work, which the source describes as soreness that eases
// as sessions repeat: the session hurt, as pain above the ceiling during it does (the plan's
// reading; trial 48 found the circuit raised to heavy after 7/10 the next day, while the today
// page sent the athlete to a clinician). The pain-monitoring model reads the next morning's pain
// as the answer to the load (Silbernagel KG et al. 2007, Am J Sports Med 35(6):897-906).
bool severe_next_day(const LogEntry& entry);

// Pain above the ceiling during the session, or severe the day after: the load steps back.
bool too_painful(const LogEntry& entry);

// The pain that made a session too painful, 0-10, and whether it was the day after's; the pain
// during it when both were.
struct PainReading {
    int nrs = 0;
    bool next_day = false;
};
// [thread-safe] Pure. Precondition: too_painful(entry).
PainReading pain_reading(const LogEntry& entry);

// "5/10 during the exercises", "7/10 the day after".
std::string describe(PainReading reading);

// Pain the day after the session above the 4/10 ceiling, recorded: what it means depends on the
// session (the expected soreness of eccentric work, or pain after holds or a run).
bool sore_next_day(const LogEntry& entry);

// Completed, within the ceiling during the exercises and not severe the day after: the session
// was tolerated.
bool tolerated(const LogEntry& entry);

// Next-day soreness above the ceiling that has not eased since the previous circuit session
// (`previous`, or nullptr), once the expected 1.5 weeks from `first_loading_day` are over: the
// muscle is not adapting yet, so the session holds the progression (it does not count towards
// the next stage) without stepping back. The source says only that soreness should ease as
// sessions repeat; holding when it does not is this plan's reading.
bool soreness_not_easing(const LogEntry& entry, const LogEntry* previous, Date first_loading_day);

}  // namespace coach::eccentric_strength
