#include "report.hpp"

#include <algorithm>

#include "coach/printable.hpp"
#include "coach/text_wrap.hpp"

namespace coach::cli::validation {

namespace {

constexpr std::size_t check_column = 12;

}  // namespace

Outcome outcome_of(const Findings& findings) {
    const auto has = [&findings](Grade grade) {
        return std::any_of(findings.begin(), findings.end(),
                           [grade](const Finding& finding) { return finding.grade == grade; });
    };
    return has(Grade::fail)   ? Outcome::failed
           : has(Grade::warn) ? Outcome::warned
                              : Outcome::passed;
}

std::string report_line(std::string_view check, const Finding& finding, std::size_t width) {
    std::string line{grade_name(finding.grade)};
    line += "  ";
    line += check;
    line.append(check.size() < check_column ? check_column - check.size() : 0, ' ');
    line += ' ';
    const auto column = line.size();
    // A reason may quote a plugin's own words or a protocol file's values: printable() keeps
    // their control characters off the terminal.
    const auto reason = report::wrap_words(report::printable(finding.reason),
                                           width > column + 20 ? width - column : 20);
    for (std::size_t i = 0; i < reason.size(); ++i) {
        line += (i == 0 ? "" : "\n" + std::string(column, ' ')) + reason[i];
    }
    return line;
}

void Tally::add(Outcome outcome) {
    switch (outcome) {
        case Outcome::passed:
            ++passed_;
            break;
        case Outcome::warned:
            ++warned_;
            break;
        case Outcome::failed:
            ++failed_;
            break;
        case Outcome::skipped:
            ++skipped_;
            break;
    }
}

std::string Tally::summary(std::string_view library_name) const {
    const int total = passed_ + warned_ + failed_ + skipped_;
    return "summary: " + std::to_string(total) + " checks of " + std::string{library_name} + ": "
           + std::to_string(passed_) + " passed, " + std::to_string(warned_) + " warned, "
           + std::to_string(failed_) + " failed, " + std::to_string(skipped_) + " skipped";
}

}  // namespace coach::cli::validation
