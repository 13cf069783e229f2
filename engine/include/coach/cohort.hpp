#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "coach/cohort_summary.hpp"
#include "coach/engine.hpp"
#include "coach/export.hpp"
#include "coach/json.hpp"
#include "coach/sdk/date.hpp"

// A population of athletes through every philosophy: one coach.athlete/1 record per input line,
// one result line per record, in input order, and a summary per philosophy. docs/DATA.md
// ("Cohort") describes the lines and the summary.
namespace coach {

// A record that is not valid: its 1-based line number and the first problem found.
struct RejectedLine {
    std::uint64_t line = 0;
    std::string pointer;  // JSON pointer of the offending value; "" for the whole line
    std::string message;
    // The last line of the record: `line` for a one-line record, later for a record written over
    // several lines (record_over_lines_problem()); 0 when not given (read as `line`).
    std::uint64_t last_line = 0;
};

// The problem of an input that starts with a record written over several lines, said before the
// record's end is read (`coach cohort` refuses such an input, exit 2): JSON Lines holds one whole
// record per line.
inline constexpr std::string_view record_over_several_lines =
    "a record over several lines; cohort reads JSON Lines, one whole record per line";

// The problem of an input with CR line endings (classic Mac OS), which reads as one line: its
// first line holds a carriage return alone that ends a record
// (ends_a_record_at_a_lone_carriage_return()), or it is longer than the limit and holds one.
inline constexpr std::string_view carriage_return_line_endings =
    "the input uses CR line endings (a carriage return alone ends its lines, as on classic Mac "
    "OS); cohort reads lines that end in LF or CRLF: convert them, e.g. tr '\\r' '\\n' < IN > OUT";

// The problem of one line among others that holds a carriage return alone where a record ends, with
// more after it: two records (or a record and more) parted as CR line endings part them.
inline constexpr std::string_view carriage_return_inside_a_line =
    "a carriage return alone ends a record inside this line, as CR line endings do (classic Mac "
    "OS); cohort reads lines that end in LF or CRLF: convert them, e.g. tr '\\r' '\\n' < IN > OUT";

// Whether `line`, one line of a cohort input (its LF or CRLF aside), holds a carriage return with
// no line feed after it where the objects and arrays opened before it are all closed (strings
// skipped), with more than whitespace after it: a record ends there, as at a CR line ending.
// Anywhere else such a carriage return is JSON whitespace, or, inside a string, a control character
// the JSON reader names. [thread-safe] Pure.
COACH_ENGINE_API bool ends_a_record_at_a_lone_carriage_return(std::string_view line);

// The problem of a record written over several lines, from line `first` to line `last`: "a record
// over several lines (lines 3 to 477); cohort reads JSON Lines, one whole record per line".
// [thread-safe] Pure.
COACH_ENGINE_API std::string record_over_lines_problem(std::uint64_t first, std::uint64_t last);

// The warning on a valid record whose athlete id `id` the record on line `first_line` has too:
// "athlete id "syn-1" is also the id of the record on line 3; both records are planned: give each
// athlete one record"; with `first_line` 0 (not known), "...the id of an earlier record; ...".
// [thread-safe] Pure.
COACH_ENGINE_API std::string duplicate_athlete_warning(const std::string& id,
                                                       std::uint64_t first_line);

// Whether `line`, one line of a cohort input, starts a record written over several lines, as a
// pretty-printer writes its first line, given the line after it (`next_line`, nullopt when it is
// the last): a line that starts with "{" or "[" and opens objects or arrays it does not close
// (strings skipped), and is "{" or "[" alone, or ends with "{" or "[", or is followed by a line
// that is neither blank (a blank `next_line` is read as none) nor one that starts a record of its
// own: a line that opens an object or an array where `line` takes no value next (after a "}", a
// "]", a scalar, a "{" or a "," between keys), or a whole object with a top-level "schema". A line
// cut short with a record of its own after it is a JSON Lines record cut short, and is rejected
// for its own fault. The one rule for `coach cohort`'s check of its input's first record and for
// run_cohort(), which reads such a record by its nesting (objects and arrays opened and closed
// outside strings, whatever column its lines start at) to the line that closes it, to the line
// before one that starts a record of its own (by the same rule), or to the input's end, and
// rejects it as one record, with record_over_lines_problem(), wherever it stands: the records
// around it are planned. [thread-safe] Pure.
COACH_ENGINE_API bool starts_record_over_several_lines(std::string_view line,
                                                       std::optional<std::string_view> next_line);

// A record whose decoding raised warnings (json::decode_athlete()): unknown keys, a worse grade or
// a red flag read from its free text over what it records. Its 1-based line number and every
// warning, in document order; its result line carries them too, as "warnings".
struct RecordWarnings {
    std::uint64_t line = 0;
    std::vector<json::Problem> warnings;  // never empty
};

// How far a run has got: records written so far, and how many input bytes they came from.
struct CohortProgress {
    std::uint64_t records = 0;
    std::uint64_t bytes = 0;
    std::uint64_t line = 0;  // the line number of the last record written
};

struct CohortOptions {
    // Threads that decode and plan; 0 means one per core (std::thread::hardware_concurrency()),
    // or two per core when the engine isolates its plugins, as threads then wait on workers. With
    // 1, the calling thread does everything and no thread is started.
    unsigned threads = 0;
    // Philosophies to run, in this order; empty means every loaded philosophy, sorted by id.
    std::vector<std::string> philosophies;
    // When set, replace every record's as_of / horizon_days.
    std::optional<Date> as_of;
    std::optional<int> horizon_days;
    // A longer line is rejected without being held in memory. Its line break (\n or \r\n) does
    // not count.
    std::size_t max_line_bytes = std::size_t{1} << 20;
    // The line number (1-based) of the first line of `in`. A run over one part of a larger input,
    // such as one of the line-aligned byte ranges a distributed run splits a file into, passes
    // the number that part starts at, so that result lines, rejections and progress carry the
    // numbers of the whole input. Must be at least 1.
    std::uint64_t first_line = 1;
    // When set, checked before each line is read: once it is true, reading stops, the lines
    // already read are planned and written, and the summary says `complete = false`. May be set
    // from a signal handler or another thread; owned by the caller, read during the call.
    const std::atomic<bool>* stop = nullptr;
    // Called once per rejected line, in input order, never concurrently, from whichever thread
    // writes the output. Keep it short: output waits for it.
    std::function<void(const RejectedLine&)> on_rejected;
    // Called once per record whose decoding raised warnings, rejected or not, or that repeats an
    // earlier valid record's athlete id (duplicate_athlete_warning()), under the same rule as
    // on_rejected; for a rejected record, after on_rejected. A host that prints them should
    // print a bounded number: every record may have some.
    std::function<void(const RecordWarnings&)> on_warnings;
};

// Called after each written record, under the same rule as CohortOptions::on_rejected.
using CohortProgressCallback = std::function<void(const CohortProgress&)>;

// Reads records from `in` (one JSON object per line; blank lines are skipped but keep their line
// numbers), plans each through the philosophies, and writes one JSON line per record to `out` in
// input order. Lines are decoded and planned on `options.threads` threads; at most 4 lines per
// thread are in flight at once, so memory does not grow with the length of the input, and the
// summary keeps counts per distinct metric value, not the values. `progress`, when set, is called
// after each written record.
//
// A line that is not a valid record is counted as rejected, reported to on_rejected and written
// as a "rejected" line; the run goes on. A record whose decoding raised warnings carries them in
// its line ("warnings"), is counted in the summary's `with_warnings` and is reported to
// on_warnings; so is a valid record whose athlete id an earlier valid record has, which is still
// planned and is counted in `duplicate_ids` too. The ids seen are kept in a table of fixed
// size (16 MiB, taken at the first valid record) that remembers 1,835,008 distinct ids; the first
// record past that carries a warning that later new ids are not checked for repeats. It keeps
// a 31-bit fingerprint of each id's hash, not the id: two ids are taken for one about once in a
// thousand runs of a million distinct athletes (a false warning). `in`, `out` and
// the callbacks are owned by the caller and used only during the call. [thread-safe] as far as
// `engine` is concerned: several runs may share one engine.
//
// When `options.stop` becomes true, the run ends early as described there; the output then holds
// whole lines, in input order, for a prefix of the input.
//
// Throws std::invalid_argument when no philosophy is loaded, an id is unknown or listed twice, or
// horizon_days lies outside 1..365 or first_line is 0; std::runtime_error when `in` fails to read
// or `out` to write.
COACH_ENGINE_API CohortSummary run_cohort(const Engine& engine, std::istream& in, std::ostream& out,
                                          const CohortOptions& options = {},
                                          const CohortProgressCallback& progress = {});

}  // namespace coach
