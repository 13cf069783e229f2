#pragma once

#include <algorithm>
#include <span>
#include <vector>

#include "coach/sdk/athlete.hpp"

namespace coach {

// The record in date order: the one view of the athlete's course that the engine builds before
// any plugin runs, and that its safety gate reads (the engine's chronology_of() builds it; the
// rules are in docs/DATA.md, "Chronology"). A value type, cheap to hand on.
struct Chronology {
    // One assessment per assessed day, oldest first. Several assessments of one day are merged
    // into one, the worse value of each field winning: a symptom recorded present anywhere that
    // day is present (else absent if recorded absent, else not recorded); the highest pain and
    // deficit; the lowest top speed; daily pain medication if any says so. Clinician reviews of
    // one day are merged into one that lifts every flag any of them lifts.
    std::vector<Assessment> assessments;
    // Log entries dated on or before the injury date, oldest first: what the athlete did before
    // and when the injury happened. History, never rehabilitation progress.
    std::vector<LogEntry> before_injury;
    // Log entries dated after the injury date, oldest first (one day's entries in file order):
    // the rehabilitation so far.
    std::vector<LogEntry> rehabilitation;

    friend bool operator==(const Chronology&, const Chronology&) = default;
};

namespace chronology_detail {
template <class T>
std::span<const T> dated_until(const std::vector<T>& sorted, Date day) {
    const auto end = std::upper_bound(sorted.begin(), sorted.end(), day,
                                      [](Date d, const T& value) { return d < value.date; });
    return {sorted.data(), static_cast<std::size_t>(end - sorted.begin())};
}
}  // namespace chronology_detail

// The merged assessments dated on or before `day`, oldest first. The span points into `course`.
inline std::span<const Assessment> assessments_until(const Chronology& course, Date day) {
    return chronology_detail::dated_until(course.assessments, day);
}

// The merged assessment of the last assessed day on or before `day`, or nullptr. Points into
// `course`.
inline const Assessment* latest_assessment(const Chronology& course, Date day) {
    const auto until = assessments_until(course, day);
    return until.empty() ? nullptr : &until.back();
}

// The rehabilitation log entries dated on or before `day`, oldest first. Points into `course`.
inline std::span<const LogEntry> rehabilitation_until(const Chronology& course, Date day) {
    return chronology_detail::dated_until(course.rehabilitation, day);
}

// The latest of `assessments` (in date order, as assessments_until() gives them) for which
// `records(assessment)` holds, or nullptr when none does: the latest that records a finding,
// present or absent, where most assessments leave it unrecorded. Points into `assessments`.
template <class Records>
const Assessment* latest_recording(std::span<const Assessment> assessments, Records records) {
    const auto found = std::find_if(assessments.rbegin(), assessments.rend(), records);
    return found == assessments.rend() ? nullptr : &*found;
}

// The latest merged assessment on or before `day` that records the gait (altered_gait present
// or absent), or nullptr when none does. Points into `course`.
inline const Assessment* latest_gait_record(const Chronology& course, Date day) {
    return latest_recording(assessments_until(course, day), [](const Assessment& a) {
        return a.symptoms.altered_gait != Finding::not_recorded;
    });
}

// Whether the gait is known to be even on `day`: the latest assessment up to it that records the
// gait records it even (altered_gait absent). A gait never recorded is not even: nobody has
// looked at it (docs/DATA.md, "Safety gate"). The one reading of gait evenness for the engine's
// gait advice and for plugins. [thread-safe] Pure.
inline bool gait_recorded_even(const Chronology& course, Date day) {
    const Assessment* recorded = latest_gait_record(course, day);
    return recorded != nullptr && !is_present(recorded->symptoms.altered_gait);
}

// Whether a rehabilitation session is logged on `day` (completed or not): that day has had its
// session, and no plan prescribes it again.
inline bool logged_on(const Chronology& course, Date day) {
    const auto until = rehabilitation_until(course, day);
    return !until.empty() && until.back().date == day;
}

}  // namespace coach
