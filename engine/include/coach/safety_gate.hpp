#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "coach/export.hpp"
#include "coach/plan_rules.hpp"
#include "coach/sdk/athlete.hpp"
#include "coach/sdk/chronology.hpp"
#include "coach/sdk/first_days.hpp"
#include "coach/sdk/philosophy.hpp"
#include "coach/sdk/plan.hpp"

// The safety gate that the engine applies to every plan of every plugin; no plugin can bypass or
// switch off any of it. Exposed so that hosts and tools can explain a decision. docs/DATA.md
// ("Safety gate") lists the same rules for users.
//
// The gate reads the Chronology of the record (coach/chronology.hpp), never the raw record: one
// day's assessments are merged with the worse value of each field winning, and a symptom that an
// assessment does not mention is "not recorded", which neither raises nor clears anything.
//
// Rules and where they come from:
// - Stop, every plan withheld (status "referral"):
//   numbness or tingling (possible sciatic nerve involvement), unable to bear weight, a palpable
//   gap (possible complete tear or avulsion): Heiderscheit BC et al., "Hamstring strain
//   injuries: recommendations for diagnosis, rehabilitation, and injury prevention", J Orthop
//   Sports Phys Ther 2010;40(2):67-81; Ahmad CS et al., "Evaluation and management of hamstring
//   injuries", Am J Sports Med 2013;41(12):2933-2947.
//   Grade 4 (complete tear) and grade 3 at site c (into the tendon): Pollock N et al., "British
//   athletics muscle injury classification", Br J Sports Med 2014;48(18):1347-1351, and Pollock
//   N et al., Br J Sports Med 2016;50(5):305-310 (intratendinous injuries heal slower and recur
//   more often).
//   A red flag persists: once an assessment records it present, it withholds every plan until an
//   assessment of a later day records a clinician's review that lifts it (Assessment::
//   clinician_review). Recorded present again on the review's day or later, it is raised again.
//   Grade 4 and grade 3c come from the injury itself and are not lifted by a review. A record
//   decoded by json::decode_athlete holds the worse of the grade recorded and one of these two
//   its notes affirm (docs/DATA.md, "Grades written in words"); the gate reads the Athlete
//   only, so its referral is the recorded grade's and the decoder's warning names the note.
//   A red flag recorded present in an assessment dated after as_of and inside the horizon
//   withholds every plan too (the plan would reach that day; red flags always win): one stop
//   referral per group of flags, naming the first day inside the horizon that records it. A
//   clinician's review dated after as_of lifts nothing for a plan as of as_of.
// - Advise, plan kept with the referral attached (the project's conservative thresholds): gait
//   altered as last recorded, or never recorded, more than 7 days after injury (Heiderscheit
//   et al. 2010: a normal, pain-free walking stride first); pain at rest not improving over 3
//   or more days; severe pain at rest, walking or during exercise, 7/10 or more on the latest
//   assessment that rates it (Serlin RC, Mendoza TR, Nakamura Y, Edwards KR, Cleeland CS, "When is
//   cancer pain mild, moderate or severe? Grading pain severity by its interference with function",
//   Pain 1995;61(2):277-284: 7-10 is severe on the 0-10 scale; a muscle strain that hurts this much
//   at rest needs a clinician to rule out a worse injury before any loading); severe pain, by
//   the same scale, during or the day after a logged session of the week before as_of, or an
//   older one with no assessment rating pain since (severe_session_window_days); red
//   flags never screened: a red flag that no assessment up to as_of records, present or absent
//   (the project's rule: the stop rules can only act on what was recorded); pain medication
//   needed day after day (Dubois B, Esculier JF, "Soft-tissue
//   injuries simply need PEACE and LOVE", Br J Sports Med 2020;54(2):72-73: anti-inflammatories
//   may impair repair, and pain should guide the load); a plan whose first day (as_of) lies more
//   than reassessment_window_days (7 days, the project's own rule: see below) after the latest
//   assessment that measured something, or after the injury when none did
//   (unassessed_plan_advice(): the plan is kept whole, it says what to reassess).
// - Not applicable: a philosophy whose info().injuries does not list the record's injury region
//   gets status "not_applicable" with the reason, and plan() is not called. A red flag still wins.
// - Plan validity (a failure is a plugin error, never a crash): exercises in the catalog or
//   declared by the plugin, with their catalog category; positive volumes; intensity 0-100;
//   sessions inside the horizon in ascending order; at most one phase marked return to sport;
//   sources present; no wording that claims the athlete is cleared ("cleared", "clearance",
//   "clear to", "fully healed", "good to go", a word of readiness with what it clears for: "fit
//   for play", "ready to race", "OK to return"; read as words, "good-to-go" too; not when
//   negated, "not yet ready to play", "only once cleared":
//   clearance_claim(), coach/sdk/wording.hpp; plans estimate, a clinician clears); and in the
//   first 3 days after injury
//   (days 0-2) no heat, sprinting, massage of the injury site, foam rolling, self-massage or
//   static stretching of the injured side: Dubois & Esculier 2020 (protect: unload for 1-3 days);
//   Jarvinen TAH et al., "Muscle injuries: biology and treatment", Am J Sports Med
//   2005;33(5):745-764 (a short rest lets the scar form); Heiderscheit et al. 2010, phase I:
//   avoid lengthening the injured hamstring.
//   In the same days, strength work is protected work only (whatever the item's side: the gate
//   cannot tell a one-leg exercise from a two-leg one, and a loaded lift braces both legs):
//   * no eccentric strength (category strength_eccentric: Nordics, slider curls, Romanian and
//     single-leg deadlifts load the hamstring while it lengthens). Heiderscheit et al. 2010
//     keep lengthening under load out of phase I; Askling CM, Tengvar M, Thorstensson A,
//     "Acute hamstring injuries in Swedish elite football: a prospective randomised controlled
//     clinical trial comparing two rehabilitation protocols", Br J Sports Med
//     2013;47(15):953-959, began even their lengthening (L-) protocol about 5 days after
//     injury; Jarvinen et al. 2005: loading starts after a few days of relative rest.
//   * strength_general and strength_isometric items carry no external load (load absent or
//     bodyweight: heaviest_protected_load) and, when they state an effort, at most 50% of
//     maximal (highest_protected_effort_pct). Heiderscheit et al. 2010 prescribe only
//     bodyweight bridges and holds in phase I, and leave it only once an isometric knee flexion
//     against 50-70% resistance is pain-free, so phase I work stays below that band; Allen TJ,
//     Jones T, Tsay A, Morgan DL, Proske U, "Muscle damage produced by isometric contractions
//     in human elbow flexors", J Appl Physiol 2018;124(2):388-399: isometric work damages muscle
//     least at half-maximal effort or less. The threshold is the project's reading of both.
//   On any day, high-speed running (high_speed_restriction(): an item of category sprint or
//   running at high_speed_pct, 90% of top speed, or more, as speed_pct() reads it,
//   coach/sdk/running_speed.hpp: a sprint item that states no intensity_pct runs at 100%, a
//   running item that states none below full speed) only on a day when walking is
//   pain-free and even: pain walking 0/10 on the course of recovery (measured, or projected),
//   the day not before the course's projected pain-free walking day (from which running may
//   build, coach/course.hpp, even when pain-free walking is measured earlier), and gait not
//   recorded altered on the latest assessment that records it (latest_gait_record(),
//   coach/sdk/chronology.hpp; altered gait recorded before the projected pain-free walking day
//   counts as projected even from that day; recorded on or after it, only an assessment
//   recording it even lifts it). A gait never recorded holds it too, as the advice above reads
//   it (gait_recorded_even(): a gait nobody has looked at is not an even one): "gait not
//   recorded even: no assessment up to 2026-10-22 records it". Heiderscheit et al. 2010 let
//   the athlete leave phase I only with a normal walking stride without pain and a very low speed
//   jog without pain, and build running speed in the phases after it; Erickson LN, Sherry MA,
//   "Rehabilitation and return to sport after hamstring strain injury", J Sport Health Sci
//   2017;6(3):262-270, progress running speed on the same criteria; Mendiguchia J et al., "A
//   multifactorial, criteria-based progressive algorithm for hamstring injury treatment", Med
//   Sci Sports Exerc 2017;49(7):1482-1492, reach maximal sprinting last, on criteria met. The
//   90% line is the project's full-speed milestone (coach/plan_rules.hpp); a projected criterion
//   is the course's estimate, which the reassessment hold asks a clinician to confirm.
// - Metadata: a pain ceiling above 4/10 is refused.
//
// All functions are [thread-safe] and pure (plan_problems() keeps a bounded memory per thread).
namespace coach::safety {

inline constexpr int highest_pain_ceiling = 4;
// The first days' rules are the SDK's (coach/sdk/first_days.hpp), so that plugins and protocol
// files can refuse what the gate would: days 0..2 after injury, no load beyond bodyweight, at
// most 50% effort.
using coach::heaviest_protected_load;
using coach::highest_protected_effort_pct;
using coach::protected_days;
// High-speed running: a sprint or running item at this per cent of top speed or more (the
// project's full-speed milestone, coach/plan_rules.hpp) waits for pain-free, even walking.
inline constexpr int high_speed_pct = full_speed_pct;
inline constexpr int altered_gait_days = 7;  // altered gait beyond this many days: advise
inline constexpr int pain_trend_days = 3;    // pain at rest not improving over this span: advise
inline constexpr int severe_pain_nrs = 7;    // NRS 0-10, Serlin et al. 1995: advise
// The reassessment window: how many days after an assessment the projected course of recovery
// may stand in for one. The project's rule (a week, the span of one block of every bundled
// protocol; Heiderscheit et al. 2010 progress on criteria measured, not on time).
inline constexpr int reassessment_window_days = 7;
// A logged session with severe pain advises while it lies within this many days before the plan's
// first day, and beyond them until an assessment is taken.
inline constexpr int severe_session_window_days = reassessment_window_days;

// A red flag still raised on a day: when an assessment last recorded it present, and when first
// since it was last lifted.
struct RaisedFlag {
    RedFlag flag = RedFlag::numbness;
    Date first_recorded;
    Date last_recorded;

    friend bool operator==(const RaisedFlag&, const RaisedFlag&) = default;
};

// The red flags raised by the assessments of `course` dated on or before `day` and not lifted by
// a clinician's review since, in RedFlag order.
COACH_ENGINE_API std::vector<RaisedFlag> raised_flags(const Chronology& course, Date day);

// Why every plan is withheld as of input.as_of, one stop referral per finding, in this order:
// grade 4, grade 3 at site c, the red flags raised as of as_of (numbness or tingling, unable to
// bear weight, palpable gap; "numbness recorded on 2026-10-03 and not lifted since by a
// clinician's review: ..."), those first recorded after as_of inside the horizon ("a palpable gap
// at the injury site recorded on 2026-10-20, inside this plan's horizon: every plan withheld;
// ..."); empty when nothing withholds the plan.
// `course` must be chronology_of(input.athlete). [thread-safe] Pure.
COACH_ENGINE_API std::vector<Referral> stop_referrals(const Case& input, const Chronology& course);
// The same, on input.chronology.
COACH_ENGINE_API std::vector<Referral> stop_referrals(const Case& input);

// The first red flag a record holds after a given day.
struct LaterRedFlag {
    Date day;           // the first day after the given one with a red flag recorded present
    Referral referral;  // what a plan whose horizon reaches `day` carries: stop_referrals()'s
    // The same without the plan's part: "a palpable gap at the injury site recorded on
    // 2026-10-25; possible complete tear, needs imaging and a medical assessment".
    std::string finding;

    friend bool operator==(const LaterRedFlag&, const LaterRedFlag&) = default;
};

// The first red flag the record holds after `after`, however far (up to the record's last
// assessment, within max_horizon_days), as stop_referrals() reads it for a plan whose horizon
// runs on to that assessment; nullopt when none. The one reading for every command that plans
// from a day the record goes on past (coach today's page, coach plan and compare --as-of): red
// flags always win, even a later one. `athlete` as decoded. [thread-safe] Pure.
COACH_ENGINE_API std::optional<LaterRedFlag> later_red_flag(const Athlete& athlete, Date after);

// Drops what `plan` holds on or after `from`: the sessions, the phases that start then (the
// others end the day before at the latest) and the milestones. The engine ends every plan before
// the day after last_writable_date (9999-12-31), which no date can be written as.
COACH_ENGINE_API void end_before(Plan& plan, Date from);

// Why nothing may be prescribed on `day` for want of a recent assessment: the latest assessment
// of `course` on or before `day` that measured something (a pain rating, ASLR, strength or
// sprint speed; a date or notes alone do not count) lies more than reassessment_window_days
// before it, or none since the injury did (from the injury day on: an athlete never assessed
// has nothing measured to train on), so the projected course of recovery would stand alone. In
// words, naming that assessment and what to reassess ("nothing measured since the injury on
// 2026-10-01, 3 days before 2026-10-04: ... have pain, ASLR and strength assessed first" when
// none); nullopt when one is recent enough.
// Rule: the project's (reassessment_window_days).
COACH_ENGINE_API std::optional<std::string> unassessed_gap(const Athlete& athlete,
                                                           const Chronology& course, Date day);

// The day from which a plan prescribes no session until the athlete is reassessed, and why.
struct ReassessmentHold {
    Date from;
    std::string reason;  // in words, without a leading capital or a full stop

    friend bool operator==(const ReassessmentHold&, const ReassessmentHold&) = default;
};

// When `plan` (made as of plan.as_of on the record whose chronology is `course`) may prescribe no
// session, from the earlier of
// - plan.as_of, when unassessed_gap() finds the latest assessment too old on that day: a plan
//   made then would rest on the projection alone;
// - the plan's return-to-sport milestone when it rests on the projected course
//   (Milestones::projected): returning to sport needs a clinician's assessment and sign-off,
//   which no projection gives;
// or nullopt. `coach today` (report::today_text()) shows no session on a day from the hold on, nor
// on a day for which unassessed_gap() speaks. Plans never claim an athlete is cleared: the hold
// says what to reassess. [thread-safe] Pure.
COACH_ENGINE_API std::optional<ReassessmentHold> reassessment_hold(const Plan& plan,
                                                                   const Athlete& athlete,
                                                                   const Chronology& course);

// The advice every plan made as of input.as_of carries when nothing recent enough was measured:
// - no assessment since the injury measured anything (as for unassessed_gap(): a pain rating,
//   ASLR, strength or sprint speed), whatever the days: the plan rests on the projected course
//   alone from its first day ("nothing measured since the injury, 3 days before this plan
//   (2026-10-01): assess pain, ASLR and strength before following it; the plan assumes the
//   projected course"; "on the day of this plan (...)" on the injury day);
// - or the latest that did lies more than reassessment_window_days (days, the project's own
//   rule) before input.as_of ("last assessment 23 days before this plan (2026-10-08): reassess
//   pain, ASLR and strength before following it; the plan assumes the projected course").
// nullopt when one within the window measured something. The plan is kept whole (coach today,
// which prescribes one day, holds instead: reassessment_hold()). advise_referrals() includes it,
// so the engine attaches it to every plan it gates, whatever the plugin. [thread-safe] Pure.
COACH_ENGINE_API std::optional<Referral> unassessed_plan_advice(const Case& input,
                                                                const Chronology& course);

// Why `item` (its category filled in) may not be prescribed on `day` of the case's horizon as
// high-speed running (the rule above: is_high_speed_running(), an item of category sprint or
// running at high_speed_pct or more, a sprint with no intensity_pct at 100%), in words naming
// what holds it back and its measure, e.g. "pain walking 3/10 measured on 2026-06-11"; nullopt when
// it may be, or when it is not high-speed running. Reads input.course and input.chronology.
// [thread-safe] Pure.
COACH_ENGINE_API std::optional<std::string> high_speed_restriction(const Item& item,
                                                                   const Case& input, Date day);

// Findings that keep the plan but attach a referral, as of input.as_of, in this order: red flags
// never screened, severe pain with a recent or unassessed session, gait altered as last recorded
// or unrecorded past day 7, pain at rest not improving over 3 or more days, severe pain at rest,
// walking or during exercise, daily pain medication, an assessment older than the reassessment
// window (unassessed_plan_advice()). `course` must be chronology_of(input.athlete).
COACH_ENGINE_API std::vector<Referral> advise_referrals(const Case& input,
                                                        const Chronology& course);
// The same, on input.chronology.
COACH_ENGINE_API std::vector<Referral> advise_referrals(const Case& input);

// Why the philosophy described by `info` does not apply to the record's injury (its region is
// not in info.injuries, compared exactly), or nullopt when it does.
COACH_ENGINE_API std::optional<std::string> not_applicable_reason(const PhilosophyInfo& info,
                                                                  const Athlete& athlete);

// Why no philosophy will plan for an injury of `region` (an athlete's injury.region) when it is
// none of `covered` (the regions the loaded philosophies list in info().injuries, in any order,
// repeats allowed), or nullopt when it is one of them or `covered` is empty. Names the covered
// regions and, when `region` is a likely misspelling of one (after lower-casing it and trimming
// surrounding spaces, the suggestion given for an unknown JSON key: optimal string alignment, at
// most 2 edits), suggests it: `no loaded philosophy covers the injury region "Hamstrings" (did
// you mean "hamstring"?); they cover hamstring`. Every such philosophy would answer
// not_applicable (not_applicable_reason()). [thread-safe]
COACH_ENGINE_API std::optional<std::string> uncovered_region(
    std::string_view region, const std::vector<std::string>& covered);

// The sources of the gate's own rules, for the plans it withholds.
COACH_ENGINE_API const std::vector<std::string>& gate_sources();

// Why a philosophy's metadata is refused (id, version, summary, sources, pain ceiling at most
// 4, declared exercises), or nullopt.
COACH_ENGINE_API std::optional<std::string> metadata_problem(const PhilosophyInfo& info);

// Every way `plan` breaks the plan validity rules above, each "<JSON pointer>: <reason>".
// [thread-safe] The result depends only on the arguments; each calling thread keeps the plan
// texts it has found free of clearance claims (at most 1 MiB of text, about 1.3 MiB of memory a
// thread), so that the fixed cues and rationale lines every plan repeats are read once.
COACH_ENGINE_API std::vector<std::string> plan_problems(const Plan& plan, const Case& input,
                                                        const PhilosophyInfo& info);

}  // namespace coach::safety
