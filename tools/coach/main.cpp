// coach: compare hamstring rehabilitation philosophies on the same athlete data.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <iostream>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "cli_context.hpp"
#include "coach/printable.hpp"
#include "commands.hpp"
#include "global_options.hpp"
#include "help_format.hpp"
#include "strict_json/object_reader.hpp"

namespace {

// Where the options of a usage error are explained: `coach COMMAND --help` when the error is about
// an option or argument of the command given (its options are listed only there), else `coach
// --help`. The option is the error's first word: "--format: ...", "ATHLETE is required".
std::string help_for(const CLI::App& app, const CLI::Error& error) {
    const auto commands = app.get_subcommands();
    if (commands.empty()) {
        return "coach --help";
    }
    const std::string_view message = error.what();
    const auto name = message.substr(0, message.find_first_of(": "));
    const bool global = !name.empty() && app.get_option_no_throw(std::string{name}) != nullptr;
    return global ? "coach --help" : "coach " + commands.front()->get_name() + " --help";
}

// One "coach: ..." line on stderr per line of `message`, control characters escaped: messages
// quote records and plugins. Wrapped on a terminal, as warnings are.
void print_error_lines(std::string_view message) {
    std::string lines;
    while (!message.empty()) {
        const auto end = message.find('\n');
        lines += "coach: " + coach::report::printable(message.substr(0, end)) + '\n';
        message = end == std::string_view::npos ? std::string_view{} : message.substr(end + 1);
    }
    coach::cli::write_warnings(lines);
}

// The arguments with each "--option=" that has nothing after the "=" given as "--option" and "":
// CLI11 would take the next argument as its value, or say "1 required TEXT missing", where an
// empty value is meant and each option's own check names it ("--as-of: expected a date
// YYYY-MM-DD, got \"\""). Arguments after "--" are left as they are.
std::vector<std::string> empty_values_apart(int argc, char** argv) {
    std::vector<std::string> arguments;
    bool options_end = false;
    for (int i = 0; i < argc; ++i) {
        const std::string_view argument{argv[i]};
        options_end = options_end || argument == "--";
        if (i > 0 && !options_end && argument.starts_with("--") && argument.size() > 3
            && argument.ends_with('=') && argument.find('=') == argument.size() - 1) {
            arguments.emplace_back(argument.substr(0, argument.size() - 1));
            arguments.emplace_back();
        } else {
            arguments.emplace_back(argument);
        }
    }
    return arguments;
}

// Whether `-X` (X one character) names an option of `app` or of one of its commands that takes
// a value: -o, -p.
bool short_option_takes_a_value(const CLI::App& app, char name) {
    std::vector<const CLI::App*> apps{&app};
    for (const auto* command : app.get_subcommands({})) {
        apps.push_back(command);
    }
    for (const auto* each : apps) {
        for (const auto* option : each->get_options()) {
            const auto& names = option->get_snames();
            if (option->get_type_size() > 0
                && std::find(names.begin(), names.end(), std::string(1, name)) != names.end()) {
                return true;
            }
        }
    }
    return false;
}

// The arguments with each "-X=VALUE", X a short option that takes a value, given as "-X" and
// "VALUE", as "--option=VALUE" is: CLI11 reads the value glued to a short option whole, so that
// "-o=out.csv" would write a file named "=out.csv" and "-p=eccentric-strength" would look for a
// philosophy "=eccentric-strength". Arguments after "--" are left as they are.
std::vector<std::string> short_values_apart(const CLI::App& app,
                                            const std::vector<std::string>& given) {
    std::vector<std::string> arguments;
    bool options_end = false;
    for (std::size_t i = 0; i < given.size(); ++i) {
        const std::string& argument = given[i];
        options_end = options_end || argument == "--";
        if (i > 0 && !options_end && argument.size() >= 3 && argument[0] == '-'
            && argument[1] != '-' && argument[2] == '='
            && short_option_takes_a_value(app, argument[1])) {
            arguments.push_back(argument.substr(0, 2));
            arguments.push_back(argument.substr(3));
        } else {
            arguments.push_back(argument);
        }
    }
    return arguments;
}

// The first argument after the program that is neither an option of `app` nor the value of one:
// the command as given ("bogus" in `coach --width 80 bogus`), or "" when there is none.
std::string command_given(const CLI::App& app, const std::vector<std::string>& arguments) {
    for (std::size_t i = 1; i < arguments.size(); ++i) {
        const std::string& argument = arguments[i];
        if (argument == "--") {
            return i + 1 < arguments.size() ? arguments[i + 1] : std::string{};
        }
        if (argument.size() > 1 && argument[0] == '-') {
            const auto* option = app.get_option_no_throw(argument);
            if (argument.find('=') == std::string::npos && option != nullptr
                && option->get_type_size() > 0) {
                ++i;  // its value
            }
            continue;
        }
        return argument;
    }
    return {};
}

// The name of `names` that `given` is a near miss of, as a misspelt field is
// (strict_json::closest(): at most 2 edits, 1 for names of 4 characters or fewer, a swap of two
// neighbours one edit, case ignored: "COMPARE", "Comapre" and "--As-Of"); "" when none is that
// near.
std::string near_miss(std::string_view given, const std::vector<std::string>& names) {
    const std::vector<std::string_view> views(names.begin(), names.end());
    const auto* meant = coach::strict_json::closest(given, views);
    return meant != nullptr ? std::string{*meant} : std::string{};
}

// The names of `app`'s own options as given on a command line ("--as-of", "-p"), help aside.
std::vector<std::string> option_names(const CLI::App& app) {
    std::vector<std::string> names;
    for (const auto* option : app.get_options()) {
        if (option == app.get_help_ptr()) {
            continue;
        }
        for (const auto& name : option->get_lnames()) {
            names.push_back("--" + name);
        }
        for (const auto& name : option->get_snames()) {
            names.push_back("-" + name);
        }
    }
    return names;
}

// When `arguments` give `command` an option that neither it nor `app` has, one line that says so
// and what was likely meant (near_miss(), as for a command), else what the command has: "plan has
// no option --as_of; did you mean --as-of? (coach plan --help lists the options)", "today has no
// option --format; it has -p/--philosophy, --date (...)"; before the command, of the global
// options: "no global option --widht; did you mean --width? (coach --help ...)". "" when every
// option given is known (the error is of another kind). Arguments after "--" are not options.
std::string unknown_option_message(const CLI::App& app, const CLI::App& command,
                                   const std::vector<std::string>& arguments) {
    auto known = option_names(command);
    auto global = option_names(app);
    known.insert(known.end(), global.begin(), global.end());
    known.insert(known.end(), {"--help", "-h"});
    bool after_command = false;
    for (std::size_t i = 1; i < arguments.size(); ++i) {
        const std::string& argument = arguments[i];
        if (argument == "--") {
            break;
        }
        after_command = after_command || argument == command.get_name();
        if (argument.size() < 2 || argument[0] != '-' || std::isdigit(argument[1]) != 0) {
            continue;  // a value, the command, "-" for stdin, a negative number
        }
        const auto name = argument.substr(0, argument.find('='));
        if (std::find(known.begin(), known.end(), name) != known.end()) {
            continue;
        }
        // Before the command, only the global options are read: `coach --widht 80 list`.
        const std::string program = after_command ? "coach " + command.get_name() : "coach";
        // A short option one letter off another is no likely misspelling: -x is not -o.
        const auto near = name.starts_with("--") ? near_miss(name, after_command ? known : global)
                                                 : std::string{};
        std::string message =
            (after_command ? command.get_name() + " has no option " : "no global option ")
            + coach::report::printable(name);
        if (!near.empty()) {
            return message + "; did you mean " + near + "? (" + program
                   + " --help lists the options)";
        }
        std::string own;
        const CLI::App& listed = after_command ? command : app;
        for (const auto* option : listed.get_options()) {
            if (option != listed.get_help_ptr() && option->nonpositional()) {
                auto names = option->get_name(false, true);  // "-p,--philosophy"
                std::replace(names.begin(), names.end(), ',', '/');
                own += (own.empty() ? "" : ", ") + names;
            }
        }
        return message + (own.empty() ? "" : "; it has " + own) + " (" + program
               + " --help lists the options)";
    }
    return {};
}

// When `command` was given more arguments than it takes, one line that says what it takes and
// what was left over: "check takes one ATHLETE; b.json is one too many", "list takes no
// arguments; extra is one too many". `extras`: the arguments left over, in order.
std::string extras_message(const CLI::App& command, const std::vector<std::string>& extras) {
    std::vector<std::string> takes;
    for (const auto* option : command.get_options()) {
        if (!option->nonpositional()) {
            takes.push_back("one " + option->get_name(true, false));  // "one ATHLETE"
        }
    }
    const std::vector<std::string_view> views(takes.begin(), takes.end());
    std::string left;
    for (const auto& extra : extras) {
        left += (left.empty() ? "" : " ") + coach::report::printable(extra);
    }
    return command.get_name() + " takes "
           + (takes.empty() ? "no arguments" : coach::strict_json::listed(views)) + "; " + left
           + (extras.size() == 1 ? " is one too many" : " are too many") + " (coach "
           + command.get_name() + " --help shows how to call it)";
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
        "Plugins found outside the bundled folder run in worker processes (--isolate: all of "
        "them; --in-process: none).\n"
        "Text for people fits the terminal's width (80 columns when not on a terminal, or "
        "--width): wide tables are cut into blocks of columns.\n"
        "Options before the command, such as --plugins, may also follow it.\n"
        "Exit codes: 0 ok, 2 bad input or usage (also an output path that cannot be written: no "
        "such folder, no permission), 3 plugin error, 1 anything else (a write that fails: a "
        "full disk). A plugin file "
        "refused (or a --plugins path missing) is named on stderr, and a command that runs "
        "plugins does its work with the others, then exits 3. A --plugins file that is no plugin "
        "at all (an athlete record, or a protocol file not named <name>.protocol.json) is a "
        "usage error: exit 2, nothing run.");
    app.require_subcommand(1);
    GlobalOptions global;
    app.formatter(std::make_shared<HelpFormatter>(
        [&global] { return text_width(global.width, STDOUT_FILENO); }));
    // Global options may follow the subcommand: `coach compare x.json --plugins dir`.
    app.fallthrough();
    add_global_options(app, global);
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

    // Usage errors read like every other error: one line, "coach: " first.
    app.failure_message([](const CLI::App* failed, const CLI::Error& error) {
        return "coach: " + std::string{error.what()} + " (" + help_for(*failed, error)
               + " lists the options)\n";
    });
    // arguments[0]: the program
    auto arguments = short_values_apart(app, empty_values_apart(argc, argv));
    std::vector<char*> pointers;
    for (auto& argument : arguments) {
        pointers.push_back(argument.data());
    }
    try {
        app.parse(static_cast<int>(pointers.size()), pointers.data());
    } catch (const CLI::ParseError& error) {
        // A command that does not exist is named: "coach: unknown command 'bogus'; see coach
        // --help", not "A subcommand is required"; a near miss gets the command it is near:
        // "coach: unknown command 'comapre'; did you mean 'compare'? See coach --help".
        if (error.get_exit_code() != 0 && app.get_subcommands().empty()) {
            if (const auto given = command_given(app, arguments);
                !given.empty() && !commands.contains(given)) {
                std::vector<std::string> names;
                for (const auto& [name, command] : commands) {
                    names.push_back(name);
                }
                const auto near = near_miss(given, names);
                print_error_lines(
                    "unknown command '" + given
                    + (near.empty() ? "'; see" : "'; did you mean '" + near + "'? See")
                    + " coach --help");
                return exit_bad_input;
            }
        }
        // No command at all: the commands are named, as for one that does not exist.
        if (dynamic_cast<const CLI::RequiredError*>(&error) != nullptr
            && app.get_subcommands().empty() && command_given(app, arguments).empty()) {
            std::string names;
            for (const auto& [name, command] : commands) {
                names += (names.empty() ? "" : ", ") + name;
            }
            print_error_lines("no command given; one of " + names + " (see coach --help)");
            return exit_bad_input;
        }
        // An option the command does not have is named, with the one it is near or the ones
        // the command has: "coach: plan has no option --as_of; did you mean --as-of? (...)".
        if (error.get_exit_code() != 0 && !app.get_subcommands().empty()) {
            if (const auto message =
                    unknown_option_message(app, *app.get_subcommands().front(), arguments);
                !message.empty()) {
                print_error_lines(message);
                return exit_bad_input;
            }
        }
        if (const auto* extras = dynamic_cast<const CLI::ExtrasError*>(&error);
            extras != nullptr && !app.get_subcommands().empty()) {
            const auto* command = app.get_subcommands().front();
            print_error_lines(extras_message(*command, app.remaining(true)));
            return exit_bad_input;
        }
        // The help is longer than the stream's buffer, so a write may fail inside app.exit(),
        // and flush() then fails without a call of its own: errno is the first failure's.
        errno = 0;
        const int code = app.exit(error);  // prints --help and --version on std::cout
        if (!std::cout.flush()) {
            std::cerr << "coach: <stdout>: cannot write: " << std::strerror(errno) << '\n';
            return exit_failure;
        }
        return code == 0 ? exit_ok : exit_bad_input;
    }
    int code = exit_ok;
    try {
        code = commands.at(app.get_subcommands().front()->get_name())();
    } catch (const CommandError& error) {
        print_error_lines(error.what());
        code = error.code();
    } catch (const std::invalid_argument& error) {
        print_error_lines(error.what());
        code = exit_bad_input;
    } catch (const std::exception& error) {
        print_error_lines(error.what());
        code = exit_failure;
    }
    // Every output is flushed by now; closing standard output reports what a file system could
    // only say at the end (a quota, a network disk).
    if (::close(STDOUT_FILENO) != 0 && errno != EBADF) {
        std::cerr << "coach: <stdout>: cannot write: " << std::strerror(errno) << '\n';
        return code == exit_ok ? exit_failure : code;
    }
    return code;
}
