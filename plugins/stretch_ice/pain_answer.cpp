#include "pain_answer.hpp"

#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "coach/sdk/counted.hpp"
#include "coach/sdk/own_sessions.hpp"
#include "cross_training.hpp"
#include "easy_running.hpp"
#include "sharp_pain.hpp"
#include "strengthening.hpp"

namespace coach::stretch_ice {

namespace {

bool logged(const LogEntry& entry, Category category) {
    return std::any_of(entry.items.begin(), entry.items.end(), [category](const LoggedItem& item) {
        const auto* exercise = find_exercise(item.exercise);
        return exercise != nullptr && exercise->category == category;
    });
}

// Pain during the session or the next day (worst_pain(), coach/sdk/history.hpp): soreness the
// day after a session that went too far is pain from it too.
int pain_of(const LogEntry& entry) {
    return worst_pain(entry).value_or(0);
}

bool within_mild_discomfort(const LogEntry& entry) {
    return entry.completed && pain_of(entry) <= mild_discomfort_at_most;
}

// The longest item of one of `categories` a session held, in minutes; 0 when none has a length.
int longest_in(const LogEntry& entry, std::initializer_list<Category> categories) {
    int longest = 0;
    for (const auto& item : entry.items) {
        const auto* exercise = find_exercise(item.exercise);
        if (exercise != nullptr
            && std::find(categories.begin(), categories.end(), exercise->category)
                   != categories.end()) {
            longest = std::max(longest, item.duration_min.value_or(0));
        }
    }
    return longest;
}

// The lifts of this plan a session held, as logged (another plan's lifts are not planned here).
std::vector<LoggedItem> lifts_in(const LogEntry& entry) {
    std::vector<LoggedItem> lifts;
    std::copy_if(entry.items.begin(), entry.items.end(), std::back_inserter(lifts),
                 [](const LoggedItem& item) { return is_lift_of_this_plan(item.exercise); });
    return lifts;
}

// The training a session held (not its ice, support or rest), catalog ids in log order.
std::vector<std::string> training_in(const LogEntry& entry) {
    std::vector<std::string> found;
    for (const auto& item : entry.items) {
        const auto* exercise = find_exercise(item.exercise);
        const Category category = exercise != nullptr ? exercise->category : Category::rest;
        if (category != Category::rest && category != Category::cryotherapy
            && category != Category::support && category != Category::assessment
            && std::find(found.begin(), found.end(), item.exercise) == found.end()) {
            found.push_back(item.exercise);
        }
    }
    return found;
}

// Whether the session loaded the hamstring: an item other than rest, ice, support, an
// assessment, massage or foam rolling.
bool loaded(const LogEntry& entry) {
    return std::any_of(entry.items.begin(), entry.items.end(), [](const LoggedItem& item) {
        const auto* exercise = find_exercise(item.exercise);
        if (exercise == nullptr) {
            return false;
        }
        switch (exercise->category) {
            case Category::rest:
            case Category::cryotherapy:
            case Category::support:
            case Category::assessment:
            case Category::manual_therapy:
            case Category::foam_roll:
                return false;
            default:
                return true;
        }
    });
}

// Whether an assessment was recorded after `day`, up to the plan's first day: the reassessment
// a stopped exercise waits for.
bool reassessed_after(const Case& input, Date day) {
    const Assessment* latest = latest_assessment(input.chronology, input.as_of);
    return latest != nullptr && latest->date > day;
}

// `parts` joined by ", ", the last by `last` (" and " for names; ", and " for parts that may
// hold "and" themselves).
std::string joined(const std::vector<std::string>& parts, std::string_view last) {
    std::string text;
    for (std::size_t index = 0; index < parts.size(); ++index) {
        text += index == 0 ? std::string_view{} : index + 1 == parts.size() ? last : ", ";
        text += parts[index];
    }
    return text;
}

std::string names_of(const std::vector<std::string>& exercises) {
    std::vector<std::string> names;
    for (const auto& id : exercises) {
        const auto* exercise = find_exercise(id);
        names.push_back(exercise != nullptr ? std::string{exercise->name} : id);
    }
    return joined(names, " and ");
}

// What waits for a session of this plan within mild discomfort, and why.
std::string what_waits(const PainAnswer& answer) {
    std::vector<std::string> held;
    if (answer.waits_from) {
        held.emplace_back(answer.waits_from == Stage::easy_running ? "easy and usual running wait"
                                                                   : "usual running waits");
    }
    if (answer.runs_at_most && !answer.no_jog_short_enough()) {
        held.push_back("no run is longer than the " + std::to_string(*answer.runs_at_most)
                       + "-minute run of " + answer.session.tolerated_run_day.iso()
                       + " (the last logged within mild discomfort before the session)");
    }
    if (!answer.session.lifts.empty() && answer.stopped.empty()) {
        std::vector<std::string> lifts;
        for (const auto& lift : answer.session.lifts) {
            lifts.push_back(lift.exercise);
        }
        held.push_back("the lifts it held (" + names_of(lifts)
                       + ") are planned one step lighter than logged, if at all (one load "
                         "lower; at the lightest load, one set fewer)");
    }
    if (answer.cross_training_at_most == 0) {
        held.push_back("no aqua jog or cycle is planned (the session's cross-training, of "
                       + std::to_string(answer.session.cross_training_minutes)
                       + " minutes, has no shorter dose)");
    } else if (answer.cross_training_at_most) {
        held.push_back("no aqua jog or cycle is longer than "
                       + std::to_string(*answer.cross_training_at_most) + " minutes ("
                       + (answer.session.cross_training_minutes > 0
                              ? std::to_string(cross_training_step_min)
                                    + " minutes shorter than the session's cross-training"
                          : answer.session.run_minutes > 0 ? "the run that hurt"
                                                           : "the dose of the session's day")
                       + ")");
    }
    const std::string why =
        "a load is raised only once the one below it is tolerated (pain-monitoring model, "
        "Silbernagel et al. 2007, Am J Sports Med).";
    if (held.empty()) {
        return answer.runs_shorter_than || answer.light_jogs_only
                   ? " The runs stay shorter because " + why
                   : "";
    }
    return " Until a session of this plan is logged within mild discomfort, "
           + joined(held, ", and ") + ": " + why
           + " The plan is made again from the log, and moves on once such a session is logged.";
}

Stage stage_of_session(const LogEntry& entry, Date injury, const RecoveryTimeline& timeline) {
    const Stage by_date = stage_on(entry.date - injury, timeline);
    if (logged(entry, Category::running) || logged(entry, Category::sprint)) {
        return std::max(by_date, Stage::easy_running);
    }
    return std::min(by_date, Stage::healing);
}

// What an earlier painful session still unanswered adds to the answer to a later one: its run,
// lifts and cross-training are not planned again at their dose either (trial 55: a 10-minute
// jog at 6/10, then a session without a run at 6/10, and the 10-minute jog came back; the lifts
// of an earlier session at 6/10 came back at their dose once a later one held none). The
// pain-monitoring model raises a load only once the one below it is tolerated (Silbernagel et
// al. 2007, Am J Sports Med 35(6):897-906).
void carry_unanswered(PainfulSession& now, const PainfulSession& before) {
    const int run_before =
        before.ran && before.run_minutes > 0 ? before.run_minutes : before.earlier_run_minutes;
    if (run_before > 0) {
        if (now.ran && now.run_minutes > 0) {
            now.run_minutes = std::min(now.run_minutes, run_before);
        } else if (!now.ran) {
            now.earlier_run_minutes = run_before;
        }
    }
    if (before.cross_training_minutes > 0) {
        now.cross_training_minutes = now.cross_training_minutes > 0 ? std::min(
                                         now.cross_training_minutes, before.cross_training_minutes)
                                                                    : before.cross_training_minutes;
    }
    for (const LoggedItem& lift : before.lifts) {
        const bool held_now =
            std::any_of(now.lifts.begin(), now.lifts.end(),
                        [&lift](const LoggedItem& item) { return item.exercise == lift.exercise; });
        if (!held_now) {
            now.lifts.push_back(lift);
        }
    }
}

}  // namespace

std::optional<PainAnswer> answer_to_pain(const Case& input, const RecoveryTimeline& timeline) {
    const Date injury = input.athlete.injury.date;
    std::optional<PainfulSession> painful;
    int tolerated_run_minutes = 0;  // the last run of a known length logged within the ceiling
    Date tolerated_run_day;
    for (const LogEntry& entry : rehabilitation_until(input.chronology, input.as_of)) {
        const int pain = pain_of(entry);
        const bool ran = logged(entry, Category::running) || logged(entry, Category::sprint);
        const bool stopped_run = ran && !entry.completed;
        if (pain > mild_discomfort_at_most || stopped_run) {
            const std::optional<PainfulSession> before = painful;
            painful = PainfulSession{
                entry.date,
                pain,
                pain >= sharp_pain_on_movement,
                ran,
                stage_of_session(entry, injury, timeline),
                entry.pain_during.value_or(0) < pain,
                entry.pain_next_day.value_or(0) > mild_discomfort_at_most,
                training_in(entry),
                longest_in(entry, {Category::running, Category::sprint}),
                longest_in(entry, {Category::cross_training}),
                pain <= mild_discomfort_at_most,
                pain > mild_discomfort_at_most ? lifts_in(entry) : std::vector<LoggedItem>{},
                tolerated_run_minutes,
                tolerated_run_day};
            if (before) {
                carry_unanswered(*painful, *before);
            }
            continue;
        }
        if (const int minutes = longest_in(entry, {Category::running});
            minutes > 0 && within_mild_discomfort(entry)) {
            tolerated_run_minutes = minutes;
            tolerated_run_day = entry.date;
        }
        // A session of ice and massage alone shows no load tolerated (trial 56).
        if (painful && within_mild_discomfort(entry) && is_own_session(entry, philosophy_id)
            && loaded(entry)) {
            // A session of this plan done within mild discomfort since: answered. Another plan's
            // session followed that plan's criteria, and does not answer it.
            painful.reset();
        }
    }
    if (!painful) {
        return std::nullopt;
    }
    PainAnswer answer{.session = *painful};
    answer.rest_days = painful->sharp ? timeline.rest_days : 0;
    answer.back_day = painful->date + (answer.rest_days + 1);
    // Pain above mild discomfort the day after the session, not sharp, is that day's pain: the
    // day is rested, not cross-trained, as the approach does not train through pain (trial 46:
    // 40 minutes of aqua jogging on a day whose pain was 6/10). Sharp pain rests days already.
    // Whichever reading was the worse (trial 47: 5/10 during and 5/10 the next day got 25
    // minutes of aqua jogging on the day recorded at 5/10).
    answer.rests_the_pain_of_the_day_after = painful->sore_next_day && !painful->sharp;
    answer.back_to =
        painful->stage >= Stage::easy_running && !answer.rests_the_pain_of_the_day_after
            ? Stage::healing
            : Stage::rest;
    answer.runs_restart = answer.back_day + 1;
    answer.check_after_rest = painful->sharp;
    if (painful->ran && painful->run_minutes > 0) {
        answer.runs_shorter_than = painful->run_minutes;
    }
    // Sprints, or runs logged without a length: no length to stay below, so the light jogs.
    answer.light_jogs_only = painful->ran && painful->run_minutes == 0;
    const int session_day = painful->date - injury;
    if (painful->cross_training_minutes > 0) {
        answer.cross_training_at_most =
            std::max(painful->cross_training_minutes - cross_training_step_min, 0);
    } else if (painful->run_minutes > 0) {
        answer.cross_training_at_most = painful->run_minutes;
    } else if (painful->stage <= Stage::healing) {
        answer.cross_training_at_most =
            cross_training(std::max(session_day - timeline.rest_days, 0)).duration_min;
    }
    if (!painful->ran && painful->tolerated_run_minutes > 0) {
        answer.runs_at_most = painful->tolerated_run_minutes;
    }
    if (!painful->ran && painful->earlier_run_minutes > 0) {
        answer.runs_shorter_than = painful->earlier_run_minutes;
    }
    if (timeline.return_to_run_day > session_day || answer.no_jog_short_enough()) {
        answer.waits_from = Stage::easy_running;
    } else if (timeline.return_to_sport_day > session_day
               || painful->stage == Stage::usual_running) {
        // A run that hurt in usual running goes a stage back, to easy running, and usual running
        // (with its return to sport) waits like a stage not reached (trial 52: return to sport
        // was dated three days after a painful 40-minute run, on a day of a 15-minute jog).
        answer.waits_from = Stage::usual_running;
    }
    answer.consult = painful->stage <= Stage::healing;
    if (answer.consult && !reassessed_after(input, painful->date)) {
        answer.stopped = painful->exercises;
    }
    return answer;
}

int RunThatHurt::longest_run() const {
    const int first_jog = run_after_strain(0).duration_min.value_or(0);
    const int shorter = std::max(minutes - run_step_min, first_jog);
    return tolerated_minutes >= shorter ? minutes : shorter;
}

bool RunThatHurt::none_shorter() const {
    return minutes - run_step_min < run_after_strain(0).duration_min.value_or(0);
}

std::string describe(const RunThatHurt& hurt) {
    const std::string length = std::to_string(hurt.minutes) + " minutes";
    std::string text = "The " + std::to_string(hurt.minutes) + "-minute run of " + hurt.on.iso()
                       + (hurt.stopped ? " was stopped before its end" : " hurt") + ": ";
    if (hurt.tries_again()) {
        text += "runs are tried again at " + length + ", and go no longer";
    } else {
        text += "runs go no longer than " + std::to_string(hurt.longest_run())
                + " minutes until one that long is logged within mild discomfort, then no "
                  "longer than " + length;
    }
    return text + " until a run of " + length
           + " is logged within mild discomfort, whatever else is: only a run shows a run "
             "tolerated, and a load is raised only once the one below it is (pain-monitoring "
             "model, Silbernagel et al. 2007, Am J Sports Med).";
}

std::optional<RunThatHurt> run_that_hurt(const Case& input) {
    RunThatHurt hurt;
    for (const LogEntry& entry : rehabilitation_until(input.chronology, input.as_of)) {
        const int minutes = longest_in(entry, {Category::running});
        if (minutes == 0) {
            continue;
        }
        if (!within_mild_discomfort(entry)) {
            hurt.runs.push_back({entry.date, minutes, pain_of(entry) <= mild_discomfort_at_most});
            hurt.tolerated_minutes = 0;  // a run tolerated before this pain shows nothing now
        } else if (!hurt.runs.empty()) {
            hurt.tolerated_minutes = std::max(hurt.tolerated_minutes, minutes);
            std::erase_if(hurt.runs, [&](const RunThatHurt::Run& run) {
                return run.minutes <= hurt.tolerated_minutes;
            });
        }
    }
    if (hurt.runs.empty()) {
        return std::nullopt;
    }
    const auto shortest = std::min_element(
        hurt.runs.rbegin(), hurt.runs.rend(),
        [](const RunThatHurt::Run& a, const RunThatHurt::Run& b) { return a.minutes < b.minutes; });
    hurt.on = shortest->on;
    hurt.minutes = shortest->minutes;
    hurt.stopped = shortest->stopped;
    return hurt;
}

std::optional<int> PainAnswer::longest_run() const {
    std::optional<int> longest = runs_at_most;
    if (runs_shorter_than) {
        longest = std::min(longest.value_or(*runs_shorter_than), *runs_shorter_than - 1);
    }
    return longest;
}

bool PainAnswer::no_jog_short_enough() const {
    const std::optional<int> longest = longest_run();
    return longest && *longest < run_after_strain(0).duration_min.value_or(0);
}

std::optional<Item> lighter_than(const PainAnswer& answer, Item planned) {
    const auto& lifts = answer.session.lifts;
    const auto logged = std::find_if(lifts.begin(), lifts.end(), [&](const LoggedItem& lift) {
        return lift.exercise == planned.exercise;
    });
    if (logged == lifts.end()) {
        return planned;
    }
    const Load lightest = planned.load.value_or(Load::bodyweight) == Load::bodyweight
                              ? Load::bodyweight
                              : Load::light;
    const Load load = logged->load.value_or(planned.load.value_or(lightest));
    if (load > lightest) {
        const Load one_lower = static_cast<Load>(static_cast<int>(load) - 1);
        planned.load = std::min(planned.load.value_or(one_lower), one_lower);
        return planned;
    }
    const int sets = logged->sets.value_or(planned.sets.value_or(1));
    if (sets <= 1) {
        return std::nullopt;
    }
    planned.sets = std::min(planned.sets.value_or(sets), sets - 1);
    planned.load = std::min(planned.load.value_or(load), load);
    return planned;
}

bool is_stopped(const PainAnswer& answer, std::string_view exercise) {
    return std::find(answer.stopped.begin(), answer.stopped.end(), exercise)
           != answer.stopped.end();
}

RecoveryTimeline after_answer(const RecoveryTimeline& timeline, const PainAnswer& answer,
                              Date injury, int held_day) {
    RecoveryTimeline moved = timeline;
    const int session_day = answer.session.date - injury;
    if (moved.rest_days > session_day) {
        moved.rest_days += answer.days_lost();
    }
    const auto hold = [&](int& start) {
        start = std::max({start + answer.days_lost(), held_day, moved.rest_days});
    };
    if (answer.waits_from == Stage::easy_running) {
        hold(moved.return_to_run_day);
    }
    if (answer.waits_from) {
        hold(moved.return_to_sport_day);
    }
    return moved;
}

std::string describe(const PainAnswer& answer) {
    const PainfulSession& session = answer.session;
    std::string text =
        session.stopped
            ? "The session of " + session.date.iso() + " held a run and was stopped before its "
                  "end, at " + std::to_string(session.pain)
                  + "/10 at most: this approach stops a run when the pain sharpens, so it is "
                    "answered as a run that hurt. "
            : "The session of " + session.date.iso() + " went to " + std::to_string(session.pain)
                  + "/10" + (session.next_day ? " the next day" : "")
                  + ", above the mild discomfort (3/10) this approach allows: ";
    if (session.sharp) {
        text += "sharp pain, so no exercise at all for " + counted(answer.rest_days, "day")
                + " of complete rest with ice and compression, then a check: if the pain "
                  "has not improved, see a doctor. ";
    }
    const std::string runs_again =
        answer.waits_from == Stage::easy_running
            ? "no run is planned until a session of this plan is logged within mild discomfort"
                  // A run that hurt (this session's or an earlier one's) set the bound.
                  + (answer.no_jog_short_enough() && answer.runs_shorter_than
                         ? ": the plan's shortest jog is not shorter than the "
                               + std::to_string(*answer.runs_shorter_than) + "-minute run that hurt."
                         : std::string{"."})
            : "the runs start again slowly, from the shortest jog, on " + answer.runs_restart.iso()
                  + (answer.runs_shorter_than
                         ? ", none as long as the " + std::to_string(*answer.runs_shorter_than)
                               + "-minute run that hurt until a session of this plan is logged "
                                 "within mild discomfort."
                     : answer.light_jogs_only
                         ? ", and they stay light jogs (the running that hurt has no length to "
                           "stay below) until a session of this plan is logged within mild "
                           "discomfort."
                         : ".");
    if (answer.back_to == Stage::healing) {
        text += "No running on " + answer.back_day.iso()
                + " (while in pain, no high-impact exercise: stretch and strengthen instead), "
                  "and "
                + runs_again;
    } else if (answer.rests_the_pain_of_the_day_after) {
        text += "Rest on " + answer.back_day.iso()
                + ": that day's pain is above what this approach allows, and it does not train "
                  "through pain"
                + (answer.consult ? "; stop any exercise that hurt: ask a doctor or physio about "
                                    "it"
                                  : "")
                + (session.ran ? "; " + runs_again : ".");
    } else {
        text += "Rest on " + answer.back_day.iso()
                + ", and stop any exercise that hurt: ask a doctor or physio about it.";
    }
    if (!answer.stopped.empty()) {
        text += " What hurt (" + names_of(answer.stopped)
                + ") stays out of every session until a doctor or physio has reassessed it (an "
                  "assessment recorded after "
                + session.date.iso()
                + ") or a session of this plan is logged within mild discomfort.";
    }
    return text + what_waits(answer);
}

}  // namespace coach::stretch_ice
