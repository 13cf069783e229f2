#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "coach/sdk/enum_names.hpp"

namespace coach {

// What an assessment says about one sign or symptom. A record that does not mention it has not
// recorded it: that is never the same as "absent", and never a finding either.
enum class Finding : std::uint8_t { not_recorded, absent, present };
COACH_ENUM_NAMES(Finding, {Finding::not_recorded, "not_recorded"}, {Finding::absent, "absent"},
                 {Finding::present, "present"});

constexpr bool is_present(Finding finding) {
    return finding == Finding::present;
}
constexpr Finding finding_of(bool present) {
    return present ? Finding::present : Finding::absent;
}
// The worse of two findings of one day: present over absent over not recorded.
constexpr Finding worse(Finding a, Finding b) {
    return static_cast<std::uint8_t>(a) >= static_cast<std::uint8_t>(b) ? a : b;
}

struct Symptoms {
    Finding numbness = Finding::not_recorded;
    Finding tingling = Finding::not_recorded;
    Finding altered_gait = Finding::not_recorded;
    Finding unable_to_bear_weight = Finding::not_recorded;
    Finding palpable_gap = Finding::not_recorded;

    friend bool operator==(const Symptoms&, const Symptoms&) = default;
};

// The symptoms that withhold every plan until a clinician has seen them (the engine's safety
// gate, docs/DATA.md "Safety gate"). The names are the keys of the record's `symptoms`.
enum class RedFlag : std::uint8_t { numbness, tingling, unable_to_bear_weight, palpable_gap };
COACH_ENUM_NAMES(RedFlag, {RedFlag::numbness, "numbness"}, {RedFlag::tingling, "tingling"},
                 {RedFlag::unable_to_bear_weight, "unable_to_bear_weight"},
                 {RedFlag::palpable_gap, "palpable_gap"});

namespace detail {
// The member of `symptoms` (const or not) that records `flag`: one switch for both overloads.
template <class SymptomsT>
constexpr auto& finding_member(SymptomsT& symptoms, RedFlag flag) {
    switch (flag) {
        case RedFlag::numbness:
            return symptoms.numbness;
        case RedFlag::tingling:
            return symptoms.tingling;
        case RedFlag::unable_to_bear_weight:
            return symptoms.unable_to_bear_weight;
        case RedFlag::palpable_gap:
            break;
    }
    return symptoms.palpable_gap;
}
}  // namespace detail

// What `symptoms` records of `flag`. [thread-safe] Pure.
constexpr Finding finding(const Symptoms& symptoms, RedFlag flag) {
    return detail::finding_member(symptoms, flag);
}

// The field of `symptoms` that records `flag`, to set it ("finding(s, flag) = Finding::present").
// The reference is into `symptoms` and lives as long as it. [thread-compatible]
constexpr Finding& finding(Symptoms& symptoms, RedFlag flag) {
    return detail::finding_member(symptoms, flag);
}

// A clinician's review recorded with an assessment: it lifts the named red flags raised on
// earlier days. A flag recorded present on the review's own day or later is raised again.
struct ClinicianReview {
    std::string clinician;       // who reviewed; never empty
    std::vector<RedFlag> lifts;  // never empty
    std::string note;

    friend bool operator==(const ClinicianReview&, const ClinicianReview&) = default;
};

}  // namespace coach
