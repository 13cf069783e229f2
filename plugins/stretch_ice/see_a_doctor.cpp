#include "see_a_doctor.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <string>

namespace coach::stretch_ice {

namespace {

// "A couple of days" of complete rest between the two reports compared.
constexpr int days_of_rest_to_judge_pain = 2;

// What the record says of the pain on one day: in daily life (at rest, walking, the day after a
// session) and during exercise; the highest of each when several sources say it.
struct PainReport {
    std::optional<int> daily;
    std::optional<int> exercise;
};

void raise(std::optional<int>& slot, std::optional<int> value) {
    if (value) {
        slot = slot ? std::max(*slot, *value) : *value;
    }
}

bool is_training(const LogEntry& entry) {
    return std::any_of(entry.items.begin(), entry.items.end(), [](const LoggedItem& item) {
        const auto* exercise = find_exercise(item.exercise);
        const Category category = exercise != nullptr ? exercise->category : Category::running;
        return category != Category::rest && category != Category::cryotherapy
               && category != Category::support;
    });
}

// A value of `earlier` that the later report has not improved on, for the kinds both hold: the
// later value when none fell and one is above 0.
std::optional<int> not_improved(const PainReport& earlier, const PainReport& later) {
    std::optional<int> worst;
    for (const auto& [before, after] :
         {std::pair{earlier.daily, later.daily}, std::pair{earlier.exercise, later.exercise}}) {
        if (!before || !after) {
            continue;
        }
        if (*after < *before) {
            return std::nullopt;
        }
        raise(worst, *after);
    }
    return worst && *worst > 0 ? worst : std::nullopt;
}

}  // namespace

std::optional<std::string> pain_not_improving_after_rest(const Case& input) {
    std::map<Date, PainReport> reports;
    std::vector<Date> training;
    for (const Assessment& assessment : assessments_until(input.chronology, input.as_of)) {
        PainReport& report = reports[assessment.date];
        raise(report.daily, assessment.pain_rest);
        raise(report.daily, assessment.pain_walking);
        raise(report.exercise, assessment.pain_exercise);
    }
    for (const LogEntry& entry : rehabilitation_until(input.chronology, input.as_of)) {
        raise(reports[entry.date].exercise, entry.pain_during);
        if (entry.pain_next_day && entry.date + 1 <= input.as_of) {
            raise(reports[entry.date + 1].daily, entry.pain_next_day);
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
        if (const auto pain = not_improved(earlier->second, latest)) {
            return "See a doctor: the pain has not improved after a couple of days of complete "
                   "rest ("
                   + std::to_string(*pain) + "/10 on " + latest_day.iso() + ", no lower than on "
                   + earlier_day.iso() + ").";
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
    if (latest != nullptr && is_present(latest->symptoms.altered_gait)
        && input.day_of_injury(latest->date) <= first_week_days) {
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
