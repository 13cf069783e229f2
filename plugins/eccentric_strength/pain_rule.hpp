#pragma once

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

// Pain the day after the session above the 4/10 ceiling, recorded: what it means depends on the
// session (the expected soreness of eccentric work, or pain after holds or a run).
bool sore_next_day(const LogEntry& entry);

// Completed, and within the ceiling during the exercises: the session was tolerated.
bool tolerated(const LogEntry& entry);

// Next-day soreness above the ceiling that has not eased since the previous circuit session
// (`previous`, or nullptr), once the expected 1.5 weeks from `first_loading_day` are over: the
// muscle is not adapting yet, so the session holds the progression (it does not count towards
// the next stage) without stepping back. The source says only that soreness should ease as
// sessions repeat; holding when it does not is this plan's reading.
bool soreness_not_easing(const LogEntry& entry, const LogEntry* previous, Date first_loading_day);

}  // namespace coach::eccentric_strength
