#include "see_a_doctor.hpp"

#include <algorithm>
#include <optional>
#include <string>

namespace coach::stretch_ice {

namespace {

// "A couple of days" of rest between the two assessments compared.
constexpr int days_of_rest_to_judge_pain = 2;

// True when a pain rating present in both assessments fell.
bool improved(std::optional<int> before, std::optional<int> now) {
    return before && now && *now < *before;
}

int highest_pain(const Assessment& assessment) {
    return std::max(assessment.pain_rest.value_or(0), assessment.pain_walking.value_or(0));
}

}  // namespace

bool pain_not_improving_after_rest(const Athlete& athlete, Date as_of) {
    const auto assessments = assessments_until(athlete, as_of);
    if (assessments.empty()) {
        return false;
    }
    const Assessment& latest = *assessments.back();
    const Assessment* earlier = nullptr;
    for (const auto* assessment : assessments) {
        if (latest.date - assessment->date >= days_of_rest_to_judge_pain) {
            earlier = assessment;
        }
    }
    if (earlier == nullptr || highest_pain(latest) == 0) {
        return false;
    }
    return !improved(earlier->pain_rest, latest.pain_rest)
           && !improved(earlier->pain_walking, latest.pain_walking);
}

std::vector<Referral> see_a_doctor(const Case& input) {
    std::vector<Referral> referrals;
    const Assessment* latest = latest_assessment(input.athlete, input.as_of);
    auto advise = [&referrals](std::string reason) {
        referrals.push_back({ReferralLevel::advise, std::move(reason)});
    };
    if (latest != nullptr && is_present(latest->symptoms.altered_gait)) {
        advise("See a doctor: your walking pattern is still altered.");
    }
    if (pain_not_improving_after_rest(input.athlete, input.as_of)) {
        advise("See a doctor: the pain has not improved after a couple of days of rest.");
    }
    if (latest != nullptr
        && (is_present(latest->symptoms.numbness) || is_present(latest->symptoms.tingling))) {
        advise("See a doctor: any numbness or tingling in the leg needs a medical opinion.");
    }
    if (latest != nullptr && latest->daily_pain_medication) {
        advise(
            "See a doctor: you are taking pain or anti-inflammatory medication day after "
            "day.");
    }
    return referrals;
}

}  // namespace coach::stretch_ice
