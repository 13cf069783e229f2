#pragma once

#include <string>

#include "coach/engine.hpp"
#include "coach/export.hpp"
#include "coach/sdk/plan.hpp"
#include "coach/text_wrap.hpp"

// Renderings of plans and comparisons for people and spreadsheets. All functions are
// [thread-safe] and pure.
namespace coach::report {

// "Slider curl, both legs 4x6 bodyweight" and the like: one item on one line.
COACH_ENGINE_API std::string describe_item(const Item& item);

// A plan as text: status (with the reason of a not_applicable one), referrals, phases,
// milestones, each session, maintenance, rationale, sources. Strings from the record or the
// plugin are passed through printable(). Lines are as long as their text: fit_lines()
// (text_wrap.hpp) wraps them for a terminal, as `coach plan` does.
COACH_ENGINE_API std::string plan_text(const Plan& plan);

// The session of `plan` on `day`, for the athlete to follow: each item with its cue, a rest
// day said as such, referrals first, and when to stop (above `pain_ceiling`/10); for a
// not_applicable plan, no session and the reason. Strings pass through printable().
COACH_ENGINE_API std::string session_text(const Plan& plan, Date day, int pain_ceiling);

// A comparison as aligned text in lines of at most `width` columns (text_table.hpp): errors,
// not-applicable reasons and referrals first, then one column per philosophy, one row per
// metric, then weekly dose per category; a table wider than `width` is cut into blocks of
// philosophies, each with the row labels, and long lines wrap at word boundaries. Strings pass
// through printable().
COACH_ENGINE_API std::string comparison_table(const Comparison& comparison,
                                              std::size_t width = default_text_width);

// A comparison as CSV, one row per philosophy under a fixed header: philosophy, status, the
// metrics in contract order, error, reason (why a philosophy is not_applicable). Null metrics,
// error-free rows and rows with no reason leave the cell empty; fields
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
