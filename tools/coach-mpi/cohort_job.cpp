#include "cohort_job.hpp"

#include <mpi.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <boost/mpi/collectives.hpp>
#include <boost/serialization/string.hpp>
#include <boost/serialization/utility.hpp>
#include <boost/serialization/vector.hpp>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <functional>
#include <iostream>
#include <mutex>
#include <optional>
#include <sstream>
#include <thread>
#include <utility>

#include "coach/json.hpp"
#include "coach/printable.hpp"
#include "input_split.hpp"
#include "output.hpp"
#include "part_file.hpp"
#include "summary_serialization.hpp"

namespace coach::mpi {

namespace {

using boost::mpi::communicator;

// Tags of the point-to-point messages that carry the parts to rank 0.
constexpr int part_size_tag = 1;
constexpr int part_bytes_tag = 2;

// Ends the job early with this exit code: every rank has it, and what to say is said.
struct JobEnded {
    int code;
};

std::string rank_name(int rank) {
    return "rank " + std::to_string(rank);
}

// What a rank other than 0 says while it plans (rejected lines, warnings), held until rank 0
// prints it, in rank order, before the summary table. Written as it came, mpirun forwarded each
// rank's stderr on its own, and under load another rank's lines fell inside rank 0's table, even
// inside one of its lines. Its lines come from the planning threads.
class HeldLines {
  public:
    void hold(bool on) {
        const std::lock_guard lock{mutex_};
        holding_ = on;
    }
    // Whether `text` was held; when not, the caller writes it.
    bool held(const std::string& text) {
        const std::lock_guard lock{mutex_};
        if (holding_) {
            text_ += text;
        }
        return holding_;
    }
    // What was held, no longer held, and nothing held from now on.
    std::string release() {
        const std::lock_guard lock{mutex_};
        holding_ = false;
        return std::exchange(text_, {});
    }

  private:
    std::mutex mutex_;
    bool holding_ = false;
    std::string text_;
};
HeldLines held_lines;

// Whole lines on stderr, each ending in a line break, written at once so that lines of different
// ranks do not mix; held while this rank is told to hold them (HeldLines).
void say_lines(const std::string& text) {
    if (!held_lines.held(text)) {
        std::cerr.write(text.data(), static_cast<std::streamsize>(text.size())).flush();
    }
}

// One line on stderr, written at once.
void say(const std::string& line) {
    say_lines(line + '\n');
}

// Runs `step` on every rank. When it fails on any, every rank ends the job with the exit code of
// the first that failed, and rank 0 prints each different message once: "coach-mpi: MESSAGE"
// when every rank failed with it (an option, a file every rank sees), else with the rank's name.
template <class Step>
void on_every_rank(const communicator& world, Step&& step) {
    std::pair<int, std::string> outcome{cli::exit_ok, ""};
    try {
        step();
    } catch (const cli::CommandError& error) {
        outcome = {error.code(), error.what()};
    } catch (const std::invalid_argument& error) {
        outcome = {cli::exit_bad_input, error.what()};
    } catch (const std::exception& error) {
        outcome = {cli::exit_failure, error.what()};
    }
    std::vector<std::pair<int, std::string>> outcomes;
    boost::mpi::all_gather(world, outcome, outcomes);
    const auto failed = std::find_if(outcomes.begin(), outcomes.end(),
                                     [](const auto& each) { return each.first != cli::exit_ok; });
    if (failed == outcomes.end()) {
        return;
    }
    if (world.rank() == 0) {
        const bool everywhere = std::all_of(outcomes.begin(), outcomes.end(),
                                            [&](const auto& each) { return each == *failed; });
        std::vector<std::string> said;
        for (std::size_t rank = 0; rank < outcomes.size(); ++rank) {
            const auto& [code, message] = outcomes[rank];
            if (code == cli::exit_ok
                || std::find(said.begin(), said.end(), message) != said.end()) {
                continue;
            }
            said.push_back(message);
            say("coach-mpi: " + (everywhere ? "" : rank_name(static_cast<int>(rank)) + ": ")
                + report::printable(message));
        }
    }
    throw JobEnded{failed->first};
}

// The job's end after a failure on this rank: says so, naming the rank and the line it was on
// when the failure was one of planning or writing the result lines (nullopt once every line is
// written: a failure to gather the parts or to write OUT or the summary names the file and the
// reason alone), and aborts every rank. Nothing has been renamed into place; the parts have no
// names.
[[noreturn]] void abort_job(const communicator& world, std::optional<std::uint64_t> line,
                            const std::string& message, int code) {
    say_lines(held_lines.release());
    say("coach-mpi: " + rank_name(world.rank()) + ": "
        + (line ? "line " + std::to_string(*line) + ": " : std::string{})
        + report::printable(message));
    world.abort(code);
    std::abort();  // not reached: MPI_Abort does not return
}

// What a failed run says: when this rank's output failed, the output's own message naming it
// and the reason ("OUT: cannot write: No space left on device"), as `coach cohort` says it;
// otherwise the error itself.
std::string named_failure(const std::exception& error, PartFile* part,
                          std::optional<cli::Output>& results) {
    try {
        if (part != nullptr) {
            part->flush();
        } else if (results) {
            results->flush();
        }
    } catch (const std::exception& output_failed) {
        return output_failed.what();
    }
    return error.what();
}

// A deliberate fault for the tests (COACH_MPI_TEST_FAULT=throw:LINE or kill:LINE): the rank
// that writes line LINE throws there, or kills itself with SIGKILL.
struct TestFault {
    enum class Kind { none, fail, kill } kind = Kind::none;
    std::uint64_t line = 0;

    static TestFault from_environment() {
        const char* text = std::getenv("COACH_MPI_TEST_FAULT");
        TestFault fault;
        if (text == nullptr) {
            return fault;
        }
        const std::string spec{text};
        const auto colon = spec.find(':');
        if (colon == std::string::npos) {
            return fault;
        }
        fault.kind = spec.substr(0, colon) == "kill" ? Kind::kill : Kind::fail;
        fault.line = std::stoull(spec.substr(colon + 1));
        return fault;
    }

    void at(std::uint64_t written_line) const {
        if (kind == Kind::none || written_line != line) {
            return;
        }
        if (kind == Kind::kill) {
            std::raise(SIGKILL);
        }
        throw std::runtime_error("test fault after writing line " + std::to_string(line));
    }
};

// Threads per rank when --threads is not given: the cores of this node shared among the ranks
// that run on it, so that `mpirun -np 4` on one 4-core machine does not start 16 planners.
unsigned default_threads(const communicator& world, const Engine& engine) {
    MPI_Comm node = MPI_COMM_NULL;
    MPI_Comm_split_type(world, MPI_COMM_TYPE_SHARED, world.rank(), MPI_INFO_NULL, &node);
    const communicator on_node{node, boost::mpi::comm_take_ownership};
    const unsigned cores = std::max(std::thread::hardware_concurrency(), 1u);
    const unsigned share = std::max(cores / static_cast<unsigned>(on_node.size()), 1u);
    return engine.isolates_plugins() ? 2 * share : share;
}

// This rank's bytes of the input, [begin, end), and the number of its first line.
struct Split {
    std::uint64_t begin = 0;
    std::uint64_t end = 0;
    std::uint64_t first_line = 1;
};

Split split_input(const communicator& world, int descriptor, const std::string& name) {
    struct stat status {};
    if (::fstat(descriptor, &status) != 0 || !S_ISREG(status.st_mode)) {
        throw cli::CommandError(cli::exit_bad_input,
                                name + ": not a regular file; the ranks split it by bytes");
    }
    const auto size = static_cast<std::uint64_t>(status.st_size);
    const auto ranks = static_cast<std::uint64_t>(world.size());
    const auto rank = static_cast<std::uint64_t>(world.rank());
    Split split;
    // The rank's first byte, rank * size / ranks, without overflow for any file size.
    const auto nominal = size / ranks * rank + size % ranks * rank / ranks;
    split.begin = record_start_at_or_after(descriptor, nominal, size, name);
    std::vector<std::uint64_t> begins;
    boost::mpi::all_gather(world, split.begin, begins);
    split.end = rank + 1 < ranks ? begins[rank + 1] : size;
    const auto breaks = count_line_breaks(descriptor, split.begin, split.end, name);
    std::uint64_t through = 0;
    boost::mpi::scan(world, breaks, through, std::plus<std::uint64_t>());
    split.first_line = through - breaks + 1;
    return split;
}

// Rank 0: its own part is already in `results`; appends every other rank's, in rank order.
void collect_parts(const communicator& world, std::ostream& results) {
    std::vector<char> piece;
    for (int rank = 1; rank < world.size(); ++rank) {
        for (;;) {
            std::uint64_t size = 0;
            world.recv(rank, part_size_tag, size);
            if (size == 0) {
                break;
            }
            piece.resize(size);
            world.recv(rank, part_bytes_tag, piece.data(), static_cast<int>(size));
            results.write(piece.data(), static_cast<std::streamsize>(size));
        }
    }
}

// Ranks 1..: sends the part to rank 0, piece by piece, when rank 0 asks for it by receiving.
void send_part(const communicator& world, PartFile& part) {
    part.read_back([&world](const char* data, std::size_t size) {
        world.send(0, part_size_tag, static_cast<std::uint64_t>(size));
        if (size != 0) {
            world.send(0, part_bytes_tag, data, static_cast<int>(size));
        }
    });
}

// Wall-clock seconds per phase of a rank's job, for --log-level info.
class PhaseClock {
  public:
    void lap(const std::string& phase) {
        const auto now = std::chrono::steady_clock::now();
        std::ostringstream text;
        text.precision(3);
        text << std::fixed << std::chrono::duration<double>(now - last_).count();
        text_ += (text_.empty() ? "" : ", ") + phase + " " + text.str();
        last_ = now;
    }
    const std::string& text() const { return text_; }

  private:
    std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
    std::string text_;
};

CohortSummary merged(const CohortSummary& left, const CohortSummary& right) {
    auto sum = left;
    sum.merge(right);
    return sum;
}

}  // namespace

int run_cohort_job(const communicator& world, cli::Context& context,
                   const cli::CohortCommandOptions& options, bool timings) {
    const bool root = world.rank() == 0;
    held_lines.hold(!root);
    PhaseClock clock;
    try {
        CohortOptions cohort;
        std::optional<cli::InputFile> input;
        std::optional<cli::Output> results;
        std::optional<cli::Output> summary_file;
        Split split;
        on_every_rank(world, [&] {
            if (options.input == "-") {
                throw cli::CommandError(cli::exit_bad_input,
                                        "IN must be a file every rank can read, not standard "
                                        "input: the ranks split it by bytes");
            }
            if (options.output.empty() || options.output == "-") {
                throw cli::CommandError(cli::exit_bad_input,
                                        "-o OUT is required: rank 0 writes the result lines there");
            }
            std::vector<cli::FileUse> outputs = {{"-o", options.output}};
            if (!options.summary.empty()) {
                outputs.push_back({"--summary", options.summary});
            }
            cli::refuse_clashing_files({{"IN", options.input}}, outputs);
            cohort = cli::cohort_options(options);
            input.emplace(options.input);
            cli::check_cohort_philosophies(context, options, cohort, root);
            if (root) {
                // As in one process: created before the run, renamed into place when complete.
                results.emplace(options.output);
                if (!options.summary.empty()) {
                    summary_file.emplace(options.summary);
                }
            }
        });
        clock.lap("set-up");
        on_every_rank(world,
                      [&] { split = split_input(world, input->descriptor(), options.input); });
        clock.lap("split");

        const auto& engine = context.engine();
        if (cohort.threads == 0) {
            cohort.threads = default_threads(world, engine);
        }
        cohort.first_line = split.first_line;
        const std::string prefix = "coach-mpi: " + rank_name(world.rank()) + ": ";
        cohort.on_rejected = [&](const RejectedLine& rejected) {
            say(prefix + cli::rejected_line_message(options.input, rejected));
        };
        // At most CohortWarningLines::max_lines per rank, then how many more this rank had.
        cli::CohortWarningLines warning_lines{"coach-mpi: " + rank_name(world.rank()),
                                              options.input};
        cohort.on_warnings = [&](const RecordWarnings& record) {
            say_lines(warning_lines.lines(record));
        };
        std::atomic<std::uint64_t> last_line{0};
        const auto fault = TestFault::from_environment();
        const CohortProgressCallback progress = [&](const CohortProgress& done) {
            last_line.store(done.line, std::memory_order_relaxed);
            fault.at(done.line);
        };

        CohortSummary summary;
        std::optional<PartFile> part;
        try {
            FileRange range{input->descriptor(), split.begin, split.end};
            std::ostream* out = nullptr;
            if (root) {
                out = &results->stream();
            } else {
                part.emplace();
                out = &part->stream();
            }
            summary = coach::run_cohort(engine, range.stream(), *out, cohort, progress);
            if (range.error() != 0) {
                throw std::runtime_error(options.input
                                         + ": cannot read: " + std::strerror(range.error()));
            }
        } catch (const std::exception& error) {
            const auto line = std::max(split.first_line, last_line.load() + 1);
            abort_job(world, line, named_failure(error, root ? nullptr : &*part, results),
                      cli::exit_failure);
        }
        say_lines(warning_lines.rest());
        clock.lap("run");

        CohortSummary whole;
        try {
            // Every other rank's lines, printed by rank 0 in rank order, before its table.
            std::vector<std::string> ranks_said;
            boost::mpi::gather(world, held_lines.release(), ranks_said, 0);
            for (const auto& said : ranks_said) {
                say_lines(said);
            }
            if (root) {
                collect_parts(world, results->stream());
            } else {
                send_part(world, *part);
            }
            clock.lap("gather");
            boost::mpi::reduce(world, summary, whole, merged, 0);
            clock.lap("merge");
        } catch (const std::exception& error) {
            abort_job(world, std::nullopt, error.what(), cli::exit_failure);
        }
        int code = cli::exit_ok;
        if (root && whole.records == 0) {
            // As `coach cohort` (cli::refuse_empty_input()): nothing is written.
            try {
                cli::refuse_empty_input(options.input);
            } catch (const cli::CommandError& error) {
                say("coach-mpi: " + report::printable(error.what()));
                code = error.code();
            }
        } else if (root) {
            try {
                // Both outputs or neither, through the commit of `coach cohort`
                // (cli::commit_together): each is written out before either is renamed.
                std::vector<cli::Output*> written{&*results};
                if (summary_file) {
                    summary_file->write(json::encode_cohort_summary(whole));
                    written.push_back(&*summary_file);
                }
                cli::commit_together(written);
                std::cerr << report::cohort_summary_table(whole, context.width("<stderr>"));
                code = context.exit_after_plugins();
                clock.lap("commit");
            } catch (const std::exception& error) {
                // MPI_Abort runs no destructor: the outputs remove their finished temporary
                // files now, so that a failure leaves the folders as they were.
                const std::string message = error.what();
                results.reset();
                summary_file.reset();
                abort_job(world, std::nullopt, message, cli::exit_failure);
            }
        } else {
            code = context.engine().load_errors().empty() ? cli::exit_ok : cli::exit_plugin_error;
        }
        if (timings) {
            say("coach-mpi: " + rank_name(world.rank()) + ": info: lines "
                + std::to_string(split.first_line) + "+, bytes " + std::to_string(split.begin)
                + ".." + std::to_string(split.end) + ", seconds " + clock.text());
        }
        boost::mpi::broadcast(world, code, 0);
        return code;
    } catch (const JobEnded& ended) {
        return ended.code;
    }
}

}  // namespace coach::mpi
