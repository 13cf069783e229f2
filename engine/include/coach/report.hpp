#pragma once

#include <span>
#include <string>

#include "coach/export.hpp"
#include "coach/results.hpp"
#include "coach/safety_gate.hpp"
#include "coach/sdk/philosophy.hpp"
#include "coach/sdk/plan.hpp"
#include "coach/text_wrap.hpp"

// Renderings of plans and comparisons for people and spreadsheets. All functions are
// [thread-safe] and pure.
namespace coach::report {

// "Slider curl, both legs 4x6 bodyweight" and the like: one item on one line, the exercise by its
// name: from the shared catalog, else from `declared` (the philosophy's own exercises,
// PhilosophyInfo::exercises), else its id.
COACH_ENGINE_API std::string describe_item(const Item& item,
                                           std::span<const DeclaredExercise> declared = {});

// A plan as text: status (with the reason of a not_applicable one), referrals, phases,
// milestones, each session, maintenance, rationale, sources. Strings from the record or the
// plugin are passed through printable(). Lines are as long as their text: fit_lines()
// (text_wrap.hpp) wraps them for a terminal, as `coach plan` does.
// `declared`: the philosophy's own exercises, for their names (describe_item()).
COACH_ENGINE_API std::string plan_text(const Plan& plan,
                                       std::span<const DeclaredExercise> declared = {});

// One prescribed item for the athlete, on one line: the exercise by its name (from the shared
// catalog, else `declared`, never its id) and its dose in words: "Static hamstring stretch: 2
// holds of 30 s", "Acceleration: 2 sets of 5 x 10 m at 60%, 2 min between runs".
COACH_ENGINE_API std::string readable_item(const Item& item,
                                           std::span<const DeclaredExercise> declared = {});

// Days after the latest assessment beyond which `coach today` asks for a reassessment: the
// safety gate's reassessment window (safety_gate.hpp, reassessment_window_days), past which no
// plan prescribes a session.
inline constexpr int reassess_after_days = safety::reassessment_window_days;

// The record as it is known on `day`, for the page of that day and the plan it shows: a session
// logged after `day` is dropped (a session from the future shapes no answer of that day), and
// the pain the day after a session (LogEntry::pain_next_day) of a session logged on `day` is
// dropped, as it is known from the day after the session only. Everything else is kept as it
// is: a red flag recorded later still stops the page (safety::later_red_flag()). `coach plan
// --as-of D` reads the whole record and differs from the page on the one day D of a session
// (docs/DATA.md, "The page of one day"). [thread-safe] Pure.
COACH_ENGINE_API Athlete known_on(const Athlete& athlete, Date day);

// What `coach today` shows for one day.
struct TodayInput {
    const Plan& plan;        // covering `day` and the six days after it
    const Athlete& athlete;  // the record: the sessions it logs that week
    Date day;
    const PhilosophyInfo& info;              // the pain ceiling and the declared exercises' names
    std::size_t width = default_text_width;  // columns of the page (fit_lines(), text_wrap.hpp)
    // The same philosophy's plan made on `day` itself (as_of `day`), when `plan` starts earlier:
    // the plugin's own referrals as of `day` come from it (`coach plan --as-of day` carries them).
    // Null when `plan` starts on `day`, or when the caller has none.
    const Plan* plan_on_day = nullptr;
};

// The page for `day`, for the athlete to follow, in lines of at most `input.width` columns
// (fit_lines()): referrals first (a stop one by one; the advice once, each reason once, in plain
// words); on a day from the plan's reassessment hold (safety::reassessment_hold()) on, no session
// but why, and what to reassess; else, when there is no assessment yet, that the plan runs on the
// projected course and the athlete should be assessed; a session logged that
// day, with the plugin's answer to it (its rationale lines that open with "The session of <day>")
// and the next session; else the day's session item by item with its cues, or a rest day said as
// such with the next session; the week ahead, one line a day; when the latest pain is already
// above the pain limit, that it is; and, on a page that shows a session to do, when to stop. The
// referrals are the plugin's own (those of `plan`, and of `plan_on_day` when given) and the safety
// gate's of a plan made on `day` (every stop, every advice but the one to reassess, which the hold
// says counted to `day`), whatever day the plan was made from, and a red flag the record holds
// after the week; a page with a stop shows no session to do. The record is read as
// known_on(input.athlete, day). A not_applicable plan: the reason and no session; a withheld plan:
// the referral and no session. Strings pass through printable(). [thread-safe] Pure.
COACH_ENGINE_API std::string today_text(const TodayInput& input);

// A comparison as aligned text in lines of at most `width` columns (text_table.hpp): errors,
// not-applicable reasons and referrals first, the sessions logged after as_of that no plan used
// (Comparison::unused_log_note), then one column per philosophy, one row per metric, then weekly
// dose per category, then each plan's sources, numbered, under its philosophy; a table wider than
// `width` is cut into blocks of philosophies, each with the row labels, and long lines wrap at word
// boundaries. With no plan to show, a line says why instead of the table: every philosophy withheld
// or not applicable, or the plugins that failed, each with its error. Strings pass through
// printable().
COACH_ENGINE_API std::string comparison_table(const Comparison& comparison,
                                              std::size_t width = default_text_width);

// A comparison as CSV, one row per philosophy under a fixed header: philosophy, status, the
// metrics in contract order, error, reason (why a philosophy is not_applicable), referrals (every
// referral of the plan, the safety gate's advice included, as "advise: REASON", joined by " | ").
// Null metrics, error-free rows and rows with no reason or referral leave the cell empty; fields
// with a comma, quote or line break are quoted as RFC 4180 says; lines end in "\n".
// [thread-safe] Pure.
COACH_ENGINE_API std::string comparison_csv(const Comparison& comparison);

// A comparison as one self-contained HTML page (inline CSS and SVG, nothing fetched): the
// athlete and every referral, a timeline of phases and milestones, weekly dose charts, the
// metrics, then each plan day by day with its rationale, sources and provenance. All text from
// plans and records is escaped; the same input always gives the same bytes.
// [thread-safe] Pure.
COACH_ENGINE_API std::string comparison_html(const Comparison& comparison, const Athlete& athlete);

}  // namespace coach::report
