// coach: compare hamstring rehabilitation philosophies on the same athlete data.
#include <CLI/CLI.hpp>
#include <iostream>
#include <map>

#include "cli_context.hpp"
#include "coach/printable.hpp"
#include "commands.hpp"

namespace {

// One "coach: ..." line on stderr per line of `message`, control characters escaped: messages
// quote records and plugins.
void print_error_lines(std::string_view message) {
    while (!message.empty()) {
        const auto end = message.find('\n');
        std::cerr << "coach: " << coach::report::printable(message.substr(0, end)) << '\n';
        message = end == std::string_view::npos ? std::string_view{} : message.substr(end + 1);
    }
}

}  // namespace

int main(int argc, char** argv) {
    using namespace coach::cli;
    CLI::App app{
        "coach: run hamstring rehabilitation philosophies (plugins) on an athlete record and "
        "compare their plans side by side."};
    app.footer(
        "Start here:\n"
        "  coach list                                  philosophies found\n"
        "  coach check athlete.json                    is the record valid?\n"
        "  coach plan -p eccentric-strength athlete.json\n"
        "  coach compare athlete.json                  all philosophies side by side\n"
        "  coach synth --count 1000 | coach cohort -   a population, summarised\n"
        "Plugins are searched in --plugins folders, then COACH_PLUGIN_PATH, then the bundled "
        "ones.\n"
        "Exit codes: 0 ok, 2 bad input or usage, 3 plugin error, 1 anything else.");
    app.require_subcommand(1);
    GlobalOptions global;
    app.add_option("--plugins", global.plugin_dirs,
                   "also load plugins from this folder or file (repeatable)");
    app.add_option("--log-level", global.log_level, "trace, debug, info, warn, error or off")
        ->check(CLI::IsMember({"trace", "debug", "info", "warn", "error", "off"}));
    app.add_flag("--allow-untrusted", global.allow_untrusted,
                 "load plugin files or folders that others may write or that others own");
    app.add_option("--trust", global.trust_file,
                   "load only plugins whose SHA-256 is listed in this file (one per line)");
    auto* isolate = app.add_flag(
        "--isolate", global.isolate,
        "run each plugin in a worker process of its own: a plugin that crashes, hangs or "
        "exhausts memory fails alone instead of taking coach down");
    app.add_option("--plugin-timeout", global.plugin_timeout_s,
                   "with --isolate: a plugin call that takes longer fails (seconds, default 10)")
        ->check(CLI::Range(0.001, 24 * 3600.0))
        ->needs(isolate);
    app.add_option("--plugin-memory", global.plugin_memory_mb,
                   "with --isolate: memory each plugin worker may use (MB, default 1024; 0 for "
                   "no limit)")
        ->needs(isolate);
    app.set_version_flag("--version", "coach 0.1.0");

    Context context{global};
    const std::map<std::string, Command> commands = {
        {"list", add_list_command(app, context)},
        {"check", add_check_command(app, context)},
        {"plan", add_plan_command(app, context)},
        {"compare", add_compare_command(app, context)},
        {"cohort", add_cohort_command(app, context)},
        {"synth", add_synth_command(app, context)},
        {"today", add_today_command(app, context)},
        {"validate-plugin", add_validate_plugin_command(app, context)},
    };

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        const int code = app.exit(error);
        return code == 0 ? exit_ok : exit_bad_input;
    }
    try {
        return commands.at(app.get_subcommands().front()->get_name())();
    } catch (const CommandError& error) {
        print_error_lines(error.what());
        return error.code();
    } catch (const std::invalid_argument& error) {
        print_error_lines(error.what());
        return exit_bad_input;
    } catch (const std::exception& error) {
        print_error_lines(error.what());
        return exit_failure;
    }
}
