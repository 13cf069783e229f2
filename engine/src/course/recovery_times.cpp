#include "course/recovery_times.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

#include "coach/sdk/counted.hpp"

namespace coach::course_detail {

namespace {

// Days to return to play by MRI grade, from Ekstrand J, Healy JC, Walden M, Lee JC, English B,
// Hagglund M, "Hamstring muscle injuries in professional football: the correlation of MRI findings
// with return to play", Br J Sports Med 2012;46(2):112-117: grade 0 8 +/- 3, grade 1 17 +/- 10,
// grade 2 22 +/- 11, grade 3 (complete rupture) 73 +/- 60 days. Their grades are a modified
// Peetrons scale; the record's are British Athletics grades (Pollock et al. 2014): 0, 1 and 2 map
// by extent, a complete tear (4) to their grade 3. British Athletics grade 3 has no twin there:
// 32 days is the project's estimate, Pollock et al. 2022's grade 3c mean of 48 days divided by
// the site c factor.
constexpr std::array<int, 5> days_by_grade{8, 17, 22, 32, 73};

std::string times(int factor_permille) {
    std::string text = std::to_string(factor_permille / permille) + ".";
    std::string fraction = std::to_string(factor_permille % permille);
    fraction.insert(0, 3 - fraction.size(), '0');
    while (fraction.size() > 1 && fraction.back() == '0') {
        fraction.pop_back();
    }
    return "x" + text + fraction;
}

std::string grade_reason(int grade, int days) {
    const std::string lead =
        "Grade " + std::to_string(grade) + ": " + counted(days, "day") + " to return to sport";
    switch (grade) {
        case 0:
            return lead
                   + " (Ekstrand et al., Br J Sports Med 2012: 8 +/- 3 days of lay-off without an "
                     "MRI finding)";
        case 1:
            return lead
                   + " (Ekstrand et al., Br J Sports Med 2012: 17 +/- 10 days for MRI grade 1)";
        case 2:
            return lead
                   + " (Ekstrand et al., Br J Sports Med 2012: 22 +/- 11 days for MRI grade 2)";
        case 3:
            return lead
                   + ", the project's estimate: Pollock et al. (Br J Sports Med 2022) report 48 "
                     "+/- 17 days for grade 3c; divided by the site c factor 1.5, as no mean for "
                     "grade 3a or 3b was found";
        default:
            return lead
                   + " (Ekstrand et al., Br J Sports Med 2012: 73 +/- 60 days for a complete "
                     "rupture)";
    }
}

}  // namespace

int grade_days(int grade) {
    return days_by_grade[static_cast<std::size_t>(std::clamp(grade, 0, 4))];
}

PublishedEstimate published_estimate(const Injury& injury, const Chronology& chronology,
                                     Date last_day) {
    PublishedEstimate estimate;
    const int base = grade_days(injury.grade);
    estimate.reasons.push_back(grade_reason(std::clamp(injury.grade, 0, 4), base));

    std::int64_t product = base;
    std::int64_t scale = 1;
    const auto apply = [&](int factor, std::string reason) {
        product *= factor;
        scale *= permille;
        estimate.reasons.push_back(times(factor) + " " + std::move(reason));
    };
    if (injury.site == Site::c) {
        apply(site_c_permille,
              "for a tear into the tendon, site c (Shamji et al., BMJ Open Sport Exerc Med 2021: "
              "36 vs 24 days to full training with and without the intramuscular tendon; "
              "Pollock et al., Br J Sports Med 2022: 34 +/- 7 days for grade 2c)");
    }
    if (injury.mechanism == Mechanism::stretching) {
        apply(stretching_permille,
              "for a stretch-type injury (Askling et al., Br J Sports Med 2013: 43 vs 23 days "
              "with the L-protocol and 74 vs 41 with the C-protocol for stretch- vs sprint-type "
              "injuries; the lower ratio)");
    }
    if (injury.previous_injuries > 0) {
        apply(previous_injury_permille,
              "after a previous hamstring injury (Brooks et al., Am J Sports Med 2006: 25 vs 14 "
              "days lost for recurrent vs new injuries; applied once, whatever the number)");
    }
    estimate.days = static_cast<int>((product + scale / 2) / scale);

    for (const auto& assessment : chronology.assessments) {
        const int day = assessment.date - injury.date;
        if (assessment.date > last_day) {
            break;
        }
        if (day > slow_walking_after_day && assessment.pain_walking.value_or(0) > 0) {
            estimate.walking_floor_days = slow_walking_floor_days;
            estimate.reasons.push_back(
                "Pain on walking " + std::to_string(*assessment.pain_walking) + "/10 on day "
                + std::to_string(day)
                + ": at least 22 days (Warren et al., Br J Sports Med 2010: taking more than a day "
                  "to walk without pain predicted more than 3 weeks out, odds ratio 4.0; the "
                  "floor is the project's reading)");
            break;
        }
    }
    return estimate;
}

}  // namespace coach::course_detail
