// What the unit tests of red flags in notes decode and read back, in one place.
#pragma once

#include <string>
#include <vector>

#include "coach/json.hpp"

namespace coach::test {

// The four red flags a record's symptoms can hold, each recorded absent.
inline constexpr auto all_flags_false =
    R"({"numbness":false,"tingling":false,"unable_to_bear_weight":false,"palpable_gap":false})";

// A record injured on 2026-10-01 (day 0) whose one assessment, on `date`, records `symptoms` (a
// JSON object) and says `note` (JSON-escaped by the caller), decoded.
inline coach::json::Decoded<coach::json::AthleteFile> decode_saying(
    const std::string& note, const std::string& symptoms, const std::string& date = "2026-10-02") {
    return coach::json::decode_athlete(
        R"({"schema":"coach.athlete/1","id":"a","injury":{"region":"hamstring","grade":2,)"
        R"("date":"2026-10-01"},"assessments":[{"date":")"
        + date + R"(","symptoms":)" + symptoms + R"(,"notes":")" + note + R"("}]})");
}

// Each warning of `decoded` as the user reads it.
inline std::vector<std::string> warnings_of(
    const coach::json::Decoded<coach::json::AthleteFile>& decoded) {
    std::vector<std::string> out;
    for (const auto& warning : decoded.warnings) {
        out.push_back(warning.to_string());
    }
    return out;
}

}  // namespace coach::test
