#include "see_a_doctor.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>

#include "coach/sdk/counted.hpp"
#include "recovery_timeline.hpp"

namespace coach::stretch_ice {

namespace {

// "A couple of days" of complete rest between the two reports compared.
constexpr int days_of_rest_to_judge_pain = 2;

// One kind of pain on one day: the highest value any source gives, and where it was recorded
// ("walking at the assessment", "during the session of 2026-11-03").
struct Rating {
    int pain = 0;
    std::string where;
};

// What the record says of the pain on one day: in daily life (at rest, walking, the day after a
// session) and during exercise; the highest of each when several sources say it.
struct PainReport {
    std::optional<Rating> daily;
    std::optional<Rating> exercise;
};

void raise(std::optional<Rating>& slot, std::optional<int> value, const std::string& where) {
    if (value && (!slot || *value > slot->pain)) {
        slot = Rating{*value, where};
    }
}

bool is_training(const LogEntry& entry);

// Whether the record or this plan holds `day` as complete rest: inside the plan's first days of
// complete rest after the injury, or logged with nothing but rest, ice and support. A day with
// nothing logged after those first days is not known to be rest: the plan prescribed training.
bool rest_on(const Case& input, Date day, int first_rest_days) {
    if (input.day_of_injury(day) < first_rest_days) {
        return true;
    }
    bool logged = false;
    for (const LogEntry& entry : rehabilitation_until(input.chronology, input.as_of)) {
        if (entry.date == day) {
            if (is_training(entry)) {
                return false;
            }
            logged = true;
        }
    }
    return logged;
}

bool is_training(const LogEntry& entry) {
    return std::any_of(entry.items.begin(), entry.items.end(), [](const LoggedItem& item) {
        const auto* exercise = find_exercise(item.exercise);
        const Category category = exercise != nullptr ? exercise->category : Category::running;
        return category != Category::rest && category != Category::cryotherapy
               && category != Category::support;
    });
}

// The pain that has not improved: its kind in words, and the ratings of the two reports.
struct NotImproved {
    std::string_view kind;
    Rating earlier;
    Rating later;

    bool rose() const { return later.pain > earlier.pain; }
};

// A value of `earlier` that the later report has not improved on, for the kinds both hold: the
// later rating when none fell and one is above 0 (the higher of the two kinds).
std::optional<NotImproved> not_improved(const PainReport& earlier, const PainReport& later) {
    std::optional<NotImproved> worst;
    for (const auto& [kind, before, after] :
         {std::tuple{std::string_view{"pain in daily life"}, earlier.daily, later.daily},
          std::tuple{std::string_view{"pain during exercise"}, earlier.exercise, later.exercise}}) {
        if (!before || !after) {
            continue;
        }
        if (after->pain < before->pain) {
            return std::nullopt;
        }
        if (!worst || after->pain > worst->later.pain) {
            worst = NotImproved{kind, *before, *after};
        }
    }
    return worst && worst->later.pain > 0 ? worst : std::nullopt;
}

}  // namespace

std::optional<std::string> pain_not_improving_after_rest(const Case& input) {
    std::map<Date, PainReport> reports;
    std::vector<Date> training;
    for (const Assessment& assessment : assessments_until(input.chronology, input.as_of)) {
        PainReport& report = reports[assessment.date];
        raise(report.daily, assessment.pain_rest, "at rest at the assessment");
        raise(report.daily, assessment.pain_walking, "walking at the assessment");
        raise(report.exercise, assessment.pain_exercise, "at the assessment");
    }
    for (const LogEntry& entry : rehabilitation_until(input.chronology, input.as_of)) {
        raise(reports[entry.date].exercise, entry.pain_during, "during the session");
        if (entry.pain_next_day && entry.date + 1 <= input.as_of) {
            raise(reports[entry.date + 1].daily, entry.pain_next_day,
                  "the day after the session of " + entry.date.iso());
        }
        if (is_training(entry)) {
            training.push_back(entry.date);
        }
    }
    std::erase_if(reports,
                  [](const auto& dated) { return !dated.second.daily && !dated.second.exercise; });
    if (reports.empty()) {
        return std::nullopt;
    }
    const auto& [latest_day, latest] = *reports.rbegin();
    for (auto earlier = std::next(reports.rbegin()); earlier != reports.rend(); ++earlier) {
        const Date earlier_day = earlier->first;
        if (latest_day - earlier_day < days_of_rest_to_judge_pain) {
            continue;
        }
        const bool rested = std::none_of(training.begin(), training.end(), [&](Date day) {
            return day > earlier_day && day < latest_day;
        });
        if (!rested) {
            return std::nullopt;  // trained in between: not a couple of days of complete rest
        }
        // The kind of pain in words, and where the latest rating was recorded: "the pain
        // during exercise has not improved after ... (5/10 on 2026-11-03, during the session,
        // no lower than on 2026-11-01)". "Complete rest" only when the days between were rest as
        // the record or this plan holds them (rest_on()); otherwise what the record shows.
        if (const auto pain = not_improved(earlier->second, latest)) {
            const int first_rest_days = recovery_timeline_for(input.athlete.injury).rest_days;
            bool complete_rest = true;
            for (Date day = earlier_day + 1; day < latest_day; day += 1) {
                complete_rest = complete_rest && rest_on(input, day, first_rest_days);
            }
            // Pain that rose says so, and from what (trial 46: "has not improved" of 1/10 to 7/10).
            const std::string course = pain->rose() ? " has risen" : " has not improved";
            const std::string over =
                complete_rest ? course + " after a couple of days of complete rest ("
                              : course + " in " + counted(latest_day - earlier_day, "day")
                                    + " with no training logged in between (";
            const std::string since =
                pain->rose() ? ", up from " + std::to_string(pain->earlier.pain) + "/10 on "
                             : ", no lower than on ";
            return "See a doctor: the " + std::string{pain->kind} + over
                   + std::to_string(pain->later.pain) + "/10 on " + latest_day.iso() + ", "
                   + pain->later.where + since + earlier_day.iso() + ").";
        }
        return std::nullopt;
    }
    return std::nullopt;
}

std::vector<Referral> see_a_doctor(const Case& input) {
    std::vector<Referral> referrals;
    const Assessment* latest = latest_assessment(input.chronology, input.as_of);
    auto advise = [&referrals](std::string reason) {
        referrals.push_back({ReferralLevel::advise, std::move(reason)});
    };
    // In the first week only: from day 8 the gate advises on an altered gait itself, to every
    // plan (an assessment of the first week read after it would say the same twice).
    if (latest != nullptr && is_present(latest->symptoms.altered_gait)
        && input.day_of_injury(input.as_of) <= first_week_days) {
        advise("See a doctor: your walking pattern is still altered.");
    }
    if (auto reason = pain_not_improving_after_rest(input)) {
        advise(std::move(*reason));
    }
    if (latest != nullptr
        && (is_present(latest->symptoms.numbness) || is_present(latest->symptoms.tingling))) {
        advise("See a doctor: any numbness or tingling in the leg needs a medical opinion.");
    }
    return referrals;
}

}  // namespace coach::stretch_ice
