#pragma once

#include <string_view>

#include "coach/sdk/athlete.hpp"
#include "coach/sdk/catalog.hpp"
#include "coach/sdk/plan.hpp"

// The first days after injury, as the engine's safety gate holds every plan to them: what an
// item may not be in days 0-2, so that a plugin (or a protocol file's loader) can refuse it where
// it is written instead of having the gate refuse the plan. Where the rules come from:
// Heiderscheit BC et al., J Orthop Sports Phys Ther 2010;40(2):67-81 (phase I: no lengthening of
// the injured hamstring under load, submaximal isometrics only); Askling CM et al., Br J Sports
// Med 2013;47(15):953-959 (lengthening work from about day 5); Jarvinen TAH et al., Am J Sports
// Med 2005;33(5):745-764 (a short rest lets the scar form); Dubois B, Esculier JF, Br J Sports
// Med 2020;54(2):72-73 (protect: unload for 1-3 days); Allen TJ et al., J Appl Physiol
// 2018;124(2):388-399 (isometric work damages muscle least at half-maximal effort or less).
// The engine's coach/safety_gate.hpp states the same rules. All of it is [thread-safe] and pure.
namespace coach {

inline constexpr int protected_days = 3;  // days 0..2 after injury
// Strength work in the protected days: no external load beyond this, and an effort, when stated,
// of at most this per cent of maximal.
inline constexpr Load heaviest_protected_load = Load::bodyweight;
inline constexpr int highest_protected_effort_pct = 50;

// True for the exercises that massage the injury site itself.
constexpr bool is_site_massage(std::string_view exercise) {
    return exercise == "massage_site" || exercise == "deep_tissue_massage";
}

// Which of the first days' strength rules `item` (its category filled in) breaks, whatever its
// side: eccentric strength at all; strength_general or strength_isometric work with a load
// beyond heaviest_protected_load, or at an effort above highest_protected_effort_pct. The one
// reading of these rules: first_days_restriction() words the first one broken, the engine's
// safety gate names each with its field.
struct FirstDaysStrength {
    bool eccentric = false;     // category strength_eccentric
    bool loaded = false;        // item.load beyond heaviest_protected_load
    bool above_effort = false;  // item.intensity_pct above highest_protected_effort_pct

    constexpr bool any() const { return eccentric || loaded || above_effort; }
};

constexpr FirstDaysStrength first_days_strength(const Item& item) {
    if (item.category == Category::strength_eccentric) {
        return {.eccentric = true};
    }
    if (item.category != Category::strength_general
        && item.category != Category::strength_isometric) {
        return {};
    }
    return {
        .loaded = item.load && *item.load > heaviest_protected_load,
        .above_effort = item.intensity_pct && *item.intensity_pct > highest_protected_effort_pct};
}

// What `item` (its category filled in) may not be in days 0-2 after injury, in words ("heat",
// "eccentric strength", "static stretching of the injured muscle", ...), or "" when it may be.
// Foam rolling, self-massage and static stretching count unless `side` is the uninjured one;
// strength work counts whatever the side (a loaded lift braces both legs).
constexpr std::string_view first_days_restriction(const Item& item) {
    const bool injured_side = item.side != Side::uninjured;
    if (item.category == Category::heat) {
        return "heat";
    }
    if (item.category == Category::sprint) {
        return "sprinting";
    }
    if (is_site_massage(item.exercise)) {
        return "massage of the injury site";
    }
    if (injured_side && item.category == Category::foam_roll) {
        return "foam rolling of the injured muscle";
    }
    if (injured_side && item.exercise == "self_massage") {
        return "self-massage of the injured muscle";
    }
    if (injured_side && item.category == Category::stretch_static) {
        return "static stretching of the injured muscle";
    }
    const auto strength = first_days_strength(item);
    if (strength.eccentric) {
        return "eccentric strength";
    }
    if (strength.loaded) {
        return "strength work with an external load";
    }
    if (strength.above_effort) {
        return "strength work above 50% effort";
    }
    return "";
}

}  // namespace coach
