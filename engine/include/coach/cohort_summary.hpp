#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "coach/export.hpp"
#include "coach/results.hpp"
#include "coach/text_wrap.hpp"

namespace coach {

// The exact distribution of an integer quantity, kept as a count per distinct value: memory grows
// with the number of distinct values (small for plan metrics), never with the number of samples.
// The counts are one sorted array, so that adding a value seen before is a binary search in
// contiguous memory, not a walk of a tree (docs/PERFORMANCE.md).
// A value type: const methods are [thread-safe]; add() and merge() need one writer at a time.
class COACH_ENGINE_API ValueCounts {
  public:
    void add(int value, std::uint64_t times = 1);
    void merge(const ValueCounts& other);

    std::uint64_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    // Each distinct value with how many times it was added, by ascending value; a view valid until
    // the next add() or merge().
    std::span<const std::pair<int, std::uint64_t>> counts() const { return counts_; }

    // The p-quantile (0 <= p <= 1) of the values, interpolated linearly between the two nearest
    // ranks: with the n values sorted as x[0..n-1], h = (n - 1) p and the quantile is
    // x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h]). This is Hyndman and Fan's type 7,
    // the default of R and NumPy and Excel's QUARTILE.INC. Nullopt when there are no values.
    std::optional<double> quantile(double p) const;
    std::optional<double> median() const { return quantile(0.5); }
    std::optional<double> first_quartile() const { return quantile(0.25); }
    std::optional<double> third_quartile() const { return quantile(0.75); }

    friend bool operator==(const ValueCounts&, const ValueCounts&) = default;

  private:
    // The k-th smallest value (0-based); k < size().
    int nth(std::uint64_t k) const;

    std::vector<std::pair<int, std::uint64_t>> counts_;  // by ascending value, each value once
    std::uint64_t size_ = 0;
};

// A cohort summarises the numeric metrics of coach.comparison/1: numeric_metrics (results.hpp),
// in that order.
inline constexpr std::size_t cohort_metric_count = numeric_metric_count;

inline constexpr int injury_grade_count = 5;  // grades 0..4

// One philosophy's results over a group of athletes (all of them, or those of one grade). Like
// ValueCounts, a value type: const methods are [thread-safe]; writes need one writer at a time.
struct COACH_ENGINE_API CohortGroup {
    std::uint64_t ok = 0;              // plans that passed the safety gate
    std::uint64_t referral = 0;        // plans the safety gate withheld (a red flag)
    std::uint64_t not_applicable = 0;  // the philosophy does not cover the record's injury
    std::uint64_t error = 0;           // plugin failures: no plan
    // The distribution of each metric over the `ok` plans; a days_to_* metric counts only the
    // plans that reach it within the horizon.
    std::array<ValueCounts, cohort_metric_count> metrics;

    std::uint64_t athletes() const { return ok + referral + not_applicable + error; }
    // The distribution of the numeric metric with `key` ("sessions"); throws std::out_of_range
    // for a key that names none.
    const ValueCounts& operator[](std::string_view key) const;
    // Adds one ok plan's metrics.
    void add_plan(const Metrics& plan_metrics);
    void merge(const CohortGroup& other);

    friend bool operator==(const CohortGroup&, const CohortGroup&) = default;
};

struct COACH_ENGINE_API CohortPhilosophy {
    std::string id;
    std::array<CohortGroup, injury_grade_count> by_grade;  // indexed by injury grade

    // Every grade together.
    CohortGroup overall() const;

    friend bool operator==(const CohortPhilosophy&, const CohortPhilosophy&) = default;
};

// What a cohort run found. Every non-blank input line is one record, and
// records == ok + referral + not_applicable + rejected always holds.
struct COACH_ENGINE_API CohortSummary {
    std::uint64_t records = 0;         // non-blank input lines
    std::uint64_t ok = 0;              // valid records the safety gate let through
    std::uint64_t referral = 0;        // valid records whose plans the safety gate withheld
    std::uint64_t not_applicable = 0;  // valid records no philosophy run covers (injury region)
    std::uint64_t rejected = 0;        // lines that are not a valid coach.athlete/1 record
    std::uint64_t blank_lines = 0;     // empty or whitespace-only lines, skipped
    // Records of any status whose decoding raised warnings (json::decode_athlete()): a key the
    // format does not know, a grade or red flag read from free text over what the record says.
    std::uint64_t with_warnings = 0;
    // Valid records whose athlete id an earlier record of the same run has (each is planned, and
    // warned about naming the earlier line). A distributed run counts those within each part.
    std::uint64_t duplicate_ids = 0;
    bool complete = true;  // false when the run was stopped before the end of its input
    std::vector<CohortPhilosophy> philosophies;  // in the order they were run

    // Adds `other`, the summary of another part of the same input run with the same options, as
    // if one run had read both parts: counts add, value counts merge exactly (so medians and
    // quartiles are those of the whole), `complete` holds only when both are complete. The order
    // of merging does not matter. Throws std::invalid_argument, leaving this summary as it was,
    // when `other` ran other philosophies or ran them in another order. One writer at a time.
    void merge(const CohortSummary& other);

    friend bool operator==(const CohortSummary&, const CohortSummary&) = default;
};

namespace json {

inline constexpr std::string_view cohort_summary_schema = "coach.cohort-summary/1";

// The summary as JSON indented by two spaces (docs/DATA.md, "Cohort summary"): counts, then per
// philosophy `overall` and `by_grade` (grades 0..4, always all five), each with its counts and
// {n, median, q1, q3} per metric (null when n is 0). [thread-safe]
COACH_ENGINE_API std::string encode_cohort_summary(const CohortSummary& summary);

}  // namespace json

namespace report {

// The summary as aligned text for people, in lines of at most `width` columns (a table wider is
// cut into blocks, text_table.hpp): the counts, each metric's median [Q1-Q3] per philosophy over
// all athletes, then the median per injury grade. [thread-safe]
COACH_ENGINE_API std::string cohort_summary_table(const CohortSummary& summary,
                                                  std::size_t width = default_text_width);

// A quantile as the summary prints it: shortest exact decimal, "-" when absent ("2.5", "17").
// [thread-safe]
COACH_ENGINE_API std::string format_quantile(const std::optional<double>& value);

}  // namespace report

}  // namespace coach
