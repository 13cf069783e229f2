#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "cli_context.hpp"
#include "coach/cohort.hpp"

// What `coach cohort` and `coach-mpi cohort` share: their options, read the same way, and the
// checks made before a run. [main thread only]
namespace coach::cli {

struct CohortCommandOptions {
    std::string input;
    std::string output;
    std::string summary;
    unsigned threads = 0;
    std::string as_of;
    int days = 0;
    std::vector<std::string> philosophies;
};

// The input's file descriptor ("-": standard input), closed with the object.
class InputFile {
  public:
    // Throws CommandError(exit_bad_input) naming the file.
    explicit InputFile(const std::string& path);
    ~InputFile();
    InputFile(const InputFile&) = delete;
    InputFile& operator=(const InputFile&) = delete;

    int descriptor() const { return descriptor_; }

  private:
    int descriptor_;
};

// Registers IN, -o, --summary, --threads, --as-of, --days and -p on `command`, parsed into
// `options`, which must outlive the parse.
void add_cohort_options(CLI::App& command, CohortCommandOptions& options);

// The engine's options for a run: threads, as_of and horizon (the philosophies are set by
// check_cohort_philosophies()). Throws
// CommandError(exit_bad_input) for a malformed --as-of.
CohortOptions cohort_options(const CohortCommandOptions& options);

// Loads the plugins (reporting refused ones on stderr when `report` is true) and makes sure the
// run has something to do: CommandError(exit_bad_input) for a -p id that is not loaded,
// CommandError(exit_plugin_error) when no philosophy is. Sets the run's philosophies to the -p
// ids, each once, with a warning for one given twice when `report` is true
// (Context::once_each()).
void check_cohort_philosophies(Context& context, const CohortCommandOptions& options,
                               CohortOptions& cohort, bool report = true);

// What a run that read no athlete record (an empty input, or blank lines only) fails with:
// CommandError(exit_bad_input), "IN: holds no athlete records; expected one coach.athlete/1
// JSON object per line". Nothing is written: an empty result is more likely a mistake upstream
// (a failed export) than a cohort of no one.
[[noreturn]] void refuse_empty_input(const std::string& input_name);

// A rejected line as stderr names it: "IN:LINE: POINTER: PROBLEM", control characters escaped; a
// record over several lines (RejectedLine::last_line after `line`, or the input's first record
// refused) adds what to use instead: " (for one record, use coach compare IN)".
std::string rejected_line_message(const std::string& input_name, const RejectedLine& rejected);

// The decoder's warnings on a cohort's records as stderr gives them, a bounded number of lines
// however many records have some: the first `max_lines` warnings as `coach compare` words them,
// "PREFIX: warning: IN:LINE: POINTER: MESSAGE[, ignored]", control characters escaped, then one
// line for the rest. Every warning is in its record's result line ("warnings") whatever is shown.
// [one thread at a time] (CohortOptions::on_warnings is called so.)
class CohortWarningLines {
  public:
    static constexpr std::size_t max_lines = 10;

    // `prefix` begins every line ("coach", "coach-mpi: rank 1").
    CohortWarningLines(std::string prefix, std::string input_name)
        : prefix_(std::move(prefix)), input_name_(std::move(input_name)) {}

    // The lines to print for one record, each ending in a line break: as many of its warnings as
    // max_lines still allows, possibly none.
    std::string lines(const RecordWarnings& record);

    // After the run: "PREFIX: warning: IN: N more warnings not shown: see \"warnings\" in the
    // result lines" and a line break, or "" when every warning was shown.
    std::string rest() const;

  private:
    std::string prefix_;
    std::string input_name_;
    std::uint64_t shown_ = 0;
    std::uint64_t not_shown_ = 0;
};

}  // namespace coach::cli
