#pragma once

#include <cstdint>
#include <ostream>

#include "coach/cohort.hpp"
#include "cohort/record_result.hpp"
#include "cohort/seen_ids.hpp"

namespace coach::detail {

// Where results go once they are in input order: the output line, the summary, the callbacks. A
// record whose athlete id an earlier record of the run has is given a warning naming that line
// (both are planned); the ids seen are kept in memory of fixed size (SeenIds). Not thread-safe: the
// caller makes sure one result is written at a time, in order.
class OrderedOutput {
  public:
    OrderedOutput(std::ostream& out, CohortSummary& summary, const CohortOptions& options,
                  const CohortProgressCallback& progress)
        : out_(out), summary_(summary), options_(options), progress_(progress) {}

    // Throws std::runtime_error when the output stream fails.
    void write(const RecordResult& result);

  private:
    std::ostream& out_;
    CohortSummary& summary_;
    const CohortOptions& options_;
    const CohortProgressCallback& progress_;
    SeenIds seen_ids_;
    bool told_full_ = false;  // whether a record said that later ids are not checked
};

}  // namespace coach::detail
