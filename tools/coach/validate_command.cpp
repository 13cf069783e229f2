// coach validate-plugin LIB.so: a conformance report for plugin authors.
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "coach/printable.hpp"
#include "coach/text_wrap.hpp"
#include "commands.hpp"
#include "input_files.hpp"
#include "number_option.hpp"
#include "output.hpp"
#include "validate/checks.hpp"
#include "validate/isolated_run.hpp"
#include "validate/protocol_file.hpp"
#include "validate/report.hpp"

namespace coach::cli {

namespace {

namespace fs = std::filesystem;
using namespace validation;

struct ValidateOptions {
    std::string library;
    double time_limit_seconds = ProcessLimits{}.time.count();
    std::size_t memory_limit_mb = ProcessLimits{}.memory_mb;
    std::string athletes;
};

// The prerequisite of `check` that failed or was skipped, with how it ended, or nullopt.
std::optional<std::string> unmet_need(const Check& check,
                                      const std::map<std::string_view, Outcome>& outcomes) {
    for (const auto need : check.needs) {
        const auto outcome = outcomes.at(need);
        if (outcome == Outcome::failed || outcome == Outcome::skipped) {
            return "skipped: needs " + std::string{need} + ", which "
                   + (outcome == Outcome::failed ? "failed" : "was skipped");
        }
    }
    return std::nullopt;
}

int validate(const ValidateOptions& options, std::size_t width) {
    if (options.library.ends_with(".protocol.json")) {
        require_file(options.library, "a protocol file");
        return validate_protocol_file(
            options.library, load_reference_athletes(reference_athlete_folder(options.athletes)),
            width);
    }
    require_plugin_library(options.library);
    const auto library = fs::absolute(options.library).lexically_normal();
    const auto athletes = load_reference_athletes(reference_athlete_folder(options.athletes));
    const CheckInput input{library, athletes};
    const ProcessLimits limits{std::chrono::duration<double>{options.time_limit_seconds},
                               options.memory_limit_mb};

    Output out{"-"};
    Tally tally;
    std::map<std::string_view, Outcome> outcomes;
    for (const auto& check : conformance_checks()) {
        Findings findings;
        Outcome outcome = Outcome::skipped;
        if (auto reason = unmet_need(check, outcomes)) {
            findings.push_back(note(std::move(*reason)));
        } else {
            findings = run_isolated([&check, &input] { return check.run(input); }, limits);
            outcome = outcome_of(findings);
        }
        for (const auto& finding : findings) {
            out.write(report_line(check.name, finding, width) + '\n');
        }
        out.flush();  // the next check forks: its child must not inherit these lines
        outcomes[check.name] = outcome;
        tally.add(outcome);
    }
    out.write(report::fit_lines(
        tally.summary(report::printable(library.filename().string())) + '\n', width));
    out.commit();
    return tally.any_failed() ? exit_plugin_error : exit_ok;
}

}  // namespace

Command add_validate_plugin_command(CLI::App& app, Context& context) {
    auto* command = app.add_subcommand(
        "validate-plugin",
        "Check a plugin library or a protocol file against the plugin contract, for its author");
    auto options = std::make_shared<ValidateOptions>();
    command
        ->add_option("FILE", options->library,
                     "the plugin library (.so) or protocol file (.protocol.json) to check")
        ->required()
        ->check(path_given("a plugin library or a *.protocol.json file"));
    command
        ->add_option("--time-limit", options->time_limit_seconds,
                     "seconds each check may take before it is stopped and fails")
        ->check(number_in(0.001, 86400.0, "seconds"))
        ->capture_default_str();
    command
        ->add_option("--memory-limit", options->memory_limit_mb,
                     "MiB of memory (heap, anonymous mappings, stacks) each check may use; 0 for "
                     "no limit")
        ->check(number_in<std::size_t>(0, max_memory_mb, "MiB"))
        ->capture_default_str();
    command
        ->add_option("--athletes", options->athletes,
                     "folder of athlete records to plan for (default: the SDK's reference "
                     "athletes)")
        ->check(path_given("a folder"));
    command->footer(
        "Each check runs in a process of its own, so a plugin that crashes, hangs or exhausts\n"
        "memory fails that check and the report goes on. A check whose prerequisite failed is\n"
        "skipped. Each line reads: fail|warn|note, check, reason; a summary line ends it.\n"
        "Checks: load (RTLD_NOW), symbols (exports), abi (descriptor), metadata, plan (every\n"
        "reference athlete, under 50 ms), validity (the safety gate's rules), determinism,\n"
        "threads (8 threads x 20 calls), referrals (red flags and advice through the gate),\n"
        "pain-rule (no more load after a session above the pain ceiling), stdout (prints\n"
        "nothing on standard output, which carries the host's own output).\n"
        "A protocol file is read as the engine reads it (every problem, each with its JSON\n"
        "pointer), its doses checked (warn: entry criteria that allow pain above its\n"
        "pain_ceiling, eccentric work begun at its peak) and planned for every reference\n"
        "athlete through the safety gate.\n"
        "Exit codes: 0 no check failed, 3 a check failed, 2 bad usage (e.g. no such file).\n"
        "Examples: coach validate-plugin build/my_protocol.so\n"
        "          coach validate-plugin my-protocol.protocol.json");
    return [&context, options] { return validate(*options, context.width("-")); };
}

}  // namespace coach::cli
