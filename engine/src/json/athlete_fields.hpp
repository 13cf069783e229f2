#pragma once

#include <array>
#include <optional>
#include <string_view>
#include <utility>

#include "coach/sdk/athlete.hpp"
#include "strict_json/object_reader.hpp"

// The fields of a coach.athlete/1 record that its reader and writer both walk, and the keys its
// reader guards (docs/DATA.md). [thread-safe] Constants.
namespace coach::json::detail {

constexpr int pain_max = 10;
constexpr int percent_max = 100;
constexpr int grade_max = 4;
constexpr int plausible_count = 1000;
constexpr int age_max = 120;

// The symptoms as a record spells them, in the order it lists them.
constexpr std::array<std::pair<std::string_view, Finding Symptoms::*>, 5> symptom_keys = {{
    {"numbness", &Symptoms::numbness},
    {"tingling", &Symptoms::tingling},
    {"altered_gait", &Symptoms::altered_gait},
    {"unable_to_bear_weight", &Symptoms::unable_to_bear_weight},
    {"palpable_gap", &Symptoms::palpable_gap},
}};

// The measurements of an assessment, each 0..max, in the order a record lists them.
struct Measurement {
    std::string_view key;
    std::optional<int> Assessment::*member;
    int max;
};
constexpr std::array<Measurement, 6> measurements = {{
    {"pain_rest", &Assessment::pain_rest, pain_max},
    {"pain_walking", &Assessment::pain_walking, pain_max},
    {"pain_exercise", &Assessment::pain_exercise, pain_max},
    {"aslr_deficit_pct", &Assessment::aslr_deficit_pct, percent_max},
    {"strength_deficit_pct", &Assessment::strength_deficit_pct, percent_max},
    {"max_sprint_pct", &Assessment::max_sprint_pct, percent_max},
}};

// A symptom or review in the wrong place is refused, not warned about and ignored: a key that is,
// nearly is, or names in other words ("numb", "pins_and_needles", "cannot_bear_weight") one of
// these.
constexpr std::array<std::string_view, 7> guarded_names = {
    "numbness",     "tingling", "altered_gait",    "unable_to_bear_weight",
    "palpable_gap", "symptoms", "clinician_review"};
constexpr std::array<strict_json::GuardedWord, 16> red_flag_words = {
    {{"numb", false, "numbness"},
     {"sciatic", true, "tingling"},
     {"radiat", true, "tingling"},
     {"nerve", true, "tingling"},
     {"neural", true, "tingling"},
     {"walk", true, "unable_to_bear_weight"},
     {"crutch", true, "unable_to_bear_weight"},
     {"numbn", true, "numbness"},
     {"tingl", true, "tingling"},
     {"paresth", true, "tingling"},
     {"paraesth", true, "tingling"},
     {"needles", false, "tingling"},
     {"bear", false, "unable_to_bear_weight"},
     {"bearing", false, "unable_to_bear_weight"},
     {"gap", false, "palpable_gap"},
     {"palpable", false, "palpable_gap"}}};
constexpr strict_json::Guard red_flag_guard{
    guarded_names, red_flag_words,
    ": refused, as it may record a red flag; symptoms and clinician reviews belong in an "
    "assessment (\"symptoms\", \"clinician_review\")",
    // Every string of a record is read for red flags (red_flag_text.hpp), an unknown key's too.
    true};

}  // namespace coach::json::detail
