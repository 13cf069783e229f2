#pragma once

#include <filesystem>
#include <memory>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "coach/engine.hpp"
#include "coach/json.hpp"
#include "output.hpp"

namespace coach::cli {

// Exit codes, as `coach --help` and the README list them.
enum ExitCode : int { exit_ok = 0, exit_failure = 1, exit_bad_input = 2, exit_plugin_error = 3 };

// An error that ends the command with `code`; its message is one line naming the file, pointer
// or plugin.
class CommandError : public std::runtime_error {
  public:
    CommandError(ExitCode code, const std::string& message)
        : std::runtime_error(message), code_(code) {}
    ExitCode code() const { return code_; }

  private:
    ExitCode code_;
};

// Options shared by every command.
struct GlobalOptions {
    std::vector<std::filesystem::path> plugin_dirs;
    std::string log_level = "warn";
    bool allow_untrusted = false;
    std::string trust_file;  // one SHA-256 per line; empty: no trust list
    // Which plugins run in worker processes (EngineOptions::isolation): by default those found
    // outside the bundled folder; --isolate: all; --in-process: none.
    bool isolate = false;
    bool in_process = false;
    double plugin_timeout_s = 10;
    std::size_t plugin_memory_mb = 1024;
    std::size_t width = 0;  // --width; 0: the terminal's (text_width())
    // What the engine's log lines and refused plugins start with ("coach: warn: ..."); each rank
    // of coach-mpi says which it is ("coach-mpi: rank 1").
    std::string log_prefix = "coach";
};

// The narrowest and widest layout --width takes, in columns.
inline constexpr std::size_t min_text_width = 40;
inline constexpr std::size_t max_text_width = 1000;

// The width, in columns, of the text for people a command writes to `descriptor` (-1: a file):
// `given` (--width) when not 0; else, when `descriptor` is a terminal, its width (TIOCGWINSZ),
// or the COLUMNS environment variable when the terminal does not say, at least min_text_width;
// else 80 (report::default_text_width), so that what is piped or saved does not depend on the
// terminal it was made in.
std::size_t text_width(std::size_t given, int descriptor);

// The digests of a trust list file: one lower-case hex SHA-256 per line, optionally followed by
// a file name; blank lines and lines starting with # are ignored. Throws CommandError(2) naming
// the file and line of a malformed entry.
std::vector<std::string> read_trust_list(const std::string& path);

// The engine, created on first use so that `check` never loads a plugin.
class Context {
  public:
    explicit Context(const GlobalOptions& options) : options_(options) {}

    // "one of eccentric-strength, protocol:..., ..." (the loaded ids, printable), or "no
    // philosophy is loaded": what a message asking for one offers.
    std::string loaded_choice();

    // Throws CommandError(exit_bad_input) when `id` is empty (no -p given to `command`), naming
    // every loaded philosophy: "--philosophy is required: one of eccentric-strength, ...".
    void require_a_philosophy(const std::string& id, std::string_view command);

    const Engine& engine();
    // Prints every refused plugin file on stderr; true when there was one.
    bool report_load_errors();
    // The exit code of a command that ran the plugins and would end with `code`: exit_plugin_error
    // instead of exit_ok when a plugin file was refused (a --plugins path that is missing or
    // cannot be loaded, or any plugin file found), after it has printed it (report_load_errors()).
    // The one rule of every such command: it does its work with the philosophies that loaded,
    // then exits 3.
    ExitCode exit_after_plugins(ExitCode code = exit_ok);
    // text_width() for --width and `output` ("" or "-": standard output, "<stderr>", else a file).
    std::size_t width(const std::string& output) const;
    // refuse_clashing_files() (output.hpp) over `inputs` and the files every command reads
    // besides: each --plugins path (for a folder, the files directly in it, where the engine
    // looks for plugins) and the --trust list, so that `-o` never replaces a protocol file, a
    // plugin or the trust list. Throws CommandError(exit_bad_input) as that does.
    void refuse_clashing_files(std::vector<FileUse> inputs,
                               const std::vector<FileUse>& outputs) const;
    // The athlete record at `path`, read as read_athlete() says, for every command that reads
    // one: each unknown field is one line on stderr, "coach: warning: PATH: POINTER: unknown
    // field ..., ignored", and so is an injury region that no loaded philosophy covers
    // ("PATH: /injury/region: no loaded philosophy covers ...": uncovered_region()), written at
    // once. Loads the plugins (engine()) to learn the regions they cover. With `strict` these
    // are refused instead: CommandError(exit_bad_input), one line each ending "(--strict)".
    json::AthleteFile read_record(const std::string& path, bool strict = false);
    // Checks that each of `ids` names a loaded philosophy (loading the plugins: engine()).
    // Throws CommandError(exit_bad_input) for the first that does not: "no philosophy 'ID' is
    // loaded (did you mean 'eccentric-strength'?); `coach list` shows those found", the
    // suggestion when one loaded id is meant: the id without its "protocol:" prefix, a likely
    // misspelling (strict_json::closest()), or fewer or reordered words, such as a prefix
    // ("eccentric": strict_json::closest_by_words()). A "protocol:NAME" whose file
    // NAME.protocol.json was refused or skipped at load is told so instead, with why, exit 3 (a
    // plugin file refused): "no philosophy 'protocol:typ' is loaded (did you mean
    // 'protocol:type'?): its file DIR/typ.protocol.json was refused at load: REASON".
    void require_philosophies(std::span<const std::string> ids);
    // The refusal (or skip) of the protocol file that would define `id`, or nullptr.
    const LoadError* refused_file(std::string_view id);
    // `ids` (the -p options of a command) with each id once, where it was first given. With
    // `warn`, each id given more than once is one line on stderr, "coach: warning: -p ID is
    // given more than once; it runs once, where first given": the same for every command that
    // takes -p more than once (compare, cohort, coach-mpi cohort), which then runs as asked.
    std::vector<std::string> once_each(std::span<const std::string> ids, bool warn) const;

  private:
    const GlobalOptions& options_;
    std::unique_ptr<Engine> engine_;
    bool reported_ = false;
};

// Reads and decodes an athlete record ("-" is stdin), reading at most json::max_record_bytes.
// Throws CommandError(exit_bad_input) with one line per problem, each prefixed by the file name.
// Unknown keys are ignored; when `warnings` is given they are stored there (and listed after the
// problems of a record that is refused).
json::AthleteFile read_athlete(const std::string& path,
                               std::vector<json::Problem>* warnings = nullptr);

// What messages call the input `path`: "<stdin>" for "-", as cohort and docs/DATA.md do; else
// the path.
std::string input_name(const std::string& path);

// A warning about an input, as stderr shows every one: "coach: warning: NAME: MESSAGE", made
// printable (report::printable()), without the line break. `name`: input_name() of the path.
std::string warning_about(const std::string& name, std::string_view message);

// Writes `warnings` (lines ending in "\n": warnings, refused plugins, errors) to stderr in one
// write: wrapped to the terminal's width when stderr is a terminal (report::fit_lines), one line
// each when it is piped or logged, so that a log keeps one message to a line.
void write_warnings(std::string_view warnings);

// Writes `text` to `output` ("" or "-" is stdout) through an Output (output.hpp): all of it, or
// CommandError and the destination as it was.
void write_output(const std::string& output, std::string_view text);

// The date `text` given to `option` (--as-of, --date): YYYY-MM-DD, and one a record may hold
// (json::first_record_date to json::last_record_date). Throws CommandError(exit_bad_input) naming
// the option: "--date: expected a date from 1900-01-01 to 2199-12-31, got \"9999-12-31\"", and
// a day the calendar does not have as such: "--as-of: 2026-02-30 does not exist: February 2026
// has 28 days".
Date parse_date_option(const std::string& text, std::string_view option);

}  // namespace coach::cli
