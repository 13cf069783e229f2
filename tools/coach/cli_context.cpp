#include "cli_context.hpp"

#include <fcntl.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>

#include "coach/decoder_warnings.hpp"
#include "coach/log_names.hpp"
#include "coach/printable.hpp"
#include "coach/record_dates.hpp"
#include "coach/safety_gate.hpp"
#include "coach/spdlog_sink.hpp"
#include "coach/text_wrap.hpp"
#include "input_files.hpp"
#include "output.hpp"
#include "protocol_dose.hpp"
#include "strict_json/closest_words.hpp"
#include "strict_json/object_reader.hpp"

namespace coach::cli {

void Context::refuse_clashing_files(std::vector<FileUse> inputs,
                                    const std::vector<FileUse>& outputs) const {
    // A plugin path's files (a folder's own files, or the file itself) are inputs of `option`.
    const auto add_plugin_path = [&inputs](const std::filesystem::path& path,
                                           const std::string& option) {
        std::error_code error;
        if (std::filesystem::is_directory(path, error)) {
            for (const auto& entry : std::filesystem::directory_iterator(path, error)) {
                if (entry.is_regular_file(error)) {
                    inputs.push_back({option, entry.path().string()});
                }
            }
        } else {
            inputs.push_back({option, path.string()});
        }
    };
    // Every folder the engine searches holds inputs: --plugins, COACH_PLUGIN_PATH, the bundled one.
    using Source = PluginSearchPath::Source;
    for (const auto& [path, source] :
         Engine::plugin_search_paths({.plugin_paths = options_.plugin_dirs})) {
        add_plugin_path(path, source == Source::given         ? "--plugins"
                              : source == Source::environment ? "COACH_PLUGIN_PATH"
                                                              : "the bundled plugin folder");
    }
    if (!options_.trust_file.empty()) {
        inputs.push_back({"--trust", options_.trust_file});
    }
    coach::cli::refuse_clashing_files(inputs, outputs);
}

const Engine& Context::engine() {
    if (!engine_) {
        check_plugin_paths(options_.plugin_dirs);
        auto logger = spdlog::stderr_color_mt("coach");
        logger->set_pattern(options_.log_prefix + ": %l: %v");
        logger->set_level(spdlog::level::from_str(options_.log_level));
        // Refused plugins are reported once, as one line each, by report_load_errors().
        if (logger->level() == spdlog::level::warn || logger->level() == spdlog::level::err) {
            logger->set_level(spdlog::level::critical);
        }
        // Log lines name plugin files and quote plugins: escaped as record text is.
        auto log = spdlog_sink(std::move(logger));
        log.write = [write = std::move(log.write)](LogSink::Level level, std::string_view line) {
            write(level, report::printable(line));
        };
        EngineOptions options{.plugin_paths = options_.plugin_dirs,
                              .allow_untrusted = options_.allow_untrusted,
                              .log = std::move(log)};
        if (!options_.trust_file.empty()) {
            options.trusted_sha256 = read_trust_list(options_.trust_file);
        }
        options.isolation.scope = options_.isolate      ? IsolationScope::all
                                  : options_.in_process ? IsolationScope::none
                                                        : IsolationScope::unbundled;
        options.isolation.time_limit = std::chrono::milliseconds{
            static_cast<std::chrono::milliseconds::rep>(options_.plugin_timeout_s * 1000 + 0.5)};
        options.isolation.memory_limit_mb = options_.plugin_memory_mb;
        engine_ = std::make_unique<Engine>(std::move(options));
    }
    return *engine_;
}

bool Context::report_load_errors() {
    const auto& errors = engine().load_errors();
    if (!reported_) {
        // Paths and messages as record text is: a file named with U+202E or a soft hyphen is
        // shown escaped, never turned around or hidden. One line each, wrapped on a terminal.
        std::string lines;
        const auto add = [&](std::string_view kind, const std::filesystem::path& file,
                             std::string_view message) {
            lines += options_.log_prefix + ": " + std::string{kind} + "plugin "
                     + report::printable(file.string() + ": " + std::string{message}) + '\n';
        };
        for (const auto& skipped : engine().load_warnings()) {
            add("warning: ", skipped.file, skipped.message);
        }
        for (const auto& error : errors) {
            add("", error.file, error.message);
        }
        // A protocol file loaded with doses a clinician would question is compared as an equal
        // of the others: its author is told (trial 41), as `coach validate-plugin` would.
        for (const auto& record : engine().list()) {
            if (!record.file.string().ends_with(".protocol.json")) {
                continue;
            }
            const auto findings = dose_findings_of_file(record.file);
            for (const auto& reason : findings.value_or(std::vector<std::string>{})) {
                add("warning: ", record.file, reason);
            }
        }
        write_warnings(lines);
        reported_ = true;
    }
    return !errors.empty();
}

json::AthleteFile Context::read_record(const std::string& path, bool strict) {
    std::vector<json::Problem> notes;
    auto file = read_athlete(path, &notes);
    const auto name = input_name(path);
    std::vector<std::string> covered;
    report_load_errors();  // a region may be uncovered because its plugin was refused
    for (const auto& record : engine().list()) {
        covered.insert(covered.end(), record.info.injuries.begin(), record.info.injuries.end());
    }
    if (auto uncovered = safety::uncovered_region(file.athlete.injury.region, covered)) {
        notes.push_back({.pointer = "/injury/region", .message = std::move(*uncovered)});
    }
    std::vector<const PhilosophyInfo*> loaded;
    for (const auto& record : engine().list()) {
        loaded.push_back(&record.info);
    }
    for (auto& unknown : unknown_log_names(file.athlete, loaded)) {
        notes.push_back(std::move(unknown));
    }
    if (strict && !notes.empty()) {
        std::string lines;
        for (const auto& note : notes) {
            lines += (lines.empty() ? "" : "\n") + name + ": " + note.to_string() + " (--strict)";
        }
        throw CommandError(exit_bad_input, lines);
    }
    // One write for all the warnings: stderr is unbuffered, and a record may have many.
    std::string warnings;
    for (const auto& note : notes) {
        warnings +=
            warning_about(name, note.to_string()) + std::string{json::ignored_note(note)} + "\n";
    }
    write_warnings(warnings);
    return file;
}

ExitCode Context::exit_after_plugins(ExitCode code) {
    return report_load_errors() && code == exit_ok ? exit_plugin_error : code;
}

std::size_t Context::width(const std::string& output) const {
    const int descriptor = output.empty() || output == "-" ? STDOUT_FILENO
                           : output == "<stderr>"          ? STDERR_FILENO
                                                           : -1;
    return text_width(options_.width, descriptor);
}

std::size_t text_width(std::size_t given, int descriptor) {
    if (given != 0) {
        return given;
    }
    if (descriptor < 0 || ::isatty(descriptor) != 1) {
        return report::default_text_width;
    }
    std::size_t columns = 0;
    winsize size{};
    if (::ioctl(descriptor, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) {
        columns = size.ws_col;
    } else if (const char* variable = std::getenv("COLUMNS")) {
        const std::string_view text{variable};
        std::from_chars(text.data(), text.data() + text.size(), columns);
    }
    return columns == 0 ? report::default_text_width
                        : std::clamp(columns, min_text_width, max_text_width);
}

namespace {

// The bytes of `path` ("-": standard input), reading no more than `limit` + 1 of them: a record
// piped in or read from a device stops at the limit instead of filling memory first. Throws
// CommandError(exit_bad_input) naming the file.
std::string read_at_most(const std::string& path, std::size_t limit) {
    const bool from_stdin = path == "-";
    const auto name = input_name(path);
    const int descriptor = from_stdin ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (descriptor < 0) {
        const int error = errno;
        const auto proposed = error == ENOENT ? proposed_file(path) : std::string{};
        throw CommandError(
            exit_bad_input,
            name + ": cannot open the file: " + std::strerror(error)
                + (proposed.empty() ? "" : " (did you mean " + report::printable(proposed) + "?)"));
    }
    const auto close_it = [&] {
        if (!from_stdin) {
            ::close(descriptor);
        }
    };
    struct stat status {};
    if (::fstat(descriptor, &status) == 0 && S_ISDIR(status.st_mode)) {
        close_it();
        throw CommandError(exit_bad_input, name + ": is a folder, not a file");
    }
    std::string text;
    std::size_t size = 0;
    while (size <= limit) {
        text.resize(std::min(limit + 1, size + (std::size_t{64} << 10)));
        const auto got = ::read(descriptor, text.data() + size, text.size() - size);
        if (got < 0 && errno == EINTR) {
            continue;
        }
        if (got < 0) {
            const int error = errno;
            close_it();
            throw CommandError(exit_bad_input, name + ": cannot read: " + std::strerror(error));
        }
        if (got == 0) {
            break;
        }
        size += static_cast<std::size_t>(got);
    }
    close_it();
    if (size > limit) {
        throw CommandError(exit_bad_input, name + ": more than " + std::to_string(limit >> 20)
                                               + " MiB; a record may be at most "
                                               + std::to_string(limit >> 20) + " MiB");
    }
    text.resize(size);
    return text;
}

}  // namespace

json::AthleteFile read_athlete(const std::string& path, std::vector<json::Problem>* warnings) {
    const auto text = read_at_most(path, json::max_record_bytes);
    const auto name = input_name(path);
    // A byte-order mark alone is an empty file an editor saved (the decoder skips one).
    if (holds_nothing(text)) {
        throw CommandError(exit_bad_input,
                           name + ": is empty; expected an athlete record (coach.athlete/1)");
    }
    auto decoded = json::decode_athlete(text);
    if (!decoded.value) {
        std::string lines;
        for (const auto& problem : decoded.problems) {
            lines += (lines.empty() ? "" : "\n") + name + ": " + problem.to_string();
        }
        for (const auto& unknown :
             warnings != nullptr ? decoded.warnings : std::vector<json::Problem>{}) {
            lines += "\nwarning: " + name + ": " + unknown.to_string();
            lines += json::ignored_note(unknown);
        }
        throw CommandError(exit_bad_input, lines);
    }
    if (warnings != nullptr) {
        *warnings = std::move(decoded.warnings);
    }
    return std::move(*decoded.value);
}

std::string input_name(const std::string& path) {
    return path == "-" ? "<stdin>" : report::printable(path);
}

std::string warning_about(const std::string& name, std::string_view message) {
    return "coach: warning: " + report::printable(name + ": " + std::string{message});
}

void write_warnings(std::string_view warnings) {
    if (warnings.empty()) {
        return;
    }
    if (::isatty(STDERR_FILENO) == 1) {
        std::cerr << report::fit_lines(warnings, text_width(0, STDERR_FILENO));
    } else {
        std::cerr << warnings;
    }
}

void write_output(const std::string& output, std::string_view text) {
    Output out{output};
    out.write(text);
    out.commit();
}

const LoadError* Context::refused_file(std::string_view id) {
    constexpr std::string_view prefix = "protocol:";
    if (!id.starts_with(prefix)) {
        return nullptr;  // a library's ids are known only once it is loaded
    }
    const auto file = std::string{id.substr(prefix.size())} + ".protocol.json";
    for (const auto* list : {&engine().load_errors(), &engine().load_warnings()}) {
        const auto found = std::find_if(list->begin(), list->end(), [&file](const auto& error) {
            return error.file.filename() == file;
        });
        if (found != list->end()) {
            return &*found;
        }
    }
    return nullptr;
}

std::string Context::loaded_choice() {
    std::string known;
    for (const auto& record : engine().list()) {
        known += (known.empty() ? "" : ", ") + report::printable(record.info.id);
    }
    return known.empty() ? std::string{"no philosophy is loaded"} : "one of " + known;
}

void Context::require_a_philosophy(const std::string& id, std::string_view command) {
    if (!id.empty()) {
        return;
    }
    report_load_errors();
    throw CommandError(exit_bad_input, "--philosophy is required: " + loaded_choice() + " (coach "
                                           + std::string{command} + " --help lists the options)");
}

void Context::require_philosophies(std::span<const std::string> ids) {
    report_load_errors();  // the refusals a message below points to come first
    const auto& loaded = engine().list();
    for (const auto& id : ids) {
        if (engine().find(id) != nullptr) {
            continue;
        }
        std::vector<std::string_view> known;
        known.reserve(loaded.size());
        for (const auto& record : loaded) {
            known.emplace_back(record.info.id);
        }
        std::string hint;
        if (const auto* near = meant_philosophy(id, known)) {
            hint = " (did you mean '" + std::string{*near} + "'?)";
        }
        if (const auto* file = refused_file(id)) {
            throw CommandError(exit_plugin_error, "no philosophy '" + id + "' is loaded" + hint
                                                      + ": its file "
                                                      + report::printable(file->file.string())
                                                      + " was refused at load: " + file->message);
        }
        // Near one: the one meant; else every one that is (trial 43: `plan -p nosuch` named none).
        throw CommandError(exit_bad_input,
                           "no philosophy '" + report::printable(id) + "' is loaded"
                               + (hint.empty() ? ": " + loaded_choice()
                                               : hint + "; `coach list` shows those found"));
    }
}

std::vector<std::string> Context::once_each(std::span<const std::string> ids, bool warn) const {
    std::vector<std::string> once;
    std::vector<std::string> repeated;
    for (const auto& id : ids) {
        if (std::find(once.begin(), once.end(), id) == once.end()) {
            once.push_back(id);
        } else if (std::find(repeated.begin(), repeated.end(), id) == repeated.end()) {
            repeated.push_back(id);
        }
    }
    std::string warnings;
    for (const auto& id : warn ? repeated : std::vector<std::string>{}) {
        warnings += options_.log_prefix + ": warning: -p " + report::printable(id)
                    + " is given more than once; it runs once, where first given\n";
    }
    write_warnings(warnings);
    return once;
}

std::vector<std::string> read_trust_list(const std::string& path) {
    constexpr std::string_view expected = "a trust list, one SHA-256 per line";
    require_file(path, expected);
    std::ifstream in{path};
    if (!in) {
        throw CommandError(exit_bad_input,
                           report::printable(path) + ": cannot open the trust list");
    }
    std::vector<std::string> digests;
    int number = 0;
    for (std::string line; std::getline(in, line);) {
        ++number;
        std::istringstream words{line};
        std::string digest;
        if (!(words >> digest) || digest.front() == '#') {
            continue;
        }
        const bool hex = digest.size() == 64
                         && digest.find_first_not_of("0123456789abcdef") == std::string::npos;
        if (!hex) {
            throw CommandError(exit_bad_input,
                               report::printable(path) + ":" + std::to_string(number)
                                   + ": expected a lower-case hex SHA-256, got \"" + digest + "\"");
        }
        digests.push_back(digest);
    }
    if (digests.empty()) {  // every plugin, the bundled ones too, would be refused
        throw CommandError(exit_bad_input, report::printable(path) + ": lists no SHA-256; expected "
                                               + std::string{expected});
    }
    return digests;
}

Date parse_date_option(const std::string& text, std::string_view option) {
    const auto date = Date::parse(text);
    if (const auto why = json::no_such_day(text); !date && why) {
        throw CommandError(exit_bad_input,
                           std::string{option} + ": " + text + " does not exist: " + *why);
    }
    if (!date) {
        throw CommandError(exit_bad_input, std::string{option}
                                               + ": expected a date YYYY-MM-DD, got \""
                                               + report::printable(text) + "\"");
    }
    // The dates a record may hold (json::first_record_date): a day of 9999 is a slip on the
    // command line, to be named as such rather than as the horizon it would run past.
    if (*date < json::first_record_date || *date > json::last_record_date) {
        throw CommandError(exit_bad_input, std::string{option} + ": expected a date from "
                                               + json::first_record_date.iso() + " to "
                                               + json::last_record_date.iso() + ", got \"" + text
                                               + "\"");
    }
    return *date;
}

}  // namespace coach::cli
