#pragma once

#include <filesystem>
#include <span>
#include <string_view>
#include <vector>

#include "finding.hpp"
#include "reference_athletes.hpp"

namespace coach::cli::validation {

// What every check is given: the plugin file and the reference athletes.
struct CheckInput {
    std::filesystem::path library;  // absolute
    std::span<const ReferenceAthlete> athletes;
};

// One conformance check. `run` is called in a child process of its own (isolated_run.hpp) and
// may load and call the plugin; it returns at least one finding, a `note` when all is well.
struct Check {
    std::string_view name;                // at most 12 characters: a column of the report
    std::vector<std::string_view> needs;  // checks that must not have failed or been skipped
    Findings (*run)(const CheckInput& input);
};

// Whether `version` is MAJOR.MINOR.PATCH, optionally followed by -pre-release and +build
// identifiers (semver.org): "1.0.0", "2.1.0-rc.1"; not "1.0", "first draft".
bool is_semantic_version(std::string_view version);

// The checks of `coach validate-plugin`, in the order they run.
const std::vector<Check>& conformance_checks();

// The individual checks, one per rule of the plugin contract (sdk/README.md).
Findings check_loads(const CheckInput& input);
Findings check_symbols(const CheckInput& input);
Findings check_abi(const CheckInput& input);
Findings check_metadata(const CheckInput& input);
Findings check_plans(const CheckInput& input);
Findings check_validity(const CheckInput& input);
Findings check_determinism(const CheckInput& input);
Findings check_threads(const CheckInput& input);
Findings check_referrals(const CheckInput& input);
Findings check_pain_rule(const CheckInput& input);
Findings check_stdout(const CheckInput& input);
// Sessions on the projected course are marked from the first such step on (until a measurement),
// each run opened by a reassessment, and no "criteria met" for a projected return to sport.
Findings check_course(const CheckInput& input);

}  // namespace coach::cli::validation
