#pragma once

#include "coach/sdk/athlete.hpp"
#include "synthetic/random.hpp"

namespace coach::synthetic::detail {

// How one athlete's strain unfolds: readings on the day of injury that fall in a straight line to
// nothing by `heal_days`, and the findings that come with it.
struct InjuryCourse {
    int grade = 1;
    int heal_days = 16;
    int pain_rest = 0;
    int pain_walking = 0;
    int pain_exercise = 0;
    int aslr_deficit_pct = 0;
    int strength_deficit_pct = 0;
    bool slow_to_settle = false;  // pain at rest stays where it was
    bool numbness = false;
    bool tingling = false;
    bool palpable_gap = false;
    bool cannot_bear_weight_at_first = false;  // before weight_bearing_back_day
    static constexpr int weight_bearing_back_day = 3;
    bool takes_painkillers = false;  // daily while pain at rest is 3 or more

    // `reading` on day `day` after injury (0 on the day itself), rounded, never below 0.
    int fallen(int reading, int day) const;
    // How far healing has come on `day`: 0 on the day of injury, 100 at heal_days.
    int recovered_pct(int day) const;
};

// The injury itself: grade, site and muscle in clinical proportions for the mechanism, its date
// and the course it takes.
struct DrawnInjury {
    Injury injury;
    InjuryCourse course;
};

DrawnInjury draw_injury(Random& random, Mechanism mechanism, Date earliest, int span_days);

// The clinical check on day `day` after injury.
Assessment assess(const InjuryCourse& course, Date injury_date, int day);

}  // namespace coach::synthetic::detail
