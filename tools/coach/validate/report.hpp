#pragma once

#include <string>
#include <string_view>

#include "finding.hpp"

namespace coach::cli::validation {

// How a check ended, from its findings.
enum class Outcome { passed, warned, failed, skipped };

Outcome outcome_of(const Findings& findings);

// One entry of the report: grade, check name and reason in columns, e.g.
// "fail  abi          SDK major version mismatch: plugin built with SDK 3.0, engine has SDK 2.0",
// the reason (through report::printable(): no control character reaches the terminal) wrapped
// at word boundaries in its column to fit `width` columns; no final "\n".
std::string report_line(std::string_view check, const Finding& finding, std::size_t width);

// Counts the checks by outcome and writes the last line of the report, e.g.
// "summary: 10 checks of good.so: 9 passed, 1 warned, 0 failed, 0 skipped".
class Tally {
  public:
    void add(Outcome outcome);
    bool any_failed() const { return failed_ > 0; }
    std::string summary(std::string_view library_name) const;

  private:
    int passed_ = 0;
    int warned_ = 0;
    int failed_ = 0;
    int skipped_ = 0;
};

}  // namespace coach::cli::validation
