#pragma once

#include <string>
#include <vector>

#include "coach/sdk/athlete.hpp"
#include "coach/sdk/chronology.hpp"
#include "coach/sdk/course.hpp"

// The published recovery times the course of recovery bends towards (docs/DESIGN.md, "The course
// of recovery", lists each figure with its source and says which parts are the project's choice).
namespace coach::course_detail {

// Factors are in permille so that T is exact in integers.
inline constexpr int permille = 1000;
inline constexpr int site_c_permille = site_c_delay_permille;
inline constexpr int stretching_permille = stretch_type_delay_permille;
inline constexpr int previous_injury_permille = recurrence_delay_permille;
// Pain on walking after day 1 predicts more than 3 weeks out (Warren et al. 2010).
inline constexpr int slow_walking_floor_days = 22;
inline constexpr int slow_walking_after_day = 1;

// Days from the injury to return to sport for grade 0..4 before the other factors.
int grade_days(int grade);

struct PublishedEstimate {
    int days = 0;                // T0: the factors applied to the grade's days, rounded half up
    int walking_floor_days = 0;  // 22 when the Warren floor applies, else 0
    std::vector<std::string> reasons;
};

// T0 for `injury`, and the Warren floor from the assessments of `chronology` dated after day 1
// and up to `last_day`. [thread-safe] Pure.
PublishedEstimate published_estimate(const Injury& injury, const Chronology& chronology,
                                     Date last_day);

}  // namespace coach::course_detail
