#include <algorithm>
#include <ostream>
#include <stdexcept>

#include "coach/json.hpp"
#include "coach/synthetic.hpp"
#include "synthetic/injury_course.hpp"
#include "synthetic/random.hpp"
#include "synthetic/sports.hpp"
#include "synthetic/training_log.hpp"

namespace coach::synthetic {

namespace {

using detail::Random;
using detail::Weighted;

// Injuries happen over two calendar years from this day.
constexpr Date first_injury_day = *Date::from_ymd(2025, 1, 1);
constexpr int injury_span_days = 730;

// How long after injury the athlete's record was last brought up to date: most arrive within two
// weeks, a few after a month or more.
struct DayRange {
    int first;
    int last;
};
constexpr std::array<Weighted<DayRange>, 5> days_since_injury{
    {{{0, 2}, 20}, {{3, 7}, 30}, {{8, 14}, 25}, {{15, 28}, 17}, {{29, 60}, 8}}};

constexpr int goal_per_mille = 600;
constexpr int equipment_per_mille = 750;
constexpr int assessed_on_last_day_per_mille = 700;

std::string athlete_id(std::uint64_t index) {
    std::string digits = std::to_string(index + 1);
    if (digits.size() < 7) {
        digits.insert(0, 7 - digits.size(), '0');
    }
    return "syn-" + digits;
}

// Assessments from the first days after injury, every 3-7 days (further apart for a record that
// runs longer), usually including `last_day` itself.
std::vector<Assessment> draw_assessments(Random& random, const detail::InjuryCourse& course,
                                         Date injury_date, int last_day) {
    std::vector<Assessment> assessments;
    int day = std::min(last_day, random.between(0, 3));
    while (day <= last_day) {
        assessments.push_back(detail::assess(course, injury_date, day));
        day += random.between(3, 7) + last_day / 20;
    }
    if (assessments.back().date < injury_date + last_day
        && random.chance(assessed_on_last_day_per_mille)) {
        assessments.push_back(detail::assess(course, injury_date, last_day));
    }
    // Not bearing weight is a red flag that stays until a clinician lifts it: the first
    // assessment once weight-bearing is back records that review.
    if (course.cannot_bear_weight_at_first) {
        const auto back = std::find_if(assessments.begin(), assessments.end(), [&](const auto& a) {
            return a.date - injury_date >= detail::InjuryCourse::weight_bearing_back_day;
        });
        if (back != assessments.end()) {
            back->clinician_review =
                ClinicianReview{"sports physician", {RedFlag::unable_to_bear_weight}, ""};
        }
    }
    return assessments;
}

}  // namespace

Athlete make_athlete(std::uint64_t seed, std::uint64_t index) {
    Random random{detail::split_mix(detail::split_mix(seed) ^ index)};
    Athlete athlete;
    athlete.id = athlete_id(index);

    const auto& sport = detail::pick_sport(random);
    athlete.profile.sport = std::string{sport.sport};
    athlete.profile.age = random.between(sport.youngest, sport.oldest);
    athlete.profile.sex = random.chance(sport.female_per_mille) ? "female" : "male";

    const Mechanism mechanism = random.pick(sport.mechanisms);
    auto [injury, course] =
        detail::draw_injury(random, mechanism, first_injury_day, injury_span_days);
    athlete.injury = injury;

    if (random.chance(goal_per_mille)) {
        athlete.goal = Goal{std::string{sport.event}, injury.date + random.between(28, 120)};
    }
    for (const auto item : sport.equipment) {
        if (random.chance(equipment_per_mille)) {
            athlete.equipment.emplace_back(item);
        }
    }

    const auto& range = random.pick(days_since_injury);
    const int last_day = random.between(range.first, range.last);
    athlete.assessments = draw_assessments(random, course, injury.date, last_day);
    athlete.log = detail::draw_training_log(random, injury, course, last_day);
    return athlete;
}

void write_population(std::ostream& out, std::uint64_t count, std::uint64_t seed) {
    for (std::uint64_t index = 0; index < count; ++index) {
        out << json::encode_athlete(make_athlete(seed, index)) << '\n';
        if (!out) {
            throw std::runtime_error("writing the synthetic athletes failed");
        }
    }
}

}  // namespace coach::synthetic
