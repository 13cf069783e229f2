#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "coach/sdk/athlete.hpp"
#include "coach/sdk/catalog.hpp"
#include "coach/sdk/plan.hpp"

namespace coach {

// An exercise a plugin adds to the shared catalog for its own plans. It must use one of the
// catalog's categories and an id the shared catalog does not already have.
struct DeclaredExercise {
    std::string id;
    Category category = Category::rest;
    std::string name;

    friend bool operator==(const DeclaredExercise&, const DeclaredExercise&) = default;
};

// The category of `exercise`: from the shared catalog, else from a plugin's `declared` exercises;
// nullopt when neither has it.
inline std::optional<Category> category_of(std::string_view exercise,
                                           const std::vector<DeclaredExercise>& declared) {
    if (const auto* shared = find_exercise(exercise)) {
        return shared->category;
    }
    for (const auto& own : declared) {
        if (own.id == exercise) {
            return own.category;
        }
    }
    return std::nullopt;
}

// A philosophy's metadata.
struct PhilosophyInfo {
    std::string id;                     // stable, lower-case, e.g. "eccentric-strength"
    std::string name;                   // for people, e.g. "Eccentric strength-first"
    std::string version;                // semantic version of the philosophy's rules, e.g. "1.0.0"
    std::string summary;                // one sentence
    std::vector<std::string> injuries;  // regions covered, e.g. {"hamstring"}
    int pain_ceiling = 4;               // highest 0-10 pain accepted during exercise; at most 4
    std::vector<std::string> sources;   // where the advice comes from
    std::vector<DeclaredExercise> exercises;  // additions to the shared catalog, if any

    friend bool operator==(const PhilosophyInfo&, const PhilosophyInfo&) = default;
};

// A rehabilitation philosophy: the one interface every plugin implements.
//
// The engine creates one instance per plugin library when it loads it and destroys it before
// unloading the library. Methods may throw; COACH_PLUGIN catches every exception at the library
// boundary and hands the host an error result instead.
class Philosophy {
  public:
    virtual ~Philosophy() = default;

    // The philosophy's metadata. The returned value is owned by the caller.
    // [thread-safe] Must return the same value on every call.
    virtual PhilosophyInfo info() const = 0;

    // The plan for `input.athlete` from `input.as_of` over `input.horizon_days` days.
    // `input` and the athlete it refers to are owned by the caller and live for the call; the
    // returned plan is owned by the caller.
    // [thread-safe] A pure function of `input`: deterministic, no shared mutable state, callable
    // from many threads at once. The engine fills in provenance and applies its safety gate to
    // the result, so the plugin neither needs to nor can bypass it.
    virtual Plan plan(const Case& input) const = 0;
};

}  // namespace coach
