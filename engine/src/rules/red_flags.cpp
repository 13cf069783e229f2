// The safety gate's red flags and advice (safety_gate.hpp), read from the record's chronology.
#include <algorithm>
#include <array>
#include <span>
#include <string_view>
#include <utility>

#include "coach/chronology.hpp"
#include "coach/planning_case.hpp"
#include "coach/safety_gate.hpp"
#include "coach/sdk/counted.hpp"

namespace coach::safety {

namespace {

std::string on(const Assessment& assessment) {
    return " (assessment of " + assessment.date.iso() + ")";
}

constexpr std::size_t red_flag_count = enum_names<RedFlag>::table.size();

// Red flags that need the same thing, reported together.
struct FlagGroup {
    std::span<const RedFlag> flags;
    std::string_view needs;
};
constexpr RedFlag nerve_flags[] = {RedFlag::numbness, RedFlag::tingling};
constexpr RedFlag weight_flags[] = {RedFlag::unable_to_bear_weight};
constexpr RedFlag gap_flags[] = {RedFlag::palpable_gap};
// The nerve flags are also read from words of cauda equina compression (bladder or bowel control
// lost, saddle sensation altered, both legs weak), which the record has no field for: their
// advice names that emergency, which needs care the same day (Finucane et al. 2020, J Orthop
// Sports Phys Ther 50(7):350-372, the IFOMPT framework for spinal red flags).
constexpr std::array<FlagGroup, 3> flag_groups = {{
    {nerve_flags,
     "nerve involvement must be ruled out by a clinician; the same day if bladder, bowel or "
     "saddle sensation has changed or both legs are weak"},
    {weight_flags, "needs a medical assessment first"},
    {gap_flags, "possible complete tear, needs imaging and a medical assessment"},
}};

// "numbness and tingling", "unable to bear weight", "a palpable gap at the injury site".
std::string named(const std::vector<RedFlag>& flags) {
    std::string text;
    for (std::size_t i = 0; i < flags.size(); ++i) {
        text += i == 0 ? "" : (i + 1 == flags.size() ? " and " : ", ");
        switch (flags[i]) {
            case RedFlag::numbness:
                text += "numbness";
                break;
            case RedFlag::tingling:
                text += "tingling";
                break;
            case RedFlag::unable_to_bear_weight:
                text += "unable to bear weight";
                break;
            case RedFlag::palpable_gap:
                text += "a palpable gap at the injury site";
                break;
        }
    }
    return text;
}

// Severe pain in or after the most recent logged session up to `day` that still speaks for the
// athlete, or "". A session speaks while it lies within the week before `day` (the reassessment
// window, report.hpp), and beyond it until an assessment after its day rates pain or records a
// clinician's review: a later session rated lower does not hide it.
std::string severe_session_pain(const Chronology& course, Date day) {
    const auto sessions = rehabilitation_until(course, day);
    // The latest assessment that speaks to the athlete's pain: it rates some pain or records a
    // clinician's review.
    const auto assessments = assessments_until(course, day);
    const auto assessed = std::find_if(assessments.rbegin(), assessments.rend(), [](const auto& a) {
        return a.pain_rest || a.pain_walking || a.pain_exercise || a.clinician_review;
    });
    const Date window_start = day - severe_session_window_days;
    for (auto session = sessions.rbegin(); session != sessions.rend(); ++session) {
        // After the session's day: the pain of the day after it is known then.
        const bool assessed_since =
            assessed != assessments.rend() && assessed->date > session->date;
        if (assessed_since && session->date < window_start) {
            break;  // older sessions are older still
        }
        std::string values;
        for (const auto& [when, value] : {std::pair{" during it", session->pain_during},
                                          std::pair{" the next day", session->pain_next_day}}) {
            if (value && *value >= severe_pain_nrs) {
                values += (values.empty() ? "" : ", ") + std::to_string(*value) + "/10" + when;
            }
        }
        if (!values.empty()) {
            return "severe pain with the session of " + session->date.iso() + ", " + values
                   + " (7/10 or more is severe): see a clinician before loading";
        }
    }
    return {};
}

// The red flags that no assessment up to `day` records, present or absent.
std::vector<RedFlag> never_screened(const Chronology& course, Date day) {
    std::vector<RedFlag> flags;
    const auto history = assessments_until(course, day);
    for (const auto& [flag, name] : enum_names<RedFlag>::table) {
        if (std::none_of(history.begin(), history.end(), [flag = flag](const Assessment& a) {
                return finding(a.symptoms, flag) != Finding::not_recorded;
            })) {
            flags.push_back(flag);
        }
    }
    return flags;
}

// The red flags of one group first recorded present after a plan's first day: on which day, and
// which of the group's flags that day records.
struct LaterFinding {
    Date day;
    std::vector<RedFlag> flags;
    const FlagGroup* group = nullptr;

    // "a palpable gap at the injury site recorded on 2026-10-25; possible complete tear, ..."
    std::string finding() const {
        return named(flags) + " recorded on " + day.iso() + "; " + std::string{group->needs};
    }
    // The stop referral of a plan whose horizon holds it.
    Referral referral() const {
        return {ReferralLevel::stop, named(flags) + " recorded on " + day.iso()
                                         + ", inside this plan's horizon: every plan withheld; "
                                         + std::string{group->needs}};
    }
};

// For each group of red flags, in flag_groups order, the first assessment of `course` dated after
// `after` and up to `until` that records one of them present; a group none records is left out.
// A clinician's review dated after `after` lifts nothing here: it is not known on `after`.
std::vector<LaterFinding> recorded_after(const Chronology& course, Date after, Date until) {
    std::vector<LaterFinding> found;
    for (const auto& group : flag_groups) {
        for (const auto& assessment : assessments_until(course, until)) {
            if (assessment.date <= after) {
                continue;
            }
            std::vector<RedFlag> flags;
            for (const auto flag : group.flags) {
                if (is_present(finding(assessment.symptoms, flag))) {
                    flags.push_back(flag);
                }
            }
            if (!flags.empty()) {
                found.push_back({assessment.date, std::move(flags), &group});
                break;
            }
        }
    }
    return found;
}

}  // namespace

std::vector<RaisedFlag> raised_flags(const Chronology& course, Date day) {
    std::array<std::optional<RaisedFlag>, red_flag_count> raised;
    for (const auto& assessment : assessments_until(course, day)) {
        if (const auto& review = assessment.clinician_review) {
            for (const auto flag : review->lifts) {
                auto& state = raised[static_cast<std::size_t>(flag)];
                if (state && state->last_recorded < assessment.date) {
                    state.reset();
                }
            }
        }
        for (const auto& [flag, name] : enum_names<RedFlag>::table) {
            if (is_present(finding(assessment.symptoms, flag))) {
                auto& state = raised[static_cast<std::size_t>(flag)];
                state = RaisedFlag{flag, state ? state->first_recorded : assessment.date,
                                   assessment.date};
            }
        }
    }
    std::vector<RaisedFlag> found;
    for (const auto& state : raised) {
        if (state) {
            found.push_back(*state);
        }
    }
    return found;
}

std::vector<Referral> stop_referrals(const Case& input, const Chronology& course) {
    std::vector<Referral> found;
    const auto& injury = input.athlete.injury;
    if (injury.grade >= 4) {
        found.push_back({ReferralLevel::stop,
                         "grade 4 (complete) tear: needs a surgical opinion "
                         "before any rehabilitation plan"});
    }
    if (injury.grade == 3 && injury.site == Site::c) {
        found.push_back({ReferralLevel::stop,
                         "grade 3 tear into the tendon (site c): needs "
                         "specialist management before a plan"});
    }
    const auto raised = raised_flags(course, input.as_of);
    for (const auto& group : flag_groups) {
        std::vector<RedFlag> flags;
        Date last;
        for (const auto& flag : raised) {
            if (std::find(group.flags.begin(), group.flags.end(), flag.flag) != group.flags.end()) {
                flags.push_back(flag.flag);
                last = flags.size() == 1 ? flag.last_recorded : std::max(last, flag.last_recorded);
            }
        }
        if (!flags.empty()) {
            found.push_back(
                {ReferralLevel::stop, named(flags) + " recorded on " + last.iso()
                                          + " and not lifted since by a clinician's review: "
                                          + std::string{group.needs}});
        }
    }
    for (const auto& later : recorded_after(course, input.as_of, input.last_day())) {
        const bool raised_already = std::any_of(raised.begin(), raised.end(), [&](const auto& f) {
            return std::find(later.group->flags.begin(), later.group->flags.end(), f.flag)
                   != later.group->flags.end();
        });
        if (!raised_already) {
            found.push_back(later.referral());
        }
    }
    return found;
}

std::vector<Referral> stop_referrals(const Case& input) {
    return stop_referrals(input, input.chronology);
}

std::optional<LaterRedFlag> later_red_flag(const Athlete& athlete, Date after) {
    Date last = after;
    for (const auto& assessment : athlete.assessments) {
        last = std::max(last, assessment.date);
    }
    if (last == after) {
        return std::nullopt;
    }
    const PlanningCase rest{
        athlete,
        Request{.as_of = after, .horizon_days = std::min(last - after + 1, max_horizon_days)}};
    const auto found = recorded_after(rest.chronology(), after, rest.input().last_day());
    const auto first = std::min_element(found.begin(), found.end(),
                                        [](const auto& a, const auto& b) { return a.day < b.day; });
    if (first == found.end()) {
        return std::nullopt;
    }
    return LaterRedFlag{first->day, first->referral(), first->finding()};
}

void end_before(Plan& plan, Date from) {
    std::erase_if(plan.sessions, [from](const Session& session) { return session.date >= from; });
    std::erase_if(plan.phases, [from](const Phase& phase) { return phase.start >= from; });
    for (auto& phase : plan.phases) {
        phase.end = std::min(phase.end, from - 1);
    }
    for (auto* milestone : {&plan.milestones.return_to_run, &plan.milestones.full_speed,
                            &plan.milestones.return_to_sport}) {
        if (*milestone && **milestone >= from) {
            milestone->reset();
        }
    }
}

namespace {

// The advice of advise_referrals() found in the record itself, in its order.
std::vector<Referral> findings_to_advise(const Case& input, const Chronology& course) {
    std::vector<Referral> found;
    const auto advise = [&found](std::string reason) {
        found.push_back({ReferralLevel::advise, std::move(reason)});
    };
    if (const auto unscreened = never_screened(course, input.as_of); !unscreened.empty()) {
        advise("red flags not screened: no assessment up to " + input.as_of.iso() + " records "
               + named(unscreened) + " (present or absent): screen them before loading");
    }
    if (auto session = severe_session_pain(course, input.as_of); !session.empty()) {
        advise(std::move(session));
    }
    const auto history = assessments_until(course, input.as_of);
    // Gait as last recorded up to as_of, once as_of is more than altered_gait_days after the
    // injury: altered (whenever recorded), or never recorded, advises; only a gait recorded even
    // does not. An assessment that does not mention it changes nothing. A gait nobody has looked
    // at is not an even one (gait_recorded_even(), coach/sdk/chronology.hpp; the high-speed rule
    // and sprint-manual read it the same way).
    const int days_since_injury = input.as_of - input.athlete.injury.date;
    const Assessment* gait = latest_gait_record(course, input.as_of);
    if (days_since_injury > altered_gait_days) {
        if (gait == nullptr) {
            advise("gait not recorded, " + counted(days_since_injury, "day")
                   + " after injury: record it (even or altered) before loading; a gait "
                     "still altered after day 7 needs a clinician");
        } else if (is_present(gait->symptoms.altered_gait)) {
            const int recorded_day = gait->date - input.athlete.injury.date;
            advise(recorded_day > altered_gait_days
                       ? "gait still altered " + counted(recorded_day, "day") + " after injury"
                             + on(*gait) + ": see a clinician"
                       : "gait altered as last recorded" + on(*gait) + ", now "
                             + counted(days_since_injury, "day")
                             + " after injury: see a clinician");
        }
    }
    if (history.empty()) {
        return found;
    }
    const auto with_pain = [](const Assessment& a) { return a.pain_rest.has_value(); };
    const auto latest_pain = std::find_if(history.rbegin(), history.rend(), with_pain);
    if (latest_pain != history.rend() && *latest_pain->pain_rest > 0) {
        const Assessment& latest = *latest_pain;
        // The most recent earlier reading at least pain_trend_days before the latest one.
        const auto earlier = std::find_if(latest_pain, history.rend(), [&](const Assessment& a) {
            return a.pain_rest && latest.date - a.date >= pain_trend_days;
        });
        if (earlier != history.rend() && *latest.pain_rest >= *earlier->pain_rest) {
            advise("pain at rest not improving: " + std::to_string(*earlier->pain_rest) + "/10 on "
                   + earlier->date.iso() + ", " + std::to_string(*latest.pain_rest) + "/10 on "
                   + latest.date.iso() + ": see a clinician");
        }
    }
    // Severe pain at rest, walking or during exercise, each as last rated: one referral naming all.
    std::string severe;
    for (const auto& [where, member] : {std::pair{"at rest", &Assessment::pain_rest},
                                        std::pair{"walking", &Assessment::pain_walking},
                                        std::pair{"during exercise", &Assessment::pain_exercise}}) {
        const auto rated =
            std::find_if(history.rbegin(), history.rend(),
                         [m = member](const Assessment& a) { return (a.*m).has_value(); });
        if (rated != history.rend() && *((*rated).*member) >= severe_pain_nrs) {
            severe += (severe.empty() ? "" : ", ") + std::to_string(*((*rated).*member)) + "/10 "
                      + where + on(*rated);
        }
    }
    if (!severe.empty()) {
        advise("severe pain, " + severe
               + " (7/10 or more is severe): see a clinician before loading");
    }
    if (history.back().daily_pain_medication) {
        advise("pain medication needed day after day" + on(history.back()) + ": see a clinician");
    }
    return found;
}

}  // namespace

std::vector<Referral> advise_referrals(const Case& input, const Chronology& course) {
    auto found = findings_to_advise(input, course);
    if (auto gap = unassessed_plan_advice(input, course)) {
        found.push_back(std::move(*gap));
    }
    return found;
}

std::vector<Referral> advise_referrals(const Case& input) {
    return advise_referrals(input, input.chronology);
}

}  // namespace coach::safety
