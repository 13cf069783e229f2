#include <dlfcn.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <stdexcept>
#include <streambuf>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "coach/cohort.hpp"
#include "coach/counted.hpp"
#include "coach/json.hpp"
#include "coach/printable.hpp"
#include "cohort_options.hpp"
#include "commands.hpp"
#include "interruption.hpp"
#include "output.hpp"

namespace coach::cli {

namespace {

// One line on a terminal's stderr: a bar (when the input's size is known), records done, rate and
// time left. Redrawn at most ten times a second.
class ProgressBar {
  public:
    explicit ProgressBar(std::optional<std::uintmax_t> total_bytes) : total_bytes_(total_bytes) {}

    void update(const CohortProgress& progress) {
        const auto now = Clock::now();
        if (now - last_drawn_ < redraw_every) {
            return;
        }
        last_drawn_ = now;
        const double seconds = std::chrono::duration<double>(now - started_).count();
        const double rate = seconds > 0 ? static_cast<double>(progress.records) / seconds : 0;
        std::string line = "\r\033[K";
        if (total_bytes_ && *total_bytes_ > 0) {
            const double done =
                static_cast<double>(progress.bytes) / static_cast<double>(*total_bytes_);
            const auto filled = static_cast<std::size_t>(done * bar_width);
            line += "[" + std::string(filled, '#') + std::string(bar_width - filled, '-') + "] "
                    + std::to_string(static_cast<int>(done * 100)) + "%  ";
            if (done > 0) {
                line += std::to_string(progress.records) + " athletes  "
                        + std::to_string(static_cast<long>(rate)) + "/s  ETA "
                        + clock_time(seconds * (1 - done) / done);
            }
        } else {
            line += std::to_string(progress.records) + " athletes  "
                    + std::to_string(static_cast<long>(rate)) + "/s";
        }
        std::cerr << line << std::flush;
        shown_ = true;
    }

    // Erases the bar so that other output on stderr starts on a clean line.
    void clear() {
        if (shown_) {
            std::cerr << "\r\033[K" << std::flush;
            shown_ = false;
        }
    }

  private:
    using Clock = std::chrono::steady_clock;
    static constexpr std::size_t bar_width = 30;
    static constexpr auto redraw_every = std::chrono::milliseconds{100};

    static std::string clock_time(double seconds) {
        const auto whole = static_cast<long>(seconds + 0.5);
        const auto two = [](long value) { return (value < 10 ? "0" : "") + std::to_string(value); };
        return std::to_string(whole / 3600) + ":" + two(whole / 60 % 60) + ":" + two(whole % 60);
    }

    std::optional<std::uintmax_t> total_bytes_;
    Clock::time_point started_ = Clock::now();
    Clock::time_point last_drawn_{};
    bool shown_ = false;
};

// The input with its first lines read ahead, to look at before the run, then given back: it
// reads what was read ahead, then the rest as it comes (a pipe is not waited on to fill a
// buffer). A read that fails throws through, as the input's own reads do (an istream over this
// sets badbit).
class ReadAhead : public std::streambuf {
  public:
    struct FirstLines {
        std::vector<std::string> lines;  // the first two that are not blank
        std::uint64_t first_number = 0;  // the line number of the first, 1-based; 0 if none
    };

    explicit ReadAhead(std::streambuf& input) : input_(input) {}

    // Reads ahead the first two lines that are not blank, at most `most_bytes` in all.
    FirstLines read_first_lines(std::size_t most_bytes) {
        FirstLines first;
        std::string line;
        std::uint64_t number = 1;
        const auto keep = [&first, &line, &number] {
            if (line.find_first_not_of(" \t\r") != std::string::npos) {
                first.lines.push_back(line);
                if (first.first_number == 0) {
                    first.first_number = number;
                }
            }
        };
        while (first.lines.size() < 2 && ahead_.size() < most_bytes) {
            const auto c = input_.sbumpc();
            if (traits_type::eq_int_type(c, traits_type::eof())) {
                break;
            }
            ahead_ += traits_type::to_char_type(c);
            if (ahead_.back() == '\n') {
                keep();
                line.clear();
                ++number;
            } else {
                line += ahead_.back();
            }
        }
        if (first.lines.size() < 2) {
            keep();
        }
        setg(ahead_.data(), ahead_.data(), ahead_.data() + ahead_.size());
        return first;
    }

  protected:
    int_type underflow() override {
        if (gptr() < egptr()) {
            return traits_type::to_int_type(*gptr());
        }
        if (traits_type::eq_int_type(input_.sgetc(), traits_type::eof())) {
            return traits_type::eof();
        }
        // Only what the input holds already: sgetn() of more would wait for a pipe to fill it.
        const auto held = std::clamp<std::streamsize>(input_.in_avail(), 1,
                                                      static_cast<std::streamsize>(buffer_.size()));
        const auto got = input_.sgetn(buffer_.data(), held);
        setg(buffer_.data(), buffer_.data(), buffer_.data() + got);
        return got > 0 ? traits_type::to_int_type(buffer_.front()) : traits_type::eof();
    }

  private:
    std::streambuf& input_;
    std::string ahead_;
    std::array<char, 1 << 16> buffer_{};
};

// Whether the input's first record is written over several lines, pretty-printed or as an array
// of records, by the rule run_cohort() reads such a record with
// (starts_record_over_several_lines(), coach/cohort.hpp), given the first two lines that are not
// blank. A JSON Lines file whose first line is cut short, with records on the lines after it, is
// not: each of its lines is read, and the bad one rejected.
bool first_record_spans_lines(const std::vector<std::string>& lines) {
    return !lines.empty()
           && starts_record_over_several_lines(
               lines[0],
               lines.size() > 1 ? std::optional<std::string_view>{lines[1]} : std::nullopt);
}

// tcmalloc, when the command is linked with it (CMakeLists.txt), lets its threads' caches of
// freed memory grow to 32 MiB together, slowly, so that a long cohort's resident memory rose about
// 1 MB per 100,000 athletes while the memory in use stayed flat (docs/PERFORMANCE.md, "What
// grows"). Bounded to 4 MiB, memory is flat and the CPU the same (measured there). Looked up by
// name, so that nothing changes without tcmalloc (glibc's allocator, a sanitizer's); a
// TCMALLOC_MAX_TOTAL_THREAD_CACHE_BYTES set by the user wins. gperftools' C API,
// <gperftools/malloc_extension_c.h>.
void bound_the_allocators_caches() {
    constexpr std::size_t thread_caches_bytes = std::size_t{4} << 20;
    using SetNumericProperty = int (*)(const char* property, std::size_t value);
    const auto set = reinterpret_cast<SetNumericProperty>(
        dlsym(RTLD_DEFAULT, "MallocExtension_SetNumericProperty"));
    if (set != nullptr && std::getenv("TCMALLOC_MAX_TOTAL_THREAD_CACHE_BYTES") == nullptr) {
        set("tcmalloc.max_total_thread_cache_bytes", thread_caches_bytes);
    }
}

int run_cohort_command(Context& context, const CohortCommandOptions& options) {
    bound_the_allocators_caches();
    const bool from_stdin = options.input == "-";
    const std::string input_name = from_stdin ? "<stdin>" : report::printable(options.input);
    std::vector<FileUse> outputs = {{"-o", options.output.empty() ? "-" : options.output}};
    if (!options.summary.empty()) {
        outputs.push_back({"--summary", options.summary});
    }
    context.refuse_clashing_files({{"IN", options.input}}, outputs);
    auto cohort = cohort_options(options);
    const InputFile input_file{options.input};

    check_cohort_philosophies(context, options, cohort);
    const auto& engine = context.engine();

    // Both outputs are created before the run, so that a folder that cannot be written fails
    // it at once; each is renamed into place only once it is complete.
    Output results{options.output};
    std::optional<Output> summary_file;
    if (!options.summary.empty()) {
        summary_file.emplace(options.summary);
    }

    std::optional<ProgressBar> bar;
    if (isatty(STDERR_FILENO) == 1) {
        std::error_code error;
        const auto size = from_stdin ? 0 : std::filesystem::file_size(options.input, error);
        bar.emplace(from_stdin || error ? std::nullopt : std::optional{size});
    }
    cohort.on_rejected = [&](const RejectedLine& rejected) {
        if (bar) {
            bar->clear();
        }
        std::cerr << "coach: " << rejected_line_message(input_name, rejected) << '\n';
    };
    CohortWarningLines warning_lines{"coach", input_name};
    cohort.on_warnings = [&](const RecordWarnings& record) {
        const auto text = warning_lines.lines(record);
        if (text.empty()) {
            return;
        }
        if (bar) {
            bar->clear();
        }
        std::cerr << text;
    };
    const CohortProgressCallback progress = [&bar](const CohortProgress& done) {
        if (bar) {
            bar->update(done);
        }
    };

    const InterruptSignals signals;
    InterruptibleInput input{input_file.descriptor(), signals.stop()};
    cohort.stop = &signals.stop();
    // Cohort input is JSON Lines: a record over several lines would be rejected line by line,
    // each line alone. Said once, before the run, naming the line it starts on.
    ReadAhead ahead{*input.stream().rdbuf()};
    ReadAhead::FirstLines first;
    try {
        first = ahead.read_first_lines(std::size_t{1} << 20);
    } catch (const std::runtime_error&) {
        throw CommandError(exit_failure,
                           input_name + ": cannot read: " + std::strerror(input.error()));
    }
    // With CR line endings (classic Mac OS) the whole input reads as its first line.
    if (first.lines.size() == 1 && ends_a_record_at_a_lone_carriage_return(first.lines.front())) {
        throw CommandError(exit_bad_input,
                           rejected_line_message(
                               input_name, {.line = cohort.first_line - 1 + first.first_number,
                                            .message = std::string{carriage_return_line_endings}}));
    }
    if (first_record_spans_lines(first.lines)) {
        throw CommandError(
            exit_bad_input,
            rejected_line_message(input_name, {.line = cohort.first_line - 1 + first.first_number,
                                               .message = std::string{record_over_several_lines}}));
    }
    std::istream in{&ahead};
    CohortSummary summary;
    try {
        summary = coach::run_cohort(engine, in, results.stream(), cohort, progress);
    } catch (const std::invalid_argument& error) {
        throw CommandError(exit_bad_input, error.what());
    } catch (const std::runtime_error& error) {
        if (input.error() != 0) {
            throw CommandError(exit_failure,
                               input_name + ": cannot read: " + std::strerror(input.error()));
        }
        results.flush();  // throws what the output ran into, naming it
        throw CommandError(exit_failure, results.name() + ": " + error.what());
    }
    if (bar) {
        bar->clear();
    }
    std::cerr << warning_lines.rest();
    if (summary.complete && summary.records == 0) {
        refuse_empty_input(input_name);  // before the outputs are committed: none is written
    }
    // Both outputs or neither (docs/DATA.md, "Files"): the summary is written before the results
    // appear, and either failing leaves both destinations as they were.
    std::vector<Output*> written{&results};
    if (summary_file) {
        summary_file->write(json::encode_cohort_summary(summary));
        written.push_back(&*summary_file);
    }
    commit_together(written);
    std::cerr << report::cohort_summary_table(summary, context.width("<stderr>"));
    if (!summary.complete) {
        std::cerr << "coach: interrupted after " << report::counted(summary.records, "record")
                  << "\n";
        return signals.exit_code();
    }
    return context.exit_after_plugins();
}

}  // namespace

Command add_cohort_command(CLI::App& app, Context& context) {
    auto* command = app.add_subcommand(
        "cohort", "Many athletes through every philosophy: one result line each, and a summary");
    auto options = std::make_shared<CohortCommandOptions>();
    add_cohort_options(*command, *options);
    command->footer(
        "Each result line is {\"line\", \"athlete\", \"status\": "
        "ok|referral|not_applicable|rejected,\n"
        "\"metrics\": {philosophy: {...}}} in input order (docs/DATA.md). A progress bar shows on\n"
        "a terminal. The summary table (median [Q1-Q3] per philosophy) goes to stderr.\n"
        "A record the decoder warns about (an unknown key; a grade or red flag read from\n"
        "its notes over what it records) lists them in \"warnings\"; stderr shows the\n"
        "first "
        + std::to_string(CohortWarningLines::max_lines)
        + ".\n"
          "Example: coach synth --count 1000 --seed 7 -o athletes.jsonl\n"
        "         coach cohort athletes.jsonl -o results.jsonl --summary summary.json\n"
        "Exits 0 when the run completes, even when some lines were rejected (each is named on\n"
        "stderr as FILE:LINE: POINTER: PROBLEM and counted in the summary); 2 when the input\n"
        "cannot be read, holds no athlete records (empty, or blank lines only), starts with a\n"
        "record over several lines (pretty-printed JSON: use coach compare), an option is\n"
        "wrong, an output would overwrite the input or an output path cannot be written (no\n"
        "such folder, no permission, a folder); 1 when writing fails (a full disk); 3 when no\n"
        "philosophy is loaded or a plugin file was refused (after the run). Output files appear\n"
        "only when complete.\n"
        "Interrupted (Ctrl-C,\n"
        "SIGTERM), it stops reading, writes the records it has started, marks the summary\n"
        "\"complete\": false and exits 130 or 143; a second Ctrl-C stops at once.");
    return [&context, options] { return run_cohort_command(context, *options); };
}

}  // namespace coach::cli
