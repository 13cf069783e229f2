#pragma once

#include <ostream>

#include "coach/cohort.hpp"
#include "cohort/record_result.hpp"

namespace coach::detail {

// Where results go once they are in input order: the output line, the summary, the callbacks.
// Not thread-safe: the caller makes sure one result is written at a time, in order.
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
};

}  // namespace coach::detail
