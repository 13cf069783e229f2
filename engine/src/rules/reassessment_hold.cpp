// The reassessment hold (safety_gate.hpp): no session is prescribed on the projected course alone,
// past the reassessment window after the latest assessment or from a projected return to sport;
// and the advice every plan made past that window carries.
#include <algorithm>

#include "coach/safety_gate.hpp"
#include "coach/sdk/chronology.hpp"
#include "coach/sdk/counted.hpp"

namespace coach::safety {

namespace {

// An assessment that measured something: a pain rating, the ASLR, strength or sprint speed. A
// date alone, or notes of a phone call, reassesses nothing.
bool measures(const Assessment& assessment) {
    return assessment.pain_rest || assessment.pain_walking || assessment.pain_exercise
           || assessment.aslr_deficit_pct || assessment.strength_deficit_pct
           || assessment.max_sprint_pct;
}

// The latest assessment of `course` on or before `day` that measured something; nullptr if none.
const Assessment* latest_measured(const Chronology& course, Date day) {
    const auto until = assessments_until(course, day);
    const auto found = std::find_if(until.rbegin(), until.rend(), measures);
    return found == until.rend() ? nullptr : &*found;
}

// The latest assessment of `course` on or before `day` that measured something, if it was made on
// or after the injury day of `athlete`; nullptr if none since the injury (one measured before this
// injury reassesses nothing of it).
const Assessment* latest_measured_since_injury(const Athlete& athlete, const Chronology& course,
                                               Date day) {
    const Assessment* latest = latest_measured(course, day);
    return latest != nullptr && latest->date >= athlete.injury.date ? latest : nullptr;
}

}  // namespace

std::optional<std::string> unassessed_gap(const Athlete& athlete, const Chronology& course,
                                          Date day) {
    const Assessment* latest = latest_measured_since_injury(athlete, course, day);
    // Never assessed since the injury: nothing measured stands behind any session, from the
    // injury day on (not only past the window): the projection alone is all there is.
    if (latest == nullptr) {
        const Date injury = athlete.injury.date;
        return "nothing measured since the injury on " + injury.iso()
               + (day > injury ? ", " + counted(day - injury, "day") + " before " + day.iso()
                               : std::string{})
               + ": the projected course of recovery alone is not enough to train on (the "
                 "project's rule); have pain, ASLR and strength assessed first";
    }
    if (day - latest->date <= reassessment_window_days) {
        return std::nullopt;
    }
    return "last assessed on " + latest->date.iso() + ", " + counted(day - latest->date, "day")
           + " before " + day.iso() + ": past " + counted(reassessment_window_days, "day")
           + " the projected course of recovery alone is not enough to train on (the "
             "project's rule); have pain, ASLR and strength reassessed first";
}

std::optional<Referral> unassessed_plan_advice(const Case& input, const Chronology& course) {
    const Assessment* latest = latest_measured_since_injury(input.athlete, course, input.as_of);
    if (latest == nullptr) {
        // Never assessed since the injury: nothing measured stands behind the plan from its first
        // day, whatever the window (as unassessed_gap() holds `coach today` from the injury day).
        const Date injury = input.athlete.injury.date;
        const int days = input.as_of - injury;
        return Referral{ReferralLevel::advise,
                        "nothing measured since the injury, "
                            + (days > 0 ? counted(days, "day") + " before this plan ("
                                        : std::string{"on the day of this plan ("})
                            + injury.iso()
                            + "): assess pain, ASLR and strength before following it; the plan "
                              "assumes the projected course"};
    }
    const int days = input.as_of - latest->date;
    if (days <= reassessment_window_days) {
        return std::nullopt;
    }
    return Referral{ReferralLevel::advise,
                    "last assessment " + counted(days, "day") + " before this plan ("
                        + latest->date.iso()
                        + "): reassess pain, ASLR and strength before following it; the plan "
                          "assumes the projected course"};
}

std::optional<ReassessmentHold> reassessment_hold(const Plan& plan, const Athlete& athlete,
                                                  const Chronology& course) {
    if (auto gap = unassessed_gap(athlete, course, plan.as_of)) {
        return ReassessmentHold{plan.as_of, std::move(*gap)};
    }
    const auto& sport = plan.milestones.return_to_sport;
    if (sport && plan.milestones.is_projected(MilestoneKind::return_to_sport)) {
        return ReassessmentHold{
            *sport, "return to sport on " + sport->iso()
                        + " rests on the projected course of recovery, not on criteria "
                          "measured: it needs a clinician's assessment and sign-off first"};
    }
    return std::nullopt;
}

}  // namespace coach::safety
