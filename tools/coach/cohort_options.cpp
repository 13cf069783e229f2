#include "cohort_options.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <thread>

#include "coach/counted.hpp"
#include "coach/decoder_warnings.hpp"
#include "coach/printable.hpp"
#include "input_files.hpp"
#include "number_option.hpp"

namespace coach::cli {

void add_cohort_options(CLI::App& command, CohortCommandOptions& options) {
    command
        .add_option("IN", options.input,
                    "athlete records (coach.athlete/1), one JSON object per line, or - for stdin")
        ->required()
        ->check(path_given(input_path));
    command
        .add_option("-o,--output", options.output,
                    "write the result lines to this file instead of stdout")
        ->check(path_given(output_path));
    command
        .add_option("--summary", options.summary,
                    "also write the summary per philosophy as JSON to this file")
        ->check(path_given(output_path));
    command
        .add_option("--threads", options.threads,
                    "threads that decode and plan (default: one per core, "
                        + std::to_string(std::thread::hardware_concurrency())
                        + "; two per core with --isolate)")
        ->check(number_in(1u, 1024u));
    command
        .add_option("--as-of", options.as_of,
                    "plan every record from this day, YYYY-MM-DD (default: each record's "
                    "as_of, else its last dated entry, else its injury date)")
        ->check(date_given());
    command.add_option("--days", options.days, "horizon in days, 1..365 (default 42)")
        ->check(number_in(1, max_horizon_days, "days"));
    command
        .add_option("-p,--philosophy", options.philosophies,
                    "run only this philosophy (repeatable; one given twice runs once, with a "
                    "warning; default: all found)")
        ->allow_extra_args(false)  // -p ID IN.jsonl: IN is not a second id
        ->check(id_given());
}

InputFile::InputFile(const std::string& path) : descriptor_(STDIN_FILENO) {
    if (path == "-") {
        return;
    }
    std::error_code error;
    if (std::filesystem::is_directory(path, error)) {
        throw CommandError(exit_bad_input, report::printable(path) + ": is a folder, not a file");
    }
    descriptor_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (descriptor_ < 0) {
        throw CommandError(exit_bad_input, report::printable(path)
                                               + ": cannot open the file: " + std::strerror(errno));
    }
}

InputFile::~InputFile() {
    if (descriptor_ != STDIN_FILENO) {
        ::close(descriptor_);
    }
}

CohortOptions cohort_options(const CohortCommandOptions& options) {
    CohortOptions cohort;
    cohort.threads = options.threads;
    if (!options.as_of.empty()) {
        cohort.as_of = parse_date_option(options.as_of, "--as-of");
    }
    if (options.days != 0) {
        cohort.horizon_days = options.days;
    }
    return cohort;
}

void check_cohort_philosophies(Context& context, const CohortCommandOptions& options,
                               CohortOptions& cohort, bool report) {
    const auto& engine = context.engine();
    if (report) {
        context.report_load_errors();
    }
    context.require_philosophies(options.philosophies);
    cohort.philosophies = context.once_each(options.philosophies, report);
    if (engine.list().empty()) {
        throw CommandError(exit_plugin_error, "no philosophies found to run the cohort through");
    }
}

void refuse_empty_input(const std::string& input_name) {
    throw CommandError(exit_bad_input, input_name
                                           + ": holds no athlete records; expected one "
                                             "coach.athlete/1 JSON object per line");
}

std::string rejected_line_message(const std::string& input_name, const RejectedLine& rejected) {
    std::string message =
        input_name + ":" + std::to_string(rejected.line) + ": "
        + report::printable(json::Problem{rejected.pointer, rejected.message}.to_string());
    if (rejected.message == record_over_several_lines || rejected.last_line > rejected.line) {
        message += " (for one record, use coach compare "
                   + (input_name == "<stdin>" ? std::string{"FILE"} : input_name) + ")";
    }
    return message;
}

std::string CohortWarningLines::lines(const RecordWarnings& record) {
    std::string text;
    for (const auto& warning : record.warnings) {
        if (shown_ == max_lines) {
            ++not_shown_;
            continue;
        }
        ++shown_;
        text += prefix_ + ": warning: " + input_name_ + ":" + std::to_string(record.line) + ": "
                + report::printable(warning.to_string() + std::string{json::ignored_note(warning)})
                + "\n";
    }
    return text;
}

std::string CohortWarningLines::rest() const {
    if (not_shown_ == 0) {
        return "";
    }
    return prefix_ + ": warning: " + input_name_ + ": "
           + report::counted(not_shown_, "more warning")
           + " not shown: see \"warnings\" in the result lines\n";
}

}  // namespace coach::cli
