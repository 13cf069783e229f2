#include "synthetic/injury_course.hpp"

#include <algorithm>

namespace coach::synthetic::detail {

namespace {

constexpr int pain_max = 10;
constexpr int percent_max = 100;

// Most strains are grade 1 or 2; grade 3 is uncommon and a complete tear rare.
constexpr std::array<Weighted<int>, 5> grades{{{0, 8}, {1, 38}, {2, 38}, {3, 12}, {4, 4}}};

// Musculotendinous (b) strains are the most common; more severe strains reach the tendon more.
constexpr std::array<Weighted<Site>, 3> sites_mild{{{Site::a, 35}, {Site::b, 55}, {Site::c, 10}}};
constexpr std::array<Weighted<Site>, 3> sites_severe{{{Site::a, 10}, {Site::b, 60}, {Site::c, 30}}};

constexpr std::array<Weighted<Muscle>, 5> muscles_sprinting{
    {{Muscle::biceps_femoris_long_head, 920},
     {Muscle::biceps_femoris_short_head, 25},
     {Muscle::semitendinosus, 30},
     {Muscle::semimembranosus, 15},
     {Muscle::unknown, 10}}};
constexpr std::array<Weighted<Muscle>, 5> muscles_stretching{
    {{Muscle::biceps_femoris_long_head, 450},
     {Muscle::biceps_femoris_short_head, 20},
     {Muscle::semitendinosus, 70},
     {Muscle::semimembranosus, 420},
     {Muscle::unknown, 40}}};
constexpr std::array<Weighted<Muscle>, 5> muscles_unknown{{{Muscle::biceps_femoris_long_head, 880},
                                                           {Muscle::biceps_femoris_short_head, 25},
                                                           {Muscle::semitendinosus, 40},
                                                           {Muscle::semimembranosus, 30},
                                                           {Muscle::unknown, 25}}};

constexpr std::array<Weighted<int>, 4> previous_injuries{{{0, 55}, {1, 28}, {2, 11}, {3, 6}}};

// Typical days to recover by grade 0..4.
constexpr std::array<int, 5> typical_heal_days{5, 16, 30, 60, 100};

struct Severity {
    int rest_low, rest_high;  // pain at rest on day 0
    int aslr_low, aslr_high;  // active straight-leg raise deficit on day 0
};
constexpr std::array<Severity, 5> severity_by_grade{
    {{0, 1, 0, 10}, {1, 2, 10, 20}, {2, 4, 20, 35}, {4, 6, 35, 50}, {5, 8, 45, 65}}};

// Red flags, per mille, by grade 0..4.
constexpr std::array<int, 5> palpable_gap_per_mille{0, 0, 0, 60, 600};
constexpr std::array<int, 5> cannot_bear_weight_per_mille{0, 0, 20, 150, 500};
constexpr int neural_symptoms_per_mille = 15;
constexpr int slow_to_settle_per_mille = 50;
constexpr int painkiller_user_per_mille = 120;

const std::array<Weighted<Muscle>, 5>& muscles_for(Mechanism mechanism) {
    switch (mechanism) {
        case Mechanism::sprinting:
            return muscles_sprinting;
        case Mechanism::stretching:
            return muscles_stretching;
        case Mechanism::unknown:
            return muscles_unknown;
    }
    return muscles_unknown;
}

InjuryCourse draw_course(Random& random, const Injury& injury) {
    const auto grade = static_cast<std::size_t>(injury.grade);
    InjuryCourse course;
    course.grade = injury.grade;
    int heal = typical_heal_days[grade] * random.between(80, 125) / 100;
    if (injury.site == Site::c) {
        heal = heal * 140 / 100;
    }
    heal = heal * (100 + 10 * injury.previous_injuries) / 100;
    course.heal_days = std::max(heal, 3);

    const auto& severity = severity_by_grade[grade];
    course.pain_rest = random.between(severity.rest_low, severity.rest_high);
    course.pain_walking =
        std::min(pain_max, course.pain_rest + random.between(injury.grade > 0 ? 1 : 0, 2));
    course.pain_exercise = std::min(pain_max, course.pain_walking + random.between(1, 3));
    course.aslr_deficit_pct = random.between(severity.aslr_low, severity.aslr_high);
    course.strength_deficit_pct =
        std::min(percent_max, course.aslr_deficit_pct + random.between(0, 10));

    course.slow_to_settle = course.pain_rest > 0 && random.chance(slow_to_settle_per_mille);
    if (random.chance(neural_symptoms_per_mille)) {
        (random.chance(600) ? course.tingling : course.numbness) = true;
    }
    course.palpable_gap = random.chance(palpable_gap_per_mille[grade]);
    course.cannot_bear_weight_at_first = random.chance(cannot_bear_weight_per_mille[grade]);
    course.takes_painkillers = random.chance(painkiller_user_per_mille);
    return course;
}

}  // namespace

int InjuryCourse::fallen(int reading, int day) const {
    const int left = std::max(0, heal_days - std::max(day, 0));
    return (reading * left + heal_days / 2) / heal_days;
}

int InjuryCourse::recovered_pct(int day) const {
    return std::min(percent_max, percent_max * std::max(day, 0) / heal_days);
}

DrawnInjury draw_injury(Random& random, Mechanism mechanism, Date earliest, int span_days) {
    DrawnInjury drawn;
    Injury& injury = drawn.injury;
    injury.region = "hamstring";
    injury.mechanism = mechanism;
    injury.grade = random.pick(grades);
    if (injury.grade > 0) {  // grade 0 is soreness without a lesion: no site
        injury.site = random.pick(injury.grade >= 3 ? sites_severe : sites_mild);
    }
    injury.muscle = random.pick(muscles_for(mechanism));
    injury.date = earliest + random.between(0, span_days - 1);
    injury.previous_injuries = random.pick(previous_injuries);
    drawn.course = draw_course(random, injury);
    return drawn;
}

Assessment assess(const InjuryCourse& course, Date injury_date, int day) {
    Assessment assessment;
    assessment.date = injury_date + day;
    const int rest =
        course.slow_to_settle ? course.pain_rest : course.fallen(course.pain_rest, day);
    const int walking = std::max(rest, course.fallen(course.pain_walking, day));
    const int exercise = std::max(walking, course.fallen(course.pain_exercise, day));
    assessment.pain_rest = rest;
    assessment.pain_walking = walking;
    assessment.pain_exercise = exercise;
    assessment.aslr_deficit_pct = course.fallen(course.aslr_deficit_pct, day);
    assessment.strength_deficit_pct = course.fallen(course.strength_deficit_pct, day);
    // Sprinting is not tried until about a third of the way; then it comes back in steps of 5%.
    const int recovered = course.recovered_pct(day);
    assessment.max_sprint_pct = recovered < 35 ? 0 : recovered / 5 * 5;
    // The synthetic clinician checks every symptom at every assessment.
    assessment.symptoms.numbness = finding_of(course.numbness);
    assessment.symptoms.tingling = finding_of(course.tingling);
    assessment.symptoms.palpable_gap = finding_of(course.palpable_gap);
    assessment.symptoms.unable_to_bear_weight =
        finding_of(course.cannot_bear_weight_at_first && day < course.weight_bearing_back_day);
    assessment.symptoms.altered_gait =
        finding_of(walking >= 4 || (course.grade >= 3 && day < course.heal_days / 3));
    assessment.daily_pain_medication = course.takes_painkillers && rest >= 3;
    return assessment;
}

}  // namespace coach::synthetic::detail
