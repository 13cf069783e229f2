// High-speed running waits for pain-free, even walking (safety_gate.hpp, plan validity): what
// holds a sprint or running item at high_speed_pct or more back on a day, read from the course of
// recovery and the chronology.
#include "coach/safety_gate.hpp"
#include "coach/sdk/chronology.hpp"
#include "coach/sdk/course.hpp"
#include "coach/sdk/full_speed_readiness.hpp"
#include "coach/sdk/running_speed.hpp"

namespace coach::safety {

namespace {

// "pain walking 3/10 measured on 2026-06-11", "pain walking projected 2/10 (measured 4/10 on
// 2026-06-03)", or why it is unknown.
std::string walking_pain(const Course& course, Date day, const Reading& reading) {
    const Measurement* measured = course.latest_measurement(Sign::pain_walking, day);
    if (!reading.known()) {
        return "pain walking neither measured nor projected yet";
    }
    std::string text = "pain walking ";
    if (reading.basis == Basis::measured && measured != nullptr) {
        return text.append(std::to_string(reading.value))
            .append("/10 measured on ")
            .append(measured->date.iso());
    }
    text.append("projected ").append(std::to_string(reading.value)).append("/10");
    if (measured != nullptr) {
        text.append(" (measured ")
            .append(std::to_string(measured->value))
            .append("/10 on ")
            .append(measured->date.iso())
            .append(")");
    }
    return text;
}

}  // namespace

std::optional<std::string> high_speed_restriction(const Item& item, const Case& input, Date day) {
    // One reading of an item's speed for the gate and the metrics: a sprint item that states no
    // intensity runs at full speed (speed_pct(), coach/sdk/running_speed.hpp).
    if (!is_high_speed_running(item)) {
        return std::nullopt;
    }
    const Course& course = input.course;
    const Date pain_free_walking = course.projection.pain_free_walking;
    // The rule itself is the SDK's (full_speed_hold(), coach/sdk/full_speed_readiness.hpp), so
    // that a plugin waits for what the gate checks; here it is put in words.
    std::string why;
    switch (full_speed_hold(course, input.chronology, day)) {
        case FullSpeedHold::none:
            break;
        case FullSpeedHold::walking_painful:
            why = walking_pain(course, day, course.reading(day, Sign::pain_walking));
            break;
        case FullSpeedHold::before_pain_free_walking:
            why = "before " + pain_free_walking.iso()
                  + ", the projected day of pain-free walking from which running may build";
            break;
        case FullSpeedHold::gait_not_recorded:
            // A gait nobody has looked at is not an even one (gait_recorded_even(), the gait
            // advice's reading too): full speed waits for an assessment that records it.
            why = "gait not recorded even: no assessment up to " + day.iso() + " records it";
            break;
        case FullSpeedHold::gait_altered:
            why = "gait recorded altered on "
                  + latest_gait_record(input.chronology, day)->date.iso()
                  + " and not recorded even since";
            break;
    }
    if (why.empty()) {
        return std::nullopt;
    }
    const int days = input.day_of_injury(day);
    std::string text{item.category == Category::sprint ? "sprinting" : "running"};
    text.append(" at ").append(std::to_string(*speed_pct(item))).append("% of top speed ");
    if (!item.intensity_pct) {
        text.append("(no intensity_pct: a sprint is read as full speed) ");
    }
    if (days == 0) {
        text.append("on the day of injury");
    } else {
        text.append(std::to_string(days))
            .append(days == 1 ? " day" : " days")
            .append(" after injury");
    }
    return text.append(", before walking is pain-free and even (")
        .append(why)
        .append("): below ")
        .append(std::to_string(high_speed_pct))
        .append("% until then");
}

}  // namespace coach::safety
