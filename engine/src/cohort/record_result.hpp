#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "coach/cohort.hpp"
#include "coach/engine.hpp"
#include "cohort/line_reader.hpp"

namespace coach::detail {

// What every line of one run is planned with.
struct CohortRun {
    const Engine& engine;
    std::vector<std::string> philosophies;  // resolved: never empty
    std::optional<Date> as_of;
    std::optional<int> horizon_days;
    std::size_t max_line_bytes = 0;
};

// Checks `options` against `engine` and resolves the philosophies to run. Throws
// std::invalid_argument as run_cohort() documents.
CohortRun resolve_run(const Engine& engine, const CohortOptions& options);

enum class RecordStatus { ok, referral, not_applicable, rejected };
enum class PlanResult { ok, referral, not_applicable, error };

}  // namespace coach::detail

namespace coach {
COACH_ENUM_NAMES(detail::RecordStatus, {detail::RecordStatus::ok, "ok"},
                 {detail::RecordStatus::referral, "referral"},
                 {detail::RecordStatus::not_applicable, "not_applicable"},
                 {detail::RecordStatus::rejected, "rejected"});
COACH_ENUM_NAMES(detail::PlanResult, {detail::PlanResult::ok, "ok"},
                 {detail::PlanResult::referral, "referral"},
                 {detail::PlanResult::not_applicable, "not_applicable"},
                 {detail::PlanResult::error, "error"});
}  // namespace coach

namespace coach::detail {

struct PhilosophyResult {
    PlanResult result = PlanResult::error;
    Metrics metrics;  // when result is ok; without the weekly series
};

// One input line, planned: the output line and what the summary needs from it.
struct RecordResult {
    std::uint64_t line = 0;
    std::uint64_t bytes_end = 0;
    RecordStatus status = RecordStatus::rejected;
    int grade = 0;
    std::optional<RejectedLine> rejection;       // when status is rejected
    std::vector<json::Problem> warnings;         // the decoder's, of any status
    std::vector<PhilosophyResult> philosophies;  // in run order, unless rejected
    std::string json;                            // the output line, without its line break
    std::string athlete;                         // the record's id, unless rejected
    // Where one more warning goes in `json`: before the "]" of its "warnings", or where
    // ',"warnings":[...]' goes when it has none. npos for a rejected record.
    std::size_t more_warnings_at = std::string::npos;
};

// Adds `warning` to `result`: to its warnings and to its output line. `result` is not rejected.
void add_warning(RecordResult& result, json::Problem warning);

// Decodes `line` and plans it through every philosophy of `run`. [thread-safe]
RecordResult plan_record(const CohortRun& run, const InputLine& line);

// Adds one record to `summary`, whose philosophies are those of the run, in run order.
void tally(CohortSummary& summary, const RecordResult& record);

}  // namespace coach::detail
