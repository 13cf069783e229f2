#include "coach/chronology.hpp"

#include <algorithm>
#include <optional>

namespace coach {

namespace {

// The larger of two optional readings; a reading beats none.
std::optional<int> higher(std::optional<int> a, std::optional<int> b) {
    if (a && b) {
        return std::max(*a, *b);
    }
    return a ? a : b;
}

// The smaller of two optional readings; a reading beats none.
std::optional<int> lower(std::optional<int> a, std::optional<int> b) {
    if (a && b) {
        return std::min(*a, *b);
    }
    return a ? a : b;
}

std::optional<ClinicianReview> together(std::optional<ClinicianReview> a,
                                        const std::optional<ClinicianReview>& b) {
    if (!a || !b) {
        return a ? a : b;
    }
    if (a->clinician != b->clinician) {
        a->clinician += ", " + b->clinician;
    }
    for (const auto flag : b->lifts) {
        if (std::find(a->lifts.begin(), a->lifts.end(), flag) == a->lifts.end()) {
            a->lifts.push_back(flag);
        }
    }
    if (!b->note.empty()) {
        a->note += (a->note.empty() ? "" : "; ") + b->note;
    }
    return a;
}

template <class T>
void sort_by_date(std::vector<T>& values) {
    std::stable_sort(values.begin(), values.end(),
                     [](const T& a, const T& b) { return a.date < b.date; });
}

}  // namespace

Assessment merge_same_day(Assessment day, const Assessment& more) {
    day.pain_rest = higher(day.pain_rest, more.pain_rest);
    day.pain_walking = higher(day.pain_walking, more.pain_walking);
    day.pain_exercise = higher(day.pain_exercise, more.pain_exercise);
    day.aslr_deficit_pct = higher(day.aslr_deficit_pct, more.aslr_deficit_pct);
    day.strength_deficit_pct = higher(day.strength_deficit_pct, more.strength_deficit_pct);
    day.max_sprint_pct = lower(day.max_sprint_pct, more.max_sprint_pct);
    auto& symptoms = day.symptoms;
    symptoms.numbness = worse(symptoms.numbness, more.symptoms.numbness);
    symptoms.tingling = worse(symptoms.tingling, more.symptoms.tingling);
    symptoms.altered_gait = worse(symptoms.altered_gait, more.symptoms.altered_gait);
    symptoms.unable_to_bear_weight =
        worse(symptoms.unable_to_bear_weight, more.symptoms.unable_to_bear_weight);
    symptoms.palpable_gap = worse(symptoms.palpable_gap, more.symptoms.palpable_gap);
    day.daily_pain_medication = day.daily_pain_medication || more.daily_pain_medication;
    day.clinician_review = together(std::move(day.clinician_review), more.clinician_review);
    return day;
}

Chronology chronology_of(const Athlete& athlete) {
    Chronology course;
    auto assessments = athlete.assessments;
    sort_by_date(assessments);
    for (auto& assessment : assessments) {
        if (!course.assessments.empty() && course.assessments.back().date == assessment.date) {
            course.assessments.back() =
                merge_same_day(std::move(course.assessments.back()), assessment);
        } else {
            course.assessments.push_back(std::move(assessment));
        }
    }
    for (const auto& entry : athlete.log) {
        (entry.date <= athlete.injury.date ? course.before_injury : course.rehabilitation)
            .push_back(entry);
    }
    sort_by_date(course.before_injury);
    sort_by_date(course.rehabilitation);
    return course;
}

}  // namespace coach
