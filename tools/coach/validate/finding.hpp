#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace coach::cli::validation {

// How much a finding matters: a `fail` means a host would refuse the plugin or get wrong plans
// from it, a `warn` that it works but falls short of the contract, a `note` is for information.
enum class Grade { fail, warn, note };

constexpr std::string_view grade_name(Grade grade) {
    switch (grade) {
        case Grade::fail:
            return "fail";
        case Grade::warn:
            return "warn";
        case Grade::note:
            return "note";
    }
    return "note";
}

// One line of the report, without the name of the check that found it.
struct Finding {
    Grade grade = Grade::note;
    std::string reason;

    friend bool operator==(const Finding&, const Finding&) = default;
};

using Findings = std::vector<Finding>;

inline Finding fail(std::string reason) {
    return {Grade::fail, std::move(reason)};
}
inline Finding warn(std::string reason) {
    return {Grade::warn, std::move(reason)};
}
inline Finding note(std::string reason) {
    return {Grade::note, std::move(reason)};
}

}  // namespace coach::cli::validation
