// What the unit tests of red flags in notes decode and read back, in one place.
#pragma once

#include <gtest/gtest.h>

#include <cstddef>
#include <cstdio>
#include <string>
#include <vector>

#include "coach/engine.hpp"
#include "coach/json.hpp"
#include "coach/safety_gate.hpp"
#include "coach/sdk/symptoms.hpp"

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

// The warning for a note of assessment `index` that mentions `quoted` while the assessment records
// `symptoms` ("symptoms.numbness false"), word for word as the user reads it.
inline std::string contradiction(const std::string& quoted, const std::string& symptoms,
                                 int index = 0) {
    return "/assessments/" + std::to_string(index) + "/notes: mentions \"" + quoted
           + "\", but this assessment records " + symptoms
           + ": the words contradict the record, and the red flag is read as present (red flags "
             "win); correct the one that is wrong";
}

// `note` affirms `flag` (quoting `quoted`) on a record whose flags are all recorded absent: the one
// warning is the contradiction, and the flag is read present.
inline void expect_affirmed(const std::string& note, const std::string& quoted,
                            const std::string& flag, const std::string& date = "2026-10-02") {
    const auto decoded = decode_saying(note, all_flags_false, date);
    ASSERT_TRUE(decoded.value) << note << ": " << decoded.problems.front().to_string();
    EXPECT_EQ(warnings_of(decoded),
              std::vector<std::string>{contradiction(quoted, "symptoms." + flag + " false")})
        << note;
    EXPECT_EQ(coach::finding(decoded.value->athlete.assessments[0].symptoms,
                             *coach::parse_enum<coach::RedFlag>(flag)),
              coach::Finding::present)
        << note;
}

// What the safety gate says of a record whose flags are all recorded absent and whose assessment
// on `date` says `note`: whether it withholds every plan, and what decoding warned of.
struct GateVerdict {
    bool stops = false;
    bool warned = false;
    std::vector<std::string> warnings;
};

inline GateVerdict gate_verdict_on(const std::string& note,
                                   const std::string& date = "2026-10-08") {
    const auto decoded = decode_saying(note, all_flags_false, date);
    if (!decoded.value) {
        ADD_FAILURE() << note << ": " << decoded.problems.front().to_string();
        return {};
    }
    const auto planning = coach::Engine::make_case(decoded.value->athlete, decoded.value->request);
    return {.stops = !coach::safety::stop_referrals(planning.input()).empty(),
            .warned = !decoded.warnings.empty(),
            .warnings = warnings_of(decoded)};
}

// `note` withholds every plan.
inline void expect_stop(const std::string& note) {
    EXPECT_TRUE(gate_verdict_on(note).stops) << note;
}

// `note` withholds every plan and warns that it contradicts the record.
inline void expect_withheld(const std::string& note) {
    const auto verdict = gate_verdict_on(note);
    EXPECT_TRUE(verdict.stops) << note;
    EXPECT_TRUE(verdict.warned) << note;
}

// `note` withholds no plan and warns of nothing.
inline void expect_plan(const std::string& note) {
    const auto verdict = gate_verdict_on(note);
    EXPECT_FALSE(verdict.stops) << note;
    EXPECT_EQ(verdict.warnings, std::vector<std::string>{}) << note;
}

// A held-out set's score: how many of `notes` read as expected (each stops when `stop`, else
// neither stops nor warns), printed with each that does not under `label` ("held-out 36"), and a
// failure when fewer than `measured` do.
inline void report_held_out(const char* label, const char* what, bool stop, std::size_t measured,
                            const std::vector<std::string>& notes) {
    std::size_t right = 0;
    for (const auto& note : notes) {
        const auto verdict = gate_verdict_on(note);
        const bool ok = stop ? verdict.stops : !verdict.stops && !verdict.warned;
        if (!ok) {
            std::printf("[%s] miss (%s): %s\n", label, what, note.c_str());
        }
        right += ok ? 1U : 0U;
    }
    std::printf("[%s] %s: %zu/%zu as expected\n", label, what, right, notes.size());
    EXPECT_GE(right, measured) << what;
}

// A held-out note and the date of the assessment it is written in (the list's own date when
// empty).
struct DatedNote {
    std::string note;
    std::string date;
};

// Reads each of `notes` (dated `default_date` unless it says otherwise) and expects at least
// `measured` of them as the list says: every plan withheld (`stop`), or planned with no warning.
// Prints each miss and the count, "[held-out 39] stop: 34/35 as expected", so that a list's
// figure can be read off a run.
inline void expect_held_out_rate(const char* list, const char* what, bool stop,
                                 std::size_t measured, const std::string& default_date,
                                 const std::vector<DatedNote>& notes) {
    std::size_t right = 0;
    for (const auto& [note, given_date] : notes) {
        const auto& date = given_date.empty() ? default_date : given_date;
        const auto verdict = gate_verdict_on(note, date);
        const bool ok = stop ? verdict.stops : !verdict.stops && !verdict.warned;
        if (!ok) {
            std::printf("[%s] miss (%s): %s (%s)\n", list, what, note.c_str(), date.c_str());
        }
        right += ok ? 1U : 0U;
    }
    std::printf("[%s] %s: %zu/%zu as expected\n", list, what, right, notes.size());
    EXPECT_GE(right, measured) << what;
}

}  // namespace coach::test
