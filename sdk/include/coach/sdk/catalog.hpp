#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <type_traits>

#include "coach/sdk/enum_names.hpp"

namespace coach {

// What kind of work an exercise is. Every exercise, shared or plugin-declared, has exactly one
// category; the engine's metrics add doses up per category.
enum class Category : std::uint8_t {
    strength_eccentric,
    strength_isometric,
    strength_general,
    sprint,
    running,
    drill,
    warmup_dynamic,
    stretch_static,
    manual_therapy,
    foam_roll,
    cryotherapy,
    heat,
    support,
    cross_training,
    rest,
    assessment,
};

COACH_ENUM_NAMES(Category, {Category::strength_eccentric, "strength_eccentric"},
                 {Category::strength_isometric, "strength_isometric"},
                 {Category::strength_general, "strength_general"}, {Category::sprint, "sprint"},
                 {Category::running, "running"}, {Category::drill, "drill"},
                 {Category::warmup_dynamic, "warmup_dynamic"},
                 {Category::stretch_static, "stretch_static"},
                 {Category::manual_therapy, "manual_therapy"}, {Category::foam_roll, "foam_roll"},
                 {Category::cryotherapy, "cryotherapy"}, {Category::heat, "heat"},
                 {Category::support, "support"}, {Category::cross_training, "cross_training"},
                 {Category::rest, "rest"}, {Category::assessment, "assessment"});

inline constexpr std::size_t category_count = enum_names<Category>::table.size();

constexpr std::size_t index_of(Category category) {
    return static_cast<std::size_t>(category);
}

// The unit in which an item of a category is dosed, and so in which it must state its volume:
// reps = sets x reps; seconds = sets x hold_s; metres = sets x reps x distance_m;
// minutes = sets x duration_min; count = one per item (no volume needed).
enum class DoseUnit : std::uint8_t { reps, seconds, metres, minutes, count };

COACH_ENUM_NAMES(DoseUnit, {DoseUnit::reps, "reps"}, {DoseUnit::seconds, "s"},
                 {DoseUnit::metres, "m"}, {DoseUnit::minutes, "min"}, {DoseUnit::count, "x"});

constexpr DoseUnit dose_unit(Category category) {
    switch (category) {
        case Category::strength_eccentric:
        case Category::strength_general:
            return DoseUnit::reps;
        case Category::strength_isometric:
            return DoseUnit::seconds;
        case Category::sprint:
        case Category::drill:
            return DoseUnit::metres;
        case Category::running:
        case Category::warmup_dynamic:
        case Category::stretch_static:
        case Category::manual_therapy:
        case Category::foam_roll:
        case Category::cryotherapy:
        case Category::heat:
        case Category::cross_training:
            return DoseUnit::minutes;
        case Category::support:
        case Category::rest:
        case Category::assessment:
            return DoseUnit::count;
    }
    return DoseUnit::count;
}

struct Exercise {
    std::string_view id;
    Category category;
    std::string_view name;
};

// The shared exercise catalog (docs/PHILOSOPHIES.md). Ids are stable: plans and logs use them.
inline constexpr std::array catalog = std::to_array<Exercise>({
    {"slider_curl_double", Category::strength_eccentric, "Slider curl, both legs"},
    {"slider_curl_single", Category::strength_eccentric, "Slider curl, single leg"},
    {"nordic_curl", Category::strength_eccentric, "Nordic hamstring curl"},
    {"romanian_deadlift", Category::strength_eccentric, "Romanian deadlift"},
    {"single_leg_deadlift", Category::strength_eccentric, "Single-leg deadlift"},
    {"isometric_bridge_hold", Category::strength_isometric, "Isometric bridge hold"},
    {"isometric_heel_dig", Category::strength_isometric, "Isometric heel dig"},
    {"hip_thrust_double", Category::strength_general, "Hip thrust, both legs"},
    {"hip_thrust_single", Category::strength_general, "Hip thrust, single leg"},
    {"deadlift", Category::strength_general, "Conventional deadlift"},
    {"kettlebell_swing", Category::strength_general, "Kettlebell swing"},
    {"glute_bridge", Category::strength_general, "Glute bridge"},
    {"lying_leg_curl", Category::strength_general, "Lying leg curl"},
    {"core_plank", Category::strength_general, "Plank"},
    {"quad_hip_flexor_strength", Category::strength_general, "Quadriceps and hip flexor strength"},
    {"acceleration", Category::sprint, "Acceleration"},
    {"flying_sprint", Category::sprint, "Flying sprint"},
    {"speed_change_run", Category::sprint, "Fast-easy-fast run"},
    {"light_jog", Category::running, "Light jog"},
    {"easy_run", Category::running, "Easy run"},
    {"marching_drill", Category::drill, "Marching drill"},
    {"skipping_drill", Category::drill, "Skipping drill"},
    {"running_a", Category::drill, "Running A (high knee)"},
    {"butt_kicks", Category::warmup_dynamic, "Butt kicks"},
    {"inchworm", Category::warmup_dynamic, "Inchworm"},
    {"fire_hydrant_circles", Category::warmup_dynamic, "Fire-hydrant circles"},
    {"leg_crossovers", Category::warmup_dynamic, "Leg crossovers"},
    {"dynamic_flexibility", Category::warmup_dynamic, "Dynamic flexibility"},
    {"pnf_hip", Category::warmup_dynamic, "PNF work around the hips"},
    {"hamstring_static_stretch", Category::stretch_static, "Static hamstring stretch"},
    {"massage_surrounding", Category::manual_therapy, "Massage of the surrounding muscles"},
    {"massage_site", Category::manual_therapy, "Massage of the injury site"},
    {"deep_tissue_massage", Category::manual_therapy, "Deep tissue massage"},
    {"flushing_massage", Category::manual_therapy, "Light flushing massage"},
    {"self_massage", Category::manual_therapy, "Self-massage"},
    {"foam_roll_hamstring", Category::foam_roll, "Foam rolling, hamstrings"},
    {"ice", Category::cryotherapy, "Ice"},
    {"heat_rub_wrap", Category::heat, "Heat rub and light wrap"},
    {"compression_shorts", Category::support, "Compression shorts"},
    {"aqua_jog", Category::cross_training, "Aqua jogging"},
    {"cycling", Category::cross_training, "Gentle cycling"},
    {"rest", Category::rest, "Rest"},
    {"evaluation", Category::assessment, "Evaluation and observation"},
});

namespace detail {

// The bytes id[from, from + count), count at most 8, as a little-endian number.
constexpr std::uint64_t bytes_at(std::string_view id, std::size_t from, std::size_t count) {
    std::uint64_t word = 0;
    for (std::size_t i = 0; i < count; ++i) {
        word |= std::uint64_t{static_cast<unsigned char>(id[from + i])} << (8 * i);
    }
    return word;
}

// The catalog index's hash: an id's length and its first and last eight bytes (the whole id when
// shorter), multiplied through. Each item of each plan is looked up twice (by its PlanBuilder and
// by the safety gate), and reading every byte of the id one at a time (FNV-1a) was 2.3% of a
// cohort's instructions (docs/PERFORMANCE.md). An id of 8 bytes or more is read as two words at
// run time and byte by byte at compile time, where the index is built: the same numbers on a
// little-endian machine, and a big-endian one reads bytes both times. [thread-safe] Pure.
constexpr std::uint32_t exercise_hash(std::string_view id) {
    std::uint64_t head = 0;
    std::uint64_t tail = 0;
    if (std::is_constant_evaluated() || std::endian::native != std::endian::little
        || id.size() < 8) {
        const std::size_t count = id.size() < 8 ? id.size() : 8;
        head = bytes_at(id, 0, count);
        tail = bytes_at(id, id.size() - count, count);
    } else {
        std::memcpy(&head, id.data(), 8);
        std::memcpy(&tail, id.data() + id.size() - 8, 8);
    }
    const std::uint64_t mixed =
        (head ^ (tail * 0x9E3779B97F4A7C15u) ^ id.size()) * 0xFF51AFD7ED558CCDu;
    return static_cast<std::uint32_t>(mixed >> 32);
}

// An open-addressing index of the catalog, built at compile time: slot -> position + 1, 0 empty.
// Every item of every plan is looked up, by the plugin's PlanBuilder and again by the engine's
// safety gate, so a look-up is one hash and, nearly always, one comparison.
inline constexpr std::size_t catalog_slots = 128;  // a power of two, over twice catalog.size()
static_assert(catalog.size() * 2 < catalog_slots && catalog.size() < 255);

inline constexpr auto catalog_index = [] {
    std::array<std::uint8_t, catalog_slots> slots{};
    for (std::size_t position = 0; position < catalog.size(); ++position) {
        auto slot = exercise_hash(catalog[position].id) & (catalog_slots - 1);
        while (slots[slot] != 0) {
            slot = (slot + 1) & (catalog_slots - 1);
        }
        slots[slot] = static_cast<std::uint8_t>(position + 1);
    }
    return slots;
}();

// The most slots any catalog id lies past its own (its hash's): a look-up of a catalog id reads
// at most one more slot than this.
inline constexpr std::size_t catalog_probes = [] {
    std::size_t most = 0;
    for (std::size_t slot = 0; slot < catalog_slots; ++slot) {
        if (catalog_index[slot] != 0) {
            const auto home =
                exercise_hash(catalog[catalog_index[slot] - 1].id) & (catalog_slots - 1);
            const auto past = (slot + catalog_slots - home) & (catalog_slots - 1);
            most = past > most ? past : most;
        }
    }
    return most;
}();
static_assert(catalog_probes <= 4, "the catalog index clusters: widen catalog_slots");

}  // namespace detail

// The shared catalog entry for `id`, or nullptr.
constexpr const Exercise* find_exercise(std::string_view id) {
    for (auto slot = detail::exercise_hash(id) & (detail::catalog_slots - 1);
         detail::catalog_index[slot] != 0; slot = (slot + 1) & (detail::catalog_slots - 1)) {
        const Exercise& exercise = catalog[detail::catalog_index[slot] - 1];
        if (exercise.id == id) {
            return &exercise;
        }
    }
    return nullptr;
}

}  // namespace coach
