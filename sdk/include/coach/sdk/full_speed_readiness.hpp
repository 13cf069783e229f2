#pragma once

#include <cstdint>

#include "coach/sdk/chronology.hpp"
#include "coach/sdk/course.hpp"
#include "coach/sdk/date.hpp"

// Whether walking is pain-free and even on a day: what the engine's safety gate asks before any
// running at full_speed_pct or more (coach/sdk/running_speed.hpp; docs/DATA.md, "Safety gate").
// The one reading of the rule, for the gate and for a plugin that wants its plan to wait for what
// the gate will check rather than have its sessions refused. All of it is [thread-safe] and pure.
namespace coach {

// What holds full-speed running back on a day, the first that applies in this order.
enum class FullSpeedHold : std::uint8_t {
    none,                      // walking pain-free and even: full speed may be run
    walking_painful,           // pain walking above 0/10 on the course, or not known yet
    before_pain_free_walking,  // before course.projection.pain_free_walking, from which running
                               // may build, even when pain-free walking is measured earlier
    gait_not_recorded,         // no assessment up to the day records the gait
    gait_altered,  // the latest gait record, on or after the projected pain-free walking day,
                   // finds it altered (recorded before that day, it counts as projected even
                   // from that day on, as walking pain does)
};

// What holds full-speed running back on `day`, read from the course of recovery and the
// chronology a Case carries (Case::course, Case::chronology). Pain walking 0/10 projected is
// enough on its own day; Heiderscheit BC et al., J Orthop Sports Phys Ther 2010;40(2):67-81: a
// normal walking stride without pain before running speed is built.
inline FullSpeedHold full_speed_hold(const Course& course, const Chronology& chronology, Date day) {
    if (const Reading walking = course.reading(day, Sign::pain_walking);
        !walking.known() || walking.value > 0) {
        return FullSpeedHold::walking_painful;
    }
    const Date pain_free_walking = course.projection.pain_free_walking;
    if (day < pain_free_walking) {
        return FullSpeedHold::before_pain_free_walking;
    }
    const Assessment* gait = latest_gait_record(chronology, day);
    if (gait == nullptr) {
        return FullSpeedHold::gait_not_recorded;
    }
    if (is_present(gait->symptoms.altered_gait) && gait->date >= pain_free_walking) {
        return FullSpeedHold::gait_altered;
    }
    return FullSpeedHold::none;
}

}  // namespace coach
