#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <utility>

#include "coach/chronology.hpp"
#include "coach/counted.hpp"
#include "coach/planning_case.hpp"
#include "coach/printable.hpp"
#include "coach/report.hpp"
#include "coach/sdk/catalog.hpp"
#include "coach/sdk/history.hpp"
#include "coach/text_wrap.hpp"

namespace coach::report {

namespace {

// One line of the page: `text` after `lead`. today_text() fits the whole page to its width at the
// end (fit_lines), so a list item's continuation lines hang under its text.
std::string line(std::string_view lead, const std::string& text) {
    return std::string{lead} + text + "\n";
}

constexpr std::array<std::string_view, 7> long_weekday_names = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
constexpr std::array<std::string_view, 7> weekday_names = {"Mon", "Tue", "Wed", "Thu",
                                                           "Fri", "Sat", "Sun"};

std::string long_date(Date day) {
    return std::string{long_weekday_names[day.weekday_index()]} + " " + day.iso();
}

bool starts_with_lower(std::string_view text, std::string_view prefix) {
    if (text.size() < prefix.size()) {
        return false;
    }
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(text[i])) != prefix[i]) {
            return false;
        }
    }
    return true;
}

// A referral's reason as a sentence of its own: without "See a doctor:" in front or ": see a
// clinician" behind (the page says that once), capitalised, with a full stop.
std::string plain(std::string reason) {
    for (const std::string_view lead : {"see a doctor: ", "see a clinician: "}) {
        if (starts_with_lower(reason, lead)) {
            reason.erase(0, lead.size());
        }
    }
    for (const std::string_view tail : {": see a clinician", ": see a doctor"}) {
        if (reason.size() >= tail.size()
            && reason.compare(reason.size() - tail.size(), tail.size(), tail) == 0) {
            reason.erase(reason.size() - tail.size());
        }
    }
    if (!reason.empty()) {
        reason[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(reason[0])));
        if (reason.back() != '.') {
            reason += '.';
        }
    }
    return reason;
}

// The plan's referrals as the page shows them: the plugin's own, and the safety gate's as a plan
// made on the page's day carries them, every stop and every advice (a gait still altered "now N
// days after injury", counted to the page's day). The gate's advice the plan carries counts to the
// day the plan starts from, its as_of (the record's last entry known on the page's day), and is
// left out for the day's. The advice to reassess is left out too: the page's hold says it,
// counted to its day (safety::unassessed_gap(), Holds). The day's gate findings are added whether
// or not the plan carries advice of its own: a plan made days before the page's day may carry
// none (gait altered past day 7 is advice from day 8 on).
std::vector<Referral> shown_referrals(const Plan& plan, const Plan* plan_on_day,
                                      const Athlete& athlete, Date day) {
    if (plan.as_of < athlete.injury.date || day < plan.as_of) {
        return plan.referrals;
    }
    const int horizon = std::min(day + 6 - plan.as_of + 1, max_horizon_days);
    const PlanningCase planned{athlete, Request{.as_of = plan.as_of, .horizon_days = horizon}};
    const auto engine_advice = safety::advise_referrals(planned.input(), planned.chronology());
    const PlanningCase on_day{athlete, Request{.as_of = day, .horizon_days = 7}};
    auto day_findings = safety::stop_referrals(on_day.input(), on_day.chronology());
    for (auto& advice : safety::advise_referrals(on_day.input(), on_day.chronology())) {
        day_findings.push_back(std::move(advice));
    }
    const auto reassess = safety::unassessed_plan_advice(on_day.input(), on_day.chronology());
    if (reassess) {
        std::erase(day_findings, *reassess);
    }
    std::vector<Referral> shown;
    const auto add = [&shown](const Referral& referral) {
        if (std::find(shown.begin(), shown.end(), referral) == shown.end()) {
            shown.push_back(referral);
        }
    };
    bool added = false;
    for (const auto& referral : plan.referrals) {
        if (std::find(engine_advice.begin(), engine_advice.end(), referral)
            == engine_advice.end()) {
            add(referral);
        } else if (!std::exchange(added, true)) {
            std::for_each(day_findings.begin(), day_findings.end(), add);
        }
    }
    std::for_each(day_findings.begin(), day_findings.end(), add);
    // The plugin's own referrals as of the day (the gate's in it are the day's findings above).
    if (plan_on_day != nullptr) {
        for (const auto& referral : plan_on_day->referrals) {
            if (!reassess || referral != *reassess) {
                add(referral);
            }
        }
    }
    return shown;
}

// Stop-level referrals one by one, the advice once under one heading, each reason once.
std::string referrals_text(const std::vector<Referral>& referrals) {
    std::string out;
    std::vector<std::string> advice;
    for (const auto& referral : referrals) {
        if (referral.level == ReferralLevel::stop) {
            out += line("", "STOP, see a clinician: " + printable(referral.reason));
            continue;
        }
        std::string reason = plain(printable(referral.reason));
        if (std::find(advice.begin(), advice.end(), reason) == advice.end()) {
            advice.push_back(std::move(reason));
        }
    }
    if (!advice.empty()) {
        out += "See a doctor or physio before you train:\n";
        for (const auto& reason : advice) {
            out += line("  - ", reason);
        }
    }
    return out;
}

std::string items_text(const Session& session, const PhilosophyInfo& info) {
    std::string out;
    int number = 1;
    for (const auto& item : session.items) {
        const std::string lead = std::to_string(number++) + ". ";
        out += line(lead, printable(readable_item(item, info.exercises)));
        if (!item.cue.empty()) {
            out += line(std::string(lead.size() + 2, ' '), printable(item.cue));
        }
    }
    return out;
}

// "Rest day: let the soreness settle." A cue that already says it is a rest day ("Rest day:
// ice and compression") is not prefixed again.
std::string rest_day_text(const std::string& cue) {
    if (cue.empty()) {
        return "Rest day.";
    }
    return plain(starts_with_lower(cue, "rest day") ? cue : "Rest day: " + cue);
}

std::string session_heading(const Session& session) {
    return printable(session.phase) + ": " + printable(session.focus)
           + (session.projected ? " (an estimate: planned on the projected course of recovery)"
                                : "");
}

// "Acceleration 3 x 10 m at 50%, not finished; pain 3/10 during it, 2/10 the next day; draggy":
// what was known on `day`, the page's day. The pain of the next day is not known on the
// session's own day, so the page of that day does not quote it.
std::string logged_text(const LogEntry& entry, const PhilosophyInfo& info, Date day) {
    std::string items;
    for (const auto& logged : entry.items) {
        Item item = item_done(logged);
        if (const auto category = category_of(item.exercise, info.exercises)) {
            item.category = *category;
        }
        items += (items.empty() ? "" : "; ") + readable_item(item, info.exercises);
    }
    std::string text = items.empty() ? std::string{"a session"} : items;
    text += entry.completed ? "" : "; not finished";
    if (entry.pain_during) {
        text += "; pain " + std::to_string(*entry.pain_during) + "/10 during it";
    }
    if (entry.pain_next_day && day > entry.date) {
        text += (entry.pain_during ? ", " : "; pain ") + std::to_string(*entry.pain_next_day)
                + "/10 the next day";
    }
    if (entry.fatigue == Fatigue::draggy) {
        text += "; the hamstring felt draggy";
    }
    return printable(text) + ".";
}

// The plugin's answer to the session of `day`: its rationale lines that open with "The session
// of <day>".
std::vector<std::string> answers_to(const Plan& plan, Date day) {
    const std::string lead = "The session of " + day.iso();
    std::vector<std::string> found;
    for (const auto& line : plan.rationale) {
        if (line.starts_with(lead)) {
            found.push_back(line);
        }
    }
    return found;
}

std::vector<const LogEntry*> logged_on_day(const Athlete& athlete, Date day) {
    std::vector<const LogEntry*> found;
    for (const LogEntry* entry : log_until(athlete, day)) {
        if (entry->date == day) {
            found.push_back(entry);
        }
    }
    return found;
}

const Session* session_on(const Plan& plan, Date day) {
    const auto found = std::find_if(plan.sessions.begin(), plan.sessions.end(),
                                    [day](const Session& s) { return s.date == day; });
    return found == plan.sessions.end() ? nullptr : &*found;
}

const Session* next_training_after(const Plan& plan, Date day) {
    for (const auto& session : plan.sessions) {
        if (session.date > day && !session.is_rest_day()) {
            return &session;
        }
    }
    return nullptr;
}

// Why nothing is prescribed on `day`: the plan's reassessment hold, or, when the day itself lies
// past the reassessment window after the latest assessment, what a plan made that day would say
// (safety_gate.hpp). nullopt on a day that may have a session.
class Holds {
  public:
    Holds(const Plan& plan, const Athlete& athlete)
        : athlete_(athlete),
          course_(chronology_of(athlete)),
          plan_hold_(safety::reassessment_hold(plan, athlete, course_)) {}

    std::optional<std::string> on(Date day) const {
        if (auto gap = safety::unassessed_gap(athlete_, course_, day)) {
            return gap;
        }
        if (plan_hold_ && day >= plan_hold_->from) {
            return plan_hold_->reason;
        }
        return std::nullopt;
    }

    // The athlete's chronology, read once for the page.
    const Chronology& course() const { return course_; }

  private:
    const Athlete& athlete_;
    Chronology course_;
    std::optional<safety::ReassessmentHold> plan_hold_;
};

std::string week_text(const Plan& plan, const Athlete& athlete, Date day, const Holds& holds) {
    std::string out = "\nThis week\n";
    for (Date date = day; date <= day + 6; date += 1) {
        const std::string lead =
            "  " + std::string{weekday_names[date.weekday_index()]} + " " + date.iso() + "  ";
        std::string what;
        const auto logged = logged_on_day(athlete, date);
        if (!logged.empty()) {
            what = "logged";
            for (const LogEntry* entry : logged) {
                what += entry->completed ? "" : ", not finished";
                if (entry->pain_during && date <= day) {  // a later day's pain is not known yet
                    what += ", pain " + std::to_string(*entry->pain_during) + "/10";
                }
            }
        } else if (holds.on(date)) {
            what = "no session until reassessed";
        } else if (const Session* session = session_on(plan, date)) {
            what = session->is_rest_day() ? std::string{"rest"} : printable(session->focus);
            what += session->projected && !session->is_rest_day() ? " (estimate)" : "";
        } else {
            // The week starts on the page's day, which the record's last entry may be: a day not
            // over yet, with nothing planned (trial 43: "nothing logged" read as a session
            // missed).
            what = "nothing planned";
        }
        out += line(lead, what);
    }
    return out;
}

// Pain older than this many days says nothing about today's session: the footer quotes only
// pain recorded in the 7 days up to the page's day (the same week reassessment_text asks for).
constexpr int recent_pain_days = reassess_after_days;

// A pain rating, the day it is of, where it was recorded ("during the session of 2026-10-05")
// and, for a logged session, the plan it was logged under (", logged under eccentric-strength").
struct PainNow {
    int pain = 0;
    Date day;
    std::string where;
    std::string plan;
};

// "logged under eccentric-strength", "logged under no plan".
std::string logged_under(const LogEntry& entry) {
    return entry.philosophy.empty() ? std::string{"logged under no plan"}
                                    : "logged under " + entry.philosophy;
}

// The two readings of a logged session as known on `day`: the pain during it, and the next day's
// once the session's own day has passed; each nullopt when not recorded (or not known yet).
struct SessionReadings {
    std::optional<PainNow> during;
    std::optional<PainNow> next_day;
};

SessionReadings readings_of(const LogEntry& entry, Date day) {
    SessionReadings readings;
    if (entry.pain_during) {
        readings.during =
            PainNow{*entry.pain_during, entry.date, "during the session of " + entry.date.iso(),
                    ", " + logged_under(entry)};
    }
    if (day > entry.date && entry.pain_next_day) {
        readings.next_day =
            PainNow{*entry.pain_next_day, entry.date + 1,
                    "the day after the session of " + entry.date.iso(), ", " + logged_under(entry)};
    }
    return readings;
}

// What a logged session hurt as known on `day`: the worse of its two readings (worst_pain(), the
// measure the plans step back on: the protocols' pain rule, stretch-ice's). nullopt when neither
// is recorded.
std::optional<PainNow> session_pain(const LogEntry& entry, Date day) {
    auto [during, next_day] = readings_of(entry, day);
    return next_day && (!during || next_day->pain > during->pain) ? next_day : during;
}

// What a logged session's pain is on `day`, the latest reading of it: the next day's once that
// day has passed and it is recorded, else the pain during it (trial 43: 5/10 during, 0/10 the
// next day is 0/10 now, not "already above"). nullopt when neither is recorded.
std::optional<PainNow> latest_reading(const LogEntry& entry, Date day) {
    auto [during, next_day] = readings_of(entry, day);
    return next_day ? next_day : during;
}

// The latest pain the record holds in the recent_pain_days up to `day`: a logged session's
// latest reading (latest_reading()), or an assessment's during exercise (from `course`, the
// athlete's chronology). nullopt if none.
std::optional<PainNow> pain_now(const Athlete& athlete, const Chronology& course, Date day) {
    std::optional<PainNow> found;
    Date when;
    const Date oldest = day - (recent_pain_days - 1);
    // One day's assessments merged, the worst pain winning, whatever their order in the file.
    for (const Assessment& assessment : assessments_until(course, day)) {
        if (assessment.date < oldest) {
            continue;
        }
        if (assessment.pain_exercise && (!found || assessment.date >= when)) {
            found = PainNow{*assessment.pain_exercise, assessment.date,
                            "during exercise at the assessment of " + assessment.date.iso()};
            when = assessment.date;
        }
    }
    for (const LogEntry* entry : log_until(athlete, day)) {
        const auto pain = entry->date >= oldest ? latest_reading(*entry, day) : std::nullopt;
        if (pain && (!found || entry->date >= when)) {
            found = pain;
            when = entry->date;
        }
    }
    return found;
}

// The latest logged session in the recent_pain_days up to `day` that went above `ceiling`
// (session_pain()), or nullopt: a plan steps back after it even when a later report is lower.
std::optional<PainNow> latest_above(const Athlete& athlete, Date day, int ceiling) {
    std::optional<PainNow> found;
    const Date oldest = day - (recent_pain_days - 1);
    for (const LogEntry* entry : log_until(athlete, day)) {
        const auto pain = entry->date >= oldest ? session_pain(*entry, day) : std::nullopt;
        if (pain && pain->pain > ceiling) {
            found = pain;
        }
    }
    return found;
}

// The pain limit: already above it, or above it after a session since followed by lower pain
// (said on every page that gets this far, with or without a session: the plan's dose may answer
// it), then when to stop, on every page that shows a session to do, pain already above the limit
// or not: a session it shows may still be done, and the limit holds during it.
std::string footer(const TodayInput& input, const Chronology& course, bool advice,
                   bool shows_session) {
    const int ceiling = input.info.pain_ceiling;
    const std::string limit = "this plan's limit of " + std::to_string(ceiling) + "/10";
    const std::string what_to_do = advice ? "See the advice at the top before you train again."
                                          : "Do not train through it: keep to the plan above, "
                                            "which allows for it, and tell your clinician.";
    const auto now = pain_now(input.athlete, course, input.day);
    std::string out;
    if (now && now->pain > ceiling && now->day >= input.day) {
        out = line("", "Your pain is already above " + limit + " (" + std::to_string(now->pain)
                           + "/10 " + now->where + now->plan + "). " + what_to_do);
    } else if (now && now->pain > ceiling) {
        // A reading of an earlier day is dated, not said to be today's pain: the plan may load
        // today, stepped back, and the page must not say both (trial 45).
        const std::string ceiling_text = std::to_string(ceiling) + "/10";
        out = line("", "Your last pain reading, " + std::to_string(now->pain) + "/10 on "
                           + now->day.iso() + " (" + now->where + now->plan + "), was above "
                           + limit + ". Rate your pain before you train: if it is still above "
                           + ceiling_text + ", do not train today and tell your clinician."
                           + (advice ? " " + what_to_do : std::string{}));
    } else if (const auto above = latest_above(input.athlete, input.day, ceiling)) {
        out = line("", "Your pain went above " + limit + " (" + std::to_string(above->pain) + "/10 "
                           + above->where + above->plan + "); since then "
                           + std::to_string(now->pain) + "/10 " + now->where + ". "
                           + (advice ? what_to_do
                                     : "Keep to the plan above, which allows for it, and tell "
                                       "your clinician."));
    }
    if (!shows_session) {
        return out;
    }
    return out + "Stop and tell your clinician if pain goes above " + std::to_string(ceiling)
           + "/10.\n";
}

// The next session in the week after `day`; `shown` says whether the text holds one.
// The session the page shows under a clinician's advice at its top is for after that visit, and
// says so where it is named, so that the page gives one instruction: see a clinician, then train.
// "once a clinician has seen you, " or "".
std::string after_advice(bool advice) {
    return advice ? "once a clinician has seen you, " : "";
}

// Whether an item loads or trains the hamstring (strength, running, sprints, drills, stretching,
// other training), as opposed to care that calms it (massage, ice, heat, support, easy walking,
// rest). Stretching is the work of the stretching philosophy, so it trains.
bool trains(const Item& item) {
    switch (item.category) {
        case Category::manual_therapy:
        case Category::foam_roll:
        case Category::cryotherapy:
        case Category::heat:
        case Category::support:
        case Category::rest:
        case Category::warmup_dynamic:
            return false;
        default:
            return true;
    }
}

// The heading of a session the page names. A day of rest with care beside it (ice, compression):
// "a day of rest (phase: back to usual running)"; a day of care alone, with no training in it:
// "an easy day: no running after the painful session (phase: easy accelerations and drills)";
// neither needs a clinician first, and the phase stays in brackets so that it never reads as the
// day's work (trial 48 read "easy accelerations and drills" over massage and walking). Else
// after_advice() and the session's phase and focus.
std::string heading_of(const Session& session, bool advice) {
    const std::string phase = " (phase: " + printable(session.phase) + ")";
    if (!session.items.empty() && session.items.front().category == Category::rest) {
        return "a day of rest" + phase;
    }
    if (!session.items.empty()
        && std::none_of(session.items.begin(), session.items.end(), trains)) {
        return "an easy day: " + printable(session.focus) + phase;
    }
    return after_advice(advice) + session_heading(session);
}

std::string next_session_text(const Plan& plan, Date day, const PhilosophyInfo& info,
                              const Holds& holds, bool advice, bool& shown) {
    shown = false;
    const Session* next = next_training_after(plan, day);
    for (Date date = day + 1; date <= (next == nullptr ? day + 6 : next->date); date += 1) {
        if (const auto reason = holds.on(date)) {
            return "\n" + line("", "No session from " + long_date(date) + ": " + *reason + ".");
        }
    }
    if (next == nullptr) {
        return "\nNo session is planned in the week ahead.\n";
    }
    shown = true;
    return "\n"
           + line("", "Next session, " + long_date(next->date) + ": " + heading_of(*next, advice))
           + items_text(*next, info);
}

// "Last assessed on ..., N days ago: ..." when the latest assessment on or before `day` is more
// than reassess_after_days old, or there is none.
std::string reassessment_text(const Athlete& athlete, Date day) {
    std::optional<Date> last;
    for (const auto& assessment : athlete.assessments) {
        if (assessment.date <= day && (!last || assessment.date > *last)) {
            last = assessment.date;
        }
    }
    if (last && day - *last <= reassess_after_days) {
        return {};
    }
    const std::string when =
        last ? "Last assessed on " + last->iso() + ", " + counted(day - *last, "day") + " ago"
             : "Not assessed yet";
    return line("", when
                        + ": this plan follows the projected course of recovery, an estimate. "
                          "Have pain, ASLR and strength reassessed before you train on.");
}

// Logged sessions dated after the plan's as_of, up to the page's day, were not used to plan it
// (the record's as_of fixes the day planned from, coach::resolve_as_of()): the page says how
// many, as the plan's rationale does. "Planned from the record as of 2026-10-05: 1 session
// logged after that day was not used."
std::string unused_log_text(const Plan& plan, const Athlete& athlete, Date day) {
    int unused = 0;
    for (const LogEntry* entry : log_until(athlete, day)) {
        unused += entry->date > plan.as_of ? 1 : 0;
    }
    if (unused == 0) {
        return {};
    }
    return line("", "Planned from the record as of " + plan.as_of.iso() + ": "
                        + std::to_string(unused) + (unused == 1 ? " session" : " sessions")
                        + " logged after that day " + (unused == 1 ? "was" : "were")
                        + " not used.");
}

// "Return to sport from 2026-11-20: criteria met, clinician sign-off required." when the plan's
// return to sport, measured, falls on or before the last day of the page's week: the page that
// moves the athlete into that phase says what `coach plan` says of it, so that a session of
// usual running never reads as clearance. A projected one holds the sessions instead
// (safety::reassessment_hold()), which the page says on that day, and, on a page whose week holds
// that day, ahead of it (trial 43: the week showed "no session until reassessed" on that day with
// no word of a return or a sign-off).
std::string return_to_sport_text(const Plan& plan, Date day) {
    const auto sport = plan.milestones.return_to_sport;
    if (!sport || *sport > day + 6) {
        return {};
    }
    if (plan.milestones.is_projected(MilestoneKind::return_to_sport)) {
        return *sport > day ? line("", "Return to sport ~" + sport->iso()
                                           + " is an estimate on the projected course of "
                                             "recovery: no session from that day until a "
                                             "clinician has assessed you and signed off.")
                            : std::string{};
    }
    return line("", "Return to sport " + std::string{*sport > day ? "from " : "since "}
                        + sport->iso() + ": " + std::string{return_to_sport_wording} + ".");
}

std::string today_lines(const TodayInput& input) {
    const Plan& plan = input.plan;
    const Date day = input.day;
    std::string out = long_date(day) + ", " + printable(plan.philosophy.id) + "\n";
    if (plan.status == PlanStatus::not_applicable) {
        return out + line("", "Not applicable: " + printable(plan.reason) + ".")
               + "No session from this philosophy.\n";
    }
    auto referrals = shown_referrals(plan, input.plan_on_day, input.athlete, day);
    // A red flag the record holds after the page's week: the referral `coach plan --as-of` carries
    // with its longer horizon, which the page's plan, made through the week only, does not.
    const auto later = safety::later_red_flag(input.athlete, day + 6);
    if (later
        && std::find(referrals.begin(), referrals.end(), later->referral) == referrals.end()) {
        referrals.push_back(later->referral);
    }
    out += referrals_text(referrals);
    if (plan.status == PlanStatus::referral) {
        return out + "No session: this plan is withheld until a clinician has assessed you.\n";
    }
    if (later) {
        return out + "No session: the record holds the red flag above, after this page's week; do "
                     "not train, even before its day, until a clinician has assessed you.\n";
    }
    // Never STOP then a session: a stop of the plan made on the day withholds the page too.
    if ((input.plan_on_day != nullptr && input.plan_on_day->status == PlanStatus::referral)
        || std::any_of(referrals.begin(), referrals.end(),
                       [](const Referral& r) { return r.level == ReferralLevel::stop; })) {
        return out + "No session: this plan is withheld until a clinician has assessed you.\n";
    }
    // The engine's hold (safety::reassessment_hold()), said again to explain a day without a
    // session: the plan no longer holds what would say why.
    const Holds holds{plan, input.athlete};
    const auto held = holds.on(day);
    if (!held) {
        out += reassessment_text(input.athlete, day);
    }
    out += unused_log_text(plan, input.athlete, day);
    out += return_to_sport_text(plan, day);
    const bool advice = std::any_of(referrals.begin(), referrals.end(), [](const Referral& r) {
        return r.level == ReferralLevel::advise;
    });
    const auto logged = logged_on_day(input.athlete, day);
    const Session* today = session_on(plan, day);
    bool shows_session = false;
    if (!logged.empty()) {
        for (const LogEntry* entry : logged) {
            out += line("", "Logged today: " + logged_text(*entry, input.info, day));
        }
        for (const auto& answer : answers_to(plan, day)) {
            out += line("", "What follows: " + printable(answer));
        }
        out += held ? line("", "\nNo further session: " + *held + ".")
                    : next_session_text(plan, day, input.info, holds, advice, shows_session);
    } else if (held) {
        out += line("", "No session today: " + *held + ".");
    } else if (today != nullptr && !today->is_rest_day()) {
        shows_session = true;
        out += line("", "Today, " + heading_of(*today, advice)) + "\n"
               + items_text(*today, input.info);
    } else {
        out += today != nullptr ? line("", rest_day_text(printable(today->items.front().cue)))
                                : "Rest day: nothing is planned today.\n";
        out += next_session_text(plan, day, input.info, holds, advice, shows_session);
    }
    out += week_text(plan, input.athlete, day, holds);
    const std::string limit = footer(input, holds.course(), advice, shows_session);
    return out + (limit.empty() ? "" : "\n" + limit);
}

}  // namespace

Athlete known_on(const Athlete& athlete, Date day) {
    Athlete known = athlete;
    std::erase_if(known.log, [day](const LogEntry& entry) { return entry.date > day; });
    for (auto& entry : known.log) {
        if (entry.date >= day) {
            entry.pain_next_day.reset();
        }
    }
    return known;
}

std::string today_text(const TodayInput& input) {
    const Athlete known = known_on(input.athlete, input.day);
    return fit_lines(today_lines({.plan = input.plan,
                                  .athlete = known,
                                  .day = input.day,
                                  .info = input.info,
                                  .width = input.width,
                                  .plan_on_day = input.plan_on_day}),
                     input.width);
}

}  // namespace coach::report
