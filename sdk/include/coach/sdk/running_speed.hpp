#pragma once

#include <optional>

#include "coach/sdk/catalog.hpp"
#include "coach/sdk/plan.hpp"

// How fast a running or sprint item is run: the one reading that the engine's safety gate (its
// high-speed rule), its metrics (high-speed metres, days to full speed) and its milestones (full
// speed) share, so that a plugin can read an item the way the engine will. docs/DATA.md ("Safety
// gate", "Metrics"). All of it is [thread-safe] and pure.
namespace coach {

// The project's full-speed line, in per cent of top speed: a sprint at this or more is full-speed
// work, and running at it waits for pain-free, even walking (the safety gate).
inline constexpr int full_speed_pct = 90;

// The per cent of top speed `item` runs at: its intensity_pct when stated. Unstated:
// - a sprint item (acceleration, flying sprint, fast-easy-fast run: sprinting is running at or
//   near top speed) runs at 100%, full speed. A sprint that does not say how fast is read as
//   fast as it can be, never as slow: safety first;
// - a running item (light jog, easy run: running below sprinting speed by definition, the
//   category sprint holds running at speed) and any other item: nullopt, no stated speed, read
//   as below full speed. Counting an unpaced jog as full speed would hold every easy run of a
//   plan until walking is even, which the rule does not ask (Heiderscheit et al. 2010 let a very
//   low speed jog come first).
constexpr std::optional<int> speed_pct(const Item& item) {
    if (item.intensity_pct) {
        return item.intensity_pct;
    }
    if (item.category == Category::sprint) {
        return 100;
    }
    return std::nullopt;
}

// Whether `item` is a sprint or running item at full_speed_pct or more (speed_pct()): the items
// the safety gate's high-speed rule holds back until walking is pain-free and even.
constexpr bool is_high_speed_running(const Item& item) {
    return (item.category == Category::sprint || item.category == Category::running)
           && speed_pct(item).value_or(0) >= full_speed_pct;
}

// Whether `item` is a sprint item at full_speed_pct or more (speed_pct()): what the full-speed
// milestone, days to full speed and high-speed metres count.
constexpr bool is_full_speed_sprint(const Item& item) {
    return item.category == Category::sprint && speed_pct(item).value_or(0) >= full_speed_pct;
}

}  // namespace coach
