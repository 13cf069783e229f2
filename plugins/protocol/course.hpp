#pragma once

#include <optional>
#include <string>
#include <vector>

#include "coach/sdk/athlete.hpp"
#include "protocol.hpp"

// The athlete's course through a protocol, week by week: when week 1 starts, which week's dose
// each 7-day block of the calendar gets (progressing, holding at a phase whose criteria are not
// met, or stepping back after a painful session), and on which days its sessions fall.
namespace coach::protocol {

// One week's dose of the protocol: a numbered week of a phase, or maintenance.
struct Step {
    std::size_t phase = 0;       // index into Protocol::phases; == phases.size() for maintenance
    const Week* week = nullptr;  // nullptr for maintenance
    int number = 0;              // protocol week number; 0 for maintenance
};

// A day with a session, and what is due on it: indices into the step's items (its week's, or
// maintenance's), in the file's order.
struct CourseDay {
    Date day;
    std::vector<std::size_t> items;
};

// A block of the protocol calendar, from week 1's first day, and the dose it gets: 7 days, or
// fewer when its phase's max_days end inside it (the next block then starts the next phase).
struct CourseWeek {
    Date start;
    Date end;                         // the block's last day, start + 6 at most
    std::size_t step = 0;             // index into ProtocolCourse::steps
    Date phase_start;                 // the day the athlete entered this block's phase
    std::vector<CourseDay> sessions;  // the sessions of this block inside the plan's horizon
    // A step back after a painful session to a week no lighter than the one that hurt (week 1,
    // or a week of the same dose, such as "weeks 1-2"): its items at half their volume
    // (halved(), below), halved once more for each earlier step back whose reduced dose was
    // itself the one that hurt (trial 55: a halved week 1 that hurt again came back halved
    // once, the same dose); 0 for the week's own dose.
    int halvings = 0;
};

// "halved", "halved twice", "halved 3 times": `halvings` (>= 1) in words. Each halving rounds
// up, so the words name the steps, not a fraction of the dose (trial 56: "1/8 of the dose" was
// a fifth of it).
std::string halved_words(int halvings);

// `item` at half its volume, for a step back with no lighter week in the file: half the sets,
// rounded up; an item of one set keeps it at half its repetitions, hold, distance or duration,
// rounded up. Items that are not training (ice, support, rest, assessment) stay as they are.
Prescription halved(const Prescription& item);

// A move into a phase that rests on the projected course of recovery: the plan reassesses on
// that day what the course expects by then.
struct ProjectedStep {
    Date day;
    std::string expected;  // e.g. "pain walking at most 0/10; pain during exercise at most 2/10"
};

// The day after a session whose pain went above the ceiling: the day after (pain_next_day), or
// during it when the day after is not recorded yet. No loading that day: a rest day, and the step
// back starts the day after it.
struct PainDay {
    Date day;
    std::string why;  // in words, for the rest day's cue and the rationale
};

struct ProtocolCourse {
    std::vector<Step> steps;         // every week of every phase in order, then maintenance
    std::optional<Date> week_one;    // none: the entry criteria are not met within the horizon
    std::vector<CourseWeek> weeks;   // from week one to the end of the horizon
    std::vector<std::string> notes;  // why the course is as it is, for the plan's rationale
    std::vector<ProjectedStep> projected_steps;  // in date order
    std::vector<PainDay> pain_days;              // in log order

    const Step& step_of(const CourseWeek& week) const { return steps[week.step]; }
};

// Week 1 starts on the date of the earliest completed session of this protocol in the log (the
// athlete is continuing it); otherwise on the first day on or after as_of that meets the first
// phase's entry criteria. Each later block moves on to the next week, unless that week starts a
// new phase and the current phase's exit criteria or the next one's entry criteria are not met
// on its first day, or the phase's min_days have not passed: then it repeats the current week.
// Once a phase's max_days have passed, the next block moves on to the next phase's first week,
// its exit criteria met or not, but only when the next phase's entry criteria are met: a maximum
// never overrides the next phase's entry criteria (the block holds and the rationale says so).
// Items without a schedule of their own are due on the week's weekdays; the others by their own
// rhythm (item_schedule.hpp), counted from the day the athlete entered the phase. Criteria on
// assessment values read the course of recovery of the day decided (Case::course): measured values
// where they exist, the projection beyond; a phase entered on projected values is a ProjectedStep.
// Pain steps back. Every session logged on or before as_of, of any philosophy or none, whose pain
// (worst of during and the next day) meets the first regression rule that reads
// last_session_pain, or goes above the file's pain_ceiling when no rule matches it, cuts its
// block after its day. When its pain the day after (or, not recorded yet, during it) is above the
// ceiling, that day is a PainDay with no session and the block cuts after it too. A block of 7
// days then starts on the next day with the dose of the week
// before the one that hurt (the block that holds the session), and every later block keeps that
// dose (halved, when it was) until a session of this protocol is logged after the one that hurt,
// completed and with its pain within the ceiling: the progression goes on from the block after
// it, so the later weeks and milestones move later by the days lost (the pain-monitoring model,
// Silbernagel KG et al., Am J Sports Med 2007;35(6):897-906). A session before week 1 steps week 1
// back when week 1 starts within the 7 days after it. When the week gone back to is no lighter than
// the one that hurt (week 1, or "weeks 1-2"), the block gets that dose halved (CourseWeek::halved).
// A rule that does not read last_session_pain is decided on as_of and cuts the block there. The
// step back depends on the log, not on as_of: a plan from the session's day and one from any later
// day agree. Only this protocol's own sessions start week 1 and count as sessions_completed. No
// session is planned on a day with a logged session. Every day from as_of on, logged sessions or
// not, the current phase's entry criteria are checked again on that day's course of recovery: a
// day that fails them gets no session, a block with such a day does not move on, and the first
// day that passes again on projected values is a ProjectedStep.
ProtocolCourse chart_course(const Protocol& protocol, const Case& input);

}  // namespace coach::protocol
